#include "testdb.h"

#include "setupcheck.h"

#include "security/userstore.h"

#include <QTest>

namespace youfu::test {

TestDb::TestDb(int migrateTo)
{
    m_path = m_dir.filePath(QStringLiteral("test.db"));
    m_clock =
        std::make_shared<core::FixedClock>(QDateTime(QDate(2026, 11, 29), QTime(2, 0), Qt::UTC));
    core::OpenOptions options;
    options.migrateTo = migrateTo;
    auto opened = core::Database::open(m_path, options);
    if (!opened) {
        YOUFU_SETUP_FAILED("TestDb", opened.error());
        return;
    }
    m_db = opened.takeValue();
    m_db->setClock(m_clock);
}

bool TestDb::reopen()
{
    m_db.reset();
    auto opened = core::Database::open(m_path);
    if (!opened)
        return false;
    m_db = opened.takeValue();
    m_db->setClock(m_clock);
    return true;
}

core::Actor TestDb::admin()
{
    if (m_admin.isValid())
        return m_admin;
    core::UserStore users(*m_db);
    auto existing = users.byLogin(QStringLiteral("admin"));
    if (existing) {
        m_admin = existing->toActor();
        return m_admin;
    }
    auto id = users.createFirstAdmin(
        {QStringLiteral("admin"), QStringLiteral("管理员"), core::Roles(core::Role::Admin)},
        kTestPassword);
    if (!id)
        YOUFU_SETUP_FAILED("TestDb::admin", id.error());
    m_admin = users.byId(id.value())->toActor();
    return m_admin;
}

core::Actor TestDb::addUser(const QString& login, core::Roles roles, const QString& name)
{
    core::UserStore users(*m_db);
    auto id = users.add(admin(), {login, name.isEmpty() ? login : name, roles}, kTestPassword);
    if (!id) {
        YOUFU_SETUP_FAILED("TestDb::addUser", id.error());
        return core::Actor();
    }
    return users.byId(id.value())->toActor();
}

} // namespace youfu::test
