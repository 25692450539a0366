// Typed text has a length and no control characters, checked by the pure rules.
#include "common/textlimits.h"
#include "registry/categoryrules.h"
#include "registry/personrules.h"
#include "security/userstore.h"
#include "testdb.h"

#include <QTest>

using namespace youfu;

namespace {
const QString kEsc = QStringLiteral("\x1b[2J\x1b[31m");

core::PersonDraft goodDraft()
{
    core::PersonDraft d;
    d.name = QString::fromUtf8("李建国");
    d.citizenId = QStringLiteral("430581195203140010");
    d.townshipCode = QStringLiteral("430581001");
    d.address = QString::fromUtf8("辕门口街道东塔社区3栋201号");
    d.bankName = QString::fromUtf8("湖南武冈农村商业银行");
    d.bankAccount = QStringLiteral("6230901234567890123");
    d.riskNote = QString::fromUtf8("多次越级上访\n家属情绪不稳");
    d.keyPerson = true;
    return d;
}

QList<core::FieldError> checkDraft(const core::PersonDraft& d)
{
    core::CheckedPerson out;
    return core::PersonRules::check(d, QDate(2026, 11, 30), &out);
}
} // namespace

class TestInputLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textRules_data();
    void textRules();
    void personFields_data();
    void personFields();
    void statusReason();
    void servicemanName();
    void userDisplayName();
};

void TestInputLimits::textRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("max");
    QTest::addColumn<bool>("multiLine");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << QString::fromUtf8("张三") << 30 << false << true;
    QTest::newRow("at the limit") << QString(30, QChar(0x738B)) << 30 << false << true;
    QTest::newRow("one over") << QString(31, QChar(0x738B)) << 30 << false << false;
    QTest::newRow("120000") << QString(120000, QLatin1Char('a')) << 2000 << true << false;
    QTest::newRow("escape") << kEsc << 200 << false << false;
    QTest::newRow("escape in note") << QString("a" + kEsc) << 2000 << true << false;
    QTest::newRow("nul") << QString(QChar(0)) << 200 << false << false;
    QTest::newRow("del") << QString(QChar(0x7f)) << 200 << false << false;
    QTest::newRow("c1") << QString(QChar(0x9b)) << 200 << false << false;
    QTest::newRow("bidi override") << QString(QChar(0x202e)) << 200 << false << false;
    QTest::newRow("newline single") << QString("a\nb") << 200 << false << false;
    QTest::newRow("newline note") << QString("a\nb\tc") << 2000 << true << true;
}

void TestInputLimits::textRules()
{
    QFETCH(QString, text);
    QFETCH(int, max);
    QFETCH(bool, multiLine);
    QFETCH(bool, ok);
    QCOMPARE(core::TextRules::check(text, max, "X", multiLine).isEmpty(), ok);
}

void TestInputLimits::personFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("expected"); // PersonField, or None when accepted
    const int none = int(core::PersonField::None);
    QTest::newRow("good") << "name" << QString::fromUtf8("李建国") << none;
    QTest::newRow("name 120000") << "name" << QString(120000, QChar(0x738B))
                                 << int(core::PersonField::Name);
    QTest::newRow("name escape") << "name" << QString::fromUtf8("李") + kEsc
                                 << int(core::PersonField::Name);
    QTest::newRow("address 201") << "address" << QString(201, QChar(0x8857))
                                 << int(core::PersonField::Address);
    QTest::newRow("address 200") << "address" << QString(200, QChar(0x8857)) << none;
    QTest::newRow("address escape")
        << "address" << QString("1" + kEsc) << int(core::PersonField::Address);
    QTest::newRow("address newline")
        << "address" << QString("a\nb") << int(core::PersonField::Address);
    QTest::newRow("bank name long")
        << "bankName" << QString(101, QChar(0x884c)) << int(core::PersonField::BankName);
    QTest::newRow("bank name escape")
        << "bankName" << QString("x" + kEsc) << int(core::PersonField::BankName);
    QTest::newRow("risk note lines") << "riskNote" << QString("a\nb\tc") << none;
    QTest::newRow("risk note 2001")
        << "riskNote" << QString(2001, QLatin1Char('a')) << int(core::PersonField::RiskNote);
    QTest::newRow("risk note escape")
        << "riskNote" << QString("a" + kEsc) << int(core::PersonField::RiskNote);
}

void TestInputLimits::personFields()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, expected);
    core::PersonDraft d = goodDraft();
    if (field == "name")
        d.name = value;
    else if (field == "address")
        d.address = value;
    else if (field == "bankName")
        d.bankName = value;
    else if (field == "riskNote")
        d.riskNote = value;
    const auto errors = checkDraft(d);
    if (expected == int(core::PersonField::None)) {
        QVERIFY2(errors.isEmpty(),
                 qPrintable(errors.isEmpty() ? QString() : errors.first().message));
    } else {
        QCOMPARE(errors.size(), 1);
        QCOMPARE(int(errors.first().field), expected);
    }
}

void TestInputLimits::statusReason()
{
    using core::PersonRules;
    const QDate birth(1950, 1, 1);
    const QDate today(2026, 11, 30);
    const auto from = core::PersonStatus::Active;
    const auto to = core::PersonStatus::Deceased;
    QVERIFY(PersonRules::checkStatusChange(from, QDate(), to, today, "病故\n家属告知", birth, today)
                .isEmpty());
    QVERIFY(!PersonRules::checkStatusChange(from, QDate(), to, today, "病故" + kEsc, birth, today)
                 .isEmpty());
    QVERIFY(
        !PersonRules::checkStatusChange(from, QDate(), to, today, QString(2001, 'a'), birth, today)
             .isEmpty());
}

void TestInputLimits::servicemanName()
{
    core::Category c;
    c.code = "martyr_survivor";
    c.name = QString::fromUtf8("烈士遗属");
    c.needsSurvivor = true;
    core::PersonCategory held;
    held.categoryCode = c.code;
    held.startDate = QDate(2000, 1, 1);
    held.relation = QString::fromUtf8("父亲");
    held.servicemanName = QString::fromUtf8("李大山");
    const QDate birth(1950, 1, 1);
    const QDate today(2026, 11, 30);
    QVERIFY(core::CategoryRules::checkDetails(c, held, birth, today));
    held.servicemanName = QString(120000, QChar(0x5c71));
    QVERIFY(!core::CategoryRules::checkDetails(c, held, birth, today));
    held.servicemanName = QString::fromUtf8("李") + kEsc;
    QVERIFY(!core::CategoryRules::checkDetails(c, held, birth, today));
    held.servicemanName = QString::fromUtf8("李大山");
    held.endReason = "x" + kEsc;
    QVERIFY(!core::CategoryRules::checkDetails(c, held, birth, today));
}

void TestInputLimits::userDisplayName()
{
    test::TestDb t;
    core::UserStore users(t.db());
    const core::Actor admin = t.admin();
    QVERIFY(!users.add(admin, {"li", QString(120000, QChar(0x674e)), core::Role::Clerk},
                       test::kTestPassword));
    QVERIFY(!users.add(admin, {"li", QString::fromUtf8("李") + kEsc, core::Role::Clerk},
                       test::kTestPassword));
    auto id =
        users.add(admin, {"li", QString::fromUtf8("李丽"), core::Role::Clerk}, test::kTestPassword);
    QVERIFY(id);
    QVERIFY(!users.update(admin, id.value(), QString::fromUtf8("李") + kEsc, core::Role::Clerk));
}

QTEST_GUILESS_MAIN(TestInputLimits)
#include "tst_inputlimits.moc"
