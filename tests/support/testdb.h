#pragma once

#include "common/clock.h"
#include "db/database.h"
#include "security/actor.h"

#include <QTemporaryDir>

#include <memory>

namespace youfu::test {

// One temporary database per test: created fresh, gone afterwards.
class TestDb
{
public:
    explicit TestDb(int migrateTo = -1);
    core::Database& db() { return *m_db; }
    core::Database* operator->() { return m_db.get(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    core::FixedClock& clock() { return *m_clock; }
    bool isValid() const { return m_db != nullptr; }
    void close() { m_db.reset(); }
    bool reopen();

    // Adds a user with the given roles (password "Passw0rd!") and returns them as an actor.
    core::Actor addUser(const QString& login, core::Roles roles, const QString& name = QString());
    core::Actor admin();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<core::Database> m_db;
    std::shared_ptr<core::FixedClock> m_clock;
    core::Actor m_admin;
};

inline const QString kTestPassword = QStringLiteral("Passw0rd!");

} // namespace youfu::test
