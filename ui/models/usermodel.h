#pragma once

#include "security/user.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace youfu::core {
class Database;
}

namespace youfu::ui {

// The users of the database. Small (a bureau has a handful), so it loads them all.
class UserModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Login,
        Name,
        Roles,
        State,
        ColumnCount
    };

    explicit UserModel(core::Database& db, QObject* parent = nullptr);
    void reload();
    core::User userAt(int row) const;
    // Why the list could not be read at the last reload, or "".
    const QString& lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    core::Database& m_db;
    QList<core::User> m_users;
    QString m_error;
};

} // namespace youfu::ui
