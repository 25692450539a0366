#include "models/infostaffmodel.h"

#include "common/isotime.h"

#include <QBrush>
#include <QPalette>

namespace youfu::ui {

InfoStaffModel::InfoStaffModel(QObject* parent) : QAbstractTableModel(parent) {}

void InfoStaffModel::setStaff(const QList<core::InfoStaff>& staff)
{
    beginResetModel();
    m_staff = staff;
    endResetModel();
}

core::InfoStaff InfoStaffModel::staffAt(int row) const
{
    return row >= 0 && row < m_staff.size() ? m_staff.at(row) : core::InfoStaff();
}

int InfoStaffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_staff.size());
}

int InfoStaffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InfoStaffModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_staff.size() || index.column() >= ColumnCount)
        return QVariant();
    const core::InfoStaff& s = m_staff.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Township:
            return s.townshipName;
        case Name:
            return s.name;
        case Phone:
            return s.phone;
        case Group:
            return s.group.isEmpty() ? tr("(township)") : s.group;
        case Since:
            return core::toIsoDate(s.since);
        case Until:
            return s.until.isValid() ? core::toIsoDate(s.until) : tr("serving");
        }
    }
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
    }
    return QVariant();
}

} // namespace youfu::ui
