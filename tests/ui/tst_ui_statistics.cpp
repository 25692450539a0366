// 统计 in the window (issue 16): the clerk chooses a year and a township, the tables fill (each
// model passes QAbstractItemModelTester), each chart has its series; the figures export as
// xlsx and PDF (0600, one audit entry each); a cancelled export leaves no file and no entry;
// a user without ViewBusiness sees no figures and no export button.
#include "pages/statisticspage.h"
#include "registry/demogenerator.h"
#include "statistics/statchartview.h"
#include "statistics/stattablemodel.h"
#include "testdb.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineSeries>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace youfu;
using core::Role;

namespace {
qint64 exportEntries(test::TestDb& t)
{
    QSqlQuery q(t->connection());
    q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'statistics.export'"));
    return q.next() ? q.value(0).toLongLong() : -1;
}

void choose(QComboBox* box, const QVariant& data)
{
    const int i = box->findData(data);
    QVERIFY2(i >= 0, qPrintable(data.toString()));
    box->setFocus();
    box->setCurrentIndex(i);
}
} // namespace

class TstUiStatistics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void yearAndTownshipFillTablesAndCharts();
    void exportsBothFormats();
    void cancelLeavesNothing();
    void readerWithoutPermission();

private:
    std::unique_ptr<test::TestDb> m_t;
    core::Actor m_clerk;
    int m_year = 0;
};

void TstUiStatistics::init()
{
    m_t = std::make_unique<test::TestDb>();
    m_clerk = m_t->addUser("zhangli", Role::Clerk, QStringLiteral("张丽"));
    QVERIFY(core::DemoGenerator::generate(m_t->db(), m_clerk, 80, 7));
    m_year = m_t->db().clock().today().year();
}

void TstUiStatistics::cleanup()
{
    m_t.reset();
}

void TstUiStatistics::yearAndTownshipFillTablesAndCharts()
{
    ui::Session session{&m_t->db(), m_clerk};
    ui::StatisticsPage page(session);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.refresh();

    auto* tabs = page.findChild<QTabWidget*>("statisticsTabs");
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 11);
    QList<QAbstractItemModelTester*> testers;
    for (auto* model : page.findChildren<ui::StatTableModel*>())
        testers << new QAbstractItemModelTester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest, &page);

    auto* year = page.findChild<QComboBox*>("statisticsYear");
    auto* township = page.findChild<QComboBox*>("statisticsTownship");
    QVERIFY(year && township);
    choose(year, m_year);
    QCOMPARE(page.statistics().filter.year, m_year);

    // The whole county: 18 townships and the total; the demo's persons are counted.
    auto* persons = page.findChild<ui::StatTableModel*>("statModel_persons_township");
    QVERIFY(persons);
    QCOMPARE(persons->rowCount(), 19);
    const int endColumn = 6; // label, 年初, 新增, 迁入, 迁出, 减少, 年末
    QCOMPARE(persons->headerData(endColumn, Qt::Horizontal).toString(), QStringLiteral("年末"));
    const qint64 countyEnd = persons->index(18, endColumn).data(Qt::UserRole).toLongLong();
    QVERIFY2(countyEnd > 40, qPrintable(QString::number(countyEnd)));
    auto* chart = page.findChild<ui::StatChartView*>("statChart_persons_township");
    QVERIFY(chart);
    QCOMPARE(chart->chart()->series().size(), 1);
    auto* bars = qobject_cast<QBarSeries*>(chart->chart()->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->count(), 2); // 年初, 年末
    QCOMPARE(bars->barSets().at(1)->label(), QStringLiteral("年末"));
    QCOMPARE(bars->barSets().at(1)->count(), 18);
    QVERIFY(chart->chart()->legend()->isVisible());

    // STATISTICS_PNG=/tmp/page.png keeps a picture of the page at 1366×768, to look at.
    if (const QString png = qEnvironmentVariable("STATISTICS_PNG"); !png.isEmpty()) {
        tabs->setCurrentIndex(0);
        QVERIFY(page.grab().save(png));
        tabs->setCurrentIndex(3);
        QVERIFY(page.grab().save(png + ".benefits.png"));
    }

    // One township: its row and the total.
    choose(township, QStringLiteral("430581003"));
    QCOMPARE(page.statistics().filter.townshipCode, QStringLiteral("430581003"));
    QCOMPARE(persons->rowCount(), 2);
    QCOMPARE(persons->index(0, 0).data().toString(), township->currentText());
    const qint64 oneEnd = persons->index(1, endColumn).data(Qt::UserRole).toLongLong();
    QVERIFY(oneEnd < countyEnd);
    QCOMPARE(persons->index(0, endColumn).data(Qt::UserRole).toLongLong(), oneEnd);
    bars = qobject_cast<QBarSeries*>(chart->chart()->series().first()); // a new chart was drawn
    QVERIFY(bars);
    QCOMPARE(bars->barSets().at(1)->count(), 1);
    QCOMPARE(bars->barSets().at(1)->at(0), double(oneEnd));

    // Months: twelve rows and the total, lines.
    auto* visits = page.findChild<ui::StatTableModel*>("statModel_visits_month");
    QVERIFY(visits);
    QCOMPARE(visits->rowCount(), 13);
    QCOMPARE(visits->index(0, 0).data().toString(), QStringLiteral("1月"));
    auto* visitChart = page.findChild<ui::StatChartView*>("statChart_visits_month");
    QCOMPARE(visitChart->chart()->series().size(), 2);
    QVERIFY(qobject_cast<QLineSeries*>(visitChart->chart()->series().first()));
    QCOMPARE(qobject_cast<QLineSeries*>(visitChart->chart()->series().first())->count(), 12);

    // Every tab shows its table and chart.
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QVERIFY(tabs->currentWidget()->findChild<QTableView*>()->isVisible());
        QVERIFY(tabs->currentWidget()->findChild<ui::StatChartView*>()->isVisible());
    }
    qDeleteAll(testers);
}

void TstUiStatistics::exportsBothFormats()
{
    ui::Session session{&m_t->db(), m_clerk};
    ui::StatisticsPage page(session);
    page.show();
    page.refresh();
    choose(page.findChild<QComboBox*>("statisticsTownship"), QStringLiteral("430581001"));
    QVERIFY(page.findChild<QPushButton*>("statisticsExportXlsx"));
    QVERIFY(page.findChild<QPushButton*>("statisticsExportPdf"));
    QTemporaryDir dir;
    const qint64 before = exportEntries(*m_t);
    for (const char* name : {"stat.xlsx", "stat.pdf"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QVERIFY(page.exportTo(path));
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFile::permissions(path) &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
    }
    QCOMPARE(exportEntries(*m_t), before + 2);
    QSqlQuery q(m_t->db().connection());
    QVERIFY(q.exec("SELECT after_json FROM audit_log WHERE action = 'statistics.export'"));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toString().contains(QStringLiteral("430581001")));
}

void TstUiStatistics::cancelLeavesNothing()
{
    ui::Session session{&m_t->db(), m_clerk};
    ui::StatisticsPage page(session);
    page.show();
    page.refresh();
    bool pressed = false;
    page.setProgressHook([&pressed](QWidget* w) {
        auto* progress = qobject_cast<QProgressDialog*>(w);
        auto* cancel = progress ? progress->findChild<QPushButton*>() : nullptr;
        if (cancel && !pressed) {
            pressed = true;
            progress->show(); // as after its minimum duration
            QTest::mouseClick(cancel, Qt::LeftButton);
        }
    });
    QTemporaryDir dir;
    const qint64 before = exportEntries(*m_t);
    for (const char* name : {"cancel.xlsx", "cancel.pdf"}) {
        pressed = false;
        const QString path = dir.filePath(QString::fromLatin1(name));
        QVERIFY(!page.exportTo(path));
        QVERIFY(pressed);
        QVERIFY(!QFile::exists(path));
    }
    QCOMPARE(exportEntries(*m_t), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
}

void TstUiStatistics::readerWithoutPermission()
{
    ui::Session session{&m_t->db(), m_t->addUser("shenji", Role::Auditor)};
    ui::StatisticsPage page(session);
    page.show();
    page.refresh();
    QVERIFY(page.findChild<QWidget*>("statisticsNoAccess"));
    QVERIFY(!page.findChild<QPushButton*>("statisticsExportXlsx"));
    QVERIFY(!page.findChild<QPushButton*>("statisticsExportPdf"));
    QVERIFY(!page.findChild<QTabWidget*>("statisticsTabs"));
    QVERIFY(!page.exportTo(QDir::temp().filePath("never.xlsx")));
}

QTEST_MAIN(TstUiStatistics)
#include "tst_ui_statistics.moc"
