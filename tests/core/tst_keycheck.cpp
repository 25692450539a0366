// The key file must be this database's; a symlink meets the same writer lock; a refused writer
// leaves the holder's name alone.
#include "cli/cliio.h"
#include "clirun.h"
#include "db/database.h"
#include "db/writerlock.h"
#include "registry/registrysearchstore.h"
#include "security/fieldcipher.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace youfu;

namespace {
using test::youfuctl;
using Run = test::CliRun;

// A demo database (its persons have encrypted phone numbers); returns the admin's password.
QString makeDemo(const QString& db)
{
    return test::makeDemo(db, 20).value(QStringLiteral("admin"));
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

core::Result<qint64> phoneSearch(const QString& db)
{
    core::FieldCipher::forget(db);
    core::OpenOptions o;
    o.readOnly = true;
    auto opened = core::Database::open(db, o);
    if (!opened)
        return opened.status();
    core::RegistryQuery q;
    q.text = QStringLiteral("13807391234");
    return core::RegistrySearchStore(*opened.value()).countOrError(q);
}
} // namespace

class TestKeyCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void phoneSearchWithoutTheKeyFails_data();
    void phoneSearchWithoutTheKeyFails();
    void backupRefusedWithoutTheKey();
    void oldDatabaseWithoutCheckValue();
    void symlinkMeetsTheLock();
    void refusedWriterKeepsOwnerFile();
};

void TestKeyCheck::phoneSearchWithoutTheKeyFails_data()
{
    QTest::addColumn<QByteArray>("key"); // "-" = no key file
    QTest::addColumn<QString>("says");
    QTest::newRow("missing") << QByteArray("-") << "missing";
    QTest::newRow("foreign") << QByteArray(32, 'z') << "another database";
    QTest::newRow("damaged") << QByteArray("short") << "damaged";
}

void TestKeyCheck::phoneSearchWithoutTheKeyFails()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const QString db = dir.filePath("y.db");
    QVERIFY(!makeDemo(db).isEmpty());
    QVERIFY(phoneSearch(db)); // the right key: a search, whatever it finds
    const QString keyPath = core::FieldCipher::keyPathFor(db);
    QVERIFY(QFile::remove(keyPath));
    if (key != "-")
        writeFile(keyPath, key);
    auto n = phoneSearch(db);
    QVERIFY(!n); // not "0 matches"
    QVERIFY2(n.error().contains(says), qPrintable(n.error()));
}

void TestKeyCheck::backupRefusedWithoutTheKey()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("y.db");
    const QString pw = makeDemo(db);
    QVERIFY(!pw.isEmpty());
    QVERIFY(QFile::rename(core::FieldCipher::keyPathFor(db), dir.filePath("elsewhere.key")));
    core::FieldCipher::forget(db);
    QDir().mkpath(dir.filePath("usb"));
    Run r = youfuctl({"--db", db, "backup", dir.filePath("usb"), "--as", "admin"}, {pw});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains("key file"), qPrintable(r.err));
    QVERIFY(QDir(dir.filePath("usb")).entryList({"*.db"}, QDir::Files).isEmpty());
}

void TestKeyCheck::oldDatabaseWithoutCheckValue()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("y.db");
    QVERIFY(!makeDemo(db).isEmpty());
    const QString keyPath = core::FieldCipher::keyPathFor(db);
    QFile right(keyPath);
    QVERIFY(right.open(QIODevice::ReadOnly));
    const QByteArray rightKey = right.readAll();
    right.close();
    auto checkCount = [&db]() {
        auto opened = core::Database::open(db);
        QSqlQuery q(opened.value()->connection());
        q.exec("SELECT count(*) FROM field_cipher");
        q.next();
        return q.value(0).toInt();
    };
    {
        // A database from before the check value: encrypted phones, no check.
        auto opened = core::Database::open(db);
        QVERIFY(opened);
        QSqlQuery q(opened.value()->connection());
        QVERIFY(q.exec("DELETE FROM field_cipher"));
    }
    // Missing: refused, and no new key is made up for data encrypted with another.
    QVERIFY(QFile::remove(keyPath));
    core::FieldCipher::forget(db);
    {
        auto opened = core::Database::open(db);
        QVERIFY(opened);
        auto c = core::FieldCipher::forDatabase(*opened.value());
        QVERIFY(!c);
        QVERIFY(c.error().contains("missing"));
        QVERIFY(!core::FieldCipher::checkKey(*opened.value()));
    }
    QVERIFY(!QFile::exists(keyPath));
    // Wrong: refused, and not written down as this database's key.
    writeFile(keyPath, QByteArray(32, 'z'));
    {
        auto opened = core::Database::open(db);
        QVERIFY(opened);
        auto c = core::FieldCipher::forDatabase(*opened.value());
        QVERIFY(!c);
        QVERIFY(c.error().contains("another database"));
    }
    QCOMPARE(checkCount(), 0);
    // Right: accepted, and the check value is written on this first open.
    writeFile(keyPath, rightKey);
    {
        auto opened = core::Database::open(db);
        QVERIFY(opened);
        QVERIFY(core::FieldCipher::checkKey(*opened.value()));
    }
    QCOMPARE(checkCount(), 1);
}

void TestKeyCheck::symlinkMeetsTheLock()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("y.db");
    auto holder = core::Database::open(db);
    QVERIFY(holder);
    const QString link = dir.filePath("link.db");
    QVERIFY(QFile::link(db, link));
    auto second = core::Database::open(link);
    QVERIFY(!second);
    QVERIFY(!core::WriterLock::acquire(link));
}

void TestKeyCheck::refusedWriterKeepsOwnerFile()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("y.db");
    auto holder = core::Database::open(db);
    QVERIFY(holder);
    holder.value()->setLockOwnerLogin("zhangli");
    const QString owner = core::WriterLock::ownerFilePath(db);
    QVERIFY(QFile::exists(owner));
    QVERIFY(!core::WriterLock::acquire(db));
    QVERIFY(!core::Database::open(db));
    QVERIFY(QFile::exists(owner)); // the holder is still named
    QCOMPARE(core::WriterLock::currentOwner(db).login, QStringLiteral("zhangli"));
}

QTEST_GUILESS_MAIN(TestKeyCheck)
#include "tst_keycheck.moc"
