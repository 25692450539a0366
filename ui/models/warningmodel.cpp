#include "models/warningmodel.h"

#include "common/isotime.h"
#include "visit/visitrules.h"

#include <QBrush>
#include <QColor>

namespace youfu::ui {

WarningModel::WarningModel(QObject* parent) : QAbstractTableModel(parent) {}

void WarningModel::setWarnings(const QList<core::WarningReport>& warnings)
{
    beginResetModel();
    m_warnings = warnings;
    endResetModel();
}

core::WarningReport WarningModel::warningAt(int row) const
{
    return row >= 0 && row < m_warnings.size() ? m_warnings.at(row) : core::WarningReport();
}

int WarningModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_warnings.size(); ++i)
        if (m_warnings.at(i).id == id)
            return i;
    return -1;
}

int WarningModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_warnings.size());
}

int WarningModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WarningModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_warnings.size() || index.column() >= ColumnCount)
        return QVariant();
    const core::WarningReport& w = m_warnings.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ReportedOn:
            return core::toIsoDate(w.reportedOn);
        case Township:
            return w.townshipName;
        case Reporter:
            return w.reporterName;
        case Group: {
            QStringList parts;
            if (!w.group.isEmpty())
                parts << w.group;
            if (!w.personNames.isEmpty())
                parts << w.personNames.join(tr(", "));
            return parts.join(tr(": "));
        }
        case Expected:
            return w.expected;
        case ExpectedOn:
            return w.expectedOn.isValid() ? core::toIsoDate(w.expectedOn) : QString();
        case Risk:
            return core::VisitRules::riskTitle(w.risk);
        case State:
            if (!w.resolved)
                return tr("Open");
            return w.caseId != 0
                       ? tr("Resolved %1 (became case)").arg(core::toIsoDate(w.resolvedOn))
                       : tr("Resolved %1").arg(core::toIsoDate(w.resolvedOn));
        }
    }
    if (index.column() == Risk && !w.resolved) {
        // Colour as well as the word: red for high, amber for elevated.
        if (role == Qt::BackgroundRole && w.risk == core::RiskLevel::High)
            return QBrush(QColor(0xf4, 0xc7, 0xc3));
        if (role == Qt::BackgroundRole && w.risk == core::RiskLevel::Elevated)
            return QBrush(QColor(0xff, 0xe5, 0xa0));
        if (role == Qt::ForegroundRole && w.risk != core::RiskLevel::Normal)
            return QBrush(QColor(0x20, 0x20, 0x20));
    }
    if (role == Qt::ToolTipRole && index.column() == Expected)
        return w.expected;
    if (role == Qt::UserRole)
        return w.id;
    return QVariant();
}

QVariant WarningModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case ReportedOn:
        return tr("Reported on");
    case Township:
        return tr("Township");
    case Reporter:
        return tr("Reporter");
    case Group:
        return tr("Group / persons");
    case Expected:
        return tr("Expected");
    case ExpectedOn:
        return tr("Expected on");
    case Risk:
        return tr("Risk");
    case State:
        return tr("State");
    }
    return QVariant();
}

} // namespace youfu::ui
