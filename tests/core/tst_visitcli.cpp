// youfuctl visit due: the demo's visits due, after a login, IDs masked; and the demo's visits.
#include "clirun.h"
#include "db/database.h"
#include "visit/visitstore.h"

#include <QDate>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace youfu;
using test::youfuctl;

class TestVisitCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoHasKeyPersonsPlansAndVisits();
    void visitDueNeedsLoginAndMasksIds();
};

void TestVisitCli::demoHasKeyPersonsPlansAndVisits()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("demo.db");
    QVERIFY(!test::makeDemo(db, 600).isEmpty());
    core::OpenOptions o;
    o.readOnly = true;
    auto opened = core::Database::open(db, o);
    QVERIFY(opened);
    QSqlQuery q(opened.value()->connection());
    // The key-person flag is in step with the current records.
    QVERIFY(q.exec("SELECT (SELECT count(*) FROM persons WHERE key_person = 1), (SELECT "
                   "count(DISTINCT person_id) FROM key_person_records WHERE until IS NULL), "
                   "(SELECT count(*) FROM visits), (SELECT count(*) FROM visit_plans)"));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toInt() > 0);
    QCOMPARE(q.value(0).toInt(), q.value(1).toInt());
    QVERIFY(q.value(2).toInt() > 0);
    QVERIFY(q.value(3).toInt() > q.value(0).toInt());
    auto counts = core::VisitStore(*opened.value()).homeCounts();
    QVERIFY(counts);
    QVERIFY(counts->overdue > 0); // some visits were missed
}

void TestVisitCli::visitDueNeedsLoginAndMasksIds()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("demo.db");
    const auto pw = test::makeDemo(db, 600);
    QVERIFY(!pw.isEmpty());
    const test::CliRun anonymous = youfuctl({"--db", db, "visit", "due"});
    QVERIFY(anonymous.code != 0);
    QVERIFY(anonymous.out.isEmpty());

    const QString until = QDate::currentDate().addDays(40).toString(Qt::ISODate);
    const test::CliRun ok = youfuctl(
        {"--db", db, "visit", "due", "--until", until, "--as", "zhangli"}, {pw["zhangli"]});
    QCOMPARE(ok.code, 0);
    QStringList lines = ok.out.split('\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2);
    QVERIFY2(lines.last().contains(QString::number(lines.size() - 1)), qPrintable(lines.last()));
    QVERIFY(lines.first().contains("********"));
    static const QRegularExpression fullId("\\d{17}[\\dX]");
    QVERIFY(!fullId.match(ok.out).hasMatch());
    // Sorted by due date.
    for (int i = 1; i + 1 < lines.size(); ++i)
        QVERIFY(lines[i - 1].left(10) <= lines[i].left(10));

    const test::CliRun one = youfuctl({"--db", db, "visit", "due", "--until", until, "--township",
                                       "430581207", "--as", "zhangli"},
                                      {pw["zhangli"]});
    QCOMPARE(one.code, 0);
    const QStringList oneLines = one.out.split('\n', Qt::SkipEmptyParts);
    QVERIFY(oneLines.size() < lines.size());
    for (int i = 0; i + 1 < oneLines.size(); ++i)
        QVERIFY2(oneLines[i].contains(QString::fromUtf8("水浸坪乡")), qPrintable(oneLines[i]));

    const test::CliRun bad = youfuctl(
        {"--db", db, "visit", "due", "--until", "soon", "--as", "zhangli"}, {pw["zhangli"]});
    QVERIFY(bad.code != 0);
}

QTEST_GUILESS_MAIN(TestVisitCli)
#include "tst_visitcli.moc"
