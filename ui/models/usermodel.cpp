#include "models/usermodel.h"

#include "security/userstore.h"

#include <QBrush>
#include <QColor>

namespace youfu::ui {

UserModel::UserModel(core::Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db)
{
    reload();
}

void UserModel::reload()
{
    beginResetModel();
    // A list that cannot be read shows empty; the page says why (lastError()).
    auto users = core::UserStore(m_db).all();
    m_error = users ? QString() : users.error();
    m_users = users ? users.takeValue() : QList<core::User>();
    endResetModel();
}

core::User UserModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? m_users[row] : core::User();
}

int UserModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return QVariant();
    const core::User& u = m_users[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Login:
            return u.login;
        case Name:
            return u.displayName;
        case Roles:
            return core::roleTitles(u.roles);
        case State:
            if (u.disabled)
                return tr("Disabled");
            if (u.mustChangePassword)
                return tr("Must change password");
            return tr("Active");
        }
    }
    if (role == Qt::ForegroundRole && u.disabled)
        return QBrush(QColor(0x88, 0x88, 0x88));
    return QVariant();
}

QVariant UserModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Login:
        return tr("Login name");
    case Name:
        return tr("Name");
    case Roles:
        return tr("Roles");
    case State:
        return tr("State");
    }
    return QVariant();
}

} // namespace youfu::ui
