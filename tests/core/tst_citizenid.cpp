#include "registry/citizenid.h"
#include "registry/personrules.h"
#include "registry/phonenumber.h"

#include <QTest>

using namespace youfu::core;

Q_DECLARE_METATYPE(youfu::core::CitizenIdProblem)
Q_DECLARE_METATYPE(youfu::core::Sex)

class TestCitizenId : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data();
    void valid();
    void rejected_data();
    void rejected();
    void checkCharacter_data();
    void checkCharacter();
    void everyRemainder_data();
    void everyRemainder();
    void mask();
    void phone_data();
    void phone();
    void phoneMask_data();
    void phoneMask();
    void bankAccount_data();
    void bankAccount();
};

const QDate kToday(2026, 11, 29);

void TestCitizenId::valid_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<Sex>("sex");
    QTest::addColumn<bool>("converted");
    QTest::newRow("standard vector")
        << "11010519491231002X"
        << "11010519491231002X" << QDate(1949, 12, 31) << Sex::Female << false;
    QTest::newRow("lower-case x") << "11010519491231002x"
                                  << "11010519491231002X" << QDate(1949, 12, 31) << Sex::Female
                                  << false;
    QTest::newRow("spaces around")
        << "  11010519491231002X \t"
        << "11010519491231002X" << QDate(1949, 12, 31) << Sex::Female << false;
    QTest::newRow("full-width") << QString::fromUtf8("１１０１０５１９４９１２３１００２ｘ")
                                << "11010519491231002X" << QDate(1949, 12, 31) << Sex::Female
                                << false;
    QTest::newRow("full-width X") << QString::fromUtf8("１１０１０５１９４９１２３１００２Ｘ")
                                  << "11010519491231002X" << QDate(1949, 12, 31) << Sex::Female
                                  << false;
    QTest::newRow("15 digits converted")
        << "110105491231002"
        << "11010519491231002X" << QDate(1949, 12, 31) << Sex::Female << true;
    QTest::newRow("wugang male") << "430581195203140010"
                                 << "430581195203140010" << QDate(1952, 3, 14) << Sex::Male
                                 << false;
    QTest::newRow("wugang female")
        << "430581195203140029"
        << "430581195203140029" << QDate(1952, 3, 14) << Sex::Female << false;
    QTest::newRow("born today") << ""
                                << "" << QDate() << Sex::Unknown << false; // filled below
}

void TestCitizenId::valid()
{
    QFETCH(QString, typed);
    QFETCH(QString, canonical);
    QFETCH(QDate, birth);
    QFETCH(Sex, sex);
    QFETCH(bool, converted);
    if (typed.isEmpty()) { // a person born today is valid, tomorrow not
        const QString first17 = QStringLiteral("430581") + kToday.toString("yyyyMMdd") + "001";
        typed = canonical = first17 + CitizenId::checkCharacter(first17);
        birth = kToday;
        sex = Sex::Male;
    }
    const CitizenIdCheck c = CitizenId::check(typed, kToday);
    QVERIFY2(c.isValid(), qPrintable(c.message));
    QCOMPARE(c.canonical, canonical);
    QCOMPARE(c.birthDate, birth);
    QCOMPARE(c.sex, sex);
    QCOMPARE(c.converted, converted);
    QCOMPARE(c.note.isEmpty(), !converted);
    if (converted)
        QVERIFY(c.note.contains(canonical));
    QVERIFY(c.message.isEmpty());
}

void TestCitizenId::rejected_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<CitizenIdProblem>("problem");
    QTest::addColumn<QString>("says");
    QTest::newRow("wrong check character")
        << "110105194912310021" << CitizenIdProblem::BadCheckCharacter << "should be X";
    QTest::newRow("wrong check digit")
        << "430581195203140011" << CitizenIdProblem::BadCheckCharacter << "should be 0";
    QTest::newRow("empty") << "   " << CitizenIdProblem::Empty << "Enter";
    QTest::newRow("17 characters") << "43058119520314001" << CitizenIdProblem::WrongLength << "17";
    QTest::newRow("19 characters")
        << "4305811952031400100" << CitizenIdProblem::WrongLength << "19";
    QTest::newRow("letter inside") << "4305811952A3140010" << CitizenIdProblem::BadCharacter << "A";
    QTest::newRow("X not last") << "43058119520X140010" << CitizenIdProblem::BadCharacter << "last";
    QTest::newRow("X in 15 digits") << "11010549123100X" << CitizenIdProblem::BadCharacter << "X";
    QTest::newRow("no province 99")
        << "990581195203140010" << CitizenIdProblem::BadAreaCode << "990581";
    QTest::newRow("no province 00")
        << "000000195203140010" << CitizenIdProblem::BadAreaCode << "000000";
    QTest::newRow("30 February") << "430581195202300010" << CitizenIdProblem::BadBirthDate
                                 << "19520230";
    QTest::newRow("month 13") << "430581195213010010" << CitizenIdProblem::BadBirthDate
                              << "19521301";
    QTest::newRow("before 1900") << "430581189901010010" << CitizenIdProblem::BadBirthDate
                                 << "18990101";
    QTest::newRow("1900 not leap")
        << "43058119000229001X" << CitizenIdProblem::BadBirthDate << "19000229";
    QTest::newRow("future") << "430581203001010012" << CitizenIdProblem::FutureBirthDate
                            << "2030-01-01";
    QTest::newRow("15 digits bad date")
        << "430581521301001" << CitizenIdProblem::BadBirthDate << "19521301";
}

void TestCitizenId::rejected()
{
    QFETCH(QString, typed);
    QFETCH(CitizenIdProblem, problem);
    QFETCH(QString, says);
    const CitizenIdCheck c = CitizenId::check(typed, kToday);
    QVERIFY(!c.isValid());
    QCOMPARE(c.problem, problem);
    QVERIFY2(c.message.contains(says), qPrintable(c.message));
    QVERIFY(c.canonical.isEmpty());
}

void TestCitizenId::checkCharacter_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QString>("expected");
    QTest::newRow("X") << "11010519491231002"
                       << "X";
    QTest::newRow("0") << "43058119520314001"
                       << "0";
    QTest::newRow("9") << "43058119520314002"
                       << "9";
    QTest::newRow("not digits") << "4305811952031400A"
                                << "?";
    QTest::newRow("short") << "4305811952"
                           << "?";
}

void TestCitizenId::checkCharacter()
{
    QFETCH(QString, first17);
    QFETCH(QString, expected);
    QCOMPARE(QString(CitizenId::checkCharacter(first17)), expected);
}

namespace {
// ISO 7064 MOD 11-2 written out from the standard, independent of the weight and character
// tables in citizenid.cpp: p = ((p + digit) * 2) mod 11 over the 17 digits, then the check
// value c makes (p + c) mod 11 == 1; 10 is written X.
QString isoCheck(const QString& first17)
{
    int p = 0;
    for (QChar c : first17)
        p = (p + c.digitValue()) * 2 % 11;
    const int c = (12 - p) % 11;
    return c == 10 ? QStringLiteral("X") : QString::number(c);
}

// Σ digit × 2^(17-i) mod 11: the remainder GB 11643 looks up in its table.
int remainderOf(const QString& first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        int weight = 1;
        for (int k = 0; k < 17 - i; ++k)
            weight = weight * 2 % 11;
        sum += first17.at(i).digitValue() * weight;
    }
    return sum % 11;
}
} // namespace

void TestCitizenId::everyRemainder_data()
{
    // One valid number for each remainder 0..10 of the weighted sum (GB 11643 table
    // 1 0 X 9 8 7 6 5 4 3 2), so a swapped pair in the table cannot go unnoticed.
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("remainder");
    QTest::newRow("remainder 0 → 1") << "430581195203140061" << 0;
    QTest::newRow("remainder 1 → 0") << "430581195203140010" << 1;
    QTest::newRow("remainder 2 → X") << "43058119520314007X" << 2;
    QTest::newRow("remainder 3 → 9") << "430581195203140029" << 3;
    QTest::newRow("remainder 4 → 8") << "430581195203140088" << 4;
    QTest::newRow("remainder 5 → 7") << "430581195203140037" << 5;
    QTest::newRow("remainder 6 → 6") << "430581195203140096" << 6;
    QTest::newRow("remainder 7 → 5") << "430581195203140045" << 7;
    QTest::newRow("remainder 8 → 4") << "430581195203140184" << 8;
    QTest::newRow("remainder 9 → 3") << "430581195203140053" << 9;
    QTest::newRow("remainder 10 → 2") << "430581195203140192" << 10;
}

void TestCitizenId::everyRemainder()
{
    QFETCH(QString, id);
    QFETCH(int, remainder);
    const QString first17 = id.left(17);
    const QString last = id.right(1);
    // The vector itself is right by the standard.
    QCOMPARE(remainderOf(first17), remainder);
    QCOMPARE(isoCheck(first17), last);
    // And the program agrees.
    QCOMPARE(QString(CitizenId::checkCharacter(first17)), last);
    const CitizenIdCheck ok = CitizenId::check(id, QDate(2026, 11, 29));
    QVERIFY2(ok.isValid(), qPrintable(ok.message));
    QCOMPARE(ok.canonical, id);
    // Any other last character is refused.
    for (QChar other : QStringLiteral("0123456789X")) {
        if (QString(other) == last)
            continue;
        const CitizenIdCheck bad = CitizenId::check(first17 + other, QDate(2026, 11, 29));
        QCOMPARE(bad.problem, CitizenIdProblem::BadCheckCharacter);
    }
}

void TestCitizenId::mask()
{
    QCOMPARE(CitizenId::mask("11010519491231002X"), QString("110105********002X"));
    QCOMPARE(CitizenId::mask("430581195203140010").size(), 18);
}

void TestCitizenId::phone_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("mobile") << "13807391234" << true << "13807391234";
    QTest::newRow("mobile spaced") << "138 0739 1234" << true << "13807391234";
    QTest::newRow("mobile +86") << "+86 138-0739-1234" << true << "13807391234";
    QTest::newRow("full-width") << QString::fromUtf8("１３８０７３９１２３４") << true
                                << "13807391234";
    QTest::newRow("landline") << "0739-4221234" << true << "0739-4221234";
    QTest::newRow("landline no dash") << "07394221234" << true << "0739-4221234";
    QTest::newRow("beijing") << "010-65123456" << true << "010-65123456";
    QTest::newRow("empty is allowed") << "" << true << "";
    QTest::newRow("12 second digit") << "12807391234" << false << "";
    QTest::newRow("10 digits") << "1380739123" << false << "";
    QTest::newRow("letters") << "1380739abcd" << false << "";
    QTest::newRow("no area code") << "4221234" << false << "";
    QTest::newRow("landline too short") << "0739-42212" << false << "";
}

void TestCitizenId::phone()
{
    QFETCH(QString, typed);
    QFETCH(bool, valid);
    QFETCH(QString, canonical);
    const PhoneCheck c = PhoneNumber::check(typed);
    QCOMPARE(c.valid, valid);
    QCOMPARE(c.canonical, canonical);
    QCOMPARE(c.message.isEmpty(), valid);
}

void TestCitizenId::phoneMask_data()
{
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("masked");
    QTest::newRow("mobile") << "13807391234"
                            << "138****1234";
    QTest::newRow("landline") << "0739-4221234"
                              << "0739-***1234";
    QTest::newRow("none") << ""
                          << "";
}

void TestCitizenId::phoneMask()
{
    QFETCH(QString, canonical);
    QFETCH(QString, masked);
    QCOMPARE(PhoneNumber::mask(canonical), masked);
}

void TestCitizenId::bankAccount_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("masked");
    QTest::newRow("19 digits spaced") << "6230 9012 3456 7890 123" << true << "***************0123";
    QTest::newRow("none") << "" << true << "";
    QTest::newRow("too short") << "12345" << false << "";
    QTest::newRow("letters") << "62309012345678A" << false << "";
}

void TestCitizenId::bankAccount()
{
    QFETCH(QString, typed);
    QFETCH(bool, valid);
    QFETCH(QString, masked);
    QCOMPARE(PersonRules::checkBankAccount(typed).isEmpty(), valid);
    if (valid)
        QCOMPARE(PersonRules::maskBankAccount(PersonRules::normaliseBankAccount(typed)), masked);
}

QTEST_GUILESS_MAIN(TestCitizenId)
#include "tst_citizenid.moc"
