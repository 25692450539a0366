#include "audit/auditlog.h"
#include "cli/cliio.h"
#include "clirun.h"
#include "security/userstore.h"
#include "testdb.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace youfu;

namespace {
using test::youfuctl;
using Run = test::CliRun;
} // namespace

class TestYoufuctl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void helpAndVersion();
    void unknownCommand();
    void initCreatesDatabase();
    void userAddBootstrapsThenNeedsAdmin();
    void userAddRefusals();
    void auditVerifyDetectsBrokenChain();
};

void TestYoufuctl::helpAndVersion()
{
    Run h = youfuctl({"--help"});
    QCOMPARE(h.code, 0);
    QVERIFY(h.out.contains("audit verify"));
    Run v = youfuctl({"--version"});
    QCOMPARE(v.code, 0);
    QVERIFY(v.out.contains(YOUFU_VERSION));
}

void TestYoufuctl::unknownCommand()
{
    Run r = youfuctl({"frobnicate"});
    QVERIFY(r.code != 0);
    QCOMPARE(r.err.count('\n'), 1);
}

void TestYoufuctl::initCreatesDatabase()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("sub/y.db");
    Run r = youfuctl({"--db", db, "init"});
    QCOMPARE(r.code, 0);
    QVERIFY(QFile::exists(db));
    QVERIFY(youfuctl({"--db=" + db, "init"}).code == 0); // idempotent
}

void TestYoufuctl::userAddBootstrapsThenNeedsAdmin()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("y.db");
    Run first =
        youfuctl({"--db", db, "user", "add", "admin", "--role", "admin", "--name", "王志强"},
                 {"Adm1n-pass"});
    QVERIFY2(first.code == 0, qPrintable(first.err));
    Run noActor =
        youfuctl({"--db", db, "user", "add", "zhangli", "--role", "clerk"}, {"Cl3rk-pass"});
    QVERIFY(noActor.code != 0);
    QVERIFY(noActor.err.contains("--as"));
    Run wrongPw =
        youfuctl({"--db", db, "user", "add", "zhangli", "--role", "clerk", "--as", "admin"},
                 {"wrong", "Cl3rk-pass"});
    QVERIFY(wrongPw.code != 0);
    Run ok = youfuctl({"--db", db, "user", "add", "zhangli", "--role", "clerk,section_chief",
                       "--name", "张丽", "--as", "admin"},
                      {"Adm1n-pass", "Cl3rk-pass"});
    QVERIFY2(ok.code == 0, qPrintable(ok.err));
    auto opened = core::Database::open(db);
    QVERIFY(opened);
    auto user = core::UserStore(*opened.value()).byLogin("zhangli");
    QVERIFY(user);
    QCOMPARE(user->roles, core::Role::Clerk | core::Role::SectionChief);
    QCOMPARE(user->displayName, QStringLiteral("张丽"));
}

void TestYoufuctl::userAddRefusals()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("y.db");
    QVERIFY(youfuctl({"--db", db, "user", "add", "boss", "--role", "clerk"}, {"Adm1n-pass"}).code !=
            0);
    QVERIFY(youfuctl({"--db", db, "user", "add", "boss", "--role", "king"}, {"Adm1n-pass"}).code !=
            0);
    QVERIFY(youfuctl({"--db", db, "user", "add", "boss"}, {"Adm1n-pass"}).code != 0);
    Run weak = youfuctl({"--db", db, "user", "add", "admin", "--role", "admin"}, {"123"});
    QVERIFY(weak.code != 0);
    QVERIFY(weak.err.contains("8"));
}

void TestYoufuctl::auditVerifyDetectsBrokenChain()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("y.db");
    QCOMPARE(youfuctl({"--db", db, "user", "add", "admin", "--role", "admin"}, {"Adm1n-pass"}).code,
             0);
    QCOMPARE(youfuctl({"--db", db, "user", "add", "li", "--role", "clerk", "--as", "admin"},
                      {"Adm1n-pass", "Cl3rk-pass"})
                 .code,
             0);
    Run good = youfuctl({"--db", db, "audit", "verify"});
    QCOMPARE(good.code, 0);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "raw");
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec("DROP TRIGGER audit_log_no_update"));
        QVERIFY(q.exec("UPDATE audit_log SET actor_login = 'li' WHERE id = 3"));
        raw.close();
    }
    QSqlDatabase::removeDatabase("raw");
    Run bad = youfuctl({"--db", db, "audit", "verify"});
    QVERIFY(bad.code != 0);
    QVERIFY2(bad.err.contains("entry 3"), qPrintable(bad.err));
    QCOMPARE(bad.err.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestYoufuctl)
#include "tst_youfuctl.moc"
