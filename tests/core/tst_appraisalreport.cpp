// The year-end appraisal report: read from hand-built result tables (two approved schemes,
// outcomes, adjustments with one voided, a vetoing group petition, staff opinions), printed as
// a GB/T 9704 paper and written as PDF and xlsx (0600, one audit entry naming the year and the
// format), cancelled without a file, refused for a year never computed, and through youfuctl.
#include "appraisal/appraisalreportexport.h"
#include "appraisal/appraisalreportpaper.h"
#include "appraisal/appraisalreportsheets.h"
#include "appraisal/appraisalreportstore.h"
#include "appraisalreportfixture.h"
#include "clirun.h"
#include "io/ziparchive.h"
#include "testdb.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace youfu;
using core::Grade;

class TestAppraisalReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheTables();
    void neverComputedIsRefused();
    void chineseOrdinal_data();
    void chineseOrdinal();
    void paperSaysWhatWasComputed();
    void exportBothFormats_data();
    void exportBothFormats();
    void cancelLeavesNoFile_data();
    void cancelLeavesNoFile();
    void refusals();
    void commandLine();
};

namespace {

int auditCount(test::TestDb& t, const QString& action)
{
    QSqlQuery q(t.db().connection());
    q.prepare("SELECT COUNT(*) FROM audit_log WHERE action = ?");
    q.addBindValue(action);
    q.exec();
    return q.next() ? q.value(0).toInt() : -1;
}

QJsonObject lastAfter(test::TestDb& t, const QString& action)
{
    QSqlQuery q(t.db().connection());
    q.prepare("SELECT after_json FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1");
    q.addBindValue(action);
    q.exec();
    return q.next() ? QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()
                    : QJsonObject();
}

QByteArray zipEntry(const QString& path, const QString& name)
{
    core::ZipArchive zip;
    if (!zip.open(path) || !zip.openEntry(name))
        return {};
    return zip.entry()->readAll();
}

const QString kExport = QStringLiteral("appraisal.report_export");

} // namespace

void TestAppraisalReport::readsTheTables()
{
    test::TestDb t;
    const test::ReportFixture f = test::fillReport(t, 2026, 3, 2);
    QVERIFY2(f.problem.isEmpty(), qPrintable(f.problem));
    auto loaded = core::AppraisalReportStore(t.db()).load(2026);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    const core::AppraisalReport& r = loaded.value();
    QCOMPARE(r.year, 2026);
    QCOMPARE(r.unitScheme.id, f.unitScheme);
    QCOMPARE(r.staffScheme.id, f.staffScheme);
    QCOMPARE(r.unitApprover, QStringLiteral("陈志强"));
    QCOMPARE(r.units.size(), 3);
    QCOMPARE(r.units.at(0).outcome.townshipCode, f.townships.at(0));
    QCOMPARE(r.units.at(0).outcome.townshipName, QStringLiteral("辕门口街道"));
    // Every indicator of the scheme, in its order, with its numerator and denominator.
    QCOMPARE(r.units.at(0).outcome.indicators.size(), r.unitScheme.indicators.size());
    QCOMPARE(r.units.at(0).outcome.indicators.at(0).indicatorCode,
             r.unitScheme.indicators.at(0).code);
    QVERIFY(r.units.at(0).outcome.indicators.at(0).denominator >= 20);
    // The second township has no petition records for satisfaction.
    const core::IndicatorResult none = core::AppraisalReportText::resultOf(
        r.units.at(1).outcome.indicators, QStringLiteral("petition_satisfied"));
    QVERIFY(!none.hasRecords);
    QCOMPARE(core::AppraisalReportText::scoreText(none), QStringLiteral("暂无记录"));
    // Adjustments in force only: the voided commendation is left out.
    QCOMPARE(r.units.at(0).adjustments.size(), 1);
    QVERIFY(r.units.at(0).adjustments.at(0).commendation);
    QCOMPARE(r.units.at(0).adjustments.at(0).byName, QStringLiteral("王建华"));
    QCOMPARE(r.units.at(1).adjustments.size(), 1);
    QVERIFY(!r.units.at(1).adjustments.at(0).commendation);
    QCOMPARE(r.units.at(1).outcome.adjustment, -15);
    // The veto: the case, its number and date.
    QCOMPARE(r.units.at(2).outcome.vetoCaseId, f.vetoCase);
    QCOMPARE(r.units.at(2).outcome.grade, Grade::Fail);
    QCOMPARE(r.units.at(2).vetoCaseNumber, QStringLiteral("XF2026-0012"));
    QCOMPARE(r.units.at(2).vetoCaseDate, QDate(2026, 5, 3));
    QVERIFY(core::AppraisalReportText::vetoText(r.units.at(2)).contains("XF2026-0012"));
    QVERIFY(core::AppraisalReportText::vetoText(r.units.at(0)).isEmpty());
    // Staff: computed points are the sum of the scores; opinions and the director's grade.
    QCOMPARE(r.staff.size(), 2);
    int sum = 0;
    for (const core::IndicatorResult& i : r.staff.at(0).indicators)
        sum += i.score;
    QCOMPARE(r.staff.at(0).points, sum);
    QCOMPARE(r.staff.at(0).chiefName, QStringLiteral("王建华"));
    QCOMPARE(r.staff.at(0).directorGrade, Grade::Excellent);
    QCOMPARE(r.staff.at(1).directorGrade, Grade::Good);
}

void TestAppraisalReport::neverComputedIsRefused()
{
    test::TestDb t;
    const test::ReportFixture f = test::fillReport(t, 2026, 2, 1);
    QVERIFY2(f.problem.isEmpty(), qPrintable(f.problem));
    auto loaded = core::AppraisalReportStore(t.db()).load(2025);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains("2025") && loaded.error().contains("not been computed"),
             qPrintable(loaded.error()));
    // Approved schemes alone are not a computation either.
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec("DELETE FROM appraisal_unit_outcomes"));
    QVERIFY(q.exec("DELETE FROM appraisal_results"));
    QVERIFY(q.exec("DELETE FROM staff_appraisals"));
    QVERIFY(!core::AppraisalReportStore(t.db()).load(2026));
    QTemporaryDir dir;
    const QString path = dir.filePath("r.pdf");
    auto written = core::exportAppraisalReport(t.db(), f.clerk, 2026, path);
    QVERIFY(!written);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(auditCount(t, kExport), 0);
}

void TestAppraisalReport::chineseOrdinal_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("text");
    QTest::newRow("1") << 1 << QStringLiteral("一");
    QTest::newRow("9") << 9 << QStringLiteral("九");
    QTest::newRow("10") << 10 << QStringLiteral("十");
    QTest::newRow("11") << 11 << QStringLiteral("十一");
    QTest::newRow("18") << 18 << QStringLiteral("十八");
    QTest::newRow("20") << 20 << QStringLiteral("二十");
    QTest::newRow("22") << 22 << QStringLiteral("二十二");
}

void TestAppraisalReport::chineseOrdinal()
{
    QFETCH(int, n);
    QFETCH(QString, text);
    QCOMPARE(core::AppraisalReportPaper::chineseOrdinal(n), text);
}

void TestAppraisalReport::paperSaysWhatWasComputed()
{
    test::TestDb t;
    const test::ReportFixture f = test::fillReport(t, 2026, 3, 2);
    QVERIFY2(f.problem.isEmpty(), qPrintable(f.problem));
    auto loaded = core::AppraisalReportStore(t.db()).load(2026);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    const core::OfficialDocument doc =
        core::AppraisalReportPaper::document(loaded.value(), QStringLiteral("李晓红"));
    QCOMPARE(doc.title(), QStringLiteral("2026年度优抚工作年终考核报告"));
    const QString html = doc.toHtml();
    for (const char* expected :
         {"（盖章）", "一、考核总体情况", "辕门口街道", "（三）", "暂无记录", "零报告报送率",
          "获评省级双拥模范乡镇", "零报告漏报被市局通报", "XF2026-0012", "按考核方案等次定为不合格",
          "工作认真负责", "武民发〔2026〕3号", "局长审批", "李晓红", "优秀", "称职"})
        QVERIFY2(html.contains(QString::fromUtf8(expected)), expected);
    QVERIFY2(!html.contains(QStringLiteral("登记有误的嘉奖")), "a voided adjustment is printed");
    // Cover, summary, one page per township, staff and schemes.
    QVERIFY(html.count(QStringLiteral("page-break-before")) >= 5);
}

void TestAppraisalReport::exportBothFormats_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("pdf") << "report.pdf";
    QTest::newRow("xlsx") << "report.xlsx";
}

void TestAppraisalReport::exportBothFormats()
{
    QFETCH(QString, file);
    test::TestDb t;
    const test::ReportFixture f = test::fillReport(t, 2026, 3, 2);
    QVERIFY2(f.problem.isEmpty(), qPrintable(f.problem));
    QTemporaryDir dir;
    const QString path = dir.filePath(file);
    QList<int> progress;
    core::ExportOptions options;
    options.progress = [&](int permille) { progress << permille; };
    auto written = core::exportAppraisalReport(t.db(), f.clerk, 2026, path, options);
    QVERIFY2(written, qPrintable(written.error()));
    QVERIFY(QFile::exists(path));
    QCOMPARE(int(QFile::permissions(path) &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)),
             0);
    QVERIFY(progress.size() >= 3);
    QCOMPARE(progress.last(), 1000);
    QCOMPARE(written->units, 3);
    QCOMPARE(written->staff, 2);
    QCOMPARE(auditCount(t, kExport), 1);
    const QJsonObject after = lastAfter(t, kExport);
    QCOMPARE(after.value("year").toInt(), 2026);
    QCOMPARE(after.value("format").toString(), QFileInfo(file).suffix());
    QCOMPARE(after.value("file").toString(), file);

    // YOUFU_SAMPLE_DIR=/tmp/x keeps a copy to look at (pdftoppm -r 60 -png).
    if (const QString keep = qEnvironmentVariable("YOUFU_SAMPLE_DIR"); !keep.isEmpty())
        QFile::copy(path, QDir(keep).filePath(file));
    QFile in(path);
    QVERIFY(in.open(QIODevice::ReadOnly));
    if (written->format == core::AppraisalReportFormat::Pdf) {
        QVERIFY(in.read(5) == "%PDF-");
        // Cover, summary, three townships, staff, schemes.
        QVERIFY2(written->pages >= 6, qPrintable(QString::number(written->pages)));
        return;
    }
    const QString workbook = QString::fromUtf8(zipEntry(path, "xl/workbook.xml"));
    int at = 0;
    for (const char* sheet : {"汇总", "单位", "岗位", "指标", "图表"}) {
        const int found = workbook.indexOf(QStringLiteral("name=\"%1\"").arg(sheet), at);
        QVERIFY2(found > at, sheet);
        at = found;
    }
    // 汇总: the first township's computed points as a number (one decimal kept).
    auto loaded = core::AppraisalReportStore(t.db()).load(2026);
    QVERIFY(loaded);
    const double points = loaded->units.at(0).outcome.points / 10.0;
    const QString summary = QString::fromUtf8(zipEntry(path, "xl/worksheets/sheet1.xml"));
    bool found = false;
    static const QRegularExpression value(QStringLiteral("<v>([-0-9.E+]+)</v>"));
    for (auto it = value.globalMatch(summary); it.hasNext();) {
        const double v = it.next().captured(1).toDouble();
        found = found || qAbs(v - points) < 1e-9;
    }
    QVERIFY2(found, qPrintable(QString::number(points)));
    // 指标: every indicator of every subject, numerator and denominator as numbers.
    const QString indicators = QString::fromUtf8(zipEntry(path, "xl/worksheets/sheet4.xml"));
    const core::IndicatorResult first = loaded->units.at(0).outcome.indicators.at(0);
    QVERIFY(indicators.contains(QStringLiteral("<v>%1</v>").arg(first.denominator)));
    QCOMPARE(indicators.count(QStringLiteral("<row ")),
             4 + 3 * loaded->unitScheme.indicators.size() +
                 2 * loaded->staffScheme.indicators.size());
    // 图表: the two charts as pictures.
    QVERIFY(!zipEntry(path, "xl/media/image1.png").isEmpty());
    QVERIFY(!zipEntry(path, "xl/media/image2.png").isEmpty());
}

void TestAppraisalReport::cancelLeavesNoFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("cancelAt");
    QTest::newRow("pdf while building") << "r.pdf" << 150;
    QTest::newRow("pdf while painting") << "r.pdf" << 400;
    QTest::newRow("xlsx") << "r.xlsx" << 150;
}

void TestAppraisalReport::cancelLeavesNoFile()
{
    QFETCH(QString, file);
    QFETCH(int, cancelAt);
    test::TestDb t;
    const test::ReportFixture f = test::fillReport(t, 2026, 4, 2);
    QVERIFY2(f.problem.isEmpty(), qPrintable(f.problem));
    QTemporaryDir dir;
    const QString path = dir.filePath(file);
    std::atomic_bool cancel{false};
    core::ExportOptions options;
    options.cancel = &cancel;
    options.progress = [&](int permille) {
        if (permille >= cancelAt)
            cancel = true;
    };
    auto written = core::exportAppraisalReport(t.db(), f.clerk, 2026, path, options);
    QVERIFY(!written);
    QVERIFY2(written.error().contains("cancelled"), qPrintable(written.error()));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    QCOMPARE(auditCount(t, kExport), 0);
}

void TestAppraisalReport::refusals()
{
    test::TestDb t;
    const test::ReportFixture f = test::fillReport(t, 2026, 2, 1);
    QVERIFY2(f.problem.isEmpty(), qPrintable(f.problem));
    QTemporaryDir dir;
    // Neither PDF nor xlsx.
    auto csv = core::exportAppraisalReport(t.db(), f.clerk, 2026, dir.filePath("r.csv"));
    QVERIFY(!csv);
    QVERIFY2(csv.error().contains(".pdf"), qPrintable(csv.error()));
    // The auditor reads the audit log, not the business.
    const core::Actor auditor = t.addUser("auditor", core::Role::Auditor, "审计员");
    auto refused = core::exportAppraisalReport(t.db(), auditor, 2026, dir.filePath("r.pdf"));
    QVERIFY(!refused);
    QVERIFY(!QFile::exists(dir.filePath("r.pdf")));
    QCOMPARE(auditCount(t, kExport), 0);
}

void TestAppraisalReport::commandLine()
{
    test::TestDb t;
    const test::ReportFixture f = test::fillReport(t, 2026, 3, 2);
    QVERIFY2(f.problem.isEmpty(), qPrintable(f.problem));
    {
        // The admin gave the clerk a first password; the clerk has since chosen one.
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec("UPDATE users SET must_change_password = 0 WHERE login = 'clerk'"));
    }
    const QString db = t.path();
    t.close();
    QTemporaryDir dir;
    for (const char* name : {"cli.pdf", "cli.xlsx"}) {
        const QString out = dir.filePath(name);
        const test::CliRun run = test::youfuctl(
            {"--db", db, "appraisal", "report", "--year", "2026", "--out", out, "--as", "clerk"},
            {test::kTestPassword});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(out), qPrintable(run.out));
        QVERIFY(QFile::exists(out));
        QCOMPARE(int(QFile::permissions(out) & (QFile::ReadGroup | QFile::ReadOther)), 0);
    }
    // A year never computed: refused in the clerk's words, no file.
    const QString none = dir.filePath("2025.pdf");
    const test::CliRun refused = test::youfuctl(
        {"--db", db, "appraisal", "report", "--year", "2025", "--out", none, "--as", "clerk"},
        {test::kTestPassword});
    QVERIFY(refused.code != 0);
    QVERIFY2(refused.err.contains("not been computed"), qPrintable(refused.err));
    QVERIFY(!QFile::exists(none));
    // No --out; an unknown suffix.
    QVERIFY(test::youfuctl({"--db", db, "appraisal", "report", "--year", "2026", "--as", "clerk"},
                           {test::kTestPassword})
                .code != 0);
    QVERIFY(test::youfuctl({"--db", db, "appraisal", "report", "--year", "2026", "--out",
                            dir.filePath("r.doc"), "--as", "clerk"},
                           {test::kTestPassword})
                .code != 0);
    QVERIFY(t.reopen());
    QCOMPARE(auditCount(t, kExport), 2);
}

QTEST_MAIN(TestAppraisalReport)
#include "tst_appraisalreport.moc"
