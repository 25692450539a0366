#include "models/duelistmodel.h"

#include "common/isotime.h"
#include "visit/visitrules.h"
#include "visit/visitstore.h"

#include <QBrush>
#include <QColor>
#include <QScopedValueRollback>

namespace youfu::ui {

DueListModel::DueListModel(core::Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db)
{}

void DueListModel::setFilter(const core::DueFilter& filter)
{
    m_filter = filter;
    reload();
}

void DueListModel::reload()
{
    const QScopedValueRollback<bool> guard(m_busy, true);
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_atEnd = true;
    m_error.clear();
    core::VisitStore store(m_db);
    auto total = store.dueCount(m_filter);
    if (!total) {
        m_error = total.error();
    } else if (auto first = store.dueList(m_filter, nullptr, m_page); !first) {
        m_error = first.error();
    } else {
        m_total = total.value();
        m_rows = first.takeValue();
        m_atEnd = m_rows.size() < m_page;
    }
    endResetModel();
}

bool DueListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_rows.isEmpty();
}

void DueListModel::fetchMore(const QModelIndex& parent)
{
    if (m_busy || !canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> guard(m_busy, true);
    const core::DueVisit& last = m_rows.last();
    const core::DueCursor after{last.due, last.sortName, last.personId, last.planId};
    auto read = core::VisitStore(m_db).dueList(m_filter, &after, m_page);
    if (!read) {
        m_error = read.error();
        m_atEnd = true;
        return;
    }
    const QList<core::DueVisit> more = read.takeValue();
    m_atEnd = more.size() < m_page;
    if (more.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

core::DueVisit DueListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : core::DueVisit();
}

int DueListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DueListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DueListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return QVariant();
    const core::DueVisit& r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Due:
            return r.festival.isEmpty() ? core::toIsoDate(r.due)
                                        : tr("%1 (%2)").arg(core::toIsoDate(r.due), r.festival);
        case State:
            return core::VisitRules::stateTitle(r.state);
        case Person:
            return r.personName;
        case CitizenId:
            return r.maskedCitizenId;
        case Township:
            return r.townshipName;
        case Risk:
            return core::VisitRules::riskTitle(r.risk);
        case Leader:
            return r.leaderName;
        case Plan:
            return r.planTitle;
        }
    }
    if (role == Qt::ForegroundRole && (r.state == core::DueState::Overdue ||
                                       (index.column() == Risk && r.risk == core::RiskLevel::High)))
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::UserRole)
        return r.personId;
    return QVariant();
}

QVariant DueListModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Due:
        return tr("Due");
    case State:
        return tr("State");
    case Person:
        return tr("Person");
    case CitizenId:
        return tr("Citizen ID");
    case Township:
        return tr("Township");
    case Risk:
        return tr("Risk");
    case Leader:
        return tr("Responsible leader");
    case Plan:
        return tr("Plan");
    }
    return QVariant();
}

} // namespace youfu::ui
