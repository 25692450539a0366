// youfuctl reads personal data only after a login that counts like the window's.
#include "cli/clicontext.h"
#include "cli/cliio.h"
#include "clirun.h"
#include "db/writerlock.h"
#include "security/userstore.h"
#include "testdb.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace youfu;

namespace {
using test::youfuctl;
using Run = test::CliRun;

using test::makeDemo;

core::User userIn(const QString& db, const QString& login)
{
    core::OpenOptions o;
    o.readOnly = true;
    auto opened = core::Database::open(db, o);
    if (!opened)
        return core::User();
    auto u = core::UserStore(*opened.value()).byLogin(login);
    return u ? u.value() : core::User();
}
} // namespace

class TestCliAccess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void personFindNeedsLogin();
    void personFindChecksPermission();
    void personFindShowsBirthYearOnly();
    void personFindRefusesEmptyText();
    void personFindRespectsLockout();
    void forcedPasswordChangeRefusedThenPasswd();
    void emptyPasswordIsNoAttempt();
    void restoreCountsFailuresAndRespectsLockout();
    void emptyDbOptionRefused();
    void demoIsOneTransaction();
    void failureMessageIsOneLine();
    void searchFailureIsReported();
    void fifthWrongPasswordLocksFourthDoesNot();
};

void TestCliAccess::personFindNeedsLogin()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("y.db");
    const auto pw = makeDemo(db);
    QVERIFY(pw.contains("zhangli"));
    Run anonymous = youfuctl({"--db", db, "person", "find", "王"});
    QVERIFY(anonymous.code != 0);
    QVERIFY(anonymous.out.isEmpty());
    QVERIFY2(anonymous.err.contains("--as"), qPrintable(anonymous.err));
    Run wrong = youfuctl({"--db", db, "person", "find", "王", "--as", "zhangli"}, {"Wrong-pass1"});
    QVERIFY(wrong.code != 0);
    QVERIFY(wrong.out.isEmpty());
    QCOMPARE(userIn(db, "zhangli").failedLogins, 1); // counted, as in the window
    Run ok = youfuctl({"--db", db, "person", "find", "王", "--as", "zhangli"}, {pw["zhangli"]});
    QVERIFY2(ok.code == 0, qPrintable(ok.err));
    QVERIFY(ok.out.contains("match"));
}

void TestCliAccess::personFindChecksPermission()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("y.db");
    const auto pw = makeDemo(db);
    // The auditor reads the audit log, not the registry.
    Run auditor =
        youfuctl({"--db", db, "person", "find", "王", "--as", "zhouhong"}, {pw["zhouhong"]});
    QVERIFY(auditor.code != 0);
    QVERIFY(auditor.out.isEmpty());
}

void TestCliAccess::personFindShowsBirthYearOnly()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("y.db");
    const auto pw = makeDemo(db, 60);
    Run ok = youfuctl({"--db", db, "person", "find", "王", "--as", "zhangli", "--limit", "60"},
                      {pw["zhangli"]});
    QVERIFY2(ok.code == 0, qPrintable(ok.err));
    QVERIFY(ok.out.contains("********"));
    // first 6 + stars + last 4 and the full birth date would give back the whole number
    static const QRegularExpression fullDate(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"));
    QVERIFY2(!fullDate.match(ok.out).hasMatch(), qPrintable(ok.out.left(400)));
    static const QRegularExpression year(QStringLiteral("\\s(19|20)\\d{2}\\s"));
    QVERIFY(year.match(ok.out).hasMatch());
}

void TestCliAccess::personFindRefusesEmptyText()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("y.db");
    const auto pw = makeDemo(db);
    for (const QString& text : {QString(""), QString("   ")}) {
        Run r = youfuctl({"--db", db, "person", "find", text, "--as", "zhangli"}, {pw["zhangli"]});
        QVERIFY(r.code != 0);
        QVERIFY(!r.out.contains("match"));
    }
}

void TestCliAccess::personFindRespectsLockout()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("y.db");
    const auto pw = makeDemo(db);
    for (int i = 0; i < 5; ++i)
        QVERIFY(youfuctl({"--db", db, "person", "find", "王", "--as", "zhangli"}, {"Wrong-pass1"})
                    .code != 0);
    QVERIFY(userIn(db, "zhangli").lockedUntil.isValid());
    Run locked = youfuctl({"--db", db, "person", "find", "王", "--as", "zhangli"}, {pw["zhangli"]});
    QVERIFY(locked.code != 0);
    QVERIFY(locked.out.isEmpty());
    QVERIFY2(locked.err.contains("locked"), qPrintable(locked.err));
}

void TestCliAccess::forcedPasswordChangeRefusedThenPasswd()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("y.db");
    const auto pw = makeDemo(db);
    // A user added by the admin must change the password first.
    QCOMPARE(youfuctl({"--db", db, "user", "add", "lina", "--role", "clerk", "--as", "admin"},
                      {pw["admin"], "Cl3rk-pass"})
                 .code,
             0);
    Run refused = youfuctl({"--db", db, "person", "find", "王", "--as", "lina"}, {"Cl3rk-pass"});
    QVERIFY(refused.code != 0);
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.err.contains("passwd"), qPrintable(refused.err));
    QCOMPARE(refused.err.count('\n'), 1);
    Run differ = youfuctl({"--db", db, "passwd", "--as", "lina"},
                          {"Cl3rk-pass", "N3w-secret", "N3w-secreX"});
    QVERIFY(differ.code != 0);
    Run changed = youfuctl({"--db", db, "passwd", "--as", "lina"},
                           {"Cl3rk-pass", "N3w-secret", "N3w-secret"});
    QVERIFY2(changed.code == 0, qPrintable(changed.err));
    Run ok = youfuctl({"--db", db, "person", "find", "王", "--as", "lina"}, {"N3w-secret"});
    QVERIFY2(ok.code == 0, qPrintable(ok.err));
}

void TestCliAccess::emptyPasswordIsNoAttempt()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("y.db");
    const auto pw = makeDemo(db);
    for (int i = 0; i < 6; ++i)
        QVERIFY(youfuctl({"--db", db, "backup", dir.path(), "--as", "admin"}, {""}).code != 0);
    const core::User admin = userIn(db, "admin");
    QCOMPARE(admin.failedLogins, 0);
    QVERIFY(!admin.lockedUntil.isValid());
}

void TestCliAccess::restoreCountsFailuresAndRespectsLockout()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("y.db");
    const auto pw = makeDemo(db);
    QDir().mkpath(dir.filePath("usb"));
    Run backup =
        youfuctl({"--db", db, "backup", dir.filePath("usb"), "--as", "admin"}, {pw["admin"]});
    QVERIFY2(backup.code == 0, qPrintable(backup.err));
    const QStringList files = QDir(dir.filePath("usb")).entryList({"*.db"}, QDir::Files);
    QCOMPARE(files.size(), 1);
    const QString file = dir.filePath("usb/" + files.first());
    Run wrong = youfuctl({"--db", db, "restore", file, "--as", "admin"}, {"Wrong-pass1"});
    QVERIFY(wrong.code != 0);
    QCOMPARE(userIn(db, "admin").failedLogins, 1);
    for (int i = 0; i < 4; ++i)
        QVERIFY(youfuctl({"--db", db, "restore", file, "--as", "admin"}, {"Wrong-pass1"}).code !=
                0);
    QVERIFY(userIn(db, "admin").lockedUntil.isValid());
    Run locked = youfuctl({"--db", db, "restore", file, "--as", "admin"}, {pw["admin"]});
    QVERIFY(locked.code != 0);
    QVERIFY2(locked.err.contains("locked"), qPrintable(locked.err));
    QVERIFY(!locked.out.contains("Restored"));
}

void TestCliAccess::emptyDbOptionRefused()
{
    for (const QStringList& args :
         {QStringList{"--db", "", "init"}, QStringList{"--db=", "init"}}) {
        Run r = youfuctl(args);
        QVERIFY(r.code != 0);
        QVERIFY(r.err.contains("--db"));
        QVERIFY(!r.out.contains("ready"));
    }
}

void TestCliAccess::demoIsOneTransaction()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("y.db");
    QCOMPARE(youfuctl({"--db", db, "init"}).code, 0);
    {
        // A policy book that is not empty makes the demo fail after its users were made.
        auto opened = core::Database::open(db);
        QVERIFY(opened);
        QSqlQuery q(opened.value()->connection());
        QVERIFY(q.exec("INSERT INTO benefit_standards (item, amount_fen, effective_from, "
                       "basis_number, basis_title, created_at) VALUES ('annual', 1, "
                       "'2020-01-01', 'x', 'x', '2020-01-01T00:00:00Z')"));
    }
    Run r = youfuctl({"--db", db, "demo", "--persons", "5"});
    QVERIFY(r.code != 0);
    QVERIFY(!r.out.contains("admin")); // no password printed for users that are not there
    auto opened = core::Database::open(db);
    QVERIFY(opened);
    QCOMPARE(core::UserStore(*opened.value()).count().value(), 0);
}

void TestCliAccess::failureMessageIsOneLine()
{
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    core::CliIo io;
    io.out = &o;
    io.err = &e;
    core::CliContext ctx(io, QString(), {});
    QCOMPARE(ctx.fail("row 1 missing from index a\nrow 2 missing from index b\n"), 1);
    e.flush();
    QCOMPARE(err.count('\n'), 1);
    QVERIFY(err.contains("index a; row 2"));
}

void TestCliAccess::searchFailureIsReported()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("y.db");
    const auto pw = makeDemo(db);
    QStringList words;
    for (int i = 0; i < 1000; ++i)
        words << QStringLiteral("王建%1").arg(i);
    QStringList args{"--db", db, "person", "find"};
    args << words << "--as"
         << "zhangli";
    Run r = youfuctl(args, {pw["zhangli"]});
    QVERIFY(r.code != 0);
    QVERIFY2(!r.out.contains("0 match"), qPrintable(r.out));
    QCOMPARE(r.err.count('\n'), 1);
}

void TestCliAccess::fifthWrongPasswordLocksFourthDoesNot()
{
    // The literal 5 of the README ("Five wrong passwords lock the account"), not the constant.
    test::TestDb t;
    t.addUser("zhangli", core::Role::Clerk);
    core::UserStore users(t.db());
    for (int i = 1; i <= 4; ++i) {
        QVERIFY(!users.authenticate("zhangli", "Wrong-pass1"));
        QVERIFY2(!users.byLogin("zhangli")->lockedUntil.isValid(), qPrintable(QString::number(i)));
    }
    QVERIFY(users.authenticate("zhangli", test::kTestPassword)); // the 4th did not lock
    for (int i = 1; i <= 4; ++i)
        QVERIFY(!users.authenticate("zhangli", "Wrong-pass1"));
    QVERIFY(!users.byLogin("zhangli")->lockedUntil.isValid());
    QVERIFY(!users.authenticate("zhangli", "Wrong-pass1")); // the 5th
    QVERIFY(users.byLogin("zhangli")->lockedUntil.isValid());
    QVERIFY(!users.authenticate("zhangli", test::kTestPassword));
}

QTEST_GUILESS_MAIN(TestCliAccess)
#include "tst_cliaccess.moc"
