#pragma once

#include "security/actor.h"

#include <QAbstractListModel>
#include <QList>

namespace youfu::core {
class Database;
}

namespace youfu::ui {

// What Ctrl+K finds: persons (name, pinyin initials, part of the citizen ID) and applications
// (part of their number), one line each, only what the user's roles may open. A search that
// cannot be made leaves no rows and says why in lastError().
class FindResultModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Kind
    {
        Person,
        Application
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        IdRole
    };
    static constexpr int kPerKind = 8;

    FindResultModel(core::Database& db, const core::Actor& actor, QObject* parent = nullptr);
    void setText(const QString& text);
    // False when the user's roles open neither persons nor applications.
    bool canFind() const;
    QString lastError() const { return m_error; }
    Kind kindAt(int row) const;
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Hit
    {
        Kind kind = Kind::Person;
        qint64 id = 0;
        QString line;
    };

    core::Database& m_db;
    core::Actor m_actor;
    QList<Hit> m_hits;
    QString m_error;
};

} // namespace youfu::ui
