#pragma once

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace youfu::ui {

// A read-only list over a model: whole rows, one at a time, no row numbers, alternating rows;
// rows are chosen with the arrows and Tab goes on to the buttons.
QTableView* makeListTable(QAbstractItemModel* model, const char* objectName, QWidget* parent);

} // namespace youfu::ui
