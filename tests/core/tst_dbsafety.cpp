// Crash safety at open: damaged files refused and left byte-identical; a full disk fails a
// write cleanly; network shares recognised.
#include "audit/auditlog.h"
#include "db/database.h"
#include "db/writerlock.h"
#include "settings/settingsstore.h"
#include "testdb.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace youfu;

namespace {
QByteArray digest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// The root page of a table, read with a plain connection.
int rootPage(const QString& path, const QString& table)
{
    int page = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "raw");
        db.setDatabaseName(path);
        db.setConnectOptions("QSQLITE_OPEN_READONLY");
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare("SELECT rootpage FROM sqlite_schema WHERE name = ?");
            q.addBindValue(table);
            if (q.exec() && q.next())
                page = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase("raw");
    return page;
}

QString pragma(core::Database& db, const QString& p)
{
    QSqlQuery q(db.connection());
    return q.exec("PRAGMA " + p) && q.next() ? q.value(0).toString() : QString("<error>");
}
} // namespace

class TestDbSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void soundFilePassesQuickCheck();
    void damagedRefused_data();
    void damagedRefused();
    void diskFullFailsCleanly();
    void networkFileSystems_data();
    void networkFileSystems();
};

void TestDbSafety::soundFilePassesQuickCheck()
{
    test::TestDb t;
    t.admin();
    QCOMPARE(core::Database::checkFile(t.path()), QString());
    QCOMPARE(core::Database::checkFile(t.path(), true), QString());
    QVERIFY(t.reopen());
}

void TestDbSafety::damagedRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("header zeroed") << "header";
    QTest::newRow("table page overwritten") << "users";
    QTest::newRow("audit page overwritten") << "audit_log";
}

void TestDbSafety::damagedRefused()
{
    QFETCH(QString, damage);
    test::TestDb t;
    t.addUser("zhangli", core::Role::Clerk);
    t.addUser("lisi", core::Role::SectionChief);
    const QString path = t.path();
    t.close();
    QVERIFY(!QFile::exists(path + "-wal") || QFileInfo(path + "-wal").size() == 0);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        if (damage == "header") {
            f.write(QByteArray(100, '\0'));
        } else {
            const int page = rootPage(path, damage);
            QVERIFY(page > 1);
            QVERIFY(f.seek(qint64(page - 1) * 4096));
            QByteArray junk(4096, '\0');
            for (int i = 0; i < junk.size(); ++i)
                junk[i] = char((i * 131 + 17) & 0xff);
            f.write(junk);
        }
    }
    const QByteArray before = digest(path);
    for (bool readOnly : {false, true}) {
        core::OpenOptions o;
        o.readOnly = readOnly;
        core::OpenProblem problem = core::OpenProblem::None;
        auto opened = core::Database::open(path, o, &problem);
        QVERIFY(!opened);
        QCOMPARE(problem, core::OpenProblem::Damaged);
        QVERIFY2(opened.error().contains("damaged"), qPrintable(opened.error()));
        QVERIFY2(opened.error().contains("backup"), qPrintable(opened.error()));
        QCOMPARE(digest(path), before);
    }
    // The refusal released the writer lock: nothing is left holding the file.
    QVERIFY(core::WriterLock::acquire(path));
}

void TestDbSafety::diskFullFailsCleanly()
{
    test::TestDb t;
    const core::Actor admin = t.admin();
    core::SettingsStore settings(t.db());
    QVERIFY(settings.set(admin, "office.name", QStringLiteral("武冈市民政局")));
    const qint64 entries = core::AuditLog(t.db()).count();
    const int pages = pragma(t.db(), "page_count").toInt();
    QVERIFY(pages > 0);
    // The file may grow by two pages only: a 2 MB value cannot fit.
    QCOMPARE(pragma(t.db(), QString("max_page_count = %1").arg(pages + 2)).toInt(), pages + 2);
    const QString big(1024 * 1024, QChar(0x4e2d));
    const core::Status s = settings.set(admin, "big", big);
    QVERIFY(!s);
    QVERIFY2(s.error().contains("disk is full"), qPrintable(s.error()));
    QCOMPARE(settings.value("big", "absent"), QString("absent"));
    QCOMPARE(core::AuditLog(t.db()).count(), entries);
    QCOMPARE(t.db().transactionDepth(), 0);
    QCOMPARE(pragma(t.db(), "integrity_check"), QString("ok"));
    QVERIFY(core::AuditLog(t.db()).verify().intact);
    // Space again: work goes on.
    pragma(t.db(), "max_page_count = 1073741823");
    QVERIFY(settings.set(admin, "small", "x"));
    t.close();
    QCOMPARE(core::Database::checkFile(t.path(), true), QString());
}

void TestDbSafety::networkFileSystems_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<bool>("network");
    QTest::newRow("ext4") << QByteArray("ext4") << false;
    QTest::newRow("xfs") << QByteArray("xfs") << false;
    QTest::newRow("btrfs") << QByteArray("btrfs") << false;
    QTest::newRow("tmpfs") << QByteArray("tmpfs") << false;
    QTest::newRow("vfat (USB disk)") << QByteArray("vfat") << false;
    QTest::newRow("ntfs") << QByteArray("ntfs3") << false;
    QTest::newRow("overlay") << QByteArray("overlay") << false;
    QTest::newRow("nfs") << QByteArray("nfs") << true;
    QTest::newRow("nfs4") << QByteArray("nfs4") << true;
    QTest::newRow("cifs") << QByteArray("cifs") << true;
    QTest::newRow("smb3") << QByteArray("smb3") << true;
    QTest::newRow("smbfs") << QByteArray("smbfs") << true;
    QTest::newRow("sshfs") << QByteArray("fuse.sshfs") << true;
    QTest::newRow("upper case") << QByteArray("CIFS") << true;
    QTest::newRow("9p") << QByteArray("9p") << true;
}

void TestDbSafety::networkFileSystems()
{
    QFETCH(QByteArray, type);
    QFETCH(bool, network);
    QCOMPARE(core::isNetworkFileSystem(type), network);
}

QTEST_GUILESS_MAIN(TestDbSafety)
#include "tst_dbsafety.moc"
