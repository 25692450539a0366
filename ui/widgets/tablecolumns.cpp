#include "widgets/tablecolumns.h"

#include <QHeaderView>
#include <QTableView>
#include <QTreeView>

namespace youfu::ui {

namespace {
void applyModes(QHeaderView* header, int stretch, const QList<int>& free)
{
    header->setStretchLastSection(false);
    // Never a column narrower than its header; the stretched one keeps a readable width.
    header->setMinimumSectionSize(qMax(header->minimumSectionSize(), 40));
    for (int c = 0; c < header->count(); ++c) {
        if (c == stretch)
            header->setSectionResizeMode(c, QHeaderView::Stretch);
        else if (free.contains(c))
            header->setSectionResizeMode(c, QHeaderView::Interactive);
        else
            header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
}
} // namespace

void fitColumns(QHeaderView* header, int stretch, const QList<int>& free)
{
    applyModes(header, stretch, free);
    const char* const marker = "youfuFitColumns";
    if (header->property(marker).toBool())
        return;
    header->setProperty(marker, true);
    QObject::connect(header, &QHeaderView::sectionCountChanged, header,
                     [header, stretch, free] { applyModes(header, stretch, free); });
}

void fitColumns(QTableView* view, int stretch, const QList<int>& free)
{
    fitColumns(view->horizontalHeader(), stretch, free);
}

void fitColumns(QTreeView* view, int stretch, const QList<int>& free)
{
    fitColumns(view->header(), stretch, free);
}

} // namespace youfu::ui
