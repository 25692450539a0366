// The raw bytes of the database, its WAL and a backup hold no plain phone or bank account
// number: not in the person tables, not in the audit log, not in free pages after a change.
#include "backup/backupservice.h"
#include "registry/personstore.h"
#include "testdb.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace youfu;

namespace {
const QString kPhone = QStringLiteral("13807391234");
const QString kNewPhone = QStringLiteral("15973901122");
const QString kBank = QStringLiteral("6230901234567890123");

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Plain digits as UTF-8 and as UTF-16 (how Qt might have written them), and the digits
// spaced the way a phone is often typed.
QList<QByteArray> forms(const QString& digits)
{
    QByteArray utf16(reinterpret_cast<const char*>(digits.utf16()), digits.size() * 2);
    return {digits.toUtf8(), utf16, (digits.left(3) + ' ' + digits.mid(3, 4) + ' ' + digits.mid(7)).toUtf8()};
}
} // namespace

class TestSensitiveBytes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noPlainNumbersInDatabaseWalOrBackup();
};

void TestSensitiveBytes::noPlainNumbersInDatabaseWalOrBackup()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", core::Role::Clerk);
    const core::Actor admin = t.admin();
    core::PersonStore persons(t.db());
    core::PersonDraft d;
    d.name = QStringLiteral("李建国");
    d.citizenId = QStringLiteral("430581195203140010");
    d.townshipCode = QStringLiteral("430581001");
    d.phone = kPhone;
    d.bankName = QStringLiteral("湖南武冈农村商业银行");
    d.bankAccount = kBank;
    const auto added = persons.add(clerk, d);
    QVERIFY2(added, qPrintable(added.error()));
    // Change the phone (the old value must not linger in the WAL or a free page) and reveal it
    // (the reveal is audited; the audit entry must not carry the number).
    auto revealed = persons.byIdRevealed(clerk, added.id);
    QVERIFY(revealed);
    QCOMPARE(revealed->phone, kPhone);
    core::PersonDraft changed = revealed->toDraft();
    changed.phone = kNewPhone;
    QVERIFY(persons.update(clerk, added.id, changed));

    const QByteArray db = readAll(t.path());
    const QByteArray wal = readAll(t.path() + "-wal");
    QVERIFY(!wal.isEmpty()); // the WAL is read while it still holds the recent pages
    QVERIFY(QByteArray(db + wal).contains("430581195203140010")); // the check reads the right bytes

    QTemporaryDir usb;
    auto backup = core::BackupService(t.db()).backupTo(admin, usb.path());
    QVERIFY2(backup, qPrintable(backup.error()));
    const QByteArray copy = readAll(backup->file);
    QVERIFY(copy.contains("430581195203140010"));

    for (const QString& number : {kPhone, kNewPhone, kBank}) {
        for (const QByteArray& form : forms(number)) {
            QVERIFY2(!db.contains(form), qPrintable("database holds " + number));
            QVERIFY2(!wal.contains(form), qPrintable("WAL holds " + number));
            QVERIFY2(!copy.contains(form), qPrintable("backup holds " + number));
        }
    }
}

QTEST_GUILESS_MAIN(TestSensitiveBytes)
#include "tst_sensitivebytes.moc"
