#include "models/applicationlistmodel.h"

#include "approval/applicationrules.h"
#include "approval/approvalrules.h"
#include "policy/policyrules.h"

#include <QBrush>
#include <QColor>

namespace youfu::ui {

ApplicationListModel::ApplicationListModel(core::Database& db, Mode mode, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_mode(mode)
{}

void ApplicationListModel::setActor(const core::Actor& actor)
{
    m_actor = actor;
    reload();
}

void ApplicationListModel::setFilter(const core::ApplicationFilter& filter)
{
    m_filter = filter;
    reload();
}

void ApplicationListModel::reload()
{
    beginResetModel();
    core::ApplicationListStore store(m_db);
    m_rows.clear();
    m_total = 0;
    m_error.clear();
    if (m_mode == Mode::Inbox) {
        auto rows = store.inbox(m_actor);
        if (rows) {
            m_rows = rows.takeValue();
            m_total = int(m_rows.size());
        } else {
            m_error = rows.error();
        }
    } else {
        auto total = store.count(m_filter);
        if (!total) {
            m_error = total.error();
        } else if (auto first = store.page(m_filter, 0, kPage); first) {
            m_total = total.value();
            m_rows = first.takeValue();
        } else {
            m_error = first.error();
        }
    }
    endResetModel();
}

bool ApplicationListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_mode == Mode::Register && m_rows.size() < m_total;
}

void ApplicationListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    // OFFSET, as the view scrolls a page at a time (the export pages by keyset).
    auto read = core::ApplicationListStore(m_db).page(m_filter, int(m_rows.size()), kPage);
    if (!read)
        m_error = read.error();
    const QList<core::ApplicationRow> more =
        read ? read.takeValue() : QList<core::ApplicationRow>();
    if (more.isEmpty()) {
        m_total = int(m_rows.size()); // the table changed under us; stop asking
        return;
    }
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

core::ApplicationRow ApplicationListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : core::ApplicationRow();
}

int ApplicationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApplicationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const core::ApplicationRow& r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number:
            return r.number.isEmpty() ? QStringLiteral("(%1)").arg(r.id) : r.number;
        case Person:
            return r.personName;
        case Type:
            return core::ApplicationRules::typeTitle(r.type);
        case Request:
            return r.requestedChange;
        case Effective:
            return r.effectiveDate.toString(Qt::ISODate);
        case Amount: {
            if (r.annualFen > 0)
                return tr("%1 / year").arg(core::PolicyRules::yuan(r.annualFen));
            return r.oneOffFen > 0 ? core::PolicyRules::yuan(r.oneOffFen) : QString();
        }
        case State:
            if (r.state == core::ApplicationState::Pending)
                return tr("Waiting for %1").arg(core::roleTitle(r.waitingRole));
            if (r.state == core::ApplicationState::Approved && r.reportedOn.isValid())
                return tr("Approved, reported");
            return core::ApprovalRules::stateTitle(r.state);
        case Waiting:
            return r.state == core::ApplicationState::Pending ||
                           r.state == core::ApplicationState::Returned
                       ? tr("%n day(s)", nullptr, r.daysWaiting)
                       : QString();
        case Drafter:
            return r.draftedByName;
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Waiting))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Waiting && r.daysWaiting >= 7)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::UserRole)
        return r.id;
    return QVariant();
}

QVariant ApplicationListModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Person:
        return tr("Person");
    case Type:
        return tr("Type");
    case Request:
        return tr("Request");
    case Effective:
        return tr("Effective");
    case Amount:
        return tr("Benefit (yuan)");
    case State:
        return tr("State");
    case Waiting:
        return tr("Waiting");
    case Drafter:
        return tr("Drafted by");
    }
    return QVariant();
}

} // namespace youfu::ui
