#include "appraisal/unitindicatormodel.h"

#include "appraisal/schemerules.h"
#include "appraisal/unitrules.h"

namespace youfu::ui {

void UnitIndicatorModel::setResults(const QList<core::AppraisalIndicator>& indicators,
                                    const QList<core::IndicatorResult>& results)
{
    beginResetModel();
    m_rows.clear();
    for (const core::AppraisalIndicator& ind : indicators) {
        Row row{ind, {}};
        row.result.indicatorCode = ind.code;
        for (const core::IndicatorResult& r : results) {
            if (r.indicatorCode == ind.code)
                row.result = r;
        }
        m_rows << row;
    }
    endResetModel();
}

QString UnitIndicatorModel::code(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].indicator.code : QString();
}

int UnitIndicatorModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UnitIndicatorModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitIndicatorModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    if (role == Qt::UserRole)
        return row.indicator.code;
    if (role == Qt::TextAlignmentRole && index.column() != Title)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Title)
        return tr("Double-click or press Enter for the records behind the figure.");
    if (role != Qt::DisplayRole)
        return {};
    using core::SchemeRules;
    const core::IndicatorResult& r = row.result;
    const bool rate = SchemeRules::isRate(row.indicator.code);
    switch (index.column()) {
    case Title:
        return SchemeRules::shownTitle(row.indicator);
    case Numerator:
        return QString::number(r.numerator);
    case Denominator:
        return QString::number(r.denominator);
    case Rate:
        return r.hasRecords ? SchemeRules::permilleText(
                                  core::UnitRules::ratePermille(r.numerator, r.denominator))
                            : QString();
    case Target:
        return rate ? SchemeRules::permilleText(row.indicator.target)
                    : QString::number(row.indicator.target);
    case Score:
        return r.hasRecords ? tr("%1 of %2")
                                  .arg(SchemeRules::pointsText(r.score),
                                       SchemeRules::pointsText(row.indicator.weight))
                            : tr("No records yet");
    default:
        return {};
    }
}

QVariant UnitIndicatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Indicator");
    case Numerator:
        return tr("Numerator");
    case Denominator:
        return tr("Denominator");
    case Rate:
        return tr("Rate");
    case Target:
        return tr("Target");
    case Score:
        return tr("Score");
    default:
        return {};
    }
}

} // namespace youfu::ui
