// The pure rules of reading an old roster (core/io/roster.h): layout, header synonyms, skipped
// rows and every kind of dirty cell. No database, no files: sheets are built here.
#include "io/aliasmatcher.h"
#include "io/aliasmemo.h"
#include "io/cellcleaner.h"
#include "io/roster.h"
#include "io/rosterheaders.h"
#include "io/sheetvalue.h"

#include <QTest>

using namespace youfu::core;

Q_DECLARE_METATYPE(youfu::core::RosterField)

class TestRosterRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headers_data();
    void headers();
    void signature();
    void cells_data();
    void cells();
    void rows_data();
    void rows();
    void skipped_data();
    void skipped();
    void wholeSheet();
    void registryRules_data();
    void registryRules();
    void groupsAboveCaptions();
    void noHeader();
};

namespace {
const QDate kToday(2026, 11, 29);
const char* const kIdMale1952 = "430581195203141232";   // 1952-03-14, male
const char* const kIdFemale1948 = "430581194805210026"; // 1948-05-21, female

QString u(const char* s)
{
    return QString::fromUtf8(s);
}

SheetRow makeRow(int number, const QStringList& texts)
{
    SheetRow r;
    r.number = number;
    for (const QString& t : texts)
        r.cells << sheetTextCell(t);
    return r;
}

// A one-level header: A 序号 … O 备注.
const QStringList& headerTexts()
{
    static const QStringList h = u("序号 姓名 性别 民族 身份证号 出生日期 乡镇 村 类别 残疾等级 "
                                   "伤残性质 入伍时间 联系电话 金额 备注")
                                     .split(QLatin1Char(' '));
    return h;
}

QStringList cleanRowTexts()
{
    return {u("1"),          u("张三"),       u("男"),          u("汉族"),     u(kIdMale1952),
            u("1952-03-14"), u("龙溪镇"),     u("石桥村"),      u("残疾军人"), u("三级"),
            u("因战"),       u("1970-12-01"), u("13807391234"), u("1020.00"),  QString()};
}

AliasTables aliases()
{
    AliasTables a;
    a.townships.insert(u("龙溪镇"), "430581101");
    a.townships.insert(u("龙溪"), "430581101");
    a.townships.insert(u("城关镇"), "430581102");
    a.townships.insert(u("白沙乡"), "430581103");
    a.townships.insert(u("白沙镇"), "430581104");
    a.villages.insert(u("430581101|石桥村"), "430581101001");
    a.villages.insert(u("430581101|石桥"), "430581101001");
    a.categories.insert(u("残疾军人"), "disabled_serviceman");
    a.categories.insert(u("烈士遗属"), "martyr_survivor");
    a.categories.insert(u("烈属"), "martyr_survivor");
    return a;
}

RosterLayout oneLevelLayout()
{
    RosterLayout l;
    l.firstHeaderRow = l.lastHeaderRow = 3;
    l.headers = headerTexts();
    return l;
}

CleanCell cleanAs(RosterField f, const SheetCell& c)
{
    using K = CellCleaner::DateKind;
    switch (f) {
    case RosterField::Name:
        return CellCleaner::name(c);
    case RosterField::CitizenId:
        return CellCleaner::citizenId(c, kToday);
    case RosterField::Sex:
        return CellCleaner::sex(c);
    case RosterField::Ethnicity:
        return CellCleaner::ethnicity(c);
    case RosterField::BirthDate:
        return CellCleaner::date(c, K::Birth, kToday);
    case RosterField::EnlistedOn:
        return CellCleaner::date(c, K::Service, kToday, 1952);
    case RosterField::StartDate:
        return CellCleaner::date(c, K::Start, kToday);
    case RosterField::Amount:
        return CellCleaner::amount(c);
    case RosterField::Grade:
        return CellCleaner::grade(c);
    case RosterField::Nature:
        return CellCleaner::nature(c);
    case RosterField::Relation:
        return CellCleaner::relation(c);
    case RosterField::Phone:
        return CellCleaner::phone(c);
    case RosterField::BankAccount:
        return CellCleaner::bankAccount(c);
    case RosterField::KeyPerson:
        return CellCleaner::keyPerson(c);
    case RosterField::Township:
        return AliasMatcher::match(aliases().townships, QString(), c.text,
                                   {u("镇"), u("乡"), u("街道")}, [] { return u("乡镇"); });
    case RosterField::Category:
        return AliasMatcher::match(aliases().categories, QString(), c.text, {},
                                   [] { return u("类别"); });
    default:
        return CellCleaner::plainText(c);
    }
}
} // namespace

void TestRosterRules::headers_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<RosterField>("field");
    using F = RosterField;
    const struct
    {
        const char* text;
        F field;
    } rows[] = {
        {"身份证号", F::CitizenId},
        {"公民身份号码", F::CitizenId},
        {"身份证号码", F::CitizenId},
        {"身份证", F::CitizenId},
        {" 身份证\n号码 ", F::CitizenId},
        {"*身份证号", F::CitizenId},
        {"姓名", F::Name},
        {"名字", F::Name},
        {"姓　名", F::Name},
        {"姓 名：", F::Name},
        {"性别", F::Sex},
        {"民族", F::Ethnicity},
        {"出生日期", F::BirthDate},
        {"出生年月", F::BirthDate},
        {"乡镇", F::Township},
        {"所在乡镇", F::Township},
        {"乡（镇）", F::Township},
        {"乡(镇)", F::Township},
        {"村", F::Village},
        {"村（社区）", F::Village},
        {"住址", F::Address},
        {"家庭住址", F::Address},
        {"联系电话", F::Phone},
        {"电话", F::Phone},
        {"手机", F::Phone},
        {"类别", F::Category},
        {"优抚类别", F::Category},
        {"对象类别", F::Category},
        {"残疾等级", F::Grade},
        {"等级", F::Grade},
        {"伤残性质", F::Nature},
        {"性质", F::Nature},
        {"与烈士关系", F::Relation},
        {"关系", F::Relation},
        {"烈士姓名", F::ServicemanName},
        {"入伍时间", F::EnlistedOn},
        {"入伍年月", F::EnlistedOn},
        {"退伍时间", F::DischargedOn},
        {"退伍年月", F::DischargedOn},
        {"享受时间", F::StartDate},
        {"起始时间", F::StartDate},
        {"开户行", F::BankName},
        {"银行账号", F::BankAccount},
        {"卡号", F::BankAccount},
        {"账号", F::BankAccount},
        {"金额", F::Amount},
        {"月标准", F::Amount},
        {"发放标准", F::Amount},
        {"金额（元）", F::Amount},
        {"月标准(元/月)", F::Amount},
        {"重点对象", F::KeyPerson},
        {"备注", F::Note},
        {"服役情况/入伍时间", F::EnlistedOn},
        {"服役情况/退伍年月", F::DischargedOn},
        {"烈士情况/姓名", F::ServicemanName},
        {"序号", F::Ignore},
        {"身高", F::Ignore},
    };
    for (const auto& r : rows)
        QTest::addRow("%s", qPrintable(u(r.text).replace(QLatin1Char('\n'), u("\\n"))))
            << u(r.text) << r.field;
}

void TestRosterRules::headers()
{
    QFETCH(QString, header);
    QFETCH(RosterField, field);
    QCOMPARE(RosterHeaders::fieldOf(header), field);
}

void TestRosterRules::signature()
{
    RosterLayout a = oneLevelLayout();
    RosterLayout b = a;
    b.headers[1] = u(" 姓　名 ");
    b.headers[4] = u("身份证号");
    b.headers << QString(); // a blank column at the end
    QCOMPARE(RosterRules::suggestMapping(a).signature, RosterRules::suggestMapping(b).signature);
    b.headers[4] = u("公民身份号码");
    QVERIFY(RosterRules::suggestMapping(a).signature != RosterRules::suggestMapping(b).signature);

    // Two columns for one field: the second is not guessed, and said why.
    RosterLayout twice = a;
    twice.headers[14] = u("手机");
    const ColumnMapping m = RosterRules::suggestMapping(twice);
    QCOMPARE(m.columns.value(12), RosterField::Phone);
    QVERIFY(!m.columns.contains(14));
    QVERIFY(m.unmatched.value(14).contains(QLatin1String("column M")));
    QVERIFY(m.unmatched.contains(0)); // 序号
}

void TestRosterRules::cells_data()
{
    QTest::addColumn<RosterField>("field");
    QTest::addColumn<bool>("isNumber");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<double>("number");
    QTest::addColumn<int>("state"); // CleanCell::State
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message"); // a part of the repair or the reason
    using F = RosterField;
    const int clean = int(CleanCell::State::Clean), repaired = int(CleanCell::State::Repaired),
              refused = int(CleanCell::State::Refused);
    const QString id = u(kIdMale1952);
    auto text = [&](const char* tag, F f, const QString& s, int st, const QString& v,
                    const QString& msg) {
        QTest::newRow(tag) << f << false << s << 0.0 << st << v << msg;
    };
    auto number = [&](const char* tag, F f, double n, const QString& s, int st, const QString& v,
                      const QString& msg) {
        QTest::newRow(tag) << f << true << s << n << st << v << msg;
    };
    const QString sci = u("scientific notation");

    // Citizen IDs.
    text("id clean", F::CitizenId, id, clean, id, "");
    text("id 15 digits", F::CitizenId, u("430581520314123"), repaired, id, u("15-digit"));
    text("id full-width", F::CitizenId, u("４３０５８１１９５２０３１４１２３２"), repaired, id,
         u("full-width"));
    text("id lower x", F::CitizenId, u("43058119520314103x"), repaired, u("43058119520314103X"),
         u("lower-case x"));
    text("id spaces ascii", F::CitizenId, u(" 430581 19520314 1232 "), repaired, id,
         u("spaces removed"));
    text("id U+3000 and tab", F::CitizenId, u("\u3000430581195203141232\t"), repaired, id,
         u("spaces removed"));
    text("id nbsp", F::CitizenId, u("430581195203141232\u00a0"), repaired, id, u("spaces"));
    text("id scientific text", F::CitizenId, u("4.30581E+17"), refused, "", sci);
    number("id scientific number", F::CitizenId, 4.30581195203141e17, u("4.30581E+17"), refused, "",
           sci);
    number("id 15 digits as number", F::CitizenId, 430581520314123.0, u("4.30582E+14"), repaired,
           id, u("15-digit"));
    text("id bad check digit", F::CitizenId, u("430581195203141233"), refused, "",
         u("check character should be 2"));
    text("id wrong length", F::CitizenId, u("43058119520314"), refused, "", u("18 characters"));

    // Names.
    text("name clean", F::Name, u("张三"), clean, u("张三"), "");
    text("name padded", F::Name, u("  张三　"), repaired, u("张三"), u("spaces"));
    text("name inner space", F::Name, u("张 三"), repaired, u("张三"), u("spaces"));
    text("name inner U+3000", F::Name, u("欧阳\u3000修"), repaired, u("欧阳修"), u("spaces"));
    text("name minority dot", F::Name, u("买买提·艾力"), clean, u("买买提·艾力"), "");

    // Sex and ethnic group.
    text("sex 男", F::Sex, u("男"), clean, u("男"), "");
    text("sex 女性", F::Sex, u("女性"), repaired, u("女"), u("written as"));
    text("sex unknown", F::Sex, u("未知"), refused, "", u("no sex"));
    text("ethnicity 汉 short", F::Ethnicity, u("汉"), repaired, u("汉族"), u("short form"));
    text("ethnicity 维吾尔 short", F::Ethnicity, u("维吾尔"), repaired, u("维吾尔族"),
         u("short form"));
    text("ethnicity 高山 short", F::Ethnicity, u("高山"), repaired, u("高山族"), u("short form"));
    text("ethnicity full", F::Ethnicity, u("土家族"), clean, u("土家族"), "");
    text("ethnicity unknown", F::Ethnicity, u("火星族"), refused, "", u("56 ethnic groups"));

    // Dates.
    text("date iso", F::BirthDate, u("1952-03-14"), clean, u("1952-03-14"), "");
    text("date 1952.3", F::BirthDate, u("1952.3"), repaired, u("1952-03"), u("the 1st"));
    text("date 1952年3月", F::BirthDate, u("1952年3月"), repaired, u("1952-03"), u("the 1st"));
    text("date 1952年3月14日", F::BirthDate, u("1952年3月14日"), repaired, u("1952-03-14"),
         u("read as"));
    text("date 1952/3/1", F::BirthDate, u("1952/3/1"), repaired, u("1952-03-01"), u("read as"));
    text("date 19520301", F::BirthDate, u("19520301"), repaired, u("1952-03-01"), u("read as"));
    text("date 1952-3", F::BirthDate, u("1952-3"), repaired, u("1952-03"), u("the 1st"));
    text("date full-width", F::BirthDate, u("１９５２．３"), repaired, u("1952-03"), u("the 1st"));
    number("date excel serial", F::BirthDate, 19067, u("19067"), repaired, u("1952-03-14"),
           u("Excel date number"));
    number("date number 19520301", F::BirthDate, 19520301, u("19520301"), repaired, u("1952-03-01"),
           u("read as"));
    number("date number 1952.3", F::BirthDate, 1952.3, u("1952.3"), repaired, u("1952-03"),
           u("the 1st"));
    number("date number 1952.1 January or October", F::BirthDate, 1952.1, u("1952.1"), refused, "",
           u("January or"));
    number("date number year only", F::BirthDate, 1952, u("1952"), refused, "", u("only a year"));
    text("date two-digit birth refused", F::BirthDate, u("52.3"), refused, "", u("two-digit"));
    text("date two-digit start refused", F::StartDate, u("05.3"), refused, "", u("two-digit"));
    text("date service 70.12", F::EnlistedOn, u("70.12"), repaired, u("1970-12"), u("the 1st"));
    text("date service 05.3 after birth+16", F::EnlistedOn, u("05.3"), repaired, u("2005-03"),
         u("the 1st"));
    text("date service 75.13 no month", F::EnlistedOn, u("75.13"), refused, "", u("real date"));
    text("date future", F::BirthDate, u("2030-01-01"), refused, "", u("future"));
    text("date nonsense", F::BirthDate, u("三月"), refused, "", u("not a date"));

    // Amounts in fen (the value is yuan with two decimals).
    text("amount plain", F::Amount, u("10200"), clean, u("10200.00"), "");
    text("amount 10,200元", F::Amount, u("10,200元"), repaired, u("10200.00"), u("10200.00 yuan"));
    text("amount ￥10200", F::Amount, u("￥10200"), repaired, u("10200.00"), u("yuan"));
    text("amount 10.2万", F::Amount, u("10.2万"), repaired, u("102000.00"), u("yuan"));
    text("amount 10200.5", F::Amount, u("10200.5"), clean, u("10200.50"), "");
    text("amount three decimals", F::Amount, u("10.255"), refused, "", u("decimals"));
    text("amount words", F::Amount, u("一万"), refused, "", u("not an amount"));
    number("amount number", F::Amount, 10200.5, u("10200.5"), clean, u("10200.50"), "");

    // Grades.
    text("grade 六级", F::Grade, u("六级"), clean, u("六级"), "");
    text("grade 6级", F::Grade, u("6级"), repaired, u("六级"), u("read as"));
    text("grade 6", F::Grade, u("6"), repaired, u("六级"), u("read as"));
    text("grade 六", F::Grade, u("六"), repaired, u("六级"), u("read as"));
    number("grade number 6", F::Grade, 6, u("6"), repaired, u("六级"), u("read as"));
    text("grade 特等", F::Grade, u("特等"), repaired, u("一级"), u("before 2004"));
    text("grade 一等", F::Grade, u("一等"), repaired, u("二级"), u("before 2004"));
    text("grade 二等甲级", F::Grade, u("二等甲级"), repaired, u("三级"), u("before 2004"));
    text("grade 二等乙级 ambiguous", F::Grade, u("二等乙级"), refused, "", u("no single match"));
    text("grade 三等甲级 ambiguous", F::Grade, u("三等甲级"), refused, "", u("no single match"));
    text("grade 三等乙级 ambiguous", F::Grade, u("三等乙级"), refused, "", u("no single match"));
    text("grade 11", F::Grade, u("11"), refused, "", u("no disability grade"));

    // Other columns.
    text("nature", F::Nature, u("因 战"), repaired, u("因战"), u("spaces"));
    text("nature unknown", F::Nature, u("因伤"), refused, "", u("nature"));
    text("relation 妻子", F::Relation, u("妻子"), repaired, u("配偶"), u("written as"));
    text("relation unknown", F::Relation, u("邻居"), refused, "", u("no relation"));
    text("phone spaces", F::Phone, u("138 0739 1234"), repaired, u("13807391234"), u("written as"));
    number("phone number cell", F::Phone, 13807391234.0, u("13807391234"), clean, u("13807391234"),
           "");
    text("phone bad", F::Phone, u("12345"), refused, "", "");
    number("account scientific", F::BankAccount, 6.22848e18, u("6.22848E+18"), refused, "", sci);
    text("account spaces", F::BankAccount, u("6228 4800 1234 5678"), repaired,
         u("6228480012345678"), u("removed"));
    text("key person 是", F::KeyPerson, u("是"), clean, u("是"), "");
    text("key person √", F::KeyPerson, u("√"), repaired, u("是"), u("read as"));
    text("key person unclear", F::KeyPerson, u("待定"), refused, "", u("key person"));
    text("address tidied", F::Address, u(" 龙溪镇　石桥村  3组 "), repaired, u("龙溪镇 石桥村 3组"),
         u("spaces"));

    // Aliases.
    text("township full", F::Township, u("龙溪镇"), clean, u("430581101"), "");
    text("township alias", F::Township, u("龙溪"), repaired, u("430581101"), u("龙溪镇"));
    text("township without suffix", F::Township, u("城关"), repaired, u("430581102"), u("城关镇"));
    text("township ambiguous", F::Township, u("白沙"), refused, "", u("more than one"));
    text("township unknown", F::Township, u("月亮湾"), refused, "", u("月亮湾"));
    text("category alias", F::Category, u("烈属"), repaired, u("martyr_survivor"), u("烈士遗属"));
    text("category unknown", F::Category, u("五保户"), refused, "", u("五保户"));
}

void TestRosterRules::cells()
{
    QFETCH(RosterField, field);
    QFETCH(bool, isNumber);
    QFETCH(QString, shown);
    QFETCH(double, number);
    QFETCH(int, state);
    QFETCH(QString, value);
    QFETCH(QString, message);
    const SheetCell cell = isNumber ? sheetNumberCell(number, shown) : sheetTextCell(shown);
    const CleanCell c = cleanAs(field, cell);
    QVERIFY2(int(c.state) == state,
             qPrintable(QStringLiteral("state %1: %2").arg(int(c.state)).arg(c.message)));
    if (state != int(CleanCell::State::Refused))
        QCOMPARE(c.text, value);
    QVERIFY2(c.message.contains(message), qPrintable(c.message));
    // 0 silent errors: a repair always says what it did.
    if (state == int(CleanCell::State::Repaired) || state == int(CleanCell::State::Refused))
        QVERIFY(!c.message.isEmpty());
}

// One cell of a clean row changed: the verdict of the whole row and the issue it gives.
void TestRosterRules::rows_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("verdict");     // RowOutcome::Verdict
    QTest::addColumn<QString>("issueAt"); // the RowIssue's column; empty: no issue
    QTest::addColumn<QString>("message");
    const int import = int(RowOutcome::Verdict::Import),
              refused = int(RowOutcome::Verdict::Refused);
    QTest::newRow("clean") << 0 << u("1") << import << QString() << QString();
    QTest::newRow("sex disagrees with ID")
        << 2 << u("女") << refused << u("C 性别") << u("does not agree");
    QTest::newRow("birth disagrees with ID")
        << 5 << u("1952-04-14") << refused << u("F 出生日期") << u("does not agree");
    QTest::newRow("birth month agrees with ID")
        << 5 << u("1952.3") << import << u("F 出生日期") << u("the 1st");
    QTest::newRow("name empty") << 1 << QString() << refused << u("B 姓名") << u("required");
    QTest::newRow("ID empty") << 4 << QString() << refused << u("E 身份证号") << u("required");
    QTest::newRow("category empty") << 8 << QString() << refused << u("I 类别") << u("required");
    QTest::newRow("township empty") << 6 << QString() << refused << u("G 乡镇") << u("required");
    QTest::newRow("township ambiguous")
        << 6 << u("白沙") << refused << u("G 乡镇") << u("more than one");
    QTest::newRow("village alias") << 7 << u("石桥") << import << u("H 村") << u("石桥村");
    QTest::newRow("village unknown") << 7 << u("柳树村") << refused << u("H 村") << u("柳树村");
    QTest::newRow("ID scientific")
        << 4 << u("4.30581E+17") << refused << u("E 身份证号") << u("scientific notation");
    QTest::newRow("ID 15 digits") << 4 << u("430581520314123") << import << u("E 身份证号")
                                  << u("15-digit");
    QTest::newRow("ID and sex of another person")
        << 4 << u(kIdFemale1948) << refused << u("C 性别") << u("does not agree");
}

void TestRosterRules::rows()
{
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(int, verdict);
    QFETCH(QString, issueAt);
    QFETCH(QString, message);
    QStringList texts = cleanRowTexts();
    texts[column] = text;
    const RosterLayout layout = oneLevelLayout();
    const ColumnMapping m = RosterRules::suggestMapping(layout);
    const SheetRow row = makeRow(4, texts);
    QCOMPARE(RosterRules::skipReason(row, layout, m), QString());
    const RowOutcome o = RosterRules::cleanRow(row, layout, m, aliases(), kToday);
    QStringList said;
    for (const RowIssue& i : o.issues)
        said << i.column + QLatin1String(": ") + i.message;
    QVERIFY2(int(o.verdict) == verdict, qPrintable(said.join(u(" | "))));
    if (issueAt.isEmpty()) {
        QVERIFY2(o.issues.isEmpty(), qPrintable(said.join(u(" | "))));
        QCOMPARE(o.person.person.name, u("张三"));
        QCOMPARE(o.person.person.citizenId, u(kIdMale1952));
        QCOMPARE(o.person.person.sex, Sex::Male);
        QCOMPARE(o.person.person.birthDate, QDate(1952, 3, 14));
        QCOMPARE(o.person.person.townshipCode, u("430581101"));
        QCOMPARE(o.person.person.villageCode, u("430581101001"));
        QCOMPARE(o.person.person.phone.value_or(QString()), u("13807391234"));
        QCOMPARE(o.person.categories.size(), 1);
        QCOMPARE(o.person.categories.at(0).categoryCode, u("disabled_serviceman"));
        QCOMPARE(o.person.categories.at(0).grade, 3);
        QCOMPARE(o.person.categories.at(0).nature, u("因战"));
        QCOMPARE(o.person.categories.at(0).enlistedOn, QDate(1970, 12, 1));
        QCOMPARE(o.amountFen.value_or(-1), qint64(102000));
        return;
    }
    bool found = false;
    for (const RowIssue& i : o.issues) {
        QCOMPARE(i.row, 4);
        found |= i.column == issueAt && i.message.contains(message) &&
                 (!issueAt.startsWith(RosterHeaders::columnLetter(column) + u(" ")) ||
                  i.original == CellCleaner::shown(row.cells.at(column)));
    }
    QVERIFY2(found, qPrintable(said.join(u(" | "))));
    if (verdict == int(RowOutcome::Verdict::Import))
        QCOMPARE(o.person.person.birthDate, QDate(1952, 3, 14));
}

// Rows that are no person, below a one-level header on row 3: the reason given.
void TestRosterRules::skipped_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QString>("reason"); // a part of it; empty for a data row
    const QStringList blank(15);
    auto at = [&](int column, const QString& t) {
        QStringList r = blank;
        r[column] = t;
        return r;
    };
    QTest::newRow("blank") << blank << u("blank");
    QTest::newRow("blank with spaces") << at(1, u("　 \t")) << u("blank");
    QTest::newRow("repeated header") << headerTexts() << u("header repeated");
    QTest::newRow("repeated header with spaces")
        << QStringList{u("序 号"), u("姓　名"), u("性别"), u("民族"), u("身份证号码")}
        << u("header repeated");
    QTest::newRow("小计 in the name column") << at(1, u("龙溪镇小计")) << u("subtotal");
    QStringList sub = at(0, u("小 计"));
    sub[13] = u("30600");
    QTest::newRow("小 计 with an amount") << sub << u("subtotal");
    QStringList total = at(0, u("合计"));
    total[13] = u("1,020,000");
    QTest::newRow("合计") << total << u("total");
    QTest::newRow("总计") << at(1, u("总 计：")) << u("total");
    QTest::newRow("signature footer")
        << at(0, u("制表人：李四　　审核人：王五　　负责人：赵六")) << u("signature");
    QTest::newRow("footer 填报单位") << at(0, u("填报单位（盖章）：")) << u("signature");
    QTest::newRow("footer 日期") << at(10, u("日期：2026年11月")) << u("signature");
    QTest::newRow("title in the data") << at(0, u("二、烈士遗属")) << u("title");
    QTest::newRow("serial number only") << at(0, u("17")) << u("no data");
    QStringList serialOnly = at(0, u("18"));
    serialOnly[14] = u("空");
    QTest::newRow("a serial and a note is a row to refuse") << serialOnly << QString();
    QTest::newRow("section caption in the township column") << at(6, u("龙溪镇")) << u("caption");
    QStringList person = cleanRowTexts();
    QTest::newRow("a person") << person << QString();
    person[14] = u("合计发放两次"); // a note is no total
    QTest::newRow("a note mentioning 合计") << person << QString();
    QTest::newRow("a lone name is a person (refused later)") << at(1, u("王五")) << QString();
}

void TestRosterRules::skipped()
{
    QFETCH(QStringList, cells);
    QFETCH(QString, reason);
    const RosterLayout layout = oneLevelLayout();
    const QString why =
        RosterRules::skipReason(makeRow(9, cells), layout, RosterRules::suggestMapping(layout));
    if (reason.isEmpty())
        QCOMPARE(why, QString());
    else
        QVERIFY2(!why.isEmpty() && why.contains(reason), qPrintable(why));
}

// A whole roster as the townships send it: two title rows, a two-level merged header, data,
// a township subtotal, the header repeated, a total and a signature footer.
void TestRosterRules::wholeSheet()
{
    QList<SheetRow> sheet;
    SheetRow title = makeRow(1, {u("武冈市2024年度重点优抚对象花名册")});
    title.merges << qMakePair(0, 9);
    sheet << title;
    sheet << makeRow(2, {u("填报单位：龙溪镇民政办"), {}, {}, {}, {}, {}, {}, u("单位：元")});
    SheetRow upper = makeRow(3, {u("序号"),
                                 u("姓名"),
                                 u("身份证号"),
                                 u("乡镇"),
                                 u("类别"),
                                 u("服役情况"),
                                 {},
                                 u("残疾情况"),
                                 {},
                                 u("金额")});
    upper.merges << qMakePair(5, 6) << qMakePair(7, 8);
    sheet << upper;
    sheet << makeRow(4, {{}, {}, {}, {}, {}, u("入伍时间"), u("退伍时间"), u("等级"), u("性质")});
    sheet << makeRow(5, {u("1"), u("张 三"), u(kIdMale1952), u("龙溪"), u("残疾军人"), u("70.12"),
                         u("1975.3"), u("二等甲级"), u("因战"), u("1,020元")});
    sheet << makeRow(6, {u("2"),
                         u("李四"),
                         u("4.30581E+17"),
                         u("龙溪镇"),
                         u("残疾军人"),
                         {},
                         {},
                         u("6级"),
                         u("因公"),
                         u("800")});
    sheet << makeRow(7, {u("龙溪镇小计"), {}, {}, {}, {}, {}, {}, {}, {}, u("1820")});
    sheet << makeRow(8, {});
    sheet << makeRow(9, {u("序号"), u("姓名"), u("身份证号"), u("乡镇"), u("类别"), u("入伍时间"),
                         u("退伍时间"), u("等级"), u("性质"), u("金额")});
    sheet << makeRow(
        10,
        {u("3"), u("王芳"), u(kIdFemale1948), u("城关镇"), u("烈属"), {}, {}, {}, {}, u("￥1500")});
    sheet << makeRow(11, {u("4"), u("赵六"), u("430581195203141241"), u("白沙"), u("烈士遗属")});
    sheet << makeRow(12, {u("合计"), {}, {}, {}, {}, {}, {}, {}, {}, u("3320")});
    sheet << makeRow(13, {u("制表人：李四"), {}, {}, {}, {}, u("审核人：王五")});
    sheet << makeRow(14, {u("日期：2024年12月31日")});

    const Result<RosterLayout> layout = RosterRules::detectLayout(sheet.mid(0, 8));
    QVERIFY2(layout.isOk(), qPrintable(layout.error()));
    QCOMPARE(layout->firstHeaderRow, 3);
    QCOMPARE(layout->lastHeaderRow, 4);
    QCOMPARE(layout->headers,
             QStringList({u("序号"), u("姓名"), u("身份证号"), u("乡镇"), u("类别"),
                          u("服役情况/入伍时间"), u("服役情况/退伍时间"), u("残疾情况/等级"),
                          u("残疾情况/性质"), u("金额")}));
    // The same sheet saved as CSV has no merges: the group caption is carried to the right.
    QList<SheetRow> csv = sheet.mid(0, 8);
    for (SheetRow& r : csv)
        r.merges.clear();
    const Result<RosterLayout> csvLayout = RosterRules::detectLayout(csv);
    QVERIFY2(csvLayout.isOk(), qPrintable(csvLayout.error()));
    QCOMPARE(csvLayout->headers, layout->headers);

    const ColumnMapping m = RosterRules::suggestMapping(*layout);
    QCOMPARE(m.columns.value(5), RosterField::EnlistedOn);
    QCOMPARE(m.columns.value(6), RosterField::DischargedOn);
    QCOMPARE(m.columns.value(7), RosterField::Grade);
    QCOMPARE(m.columns.value(8), RosterField::Nature);
    QCOMPARE(m.columns.value(9), RosterField::Amount);

    // Every row's verdict: I import, R refused, S skipped (with a word of the reason).
    const QStringList expected = {
        u("S title"), u("S title"),    u("S header"),    u("S header"),          u("I"),
        u("R"),       u("S subtotal"), u("S blank"),     u("S header repeated"), u("I"),
        u("R"),       u("S total"),    u("S signature"), u("S signature")};
    AliasTables a = aliases();
    a.townships.remove(u("龙溪")); // 龙溪 → 龙溪镇 by the suffix
    // The preview remembers the alias lookups of a batch: the same answers, asked twice each.
    const auto told = [](const RowOutcome& o) {
        QStringList out{QString::number(int(o.verdict)), o.person.person.townshipCode,
                        o.person.person.villageCode};
        for (const PersonCategory& pc : o.person.categories)
            out << pc.categoryCode;
        for (const RowIssue& i : o.issues)
            out << QString::number(int(i.kind)) + i.column + i.original + i.value + i.message;
        return out;
    };
    AliasMemo memo;
    for (int pass = 0; pass < 2; ++pass)
        for (const SheetRow& row : sheet)
            if (RosterRules::skipReason(row, *layout, m).isEmpty())
                QCOMPARE(told(RosterRules::cleanRow(row, *layout, m, a, kToday, &memo)),
                         told(RosterRules::cleanRow(row, *layout, m, a, kToday)));
    for (int i = 0; i < sheet.size(); ++i) {
        const SheetRow& row = sheet.at(i);
        const QString skip = RosterRules::skipReason(row, *layout, m);
        QString got;
        if (!skip.isEmpty()) {
            got = u("S ") + skip;
        } else {
            const RowOutcome o = RosterRules::cleanRow(row, *layout, m, a, kToday);
            got = o.verdict == RowOutcome::Verdict::Import ? u("I") : u("R");
            for (const RowIssue& issue : o.issues)
                QVERIFY2(!issue.message.isEmpty() && issue.row == row.number,
                         qPrintable(issue.column));
        }
        const QString want = expected.at(i);
        QVERIFY2(
            got.startsWith(want.left(1)) && got.contains(want.mid(2)),
            qPrintable(QStringLiteral("row %1: %2, expected %3").arg(row.number).arg(got, want)));
    }

    // Row 5 in detail: every repair reported with its original and what it became.
    const RowOutcome five = RosterRules::cleanRow(sheet.at(4), *layout, m, a, kToday);
    QCOMPARE(five.person.person.name, u("张三"));
    QCOMPARE(five.person.person.townshipCode, u("430581101"));
    QCOMPARE(five.person.categories.at(0).grade, 3);
    QCOMPARE(five.person.categories.at(0).enlistedOn, QDate(1970, 12, 1));
    QCOMPARE(five.person.categories.at(0).dischargedOn, QDate(1975, 3, 1));
    QCOMPARE(five.amountFen.value_or(-1), qint64(102000));
    QStringList repaired;
    for (const RowIssue& i : five.issues) {
        QCOMPARE(i.kind, RowIssue::Kind::Repaired);
        QVERIFY(!i.original.isEmpty() && !i.value.isEmpty());
        repaired << i.column + u("=") + i.original + u("→") + i.value;
    }
    QCOMPARE(repaired, QStringList({u("B 姓名=张 三→张三"), u("D 乡镇=龙溪→龙溪镇"),
                                    u("J 金额=1,020元→1020.00"), u("H 残疾情况/等级=二等甲级→三级"),
                                    u("F 服役情况/入伍时间=70.12→1970-12"),
                                    u("G 服役情况/退伍时间=1975.3→1975-03")}));
    // Row 11: the ambiguous township and the bad ID are both told, not just the first.
    const RowOutcome eleven = RosterRules::cleanRow(sheet.at(10), *layout, m, a, kToday);
    QCOMPARE(eleven.issues.size(), 2);
}

// The registry's own rules are applied to the row too, so the import never fails in the store.
void TestRosterRules::registryRules_data()
{
    QTest::addColumn<QStringList>("cells"); // 姓名 身份证号 乡镇 类别 开户行 银行账号 重点对象 住址
    QTest::addColumn<QString>("issueAt");
    QTest::addColumn<QString>("message");
    const QStringList ok = {u("张三"),   u(kIdMale1952),        u("龙溪镇"), u("烈属"),
                            u("农商行"), u("6228480012345678"), u("否"),     u("石桥村3组")};
    QTest::newRow("fine") << ok << QString() << QString();
    QStringList noBank = ok;
    noBank[4].clear();
    QTest::newRow("account without its bank") << noBank << u("E 开户行") << u("bank");
    QStringList key = ok;
    key[6] = u("是");
    QTest::newRow("key person without the reason") << key << u("G 重点对象") << u("key person");
    QStringList longAddress = ok;
    longAddress[7] = QString(201, QChar(0x6751));
    QTest::newRow("address too long") << longAddress << u("H 住址") << u("200");
}

void TestRosterRules::registryRules()
{
    QFETCH(QStringList, cells);
    QFETCH(QString, issueAt);
    QFETCH(QString, message);
    RosterLayout l;
    l.firstHeaderRow = l.lastHeaderRow = 1;
    l.headers = u("姓名 身份证号 乡镇 类别 开户行 银行账号 重点对象 住址").split(QLatin1Char(' '));
    const ColumnMapping m = RosterRules::suggestMapping(l);
    const RowOutcome o = RosterRules::cleanRow(makeRow(2, cells), l, m, aliases(), kToday);
    QStringList said;
    for (const RowIssue& i : o.issues)
        said << i.column + u(": ") + i.message;
    if (issueAt.isEmpty()) {
        QCOMPARE(o.verdict, RowOutcome::Verdict::Import);
        QCOMPARE(o.person.person.bankAccount.value_or(QString()), u("6228480012345678"));
        QCOMPARE(o.person.categories.at(0).categoryCode, u("martyr_survivor"));
        return;
    }
    QCOMPARE(o.verdict, RowOutcome::Verdict::Refused);
    QVERIFY2(std::any_of(o.issues.cbegin(), o.issues.cend(),
                         [&](const RowIssue& i) {
                             return i.kind == RowIssue::Kind::Refused && i.column == issueAt &&
                                    i.message.contains(message);
                         }),
             qPrintable(said.join(u(" | "))));
}

// Every column under a group: the caption row scores best, the group row above it is found.
void TestRosterRules::groupsAboveCaptions()
{
    SheetRow groups = makeRow(2, {u("基本情况"), {}, {}, u("服役情况"), {}});
    groups.merges << qMakePair(0, 2) << qMakePair(3, 4);
    const QList<SheetRow> rows = {
        makeRow(1, {u("花名册")}), groups,
        makeRow(3, {u("姓名"), u("性别"), u("身份证号"), u("入伍年月"), u("退伍年月")}),
        makeRow(4, {u("张三"), u("男"), u(kIdMale1952)})};
    const Result<RosterLayout> l = RosterRules::detectLayout(rows);
    QVERIFY2(l.isOk(), qPrintable(l.error()));
    QCOMPARE(l->firstHeaderRow, 2);
    QCOMPARE(l->lastHeaderRow, 3);
    QCOMPARE(l->headers,
             QStringList({u("基本情况/姓名"), u("基本情况/性别"), u("基本情况/身份证号"),
                          u("服役情况/入伍年月"), u("服役情况/退伍年月")}));
    const ColumnMapping m = RosterRules::suggestMapping(*l);
    QCOMPARE(m.columns.value(0), RosterField::Name);
    QCOMPARE(m.columns.value(4), RosterField::DischargedOn);
    QVERIFY(RosterRules::skipReason(rows.at(0), *l, m).contains(u("title")));
    QCOMPARE(RosterRules::skipReason(rows.at(3), *l, m), QString());
}

void TestRosterRules::noHeader()
{
    const QList<SheetRow> rows = {makeRow(1, {u("张三"), u(kIdMale1952)}),
                                  makeRow(2, {u("李四"), u(kIdFemale1948)})};
    const Result<RosterLayout> l = RosterRules::detectLayout(rows);
    QVERIFY(!l.isOk());
    QVERIFY(l.error().contains(u("header")));
}

QTEST_GUILESS_MAIN(TestRosterRules)
#include "tst_rosterrules.moc"
