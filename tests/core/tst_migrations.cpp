#include "db/database.h"
#include "db/migrator.h"
#include "db/sqlscript.h"
#include "testdb.h"

#include <QSqlQuery>
#include <QTest>

using namespace youfu;

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitScript_data();
    void splitScript();
    void migrationsAreNumberedWithoutGaps();
    void fromEmpty();
    void fromEachEarlierVersion_data();
    void fromEachEarlierVersion();
    void pragmasAreSet();
    void bracketsBecomeChinese();
};

void TestMigrations::splitScript_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("count");
    QTest::newRow("two statements") << "CREATE TABLE a (x);\nCREATE TABLE b (y);\n" << 2;
    QTest::newRow("comments skipped") << "-- note;\nCREATE TABLE a (x);\n" << 1;
    QTest::newRow("multi-line") << "CREATE TABLE a (\n x INTEGER,\n y TEXT\n);\n" << 1;
    QTest::newRow("trigger body keeps its semicolons")
        << "CREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n SELECT 1;\n SELECT 2;\nEND;\nCREATE TABLE "
           "c (z);\n"
        << 2;
}

void TestMigrations::splitScript()
{
    QFETCH(QString, script);
    QFETCH(int, count);
    const QStringList statements = core::splitSqlScript(script);
    QCOMPARE(statements.size(), count);
    for (const QString& s : statements)
        QVERIFY2(!s.trimmed().isEmpty(), qPrintable(s));
}

void TestMigrations::migrationsAreNumberedWithoutGaps()
{
    const auto list = core::Migrator::available();
    QVERIFY(!list.isEmpty());
    for (int i = 0; i < list.size(); ++i)
        QCOMPARE(list[i].version, i + 1);
    QCOMPARE(core::Migrator::latestVersion(), list.last().version);
}

void TestMigrations::fromEmpty()
{
    test::TestDb t;
    QVERIFY(t.isValid());
    QCOMPARE(t->schemaVersion(), core::Database::latestSchemaVersion());
    QSqlQuery q(t->connection());
    QVERIFY(q.exec("PRAGMA application_id"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toUInt(), 0x5946475Au);
    QVERIFY(q.exec("SELECT count(*) FROM audit_log"));
}

void TestMigrations::fromEachEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 0; v < core::Migrator::latestVersion(); ++v)
        QTest::addRow("from %d", v) << v;
}

void TestMigrations::fromEachEarlierVersion()
{
    QFETCH(int, from);
    test::TestDb old(from);
    QVERIFY(old.isValid());
    QCOMPARE(old->schemaVersion(), from);
    QVERIFY(old.reopen());
    QCOMPARE(old->schemaVersion(), core::Database::latestSchemaVersion());
    // The upgraded file works: a user can be added and audited.
    const core::Actor admin = old.admin();
    QVERIFY(admin.isValid());
    QSqlQuery q(old->connection());
    QVERIFY(q.exec("PRAGMA foreign_key_check"));
    QVERIFY(!q.next());
    QVERIFY(q.exec("PRAGMA integrity_check"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
}

// 0008: a category name and the stored summaries written with ASCII brackets read as Chinese text.
void TestMigrations::bracketsBecomeChinese()
{
    test::TestDb old(7);
    QVERIFY(old.isValid());
    QSqlQuery q(old->connection());
    QVERIFY(
        q.exec("INSERT INTO persons (name, sex, ethnicity, citizen_id, birth_date, township_code, "
               "status, status_since, categories_summary, created_at, updated_at) "
               "SELECT '王德明', 'M', '汉族', '430581194101010013', '1941-01-01', code, "
               "'active', '2020-01-01', '残疾军人(五级)、农村籍退役士兵(60周岁以上)', "
               "'2020-01-01T00:00:00', '2020-01-01T00:00:00' FROM townships LIMIT 1"));
    QVERIFY(old.reopen());
    QSqlQuery r(old->connection());
    QVERIFY(r.exec("SELECT categories_summary FROM persons"));
    QVERIFY(r.next());
    QCOMPARE(r.value(0).toString(),
             QStringLiteral("残疾军人（五级）、农村籍退役士兵（60周岁以上）"));
    QVERIFY(r.exec("SELECT name FROM categories WHERE code = 'rural_veteran_60'"));
    QVERIFY(r.next());
    QCOMPARE(r.value(0).toString(), QStringLiteral("农村籍退役士兵（60周岁以上）"));
}

void TestMigrations::pragmasAreSet()
{
    test::TestDb t;
    QSqlQuery q(t->connection());
    const QList<QPair<QString, QString>> expected = {{"journal_mode", "wal"},
                                                     {"foreign_keys", "1"},
                                                     {"synchronous", "2"},
                                                     {"trusted_schema", "0"},
                                                     {"secure_delete", "1"}};
    for (const auto& [name, value] : expected) {
        QVERIFY(q.exec("PRAGMA " + name));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString().toLower(), value);
    }
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
