// youfuctl zero-report missing / import on a demo database (whose demo includes a year of
// zero reports): the missing townships of a day, the import's refused rows, --dry-run writes
// nothing, a reader without ManageTownships cannot import.
#include "clirun.h"
#include "db/database.h"
#include "township/zeroreportstore.h"

#include <QDate>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace youfu;
using test::youfuctl;

class TestZeroReportCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void missingAndImport();
};

namespace {
int reportCount(const QString& db)
{
    auto opened = core::Database::open(db);
    if (!opened)
        return -1;
    QSqlQuery q(opened.value()->connection());
    q.exec("SELECT COUNT(*) FROM zero_reports");
    return q.next() ? q.value(0).toInt() : -1;
}
} // namespace

void TestZeroReportCli::missingAndImport()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("demo.db");
    const auto pw = test::makeDemo(db, 30);
    QVERIFY(!pw.isEmpty());
    const int demoReports = reportCount(db);
    QVERIFY2(demoReports > 18 * 300, qPrintable(QString::number(demoReports)));

    // Yesterday: about half the townships are not yet in (the demo leaves them out).
    const test::CliRun missing =
        youfuctl({"--db", db, "zero-report", "missing", "--as", "zhangli"}, {pw["zhangli"]});
    QVERIFY2(missing.code == 0, qPrintable(missing.err));
    QVERIFY2(missing.out.contains("430581002"), qPrintable(missing.out));

    const test::CliRun bad =
        youfuctl({"--db", db, "zero-report", "missing", "--date", "2026-13-01", "--as", "zhangli"},
                 {pw["zhangli"]});
    QVERIFY(bad.code != 0);

    // Import: one good row (a township the demo leaves out for yesterday); the same township
    // and day twice, an unknown township and tomorrow are refused.
    QDate today;
    {
        auto opened = core::Database::open(db);
        QVERIFY(opened);
        today = opened.value()->clock().today();
    }
    const QString yesterday = today.addDays(-1).toString(Qt::ISODate);
    const QString path = dir.filePath("zero.csv");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("乡镇,日期,情况,报告人\n"
                           "430581002,%1,无,王建华\n"
                           "430581002,%1,无,王建华\n"
                           "不存在镇,%1,无,某某\n"
                           "430581004,%2,无,某某\n")
                .arg(yesterday, today.addDays(1).toString(Qt::ISODate))
                .toUtf8());
    f.close();
    const test::CliRun dry =
        youfuctl({"--db", db, "zero-report", "import", path, "--dry-run", "--as", "zhangli"},
                 {pw["zhangli"]});
    QVERIFY2(dry.code == 0, qPrintable(dry.err));
    QVERIFY2(dry.out.contains("Row 3") && dry.out.contains("Row 4") && dry.out.contains("Row 5"),
             qPrintable(dry.out));
    QCOMPARE(reportCount(db), demoReports);

    const test::CliRun director = youfuctl(
        {"--db", db, "zero-report", "import", path, "--as", "chenguoping"}, {pw["chenguoping"]});
    QVERIFY(director.code != 0);
    QCOMPARE(reportCount(db), demoReports);

    const test::CliRun done =
        youfuctl({"--db", db, "zero-report", "import", path, "--as", "zhangli"}, {pw["zhangli"]});
    QVERIFY2(done.code == 0, qPrintable(done.err + done.out));
    QCOMPARE(reportCount(db), demoReports + 1);
}

QTEST_GUILESS_MAIN(TestZeroReportCli)
#include "tst_zeroreportcli.moc"
