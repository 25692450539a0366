#include "models/stabilitymodel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace youfu::ui {

namespace {
const QColor kRed(0xf4, 0xc7, 0xc3);
const QColor kAmber(0xff, 0xe5, 0xa0);
} // namespace

StabilityModel::StabilityModel(QObject* parent) : QAbstractTableModel(parent) {}

void StabilityModel::setLines(QList<core::StabilityLine> lines)
{
    std::stable_sort(lines.begin(), lines.end(),
                     [](const core::StabilityLine& a, const core::StabilityLine& b) {
                         return a.score > b.score;
                     });
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

core::StabilityLine StabilityModel::lineAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines.at(row) : core::StabilityLine();
}

QString StabilityModel::summary() const
{
    int overdueTownships = 0, group = 0, beyond = 0, warnings = 0, high = 0, keyPersons = 0;
    for (const core::StabilityLine& l : m_lines) {
        overdueTownships += l.overdueCases > 0 ? 1 : 0;
        group += l.groupLast12Months;
        beyond += l.beyondLast12Months;
        warnings += l.openWarnings;
        high += l.highRiskWarnings;
        keyPersons += l.keyPersonsOverdue;
    }
    QStringList parts;
    if (overdueTownships > 0)
        parts << tr("%n township(s) with overdue cases", nullptr, overdueTownships);
    if (group > 0)
        parts << tr("%n group petition(s) in the last 12 months", nullptr, group);
    if (beyond > 0)
        parts << tr("%n beyond-level petition(s) in the last 12 months", nullptr, beyond);
    if (warnings > 0)
        parts << tr("%n open warning(s), %1 of high risk", nullptr, warnings).arg(high);
    if (keyPersons > 0)
        parts << tr("%n key person(s) with an overdue visit", nullptr, keyPersons);
    if (parts.isEmpty())
        return tr("No township needs attention: no overdue case, no group or beyond-level "
                  "petition, no open warning.");
    return parts.join(tr(", ")) + tr(".");
}

int StabilityModel::value(const core::StabilityLine& l, int column)
{
    switch (column) {
    case OpenCases:
        return l.openCases;
    case Overdue:
        return l.overdueCases;
    case Group:
        return l.groupLast12Months;
    case Beyond:
        return l.beyondLast12Months;
    case OpenWarnings:
        return l.openWarnings;
    case HighRisk:
        return l.highRiskWarnings;
    case KeyPersonsOverdue:
        return l.keyPersonsOverdue;
    default:
        return 0;
    }
}

int StabilityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int StabilityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StabilityModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size() || index.column() >= ColumnCount)
        return QVariant();
    const core::StabilityLine& l = m_lines.at(index.row());
    const int c = index.column();
    const int v = value(l, c);
    switch (role) {
    case Qt::DisplayRole:
        return c == Township ? QVariant(l.townshipName) : QVariant(QString::number(v));
    case Qt::TextAlignmentRole:
        return c == Township ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (v > 0 && (c == Overdue || c == Group || c == Beyond || c == HighRisk))
            return QBrush(kRed); // overdue, or what may veto the county's assessment
        if (v > 0 && (c == OpenWarnings || c == KeyPersonsOverdue))
            return QBrush(kAmber);
        return QVariant();
    case Qt::ForegroundRole:
        if (v > 0 && c != Township && c != OpenCases)
            return QBrush(QColor(0x20, 0x20, 0x20)); // dark on the light red and amber
        return QVariant();
    case Qt::ToolTipRole:
        if (v > 0 && (c == Group || c == Beyond))
            return tr("May veto the county's assessment (一票否决)");
        return QVariant();
    case Qt::UserRole:
        return l.townshipCode;
    default:
        return QVariant();
    }
}

QVariant StabilityModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Township:
        return tr("Township");
    case OpenCases:
        return tr("Open cases");
    case Overdue:
        return tr("Overdue");
    case Group:
        return tr("Group petitions (12 months)");
    case Beyond:
        return tr("Beyond level (12 months)");
    case OpenWarnings:
        return tr("Open warnings");
    case HighRisk:
        return tr("High risk");
    case KeyPersonsOverdue:
        return tr("Key persons overdue");
    }
    return QVariant();
}

} // namespace youfu::ui
