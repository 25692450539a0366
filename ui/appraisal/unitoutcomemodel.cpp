#include "appraisal/unitoutcomemodel.h"

#include "appraisal/schemerules.h"

namespace youfu::ui {

void UnitOutcomeModel::setOutcomes(const QList<core::UnitOutcome>& outcomes)
{
    beginResetModel();
    m_rows = outcomes;
    endResetModel();
}

const core::UnitOutcome* UnitOutcomeModel::outcome(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int UnitOutcomeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UnitOutcomeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitOutcomeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::UnitOutcome& o = m_rows[index.row()];
    if (role == Qt::TextAlignmentRole && index.column() >= Points && index.column() <= Total)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return o.townshipCode;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    using core::SchemeRules;
    switch (index.column()) {
    case Township:
        return o.townshipName;
    case Points:
        return SchemeRules::pointsText(o.points);
    case Adjustment:
        return o.adjustment == 0 ? QString()
                                 : (o.adjustment > 0 ? QStringLiteral("+") : QString()) +
                                       SchemeRules::pointsText(o.adjustment);
    case Total:
        return SchemeRules::pointsText(o.total);
    case Grade:
        return SchemeRules::gradeTitle(o.grade, core::SchemeKind::Unit);
    case Veto:
        return o.vetoReason;
    default:
        return {};
    }
}

QVariant UnitOutcomeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Township:
        return tr("Township");
    case Points:
        return tr("Points");
    case Adjustment:
        return tr("Adjustment");
    case Total:
        return tr("Total");
    case Grade:
        return tr("Grade");
    case Veto:
        return tr("One-vote veto");
    default:
        return {};
    }
}

} // namespace youfu::ui
