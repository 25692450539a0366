#include "widgets/listtable.h"

#include <QHeaderView>
#include <QTableView>

namespace youfu::ui {

QTableView* makeListTable(QAbstractItemModel* model, const char* objectName, QWidget* parent)
{
    auto* v = new QTableView(parent);
    v->setObjectName(QLatin1String(objectName));
    v->setModel(model);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->setTabKeyNavigation(false);
    v->verticalHeader()->hide();
    v->setAlternatingRowColors(true);
    return v;
}

} // namespace youfu::ui
