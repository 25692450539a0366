#pragma once

#include <functional>

class QAbstractItemView;
class QLineEdit;

namespace youfu::ui {

// Joins a search box to the list of results below it, for the keyboard:
// - Down or PageDown in the box moves into the list with a row selected (the first, unless one
//   is selected already);
// - Enter in the box opens the selected row, or the first, through `open` (give it where a
//   double-click opens a row; without it Enter keeps doing what the box does).
// `flush` (optional) applies a search still waiting for the typing pause, so the keys act on
// the results of what was typed. Both are called with the row chosen as the view's current row.
void searchToList(QLineEdit* search, QAbstractItemView* view, std::function<void()> open = {},
                  std::function<void()> flush = {});

} // namespace youfu::ui
