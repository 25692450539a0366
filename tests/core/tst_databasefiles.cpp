// Bad files are refused with a clear message and left byte-identical.
#include "db/database.h"
#include "db/transaction.h"
#include "testdb.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace youfu;

namespace {
QByteArray digest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void makeSqlite(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "raw");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString& s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase("raw");
}
} // namespace

class TestDatabaseFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refused_data();
    void refused();
    void missingFileWithoutCreate();
    void readOnlyOnRequest();
    void unwritableFileOpensReadOnly();
    void reopenKeepsData();
};

void TestDatabaseFiles::refused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected"); // a piece of the message
    QTest::newRow("text file") << "text" << "not an SQLite database file";
    QTest::newRow("random bytes") << "random" << "not an SQLite database file";
    QTest::newRow("another program's SQLite") << "foreign" << "another program";
    QTest::newRow("newer Youfu") << "newer" << "newer version of Youfu";
    QTest::newRow("a folder") << "folder" << "is a folder";
}

void TestDatabaseFiles::refused()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath("x.db");
    if (kind == "text") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("名单\n张三,430581194912310021\n");
    } else if (kind == "random") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray junk(8192, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919) & 0xff);
        f.write(junk);
    } else if (kind == "foreign") {
        makeSqlite(path, {"CREATE TABLE contacts (name TEXT)", "INSERT INTO contacts VALUES ('x')"});
    } else if (kind == "newer") {
        makeSqlite(path, {"PRAGMA application_id = 1497778010", // 0x5946475A
                          QStringLiteral("PRAGMA user_version = %1").arg(core::Database::latestSchemaVersion() + 1),
                          "CREATE TABLE future (x)"});
    } else if (kind == "folder") {
        QVERIFY(QDir().mkpath(path));
    }
    const QByteArray before = digest(path);
    auto opened = core::Database::open(path);
    QVERIFY(!opened.isOk());
    QVERIFY2(opened.error().contains(expected), qPrintable(opened.error()));
    QCOMPARE(digest(path), before);
    QVERIFY(!QFile::exists(path + "-wal"));
    QVERIFY(!QFile::exists(path + "-journal"));
}

void TestDatabaseFiles::missingFileWithoutCreate()
{
    QTemporaryDir dir;
    core::OpenOptions o;
    o.createIfMissing = false;
    auto opened = core::Database::open(dir.filePath("none.db"), o);
    QVERIFY(!opened.isOk());
    QVERIFY(opened.error().contains("does not exist"));
    QVERIFY(!QFile::exists(dir.filePath("none.db")));
}

void TestDatabaseFiles::readOnlyOnRequest()
{
    test::TestDb t;
    t.admin();
    const QString path = t.path();
    t.close();
    core::OpenOptions o;
    o.readOnly = true;
    auto opened = core::Database::open(path, o);
    QVERIFY2(opened.isOk(), qPrintable(opened.error()));
    QVERIFY(opened.value()->isReadOnly());
    QVERIFY(!opened.value()->readOnlyReason().isEmpty());
    core::Transaction tx(*opened.value());
    QVERIFY(!tx.isActive());
    QVERIFY(tx.error().contains("read-only"));
}

void TestDatabaseFiles::unwritableFileOpensReadOnly()
{
    test::TestDb t;
    t.admin();
    const QString path = t.path();
    t.close();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    QFile::setPermissions(t.dir(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther |
                                       QFile::ExeOther | QFile::WriteOwner);
    const QByteArray before = digest(path);
    // Root may write any file, so the clerk's situation is played by an unprivileged child.
    const pid_t pid = fork();
    QVERIFY(pid >= 0);
    if (pid == 0) {
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
            _exit(3);
        auto opened = core::Database::open(path);
        if (!opened.isOk())
            _exit(4);
        if (!opened.value()->isReadOnly() || opened.value()->readOnlyReason().isEmpty())
            _exit(5);
        core::Transaction tx(*opened.value());
        _exit(tx.isActive() ? 6 : 0);
    }
    int status = 0;
    QCOMPARE(waitpid(pid, &status, 0), pid);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
    QCOMPARE(digest(path), before);
}

void TestDatabaseFiles::reopenKeepsData()
{
    test::TestDb t;
    const core::Actor admin = t.admin();
    QVERIFY(t.reopen());
    QSqlQuery q(t->connection());
    QVERIFY(q.exec("SELECT login FROM users"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), admin.login);
}

QTEST_GUILESS_MAIN(TestDatabaseFiles)
#include "tst_databasefiles.moc"
