#include "models/infostaffmodel.h"

#include "common/isotime.h"
#include "registry/phonenumber.h"
#include "township/trainingrules.h"

#include <QBrush>
#include <QPalette>

namespace youfu::ui {

InfoStaffModel::InfoStaffModel(QObject* parent) : QAbstractTableModel(parent) {}

void InfoStaffModel::setStaff(const QList<core::InfoStaff>& staff)
{
    beginResetModel();
    m_staff = staff;
    m_shown = int(qMin<qsizetype>(m_staff.size(), kPage));
    endResetModel();
}

void InfoStaffModel::setMaskPhones(bool mask)
{
    beginResetModel();
    m_mask = mask;
    endResetModel();
}

void InfoStaffModel::setTrainingMinutes(const QHash<qint64, int>& minutes)
{
    beginResetModel();
    m_minutes = minutes;
    m_withTraining = true;
    endResetModel();
}

bool InfoStaffModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_shown < m_staff.size();
}

void InfoStaffModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const int more = int(qMin<qsizetype>(m_staff.size() - m_shown, kPage));
    beginInsertRows(QModelIndex(), m_shown, m_shown + more - 1);
    m_shown += more;
    endInsertRows();
}

core::InfoStaff InfoStaffModel::staffAt(int row) const
{
    return row >= 0 && row < m_staff.size() ? m_staff.at(row) : core::InfoStaff();
}

int InfoStaffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int InfoStaffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : (m_withTraining ? ColumnCount : TrainingHours);
}

QVariant InfoStaffModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown || index.column() >= columnCount())
        return QVariant();
    const core::InfoStaff& s = m_staff.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Township:
            return s.townshipName;
        case Name:
            return s.name;
        case Phone:
            return m_mask && !s.phone.isEmpty() ? core::PhoneNumber::mask(s.phone) : s.phone;
        case Group:
            return s.group.isEmpty() ? tr("(township)") : s.group;
        case Since:
            return core::toIsoDate(s.since);
        case Until:
            return s.until.isValid() ? core::toIsoDate(s.until) : tr("serving");
        case Duty:
            return core::TrainingRules::dutyTitle(s.duty);
        case TrainingHours:
            return core::TrainingRules::hoursText(m_minutes.value(s.id));
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == TrainingHours)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && s.until.isValid())
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::UserRole)
        return s.id;
    return QVariant();
}

QVariant InfoStaffModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Township:
        return tr("Township");
    case Name:
        return tr("Name");
    case Phone:
        return tr("Phone");
    case Group:
        return tr("Group");
    case Since:
        return tr("Since");
    case Until:
        return tr("Until");
    case Duty:
        return tr("Duty");
    case TrainingHours:
        return tr("Training hours this year");
    }
    return QVariant();
}

} // namespace youfu::ui
