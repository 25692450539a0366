#include "models/caselistmodel.h"

#include "common/isotime.h"
#include "db/database.h"
#include "petition/petitionliststore.h"
#include "petition/petitionrules.h"
#include "petition/petitionstore.h"

#include <QBrush>
#include <QColor>
#include <QScopedValueRollback>

namespace youfu::ui {

namespace {
const QColor kOverdueText(0xb0, 0x00, 0x20);
const QColor kOverdueBack(0xfd, 0xe4, 0xe6);
const QColor kSoonText(0x8a, 0x5a, 0x00);
const QColor kSoonBack(0xff, 0xf1, 0xcc);
} // namespace

CaseListModel::CaseListModel(core::Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db)
{}

QDate CaseListModel::today() const
{
    return m_db.clock().today();
}

void CaseListModel::setFilter(const core::CaseFilter& filter)
{
    m_filter = filter;
    reload();
}

void CaseListModel::reload()
{
    const QScopedValueRollback<bool> guard(m_busy, true);
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_atEnd = true;
    m_error.clear();
    const core::PetitionListStore store(m_db);
    auto total = store.count(m_filter, today());
    if (!total) {
        m_error = total.error();
    } else if (auto first = store.page(m_filter, nullptr, m_page, today()); !first) {
        m_error = first.error();
    } else {
        m_total = total.value();
        m_rows = first.takeValue();
        m_atEnd = m_rows.size() < m_page;
    }
    endResetModel();
}

bool CaseListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_rows.isEmpty();
}

void CaseListModel::fetchMore(const QModelIndex& parent)
{
    if (m_busy || !canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> guard(m_busy, true);
    const core::CaseLine& last = m_rows.last();
    core::CaseCursor after{last.receivedAt, last.id};
    if (!after.receivedAt.isValid()) {
        // A store that gives the day only: the case itself knows the moment.
        auto c = core::PetitionStore(m_db).read(last.id);
        if (!c) {
            m_error = c.error();
            m_atEnd = true;
            return;
        }
        after.receivedAt = c->receivedAt;
    }
    auto read = core::PetitionListStore(m_db).page(m_filter, &after, m_page, today());
    if (!read) {
        m_error = read.error();
        m_atEnd = true;
        return;
    }
    const QList<core::CaseLine> more = read.takeValue();
    m_atEnd = more.size() < m_page;
    if (more.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

core::CaseLine CaseListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : core::CaseLine();
}

int CaseListModel::rowOf(qint64 caseId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == caseId)
            return i;
    return -1;
}

QString CaseListModel::deadlineWords(const core::CaseLine& line)
{
    if (!line.deadline.isValid() || line.badge == core::DeadlineBadge::None)
        return QString();
    const QString date = core::toIsoDate(line.deadline);
    if (line.daysLeft < 0)
        return tr("%1 (%n day(s) overdue)", nullptr, -line.daysLeft).arg(date);
    if (line.daysLeft == 0)
        return tr("%1 (due today)").arg(date);
    return tr("%1 (%n day(s) left)", nullptr, line.daysLeft).arg(date);
}

QString CaseListModel::flagWords(const core::CaseLine& line)
{
    QStringList words;
    if (line.group)
        words << tr("group");
    if (line.beyond != core::BeyondLevel::None)
        words << core::PetitionRules::beyondTitle(line.beyond);
    if (line.repeat)
        words << tr("repeat");
    return words.join(QStringLiteral("、"));
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return QVariant();
    const core::CaseLine& r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number:
            return r.number;
        case Received:
            return core::toIsoDate(r.receivedOn);
        case Petitioners:
            return r.petitionerNames;
        case Channel:
            return core::PetitionRules::channelTitle(r.channel);
        case Subject:
            return core::PetitionRules::subjectTitle(r.subject);
        case Township:
            return r.townshipName;
        case Status:
            return core::PetitionRules::statusTitle(r.status);
        case Flags:
            return flagWords(r);
        case Responsible:
            return r.responsibleName;
        case Deadline:
            return deadlineWords(r);
        }
    }
    const bool badged = index.column() == Deadline;
    if (role == Qt::ForegroundRole && badged) {
        if (r.badge == core::DeadlineBadge::Overdue)
            return QBrush(kOverdueText);
        if (r.badge == core::DeadlineBadge::Soon)
            return QBrush(kSoonText);
    }
    if (role == Qt::BackgroundRole && badged) {
        if (r.badge == core::DeadlineBadge::Overdue)
            return QBrush(kOverdueBack);
        if (r.badge == core::DeadlineBadge::Soon)
            return QBrush(kSoonBack);
    }
    if (role == BadgeRole)
        return int(r.badge);
    if (role == Qt::UserRole)
        return r.id;
    return QVariant();
}

QVariant CaseListModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Received:
        return tr("Received");
    case Petitioners:
        return tr("Petitioners");
    case Channel:
        return tr("Channel");
    case Subject:
        return tr("Subject");
    case Township:
        return tr("Township");
    case Status:
        return tr("Status");
    case Flags:
        return tr("Flags");
    case Responsible:
        return tr("Responsible");
    case Deadline:
        return tr("Deadline");
    }
    return QVariant();
}

} // namespace youfu::ui
