#include "models/rosterpreviewmodel.h"

#include "io/cellcleaner.h"
#include "io/rosterheaders.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace youfu::ui {

RosterPreviewModel::RosterPreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

void RosterPreviewModel::setRows(const QList<core::SheetRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    m_columns = 0;
    for (const core::SheetRow& r : m_rows) {
        int w = r.cells.size();
        while (w > 0 && r.cells.at(w - 1).isEmpty())
            --w;
        m_columns = qMax(m_columns, w);
    }
    endResetModel();
}

void RosterPreviewModel::setHeaderRows(int first, int last)
{
    if (first == m_first && last == m_last)
        return;
    m_first = first;
    m_last = last;
    if (!m_rows.isEmpty() && m_columns > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1));
    if (!m_rows.isEmpty())
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

bool RosterPreviewModel::isHeaderRow(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const int n = m_rows.at(row).number;
    return n >= m_first && n <= m_last;
}

int RosterPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RosterPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant RosterPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns)
        return {};
    const core::SheetRow& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() < r.cells.size()
                   ? core::CellCleaner::shown(r.cells.at(index.column()))
                   : QString();
    case Qt::BackgroundRole:
        return isHeaderRow(index.row()) ? QVariant(QBrush(QColor(0xff, 0xf1, 0xc4))) : QVariant();
    case Qt::FontRole:
        if (isHeaderRow(index.row())) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        return r.number < m_first ? QVariant(QBrush(QColor(0x8a, 0x94, 0xa6))) : QVariant();
    case IsHeaderRole:
        return isHeaderRow(index.row());
    case RowNumberRole:
        return r.number;
    default:
        return {};
    }
}

QVariant RosterPreviewModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o == Qt::Horizontal) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_columns)
            return core::RosterHeaders::columnLetter(section);
        return {};
    }
    if (section < 0 || section >= m_rows.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_rows.at(section).number;
    if (role == Qt::ToolTipRole && isHeaderRow(section))
        return tr("Header row");
    return {};
}

} // namespace youfu::ui
