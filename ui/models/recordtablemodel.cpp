#include "models/recordtablemodel.h"

#include <QBrush>

namespace youfu::ui {

RecordTableModel::RecordTableModel(QStringList header, QObject* parent)
    : QAbstractTableModel(parent), m_header(std::move(header))
{
}

void RecordTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const RecordTableModel::Row& RecordTableModel::rowAt(int row) const
{
    static const Row empty;
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : empty;
}

int RecordTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int RecordTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() < r.cells.size() ? r.cells.at(index.column()) : QString();
    case Qt::ForegroundRole:
        return r.color.isValid() ? QVariant(QBrush(r.color)) : QVariant();
    case IdRole:
        return r.id;
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (o == Qt::Horizontal)
        return section >= 0 && section < m_header.size() ? m_header.at(section) : QVariant();
    return section + 1;
}

} // namespace youfu::ui
