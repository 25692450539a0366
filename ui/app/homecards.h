#pragma once

#include "app/session.h"

#include <QList>
#include <QString>

namespace youfu::ui {

// One figure on the home page: what waits for this user, or how large the registry is.
struct HomeCard
{
    QString title;
    QString value;
    QString hint;
    bool attention = false; // something waits for this user
    // What a click opens: the page (objectName) at the filtered list the figure counts.
    QString page;
    QString view;
};

QList<HomeCard> homeCards(const Session& session);

} // namespace youfu::ui
