#pragma once

#include <QList>

class QHeaderView;
class QTableView;
class QTreeView;

namespace youfu::ui {

// The one way a table lays out its columns: every column is sized to its header and contents
// (names, dates, status, 经办人, 登记时间, counts: short texts the clerk must read whole), and
// `stretch`, the free text, takes the width that is left. `free` columns keep the width the
// user or the code gives them (a second long text). Applied again when the model's columns
// change, so it may be called before the model has any.
void fitColumns(QHeaderView* header, int stretch, const QList<int>& free = {});
void fitColumns(QTableView* view, int stretch, const QList<int>& free = {});
void fitColumns(QTreeView* view, int stretch, const QList<int>& free = {});

} // namespace youfu::ui
