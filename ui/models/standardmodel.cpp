#include "models/standardmodel.h"

#include "db/database.h"
#include "policy/policyrules.h"
#include "policy/policystore.h"
#include "registry/categoryrules.h"

#include <QBrush>
#include <QColor>

namespace youfu::ui {

StandardModel::StandardModel(core::Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db)
{
    reload();
}

void StandardModel::reload()
{
    beginResetModel();
    m_rows = core::PolicyStore(m_db).all();
    m_state.clear();
    const QDate today = m_db.clock().today();
    for (const core::BenefitStandard& s : m_rows) {
        const auto inForce = core::PolicyRules::lookup(m_rows, s.key(), today);
        m_state << (s.effectiveFrom > today ? 2 : (inForce && inForce->id == s.id ? 0 : 1));
    }
    endResetModel();
}

core::BenefitStandard StandardModel::standardAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : core::BenefitStandard();
}

int StandardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StandardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StandardModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const core::BenefitStandard& s = m_rows.at(index.row());
    const int state = m_state.value(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Category: return s.categoryCode.isEmpty() ? tr("All categories") : s.categoryName;
        case Item: return core::PolicyRules::itemTitle(s.item);
        case Grade: return core::CategoryRules::gradeTitle(s.grade);
        case Nature: return s.nature;
        case Residence: return core::PolicyRules::residenceTitle(s.residence);
        case Amount: return core::PolicyRules::yuan(s.amountFen);
        case EffectiveFrom: return s.effectiveFrom.toString(Qt::ISODate);
        case State: return state == 0 ? tr("In force") : state == 2 ? tr("Future") : tr("Superseded");
        case Basis: return s.basis();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && state == 1)
        return QBrush(QColor(0x88, 0x88, 0x88));
    if (role == Qt::ToolTipRole && !s.note.isEmpty())
        return s.note;
    return QVariant();
}

QVariant StandardModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Category: return tr("Category");
    case Item: return tr("Item");
    case Grade: return tr("Grade");
    case Nature: return tr("Nature");
    case Residence: return tr("Residence");
    case Amount: return tr("Amount (yuan)");
    case EffectiveFrom: return tr("Effective from");
    case State: return tr("State");
    case Basis: return tr("Basis document");
    }
    return QVariant();
}

} // namespace youfu::ui
