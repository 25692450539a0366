#pragma once

#include "app/session.h"

#include <QList>

class QWidget;

namespace youfu::ui {

class Page;

// The pages that the logged-in user's roles may see, in the order of the areas table (the
// navigation groups them by Page::group()). A new area is one line in that table.
QList<Page*> createPages(Session& session, QWidget* parent);

} // namespace youfu::ui
