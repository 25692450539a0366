#include "statistics/stattablemodel.h"

#include "statistics/statisticsrules.h"

#include <QFont>

namespace youfu::ui {

StatTableModel::StatTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void StatTableModel::setTable(const core::StatTable& table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int StatTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int StatTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size()) + 1;
}

QVariant StatTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const core::StatRow& row = m_table.rows.at(index.row());
    const int c = index.column() - 1;
    switch (role) {
    case Qt::DisplayRole:
        if (c < 0)
            return row.label;
        return core::StatisticsRules::cellText(m_table.columns.at(c), row.values.value(c));
    case Qt::TextAlignmentRole:
        return c < 0 ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                     : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::FontRole:
        if (row.total) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return QVariant();
    case Qt::UserRole: // the figure itself (fen, per mille), for sorting and tests
        return c < 0 ? QVariant(row.label) : QVariant(row.values.value(c));
    default:
        return QVariant();
    }
}

QVariant StatTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section == 0)
        return m_table.labelTitle;
    if (section - 1 < m_table.columns.size()) {
        const core::StatColumn& col = m_table.columns.at(section - 1);
        // Money columns say their unit, as the paper does in its note.
        if (col.kind == core::StatColumn::Kind::Money && !col.title.contains(QStringLiteral("元")))
            return tr("%1 (yuan)").arg(col.title);
        return col.title;
    }
    return QVariant();
}

} // namespace youfu::ui
