// The year's statistics: the arithmetic (rates, totals, the balance start + new + in − out −
// ended = end) data-driven; the store on hand-built records (a person who moved township in
// the year, a category ended mid-year, paid and failed payment lines, cases, visits,
// recuperation and assistance); the xlsx and PDF exports (0600, one audit entry each, a cancel
// leaves nothing); youfuctl statistics on a demo database.
#include "audit/auditlog.h"
#include "clirun.h"
#include "statistics/statisticsexport.h"
#include "statistics/statisticsrules.h"
#include "statistics/statisticsstore.h"
#include "statistics/statisticstables.h"
#include "testdb.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace youfu;
using namespace youfu::core;

namespace {
const QString kA = QStringLiteral("430581001"); // 辕门口街道
const QString kB = QStringLiteral("430581002"); // 迎春亭街道

bool exec(test::TestDb& t, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(t->connection());
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

qint64 lastId(test::TestDb& t)
{
    QSqlQuery q(t->connection());
    q.exec(QStringLiteral("SELECT last_insert_rowid()"));
    return q.next() ? q.value(0).toLongLong() : -1;
}

qint64 addPerson(test::TestDb& t, const QString& name, const QString& township, int n)
{
    const QString id = QStringLiteral("43058119600101%1").arg(n, 4, 10, QLatin1Char('0'));
    if (!exec(t,
              QStringLiteral("INSERT INTO persons (name, sex, ethnicity, citizen_id, birth_date, "
                             "township_code, status_since, created_at, updated_at) VALUES "
                             "(?, 'M', '汉族', ?, '1960-01-01', ?, '2015-01-01', "
                             "'2015-01-01T00:00:00Z', '2015-01-01T00:00:00Z')"),
              {name, id, township}))
        return -1;
    return lastId(t);
}

bool addCategory(test::TestDb& t, qint64 person, const QString& code, const QString& start,
                 const QString& end = QString())
{
    return exec(t,
                QStringLiteral("INSERT INTO person_categories (person_id, category_code, "
                               "start_date, end_date, created_at) VALUES (?, ?, ?, ?, "
                               "'2015-01-01T00:00:00Z')"),
                {person, code, start, end.isEmpty() ? QVariant() : QVariant(end)});
}

const PersonFlowCell* findCell(const QList<PersonFlowCell>& cells, const QString& township,
                               const QString& category)
{
    for (const PersonFlowCell& c : cells) {
        if (c.townshipCode == township && c.categoryCode == category)
            return &c;
    }
    return nullptr;
}

const StatRow* findRow(const StatTable& t, const QString& label)
{
    for (const StatRow& r : t.rows) {
        if (r.label == label)
            return &r;
    }
    return nullptr;
}

// 0600: the owner reads and writes, nobody else anything.
bool isPrivate(const QString& path)
{
    const QFileDevice::Permissions p = QFile::permissions(path);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    return (p & QFileDevice::ReadOwner) && (p & QFileDevice::WriteOwner) && !(p & others);
}

qint64 auditCount(test::TestDb& t, const QString& action)
{
    QSqlQuery q(t->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
    q.addBindValue(action);
    q.exec();
    return q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void permille_data();
    void permille();
    void balance_data();
    void balance();
    void totalsAndShares_data();
    void totalsAndShares();
    void cellText_data();
    void cellText();
    void chartOfATable();

    void storeOnHandBuiltRecords();
    void townshipFilter();
    void exportsBothFormats();
    void cancelledExportLeavesNothing();
    void exportNeedsThePermission();
    void youfuctlStatistics();

private:
    // The hand-built county of storeOnHandBuiltRecords (see there).
    void buildCounty(test::TestDb& t, const Actor& clerk);
};

void TestStatistics::permille_data()
{
    QTest::addColumn<qint64>("num");
    QTest::addColumn<qint64>("den");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("no base") << qint64(3) << qint64(0) << qint64(-1);
    QTest::newRow("all") << qint64(7) << qint64(7) << qint64(1000);
    QTest::newRow("none") << qint64(0) << qint64(9) << qint64(0);
    QTest::newRow("two thirds rounds up") << qint64(2) << qint64(3) << qint64(667);
    QTest::newRow("one third rounds down") << qint64(1) << qint64(3) << qint64(333);
    QTest::newRow("half a mille rounds up") << qint64(1) << qint64(2000) << qint64(1);
    QTest::newRow("large") << qint64(199999) << qint64(200000) << qint64(1000);
}

void TestStatistics::permille()
{
    QFETCH(qint64, num);
    QFETCH(qint64, den);
    QFETCH(qint64, expected);
    QCOMPARE(StatisticsRules::permille(num, den), expected);
}

void TestStatistics::balance_data()
{
    QTest::addColumn<QList<qint64>>("figures"); // start, new, in, out, ended, end
    QTest::addColumn<bool>("balances");
    QTest::newRow("steady") << QList<qint64>{10, 0, 0, 0, 0, 10} << true;
    QTest::newRow("new and ended") << QList<qint64>{10, 3, 0, 0, 2, 11} << true;
    QTest::newRow("a mover left") << QList<qint64>{1, 0, 0, 1, 0, 0} << true;
    QTest::newRow("a mover came") << QList<qint64>{0, 0, 1, 0, 0, 1} << true;
    QTest::newRow("all at once") << QList<qint64>{5, 2, 1, 3, 1, 4} << true;
    QTest::newRow("one lost") << QList<qint64>{10, 3, 0, 0, 2, 10} << false;
    QTest::newRow("move forgotten") << QList<qint64>{1, 0, 0, 0, 0, 0} << false;
}

void TestStatistics::balance()
{
    QFETCH(QList<qint64>, figures);
    QFETCH(bool, balances);
    PersonFlowCell c;
    c.townshipCode = kA;
    c.categoryCode = QStringLiteral("war_veteran");
    c.atStart = figures[0];
    c.added = figures[1];
    c.movedIn = figures[2];
    c.movedOut = figures[3];
    c.ended = figures[4];
    c.atEnd = figures[5];
    QCOMPARE(StatisticsRules::balances(c), balances);
    YearStatistics s;
    s.townships = {{kA, QStringLiteral("辕门口街道")}};
    s.categories = {{QStringLiteral("war_veteran"), QStringLiteral("参战退役人员")}};
    s.persons = {c};
    const QStringList problems = StatisticsRules::flowProblems(s);
    QCOMPARE(problems.isEmpty(), balances);
    if (!balances)
        QVERIFY2(problems.first().contains(QStringLiteral("辕门口街道 参战退役人员")),
                 qPrintable(problems.first()));
}

void TestStatistics::totalsAndShares_data()
{
    QTest::addColumn<QList<qint64>>("planned");
    QTest::addColumn<QList<qint64>>("done");
    QTest::addColumn<QList<qint64>>("rates");  // per row, then the total's
    QTest::addColumn<QList<qint64>>("shares"); // of the done column's total
    QTest::newRow("two rows") << QList<qint64>{10, 30} << QList<qint64>{5, 30}
                              << QList<qint64>{500, 1000, 875} << QList<qint64>{143, 857, 1000};
    QTest::newRow("a row without plan")
        << QList<qint64>{0, 4} << QList<qint64>{0, 1} << QList<qint64>{-1, 250, 250}
        << QList<qint64>{0, 1000, 1000};
    QTest::newRow("nothing at all") << QList<qint64>{0, 0} << QList<qint64>{0, 0}
                                    << QList<qint64>{-1, -1, -1} << QList<qint64>{-1, -1, -1};
}

void TestStatistics::totalsAndShares()
{
    QFETCH(QList<qint64>, planned);
    QFETCH(QList<qint64>, done);
    QFETCH(QList<qint64>, rates);
    QFETCH(QList<qint64>, shares);
    StatTable t;
    t.columns = {{QStringLiteral("计划"), StatColumn::Kind::Count, -1, -1},
                 {QStringLiteral("完成"), StatColumn::Kind::Count, -1, -1},
                 {QStringLiteral("完成率"), StatColumn::Kind::Permille, 1, 0},
                 {QStringLiteral("占比"), StatColumn::Kind::Permille, 1, -1}};
    for (int i = 0; i < planned.size(); ++i)
        t.rows.append(StatRow{QString::number(i), {planned[i], done[i], 0, 0}, false});
    StatisticsRules::finish(t);
    StatisticsRules::finish(t); // twice: still one total row
    QCOMPARE(t.rows.size(), planned.size() + 1);
    const StatRow& total = t.rows.last();
    QVERIFY(total.total);
    QCOMPARE(total.label, QStringLiteral("合计"));
    qint64 sumPlanned = 0;
    for (qint64 p : planned)
        sumPlanned += p;
    QCOMPARE(total.values[0], sumPlanned);
    for (int i = 0; i < t.rows.size(); ++i) {
        QCOMPARE(t.rows[i].values[2], rates[i]);
        QCOMPARE(t.rows[i].values[3], shares[i]);
    }
}

void TestStatistics::cellText_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("count") << int(StatColumn::Kind::Count) << qint64(1234) << "1234";
    QTest::newRow("money") << int(StatColumn::Kind::Money) << qint64(123456789) << "1,234,567.89";
    QTest::newRow("money cents") << int(StatColumn::Kind::Money) << qint64(5) << "0.05";
    QTest::newRow("money negative") << int(StatColumn::Kind::Money) << qint64(-150) << "-1.50";
    QTest::newRow("rate") << int(StatColumn::Kind::Permille) << qint64(875) << "87.5%";
    QTest::newRow("rate full") << int(StatColumn::Kind::Permille) << qint64(1000) << "100.0%";
    QTest::newRow("no base") << int(StatColumn::Kind::Permille) << qint64(-1)
                             << QStringLiteral("—");
}

void TestStatistics::cellText()
{
    QFETCH(int, kind);
    QFETCH(qint64, value);
    QFETCH(QString, text);
    StatColumn c;
    c.kind = StatColumn::Kind(kind);
    QCOMPARE(StatisticsRules::cellText(c, value), text);
}

void TestStatistics::chartOfATable()
{
    YearStatistics s;
    s.filter.year = 2026;
    s.categories = {{QStringLiteral("disabled_serviceman"), QStringLiteral("残疾军人")},
                    {QStringLiteral("war_veteran"), QStringLiteral("参战退役人员")}};
    s.benefits = {{1, QStringLiteral("disabled_serviceman"), 150000000},
                  {3, QStringLiteral("disabled_serviceman"), 50000},
                  {3, QStringLiteral("unknown"), 1}};
    const StatTable t = StatisticsTables::benefitsByMonth(s);
    // Only the category paid in the year has a column, then the total.
    QCOMPARE(t.columns.size(), 2);
    QCOMPARE(t.rows.size(), 13);
    QCOMPARE(t.rows.last().values[1], qint64(150050000));
    const ChartData chart = StatisticsRules::chart(t);
    QCOMPARE(chart.kind, ChartData::Kind::Lines);
    QCOMPARE(chart.categories.size(), 12); // the total is no month
    QCOMPARE(chart.categories.first(), QStringLiteral("1月"));
    QCOMPARE(chart.series.size(), 1);             // the category; the total stays in the table
    QCOMPARE(chart.unit, QStringLiteral("万元")); // 1,500,000 元 in one month
    QCOMPARE(chart.series[0].values[0], 150.0);
    QCOMPARE(chart.series[0].values[2], 0.05);
}

void TestStatistics::buildCounty(test::TestDb& t, const Actor& clerk)
{
    // 张一 in A, disabled since 2020; 李二 in A, a martyr's survivor from 10 March 2026;
    // 王三 in A, disabled from 2019, ended 30 June 2026; 赵四 a war veteran since 2018, moved
    // from A to B on 1 July 2026; 钱五 starts in 2027, 孙六 ended in 2025: neither counts.
    const qint64 zhang = addPerson(t, QStringLiteral("张一"), kA, 1);
    const qint64 li = addPerson(t, QStringLiteral("李二"), kA, 2);
    const qint64 wang = addPerson(t, QStringLiteral("王三"), kA, 3);
    const qint64 zhao = addPerson(t, QStringLiteral("赵四"), kB, 4);
    const qint64 qian = addPerson(t, QStringLiteral("钱五"), kA, 5);
    const qint64 sun = addPerson(t, QStringLiteral("孙六"), kB, 6);
    QVERIFY(zhang > 0 && li > 0 && wang > 0 && zhao > 0 && qian > 0 && sun > 0);
    QVERIFY(addCategory(t, zhang, QStringLiteral("disabled_serviceman"), "2020-05-01"));
    QVERIFY(addCategory(t, li, QStringLiteral("martyr_survivor"), "2026-03-10"));
    QVERIFY(
        addCategory(t, wang, QStringLiteral("disabled_serviceman"), "2019-01-01", "2026-06-30"));
    QVERIFY(addCategory(t, zhao, QStringLiteral("war_veteran"), "2018-08-01"));
    QVERIFY(addCategory(t, qian, QStringLiteral("war_veteran"), "2027-02-01"));
    QVERIFY(addCategory(t, sun, QStringLiteral("war_veteran"), "2010-02-01", "2025-12-31"));
    QVERIFY(exec(t,
                 QStringLiteral("INSERT INTO person_township_moves (person_id, from_code, to_code, "
                                "moved_on, created_at) VALUES (?, ?, ?, '2026-07-01', "
                                "'2026-07-01T00:00:00Z')"),
                 {zhao, kA, kB}));

    // March 2026: 张一 paid 1,000 元 (disabled), 王三's line failed; a draft roll of April
    // counts nothing.
    const QString now = QStringLiteral("2026-03-01T00:00:00Z");
    QVERIFY(exec(t,
                 QStringLiteral("INSERT INTO payment_rolls (kind, month, title, drafted_by, "
                                "drafted_at, updated_at) VALUES ('regular', '2026-03', '三月', ?, "
                                "?, ?)"),
                 {clerk.userId, now, now}));
    const qint64 roll = lastId(t);
    QVERIFY(exec(t,
                 QStringLiteral("INSERT INTO payment_lines (roll_id, seq, person_id, person_name, "
                                "township_code, township_name, categories_text, amount_fen) "
                                "VALUES (?, 1, ?, '张一', ?, '辕门口街道', '残疾军人', 100000)"),
                 {roll, zhang, kA}));
    const qint64 paidLine = lastId(t);
    QVERIFY(exec(t,
                 QStringLiteral("INSERT INTO payment_lines (roll_id, seq, person_id, person_name, "
                                "township_code, township_name, categories_text, amount_fen) "
                                "VALUES (?, 2, ?, '王三', ?, '辕门口街道', '残疾军人', 80000)"),
                 {roll, wang, kA}));
    const qint64 failedLine = lastId(t);
    for (const auto& [line, person, fen] :
         {std::tuple{paidLine, zhang, 100000}, std::tuple{failedLine, wang, 80000}})
        QVERIFY(exec(t,
                     QStringLiteral("INSERT INTO payment_items (line_id, person_id, month, kind, "
                                    "category_code, amount_fen) VALUES (?, ?, '2026-03', "
                                    "'regular', 'disabled_serviceman', ?)"),
                     {line, person, fen}));
    QVERIFY(exec(t, QStringLiteral("UPDATE payment_rolls SET state = 'approved' WHERE id = ?"),
                 {roll}));
    QVERIFY(exec(t,
                 QStringLiteral("UPDATE payment_lines SET state = 'paid', paid_on = '2026-03-05' "
                                "WHERE id = ?"),
                 {paidLine}));
    QVERIFY(
        exec(t,
             QStringLiteral("UPDATE payment_lines SET state = 'failed', fail_reason = '账号错误'"
                            " WHERE id = ?"),
             {failedLine}));

    // Letters and visits: two in 2026 from A (a letter answered "solved", a visit not yet
    // answered), one from B in 2026 by phone, one of 2025 that does not count.
    int seq = 0;
    auto addCase = [&](const QString& received, const QString& channel, const QString& subject,
                       const QString& township, const QString& result) {
        ++seq;
        return exec(t,
                    QStringLiteral(
                        "INSERT INTO petition_cases (number, number_year, number_seq, "
                        "received_at, channel, subject, township_code, status, result, "
                        "answered_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        "?, ?, ?)"),
                    {QStringLiteral("信%1").arg(seq), received.left(4).toInt(), seq, received,
                     channel, subject, township,
                     result.isEmpty() ? QStringLiteral("accepted") : QStringLiteral("answered"),
                     result, result.isEmpty() ? QVariant() : QVariant(QStringLiteral("2026-05-01")),
                     received, received});
    };
    QVERIFY(addCase("2026-02-03T01:00:00Z", "letter", "benefit", kA, "solved"));
    QVERIFY(addCase("2026-04-03T01:00:00Z", "visit", "medical", kA, ""));
    QVERIFY(addCase("2026-09-03T01:00:00Z", "phone", "benefit", kB, ""));
    QVERIFY(addCase("2025-12-30T01:00:00Z", "letter", "housing", kA, "solved"));

    // Visits: January: two due in A (one done), one dropped; February: one due in B, open.
    QVERIFY(
        exec(t,
             QStringLiteral("INSERT INTO visit_plans (title, rhythm, start_date, created_at, "
                            "updated_at) VALUES ('重点对象月访', 'monthly', '2026-01-01', ?, ?)"),
             {now, now}));
    const qint64 plan = lastId(t);
    auto addDue = [&](qint64 person, const QString& due, const QString& state,
                      const QString& township) {
        return exec(t,
                    QStringLiteral("INSERT INTO visit_schedule (plan_id, person_id, due, state, "
                                   "sort_name, township_code) VALUES (?, ?, ?, ?, 'x', ?)"),
                    {plan, person, due, state, township});
    };
    QVERIFY(addDue(zhang, "2026-01-15", "done", kA));
    QVERIFY(addDue(wang, "2026-01-20", "open", kA));
    QVERIFY(addDue(li, "2026-01-25", "dropped", kA));
    QVERIFY(addDue(zhao, "2026-02-10", "open", kB));

    // Recuperation: a May batch with 张一 and 赵四 (still in A in May); a cancelled batch.
    QVERIFY(exec(t,
                 QStringLiteral("INSERT INTO recuperation_batches (title, place, starts_on, "
                                "ends_on, state, created_at, updated_at) VALUES ('第一批', '南岳', "
                                "'2026-05-10', '2026-05-16', 'done', ?, ?)"),
                 {now, now}));
    const qint64 batch = lastId(t);
    QVERIFY(exec(t,
                 QStringLiteral("INSERT INTO recuperation_batches (title, place, starts_on, "
                                "ends_on, state, created_at, updated_at) VALUES ('取消', '南岳', "
                                "'2026-06-10', '2026-06-16', 'cancelled', ?, ?)"),
                 {now, now}));
    const qint64 cancelled = lastId(t);
    for (qint64 p : {zhang, zhao})
        QVERIFY(exec(t,
                     QStringLiteral("INSERT INTO recuperation_participants (batch_id, person_id, "
                                    "attended) VALUES (?, ?, 1)"),
                     {batch, p}));
    QVERIFY(exec(t,
                 QStringLiteral("INSERT INTO recuperation_participants (batch_id, person_id) "
                                "VALUES (?, ?)"),
                 {cancelled, li}));

    // Temporary assistance approved in August for 赵四 (in B by then): 500 元.
    QVERIFY(exec(t,
                 QStringLiteral("INSERT INTO applications (type, person_id, state, waiting_since, "
                                "effective_date, drafted_by, drafted_at, decided_at, one_off_fen, "
                                "updated_at) VALUES ('temporary_assistance', ?, 'approved', ?, "
                                "'2026-08-01', ?, ?, '2026-08-05T02:00:00.000Z', 50000, ?)"),
                 {zhao, now, clerk.userId, now, now}));
}

void TestStatistics::storeOnHandBuiltRecords()
{
    test::TestDb t;
    const Actor clerk = t.addUser("zhangli", Role::Clerk, QStringLiteral("张丽"));
    buildCounty(t, clerk);
    if (QTest::currentTestFailed())
        return;
    StatisticsStore store(t.db());

    auto flows = store.personFlows(2026);
    QVERIFY2(flows, qPrintable(flows.error()));
    const PersonFlowCell* aDisabled =
        findCell(flows.value(), kA, QStringLiteral("disabled_serviceman"));
    QVERIFY(aDisabled);
    QCOMPARE(aDisabled->atStart, qint64(2));
    QCOMPARE(aDisabled->ended, qint64(1)); // 王三, mid-year
    QCOMPARE(aDisabled->atEnd, qint64(1));
    const PersonFlowCell* aMartyr = findCell(flows.value(), kA, QStringLiteral("martyr_survivor"));
    QVERIFY(aMartyr);
    QCOMPARE(aMartyr->added, qint64(1));
    QCOMPARE(aMartyr->atEnd, qint64(1));
    // 赵四 starts the year in A and ends it in B.
    const PersonFlowCell* aWar = findCell(flows.value(), kA, QStringLiteral("war_veteran"));
    const PersonFlowCell* bWar = findCell(flows.value(), kB, QStringLiteral("war_veteran"));
    QVERIFY(aWar && bWar);
    QCOMPARE(aWar->atStart, qint64(1));
    QCOMPARE(aWar->movedOut, qint64(1));
    QCOMPARE(aWar->atEnd, qint64(0));
    QCOMPARE(bWar->atStart, qint64(0));
    QCOMPARE(bWar->movedIn, qint64(1));
    QCOMPARE(bWar->atEnd, qint64(1));
    for (const PersonFlowCell& c : flows.value())
        QVERIFY2(StatisticsRules::balances(c), qPrintable(c.townshipCode + c.categoryCode));
    // In 2025 he was in A all year; 孙六 ended on its last day.
    auto flows2025 = store.personFlows(2025);
    QVERIFY(flows2025);
    const PersonFlowCell* war2025 = findCell(flows2025.value(), kA, QStringLiteral("war_veteran"));
    QVERIFY(war2025);
    QCOMPARE(war2025->atEnd, qint64(1));
    QVERIFY(!findCell(flows2025.value(), kB, QStringLiteral("war_veteran")) ||
            findCell(flows2025.value(), kB, QStringLiteral("war_veteran"))->atEnd == 0);

    StatisticsFilter all;
    all.year = 2026;
    auto loaded = store.load(all);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    const YearStatistics& s = loaded.value();
    QVERIFY(StatisticsRules::flowProblems(s).isEmpty());
    QCOMPARE(s.townships.size(), 18);

    const StatTable byTownship = StatisticsTables::personsByTownship(s);
    QCOMPARE(byTownship.rows.size(), 19);
    const StatRow* a = findRow(byTownship, QStringLiteral("辕门口街道"));
    QVERIFY(a);
    QCOMPARE(a->values, (QList<qint64>{3, 1, 0, 1, 1, 2}));
    const StatRow& countyTotal = byTownship.rows.last();
    QCOMPARE(countyTotal.values, (QList<qint64>{3, 1, 1, 1, 1, 3}));

    const StatTable byCategory = StatisticsTables::personsByCategory(s);
    const StatRow* disabled = findRow(byCategory, QStringLiteral("残疾军人"));
    QVERIFY(disabled);
    QCOMPARE(disabled->values, (QList<qint64>{2, 0, 1, 1}));

    // Paid lines only: 1,000 元 in March, the failed 800 元 not.
    const StatTable benefits = StatisticsTables::benefitsByMonth(s);
    QCOMPARE(benefits.columns.size(), 2);
    QCOMPARE(benefits.rows[2].values[0], qint64(100000));
    QCOMPARE(benefits.rows.last().values[1], qint64(100000));

    const StatTable channels = StatisticsTables::petitionsBy(s, QStringLiteral("channel"));
    QCOMPARE(findRow(channels, QStringLiteral("来信"))->values[0], qint64(1));
    QCOMPARE(findRow(channels, QStringLiteral("来访"))->values[0], qint64(1));
    QCOMPARE(findRow(channels, QStringLiteral("电话"))->values[0], qint64(1));
    QCOMPARE(channels.rows.last().values[0], qint64(3));
    QCOMPARE(findRow(channels, QStringLiteral("来信"))->values[1], qint64(333));
    const StatTable results = StatisticsTables::petitionsBy(s, QStringLiteral("result"));
    QCOMPARE(findRow(results, QStringLiteral("尚未答复"))->values[0], qint64(2));
    QCOMPARE(findRow(results, QStringLiteral("解决"))->values[0], qint64(1));

    const StatTable visits = StatisticsTables::visitsByMonth(s);
    QCOMPARE(visits.rows[0].values, (QList<qint64>{2, 1, 500}));
    QCOMPARE(visits.rows[1].values, (QList<qint64>{1, 0, 0}));
    QCOMPARE(visits.rows[2].values, (QList<qint64>{0, 0, -1}));
    QCOMPARE(visits.rows.last().values, (QList<qint64>{3, 1, 333}));

    const StatTable careMonth = StatisticsTables::careByMonth(s);
    QCOMPARE(careMonth.rows[4].values, (QList<qint64>{1, 2, 0, 0}));
    QCOMPARE(careMonth.rows[5].values, (QList<qint64>{0, 0, 0, 0})); // the cancelled batch
    QCOMPARE(careMonth.rows[7].values, (QList<qint64>{0, 0, 1, 50000}));
    const StatTable careTownship = StatisticsTables::careByTownship(s);
    QCOMPARE(findRow(careTownship, QStringLiteral("辕门口街道"))->values,
             (QList<qint64>{2, 0, 0})); // 赵四 still in A in May
    QCOMPARE(findRow(careTownship, QStringLiteral("迎春亭街道"))->values,
             (QList<qint64>{0, 1, 50000})); // and in B in August

    QCOMPARE(StatisticsTables::all(s).size(), 11);
}

void TestStatistics::townshipFilter()
{
    test::TestDb t;
    const Actor clerk = t.addUser("zhangli", Role::Clerk, QStringLiteral("张丽"));
    buildCounty(t, clerk);
    if (QTest::currentTestFailed())
        return;
    StatisticsFilter f;
    f.year = 2026;
    f.townshipCode = kB;
    auto loaded = StatisticsStore(t.db()).load(f);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    const YearStatistics& s = loaded.value();
    QCOMPARE(s.townships.size(), 1);
    const StatTable byTownship = StatisticsTables::personsByTownship(s);
    QCOMPARE(byTownship.rows.size(), 2);
    QCOMPARE(byTownship.rows[0].values, (QList<qint64>{0, 0, 1, 0, 0, 1}));
    const StatTable channels = StatisticsTables::petitionsBy(s, QStringLiteral("channel"));
    QCOMPARE(channels.rows.last().values[0], qint64(1));
    QCOMPARE(StatisticsTables::benefitsByMonth(s).rows.last().values.last(), qint64(0));
    QCOMPARE(StatisticsTables::visitsByMonth(s).rows.last().values[0], qint64(1));
    QCOMPARE(StatisticsTables::careByMonth(s).rows[4].values[0], qint64(0)); // nobody of B went
    QVERIFY(StatisticsTables::reportTitle(s).contains(QStringLiteral("迎春亭街道")));
}

void TestStatistics::exportsBothFormats()
{
    test::TestDb t;
    const Actor clerk = t.addUser("zhangli", Role::Clerk, QStringLiteral("张丽"));
    buildCounty(t, clerk);
    if (QTest::currentTestFailed())
        return;
    StatisticsFilter f;
    f.year = 2026;
    for (const QString& name : {QStringLiteral("统计.xlsx"), QStringLiteral("统计.pdf")}) {
        const QString path = QDir(t.dir()).filePath(name);
        QList<int> progress;
        ExportOptions o;
        o.progress = [&progress](int p) { progress << p; };
        auto rows = StatisticsExport::write(t.db(), clerk, f, path, o);
        QVERIFY2(rows, qPrintable(rows.error()));
        QVERIFY(rows.value() > 50);
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(isPrivate(path));
        QVERIFY(QFileInfo(path).size() > 10000);
        QVERIFY(!progress.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(4).startsWith(name.endsWith(".pdf") ? "%PDF" : "PK"));
    }
    QCOMPARE(auditCount(t, QStringLiteral("statistics.export")), qint64(2));
    QSqlQuery q(t->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT after_json FROM audit_log WHERE action = "
                                  "'statistics.export' ORDER BY id DESC LIMIT 1")));
    QVERIFY(q.next());
    QVERIFY2(q.value(0).toString().contains(QStringLiteral("\"format\":\"pdf\"")),
             qPrintable(q.value(0).toString()));
    QVERIFY(q.value(0).toString().contains(QStringLiteral("2026")));
}

void TestStatistics::cancelledExportLeavesNothing()
{
    test::TestDb t;
    const Actor clerk = t.addUser("zhangli", Role::Clerk, QStringLiteral("张丽"));
    StatisticsFilter f;
    f.year = 2026;
    // The workbook cancelled before it is written, the PDF after it is painted (before the
    // audit entry and the rename).
    for (const auto& [name, at] :
         {std::pair{QStringLiteral("a.xlsx"), 50}, std::pair{QStringLiteral("a.pdf"), 900}}) {
        const QString path = QDir(t.dir()).filePath(name);
        std::atomic_bool cancel{false};
        ExportOptions o;
        o.cancel = &cancel;
        o.progress = [&cancel, at = at](int p) {
            if (p >= at)
                cancel = true;
        };
        auto rows = StatisticsExport::write(t.db(), clerk, f, path, o);
        QVERIFY(!rows);
        QVERIFY2(rows.error().contains("cancelled"), qPrintable(rows.error()));
        QVERIFY(!QFileInfo::exists(path));
    }
    QCOMPARE(auditCount(t, QStringLiteral("statistics.export")), qint64(0));
    QDir dir(t.dir());
    for (const QString& f : dir.entryList(QDir::Files))
        QVERIFY2(!f.contains(QStringLiteral("a.")), qPrintable(f)); // no temporary left
}

void TestStatistics::exportNeedsThePermission()
{
    test::TestDb t;
    const Actor auditor = t.addUser("shenji", Role::Auditor, QStringLiteral("审计"));
    StatisticsFilter f;
    f.year = 2026;
    const QString path = QDir(t.dir()).filePath("s.xlsx");
    auto rows = StatisticsExport::write(t.db(), auditor, f, path, ExportOptions());
    QVERIFY(!rows);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(auditCount(t, QStringLiteral("statistics.export")), qint64(0));
}

void TestStatistics::youfuctlStatistics()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("demo.db");
    // STATISTICS_PDF=/tmp/stat.pdf keeps the paper of a larger demo county, to look at.
    const QString keep = qEnvironmentVariable("STATISTICS_PDF");
    const auto pw = test::makeDemo(db, keep.isEmpty() ? 30 : 400);
    QVERIFY(!pw.isEmpty());
    int year = 0;
    {
        auto opened = Database::open(db);
        QVERIFY(opened);
        year = opened.value()->clock().today().year();
    }
    const QString xlsx = dir.filePath("stat.xlsx");
    const test::CliRun x = test::youfuctl({"--db", db, "statistics", "--year",
                                           QString::number(year), "--out", xlsx, "--as", "zhangli"},
                                          {pw["zhangli"]});
    QVERIFY2(x.code == 0, qPrintable(x.err));
    QVERIFY(QFileInfo::exists(xlsx));
    QVERIFY(isPrivate(xlsx));

    const QString pdf = keep.isEmpty() ? dir.filePath("stat.pdf") : keep;
    if (!keep.isEmpty()) {
        QFile::remove(keep);
        QVERIFY(test::youfuctl({"--db", db, "statistics", "--year", QString::number(year), "--out",
                                keep + ".county.pdf", "--as", "zhangli"},
                               {pw["zhangli"]})
                    .code == 0);
    }
    const test::CliRun p =
        test::youfuctl({"--db", db, "statistics", "--year", QString::number(year), "--out", pdf,
                        "--township", "430581002", "--as", "zhangli"},
                       {pw["zhangli"]});
    QVERIFY2(p.code == 0, qPrintable(p.err));
    QVERIFY(QFileInfo::exists(pdf));
    QVERIFY(isPrivate(pdf));
    {
        auto opened = Database::open(db);
        QVERIFY(opened);
        QSqlQuery q(opened.value()->connection());
        QVERIFY(q.exec("SELECT count(*) FROM audit_log WHERE action = 'statistics.export'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), keep.isEmpty() ? 2 : 3);
    }

    const test::CliRun badYear = test::youfuctl(
        {"--db", db, "statistics", "--year", "soon", "--out", xlsx, "--as", "zhangli"},
        {pw["zhangli"]});
    QVERIFY(badYear.code != 0);
    const test::CliRun badTownship =
        test::youfuctl({"--db", db, "statistics", "--year", QString::number(year), "--out",
                        dir.filePath("x.xlsx"), "--township", "999", "--as", "zhangli"},
                       {pw["zhangli"]});
    QVERIFY(badTownship.code != 0);
    QVERIFY(!QFileInfo::exists(dir.filePath("x.xlsx")));
    const test::CliRun wrongPassword =
        test::youfuctl({"--db", db, "statistics", "--year", QString::number(year), "--out",
                        dir.filePath("y.xlsx"), "--as", "zhangli"},
                       {QStringLiteral("wrong")});
    QVERIFY(wrongPassword.code != 0);
    QVERIFY(!QFileInfo::exists(dir.filePath("y.xlsx")));
}

QTEST_MAIN(TestStatistics)
#include "tst_statistics.moc"
