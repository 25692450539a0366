// 零报告 in the window (issue 15): the clerk opens 乡镇工作, records a report with the dialog
// (keys typed), sees the cell change; double-click corrects; a reader sees no write button;
// the home card opens the missing view; the grid model passes QAbstractItemModelTester; the
// paper renders and the export writes a 0600 file with one audit entry.
#include "app/homecards.h"
#include "audit/auditlog.h"
#include "pages/townshippage.h"
#include "report/documentrenderer.h"
#include "testdb.h"
#include "township/zerogridmodel.h"
#include "township/zeroimportdialog.h"
#include "township/zeroreportdialog.h"
#include "township/zeroreportpanel.h"
#include "township/zeroreportstore.h"
#include "uidriver.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace youfu;
using core::Role;

namespace {
const QString kT1 = QStringLiteral("430581001");

void setNow(test::TestDb& t, const QDateTime& local)
{
    t.clock().set(QDateTime(local.date(), local.time()).toUTC());
}

core::ZeroReport nothingOf(const QString& township, const QDate& day, const QDateTime& received)
{
    core::ZeroReport r;
    r.townshipCode = township;
    r.day = day;
    r.receivedAt = received;
    r.reporter = QString::fromUtf8("刘德明");
    return r;
}
} // namespace

class TstUiZeroReports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clerkRecordsFromThePage();
    void doubleClickCorrects();
    void readerSeesNoWriteButton();
    void homeCardOpensMissing();
    void importPreviewRecordsGoodRows();
    void paperAndExport();
};

void TstUiZeroReports::clerkRecordsFromThePage()
{
    test::TestDb t;
    setNow(t, QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
    ui::Session session{&t.db(), t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"))};
    ui::TownshipPage page(session);
    page.show();
    QCOMPARE(page.tabs()->widget(0)->objectName(), QStringLiteral("zeroReports"));
    auto* panel = qobject_cast<ui::ZeroReportPanel*>(page.panel("zeroReports"));
    QVERIFY(panel);
    page.refresh();
    QAbstractItemModelTester tester(panel->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel->model()->columnCount(), 30 + 3);
    const QModelIndex cell = panel->model()->index(0, 19); // 19 Nov of the first township
    QCOMPARE(cell.data(ui::ZeroGridModel::StatusRole).toInt(), int(core::ZeroDayStatus::NotYetDue));
    panel->table()->setCurrentIndex(cell);

    bool handled = false;
    test::whenDialogOpens<ui::ZeroReportDialog>(
        this,
        [](ui::ZeroReportDialog* d) {
            QCOMPARE(d->findChild<QDateEdit*>("zeroDay")->date(), QDate(2026, 11, 19));
            QCOMPARE(d->findChild<QComboBox*>("zeroTownship")->currentData().toString(), kT1);
            auto* nothing = d->findChild<QCheckBox*>("zeroNothing");
            QVERIFY(nothing->isChecked());
            QTest::keyClick(nothing, Qt::Key_Space); // items, then
            QVERIFY(!nothing->isChecked());
            test::typeInto(d, "zeroReporter", QString::fromUtf8("刘德明"));
            // Saving with no item is refused in the clerk's words.
            auto* box = d->findChild<QDialogButtonBox*>();
            QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
            QVERIFY(d->isVisible());
            QVERIFY(!test::visibleError(d).isEmpty());
            test::typeInto(d, "zeroItemSummary", QString::fromUtf8("一名退役军人反映就业困难"));
            QTest::mouseClick(d->findChild<QPushButton*>("zeroAddItem"), Qt::LeftButton);
            QCOMPARE(d->findChild<QListWidget*>("zeroItems")->count(), 1);
            QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
        },
        &handled);
    QTest::mouseClick(panel->findChild<QPushButton*>("recordZeroReport"), Qt::LeftButton);
    QVERIFY(handled);
    QCOMPARE(panel->model()->index(0, 19).data(ui::ZeroGridModel::StatusRole).toInt(),
             int(core::ZeroDayStatus::ReportedItems));
    QCOMPARE(panel->model()->index(0, 19).data().toString(), QString::fromUtf8("●"));
    QCOMPARE(panel->model()->index(0, 1).data().toString(), QString::fromUtf8("✗"));
}

void TstUiZeroReports::doubleClickCorrects()
{
    test::TestDb t;
    setNow(t, QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
    ui::Session session{&t.db(), t.addUser("zhangli", Role::Clerk)};
    core::ZeroReportStore store(t.db());
    QVERIFY(store.record(session.actor, nothingOf(kT1, QDate(2026, 11, 3),
                                                  QDateTime(QDate(2026, 11, 7), QTime(9, 0)))));
    ui::ZeroReportPanel panel(session);
    panel.setMonth(2026, 11);
    panel.reload();
    QCOMPARE(panel.model()->index(0, 3).data().toString(), QString::fromUtf8("迟"));
    bool handled = false;
    test::whenDialogOpens<ui::ZeroReportDialog>(
        this,
        [](ui::ZeroReportDialog* d) {
            QVERIFY(!d->findChild<QComboBox*>("zeroTownship")->isEnabled());
            auto* received = d->findChild<QDateTimeEdit*>("zeroReceived");
            received->setDateTime(QDateTime(QDate(2026, 11, 4), QTime(8, 30)));
            d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        },
        &handled);
    panel.openCell(panel.model()->index(0, 3));
    QVERIFY(handled);
    QCOMPARE(panel.model()->index(0, 3).data().toString(), QString::fromUtf8("✓"));
    QSqlQuery q(t.db().connection());
    q.exec("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1");
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("zero_report.correct"));
}

void TstUiZeroReports::readerSeesNoWriteButton()
{
    test::TestDb t;
    setNow(t, QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
    ui::Session session{&t.db(), t.addUser("wangju", Role::Director)};
    ui::TownshipPage page(session);
    page.show();
    auto* panel = page.panel("zeroReports");
    QVERIFY(panel);
    QVERIFY(!panel->findChild<QPushButton*>("recordZeroReport")->isVisibleTo(panel));
    QVERIFY(!panel->findChild<QPushButton*>("importZeroReports")->isVisibleTo(panel));
    QVERIFY(panel->findChild<QPushButton*>("printZeroGrid")->isVisibleTo(panel));
}

void TstUiZeroReports::homeCardOpensMissing()
{
    test::TestDb t;
    setNow(t, QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
    ui::Session session{&t.db(), t.addUser("zhangli", Role::Clerk)};
    const QList<ui::HomeCard> cards = ui::homeCards(session);
    bool found = false;
    for (const ui::HomeCard& c : cards)
        if (c.view == QStringLiteral("zeroReports:missing")) {
            found = true;
            QCOMPARE(c.page, QStringLiteral("townshipPage"));
            QVERIFY(c.attention);
            QVERIFY(c.value.toInt() > 0);
        }
    QVERIFY(found);
    ui::TownshipPage page(session);
    page.show();
    QVERIFY(page.openView(QStringLiteral("zeroReports:missing")));
    auto* panel = qobject_cast<ui::ZeroReportPanel*>(page.panel("zeroReports"));
    QCOMPARE(panel->table()->currentIndex().data(ui::ZeroGridModel::StatusRole).toInt(),
             int(core::ZeroDayStatus::Missing));
    QVERIFY(
        panel->findChild<QLabel*>("zeroMissing")->text().contains(QString::fromUtf8("辕门口街道")));
}

void TstUiZeroReports::importPreviewRecordsGoodRows()
{
    test::TestDb t;
    setNow(t, QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
    ui::Session session{&t.db(), t.addUser("zhangli", Role::Clerk)};
    core::ZeroReportStore store(t.db());
    QVERIFY(store.record(session.actor, nothingOf(kT1, QDate(2026, 11, 17),
                                                  QDateTime(QDate(2026, 11, 18), QTime(9, 0)))));
    QTemporaryDir dir;
    const QString path = dir.filePath("z.csv");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QString::fromUtf8("乡镇,日期,情况,报告人,报送时间\n"
                              "辕门口街道,2026-11-18,无,刘德明,2026-11-19 08:30\n"
                              "430581002,2026/11/18,张某反映住房漏雨；李某咨询政策,王建华,\n"
                              "辕门口街道,2026-11-17,无,刘德明,\n"
                              "不存在镇,2026-11-18,无,x,\n"
                              "辕门口街道,2026-13-01,无,x,\n")
                .toUtf8());
    f.close();
    ui::ZeroReportPanel panel(session);
    bool handled = false;
    test::whenDialogOpens<ui::ZeroImportDialog>(
        this,
        [](ui::ZeroImportDialog* d) {
            auto* table = d->findChild<QTableWidget*>("zeroImportTable");
            QCOMPARE(table->rowCount(), 5);
            QVERIFY(table->item(2, 5)->text().contains(QString::fromUtf8("Already")) ||
                    !table->item(2, 5)->text().isEmpty());
            QTest::mouseClick(d->findChild<QPushButton*>("zeroImportRecord"), Qt::LeftButton);
        },
        &handled);
    QVERIFY(panel.importFrom(path));
    QVERIFY(handled);
    QVERIFY(store.reportIdOn(kT1, QDate(2026, 11, 18)).value() > 0);
    auto two = store.report(store.reportIdOn("430581002", QDate(2026, 11, 18)).value());
    QVERIFY(two);
    QCOMPARE(two->items.size(), 2);
    QCOMPARE(two->channel, core::ZeroChannel::File);
}

void TstUiZeroReports::paperAndExport()
{
    test::TestDb t;
    setNow(t, QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
    ui::Session session{&t.db(), t.addUser("zhangli", Role::Clerk)};
    core::ZeroReportStore store(t.db());
    for (int d = 1; d <= 18; ++d)
        if (d % 5 != 0)
            QVERIFY(store.record(
                session.actor,
                nothingOf(kT1, QDate(2026, 11, d),
                          QDateTime(QDate(2026, 11, d + (d % 7 == 0 ? 3 : 1)), QTime(9, 0)))));
    ui::ZeroReportPanel panel(session);
    panel.setMonth(2026, 11);
    panel.reload();
    QTemporaryDir dir;
    const QString pdf = qEnvironmentVariableIsSet("ZERO_GRID_PDF")
                            ? qEnvironmentVariable("ZERO_GRID_PDF")
                            : dir.filePath("grid.pdf");
    const core::OfficialDocument doc = panel.paper();
    QVERIFY(doc.toHtml().contains(QString::fromUtf8("✗")));
    const core::Status s = core::renderToPdf(doc, pdf);
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(core::pageCount(doc), 1);
    core::AuditLog log(t.db());
    const qint64 n = log.count();
    const QString xlsx = dir.filePath("grid.xlsx");
    QVERIFY(panel.exportTo(xlsx));
    QVERIFY(QFile::exists(xlsx));
    QCOMPARE(QFile::permissions(xlsx) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    QCOMPARE(log.count(), n + 1);
}

QTEST_MAIN(TstUiZeroReports)
#include "tst_ui_zeroreports.moc"
