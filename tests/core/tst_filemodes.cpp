// Every file Youfu makes is for its owner only (0600): the database, its WAL and SHM, the lock
// files, backups, the key, exports.
#include "cli/cliio.h"
#include "clirun.h"
#include "db/database.h"
#include "db/writerlock.h"
#include "report/atomicfile.h"
#include "security/fieldcipher.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

using namespace youfu;

namespace {
using test::youfuctl;
using Run = test::CliRun;

int modeOf(const QString& path)
{
#ifndef Q_OS_WIN
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
#else
    Q_UNUSED(path);
    return -1;
#endif
}

// Files (not folders) readable or writable by group or others.
QStringList openToOthers(const QString& dir)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        if (modeOf(f) & 077)
            found << QStringLiteral("%1 %2").arg(f).arg(modeOf(f), 3, 8, QLatin1Char('0'));
    }
    return found;
}
} // namespace

class TestFileModes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyFileIsOwnerOnly();
    void walAndShmWhileOpen();
    void lockFilesWhileHeld();
    void exportReplacingAnOpenFile();
    void oldFilesTightened();
};

void TestFileModes::initTestCase()
{
#ifdef Q_OS_WIN
    QSKIP("file modes are a POSIX matter");
#else
    // As on an ordinary desktop: new files would be 0644.
    ::umask(022);
#endif
}

void TestFileModes::everyFileIsOwnerOnly()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("data/y.db");
    Run demo = youfuctl({"--db", db, "demo", "--persons", "20"});
    QVERIFY2(demo.code == 0, qPrintable(demo.err));
    static const QRegularExpression admin(QStringLiteral("^\\s+admin\\s+\\S+\\s+\\S+\\s+(\\S+)$"),
                                          QRegularExpression::MultilineOption);
    const QString pw = admin.match(demo.out).captured(1);
    QVERIFY(QFile::exists(core::FieldCipher::keyPathFor(db)));
    QDir().mkpath(dir.filePath("usb"));
    Run backup = youfuctl({"--db", db, "backup", dir.filePath("usb"), "--as", "admin"}, {pw});
    QVERIFY2(backup.code == 0, qPrintable(backup.err));
    Run local = youfuctl({"--db", db, "backup", "--as", "admin"}, {pw});
    QVERIFY2(local.code == 0, qPrintable(local.err));
    QVERIFY(core::writeFileAtomically(dir.filePath("usb/list.csv"), [](QIODevice& out) {
        out.write("name,id\n");
        return core::Status::success();
    }));
    const QStringList open = openToOthers(dir.path());
    QVERIFY2(open.isEmpty(), qPrintable(open.join(", ")));
    QVERIFY(!QDir(dir.filePath("usb")).entryList({"*.db"}, QDir::Files).isEmpty());
}

void TestFileModes::walAndShmWhileOpen()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("y.db");
    auto opened = core::Database::open(db);
    QVERIFY(opened);
    QVERIFY(QFile::exists(db + "-wal"));
    QCOMPARE(modeOf(db), 0600);
    QCOMPARE(modeOf(db + "-wal"), 0600);
    QCOMPARE(modeOf(db + "-shm"), 0600);
}

void TestFileModes::lockFilesWhileHeld()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("y.db");
    auto opened = core::Database::open(db);
    QVERIFY(opened);
    opened.value()->setLockOwnerLogin("zhangli");
    QCOMPARE(modeOf(core::WriterLock::ownerFilePath(db)), 0600);
    QCOMPARE(modeOf(core::WriterLock::lockFilePath(db)), 0600);
}

void TestFileModes::exportReplacingAnOpenFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("list.csv");
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.close();
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(core::writeFileAtomically(path, [](QIODevice& out) {
        out.write("x\n");
        return core::Status::success();
    }));
    QCOMPARE(modeOf(path), 0600);
}

void TestFileModes::oldFilesTightened()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("y.db");
    {
        auto opened = core::Database::open(db);
        QVERIFY(opened);
        QVERIFY(core::FieldCipher::forDatabase(*opened.value()));
    }
    core::FieldCipher::forget(db);
    const auto wide = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                      QFileDevice::ReadOther;
    // As written by an older Youfu, and a key put back from a FAT stick.
    QVERIFY(QFile::setPermissions(db, wide));
    QVERIFY(QFile::setPermissions(core::FieldCipher::keyPathFor(db), wide));
    auto opened = core::Database::open(db);
    QVERIFY(opened);
    QVERIFY(core::FieldCipher::forDatabase(*opened.value()));
    QCOMPARE(modeOf(db), 0600);
    QCOMPARE(modeOf(core::FieldCipher::keyPathFor(db)), 0600);
}

QTEST_GUILESS_MAIN(TestFileModes)
#include "tst_filemodes.moc"
