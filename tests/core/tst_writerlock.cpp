// One writer per database: a second owner in this process, a child process, youfuctl;
// a lock left by a process killed with SIGKILL is taken over without help.
#include "cli/cliio.h"
#include "db/database.h"
#include "db/writerlock.h"
#include "testdb.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace youfu;

namespace {
// Child mode: hold the database until killed.
int holdDatabase(const QString& path)
{
    auto db = core::Database::open(path);
    if (!db) {
        std::fprintf(stdout, "failed %s\n", qPrintable(db.error()));
        return 1;
    }
    db.value()->setLockOwnerLogin(QStringLiteral("child-user"));
    std::fprintf(stdout, "held\n");
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}

bool startHolder(QProcess& p, const QString& path)
{
    p.start(QCoreApplication::applicationFilePath(), {"--hold", path});
    if (!p.waitForStarted(5000))
        return false;
    for (int i = 0; i < 100 && !p.canReadLine(); ++i)
        p.waitForReadyRead(100);
    return p.readLine().trimmed() == "held";
}

int runCli(const QStringList& args, QString* errText)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    core::CliIo io;
    io.out = &o;
    io.err = &e;
    io.readSecret = [](const QString&) { return test::kTestPassword; };
    const int rc = core::runYoufuctl(args, io);
    e.flush();
    *errText = err;
    return rc;
}
} // namespace

class TestWriterLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secondOwnerInProcessRefused();
    void readersNeedNoLock();
    void childHoldsLockThenIsKilled();
    void youfuctlWritersRefused();
};

void TestWriterLock::secondOwnerInProcessRefused()
{
    test::TestDb t;
    t.admin();
    t.db().setLockOwnerLogin("admin");
    core::OpenProblem problem = core::OpenProblem::None;
    auto second = core::Database::open(t.path(), {}, &problem);
    QVERIFY(!second);
    QCOMPARE(problem, core::OpenProblem::HeldByOther);
    const QString msg = second.error();
    QVERIFY2(msg.contains("already open for writing"), qPrintable(msg));
    QVERIFY2(msg.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(msg));
    QVERIFY2(msg.contains("admin"), qPrintable(msg));
    QVERIFY2(msg.contains(QSysInfo::machineHostName()), qPrintable(msg));
    QVERIFY2(msg.contains("since"), qPrintable(msg));
    // A bare second lock is refused as well.
    QVERIFY(!core::WriterLock::acquire(t.path()));
    t.close();
    QVERIFY(!QFile::exists(core::WriterLock::lockFilePath(t.path())));
    QVERIFY(core::Database::open(t.path()));
}

void TestWriterLock::readersNeedNoLock()
{
    test::TestDb t;
    t.admin();
    core::OpenOptions ro;
    ro.readOnly = true;
    auto reader = core::Database::open(t.path(), ro);
    QVERIFY2(reader, qPrintable(reader.error()));
    QVERIFY(!reader.value()->holdsWriterLock());
    QVERIFY(t.db().holdsWriterLock());
}

void TestWriterLock::childHoldsLockThenIsKilled()
{
    test::TestDb t;
    t.admin();
    const QString path = t.path();
    t.close();
    QProcess child;
    QVERIFY(startHolder(child, path));
    auto refused = core::Database::open(path);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QString::number(child.processId())),
             qPrintable(refused.error()));
    QVERIFY2(refused.error().contains("child-user"), qPrintable(refused.error()));
    // SIGKILL: no destructor runs, the lock file stays behind.
    child.kill();
    QVERIFY(child.waitForFinished(5000));
    QVERIFY(QFile::exists(core::WriterLock::lockFilePath(path)));
    auto recovered = core::Database::open(path);
    QVERIFY2(recovered, qPrintable(recovered.error()));
    QVERIFY(recovered.value()->holdsWriterLock());
}

void TestWriterLock::youfuctlWritersRefused()
{
    test::TestDb t;
    t.admin();
    t.db().setLockOwnerLogin("admin");
    QString err;
    QCOMPARE(runCli({"--db", t.path(), "init"}, &err), 1);
    QVERIFY2(err.contains("already open for writing"), qPrintable(err));
    QCOMPARE(
        runCli({"--db", t.path(), "user", "add", "zhangli", "--role", "clerk", "--as", "admin"},
               &err),
        1);
    QVERIFY2(err.contains("already open for writing"), qPrintable(err));
    QCOMPARE(runCli({"--db", t.path(), "backup", "--as", "admin"}, &err), 1);
    QCOMPARE(runCli({"--db", t.path(), "restore", t.path(), "--as", "admin"}, &err), 1);
    // Reading is fine while the window has it open.
    QCOMPARE(runCli({"--db", t.path(), "audit", "verify"}, &err), 0);
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--hold") == 0)
        return holdDatabase(QString::fromLocal8Bit(argv[2]));
    TestWriterLock tc;
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_writerlock.moc"
