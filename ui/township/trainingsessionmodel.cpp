#include "township/trainingsessionmodel.h"

#include "common/isotime.h"
#include "township/trainingrules.h"

#include <QBrush>
#include <QPalette>

namespace youfu::ui {

TrainingSessionModel::TrainingSessionModel(core::Database* db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db)
{}

bool TrainingSessionModel::setFilter(const core::TrainingFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_total = 0;
    m_error.clear();
    bool ok = true;
    if (m_db) {
        core::TrainingStore store(*m_db);
        auto total = store.count(filter);
        auto page = total ? store.sessions(filter, 0, kPage)
                          : core::Result<QList<core::TrainingSession>>(total.status());
        if (!page) {
            m_error = page.error();
            ok = false;
        } else {
            m_total = total.value();
            m_rows = page.value();
        }
    }
    endResetModel();
    return ok;
}

core::TrainingSession TrainingSessionModel::sessionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : core::TrainingSession();
}

int TrainingSessionModel::rowOf(qint64 sessionId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == sessionId)
            return i;
    return -1;
}

int TrainingSessionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrainingSessionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TrainingSessionModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_db && m_rows.size() < m_total && m_error.isEmpty();
}

void TrainingSessionModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = core::TrainingStore(*m_db).sessions(m_filter, int(m_rows.size()), kPage);
    if (!page) {
        m_error = page.error();
        return;
    }
    if (page->isEmpty()) {
        m_total = m_rows.size(); // the list shrank meanwhile
        return;
    }
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows << page.value();
    endInsertRows();
}

QVariant TrainingSessionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return QVariant();
    const core::TrainingSession& s = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Day:
            return core::toIsoDate(s.heldOn);
        case Kind:
            return core::TrainingRules::kindTitle(s.kind);
        case Topic:
            return s.topic;
        case Trainer:
            return s.trainer;
        case Hours:
            return core::TrainingRules::hoursText(s.minutes);
        case Place:
            return s.place;
        case State:
            return s.held ? tr("held") : tr("planned");
        case Attendance:
            return s.held ? tr("%1 of %2").arg(s.attended).arg(s.invited)
                          : tr("%1 asked").arg(s.invited);
        case Materials:
            return s.materials > 0 ? QString::number(s.materials) : QString();
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Hours || index.column() == Materials))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return s.id;
    return QVariant();
}

QVariant TrainingSessionModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Day:
        return tr("Day");
    case Kind:
        return tr("Kind");
    case Topic:
        return tr("Topic");
    case Trainer:
        return tr("Trainer");
    case Hours:
        return tr("Hours");
    case Place:
        return tr("Place");
    case State:
        return tr("State");
    case Attendance:
        return tr("Attendance");
    case Materials:
        return tr("Materials");
    }
    return QVariant();
}

} // namespace youfu::ui
