#include "registry/personstore.h"
#include "security/fieldcipher.h"
#include "testdb.h"

#include <QFile>
#include <QTest>

using namespace youfu;

class TestFieldCipher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void randomNoncePerValue();
    void wrongKeyFails();
    void tamperedFails();
    void blindIndexIsKeyed();
    void keyFileBesideDatabase();
    void missingOrForeignKeyFileRefused();
    void rawDatabaseHoldsNoPlainPhoneOrBank();
};

namespace {
QByteArray key(char fill)
{
    return QByteArray(32, fill);
}
} // namespace

void TestFieldCipher::roundTrip_data()
{
    QTest::addColumn<QString>("plain");
    QTest::newRow("mobile") << "13807391234";
    QTest::newRow("bank") << "6230901234567890123";
    QTest::newRow("chinese") << QString::fromUtf8("湖南武冈");
    QTest::newRow("empty") << "";
}

void TestFieldCipher::roundTrip()
{
    QFETCH(QString, plain);
    auto c = core::FieldCipher::fromKey(key('a'));
    QVERIFY(c);
    const QString enc = c->encrypt(plain);
    QCOMPARE(enc.isEmpty(), plain.isEmpty());
    if (!plain.isEmpty())
        QVERIFY(!enc.contains(plain));
    auto dec = c->decrypt(enc);
    QVERIFY(dec);
    QCOMPARE(dec.value(), plain);
}

void TestFieldCipher::randomNoncePerValue()
{
    auto c = core::FieldCipher::fromKey(key('a'));
    QVERIFY(c->encrypt("13807391234") != c->encrypt("13807391234"));
}

void TestFieldCipher::wrongKeyFails()
{
    auto a = core::FieldCipher::fromKey(key('a'));
    auto b = core::FieldCipher::fromKey(key('b'));
    QVERIFY(!b->decrypt(a->encrypt("13807391234")));
    QVERIFY(!core::FieldCipher::fromKey(QByteArray(16, 'a')));
}

void TestFieldCipher::tamperedFails()
{
    auto c = core::FieldCipher::fromKey(key('a'));
    QString enc = c->encrypt("13807391234");
    enc[10] = enc[10] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QVERIFY(!c->decrypt(enc));
    QVERIFY(!c->decrypt("garbage"));
}

void TestFieldCipher::blindIndexIsKeyed()
{
    auto a = core::FieldCipher::fromKey(key('a'));
    auto b = core::FieldCipher::fromKey(key('b'));
    QCOMPARE(a->blindIndex("13807391234"), a->blindIndex("13807391234"));
    QVERIFY(a->blindIndex("13807391234") != a->blindIndex("13807391235"));
    QVERIFY(a->blindIndex("13807391234") != b->blindIndex("13807391234"));
    QVERIFY(!a->blindIndex("13807391234").contains("1380739"));
}

void TestFieldCipher::keyFileBesideDatabase()
{
    test::TestDb t;
    auto c = core::FieldCipher::forDatabase(t.db());
    QVERIFY2(c, qPrintable(c.error()));
    QFile f(t.path() + ".key");
    QVERIFY(f.exists());
    QCOMPARE(f.size(), 32);
    QCOMPARE(f.permissions() &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    // The same cipher after reopening (cache dropped): old values still decrypt.
    const QString enc = c.value()->encrypt("13807391234");
    core::FieldCipher::forget(t.path());
    QVERIFY(t.reopen());
    auto again = core::FieldCipher::forDatabase(t.db());
    QVERIFY(again);
    QCOMPARE(again.value()->decrypt(enc).value(), QString("13807391234"));
}

void TestFieldCipher::missingOrForeignKeyFileRefused()
{
    test::TestDb t;
    QVERIFY(core::FieldCipher::forDatabase(t.db()));
    const QString keyPath = t.path() + ".key";
    core::FieldCipher::forget(t.path());
    QVERIFY(QFile::rename(keyPath, keyPath + ".bak"));
    auto missing = core::FieldCipher::forDatabase(t.db());
    QVERIFY(!missing);
    QVERIFY(missing.error().contains("missing"));
    QVERIFY(!QFile::exists(keyPath)); // not silently replaced by a new key
    QFile other(keyPath);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write(key('z'));
    other.close();
    auto foreign = core::FieldCipher::forDatabase(t.db());
    QVERIFY(!foreign);
    QVERIFY(foreign.error().contains("another database"));
    QFile::remove(keyPath);
    QVERIFY(QFile::rename(keyPath + ".bak", keyPath));
    QVERIFY(core::FieldCipher::forDatabase(t.db()));
}

void TestFieldCipher::rawDatabaseHoldsNoPlainPhoneOrBank()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", core::Role::Clerk);
    core::PersonDraft d;
    d.name = QString::fromUtf8("李建国");
    d.citizenId = "430581195203140010";
    d.townshipCode = "430581001";
    d.phone = QStringLiteral("13807391234");
    d.bankName = QString::fromUtf8("湖南武冈农村商业银行");
    d.bankAccount = QStringLiteral("6230901234567890123");
    QVERIFY(core::PersonStore(t.db()).add(clerk, d));
    const QString path = t.path();
    t.close(); // checkpoint the WAL into the file
    for (const QString& file : QStringList{path, path + "-wal"}) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray raw = f.readAll();
        QVERIFY(raw.contains("430581195203140010")); // the check reads the right file
        QVERIFY(!raw.contains("13807391234"));
        QVERIFY(!raw.contains("6230901234567890123"));
        QVERIFY(!raw.contains("0739 1234"));
    }
}

QTEST_GUILESS_MAIN(TestFieldCipher)
#include "tst_fieldcipher.moc"
