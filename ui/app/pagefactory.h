#pragma once

#include "app/session.h"

#include <QList>

class QWidget;

namespace youfu::ui {

class Page;

// The pages of the navigation list that the logged-in user's roles may see, in order.
QList<Page*> createPages(Session& session, QWidget* parent);

} // namespace youfu::ui
