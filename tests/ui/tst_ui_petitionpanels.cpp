// The letters-and-visits panels (issue 13): statistics with its chart and export, warnings,
// information staff and the stability view, driven offscreen as a clerk would.
#include "models/infostaffmodel.h"
#include "models/petitionstatmodel.h"
#include "models/stabilitymodel.h"
#include "models/warningmodel.h"
#include "petition/infostaffpanel.h"
#include "petition/stabilitypanel.h"
#include "petition/statisticspanel.h"
#include "petition/warningdialog.h"
#include "petition/warningpanel.h"
#include "petition/warningstore.h"
#include "testdb.h"
#include "uidriver.h"
#include "widgets/barchart.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace youfu;
using core::Role;

class TestUiPetitionPanels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clerkReportsAndResolvesAWarning();
    void staffAddedAndEnded();
    void statisticsTotalsMatch();
    void statisticsExportIsAudited();
    void stabilityShowsOverdueTownship();
    void axisTop_data();
    void axisTop();
    void accessKeysDoNotClash();
};

namespace {
// Today in a TestDb is 2026-11-29.
const QString kT1 = QStringLiteral("430581001");
const QString kT2 = QStringLiteral("430581002");

void exec(test::TestDb& t, const QString& sql)
{
    QSqlQuery q(t.db().connection());
    if (!q.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

int g_seq = 0;
// A case row as PetitionStore keeps it.
void addCase(test::TestDb& t, const QString& township, const QString& receivedAt,
             const QString& channel, const QString& deadline)
{
    ++g_seq;
    exec(t, QStringLiteral("INSERT INTO petition_cases (number, number_year, number_seq, "
                           "received_at, channel, subject, township_code, is_group, "
                           "beyond_level, status, deadline, created_at, updated_at) VALUES "
                           "('T%1', 2026, %1, '%2', '%3', 'benefit', '%4', 0, '', "
                           "'accepted', '%5', '%2', '%2')")
                .arg(g_seq)
                .arg(receivedAt, channel, township, deadline));
}

int auditCount(test::TestDb& t, const QString& action)
{
    QSqlQuery q(t.db().connection());
    q.prepare("SELECT count(*) FROM audit_log WHERE action = ?");
    q.addBindValue(action);
    q.exec();
    return q.next() ? q.value(0).toInt() : -1;
}

QPushButton* button(QWidget* w, const char* name)
{
    auto* b = w->findChild<QPushButton*>(name);
    if (!b)
        qWarning("no button %s", name);
    return b;
}
} // namespace

void TestUiPetitionPanels::clerkReportsAndResolvesAWarning()
{
    test::TestDb t;
    ui::Session session{&t.db(), t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"))};
    core::InfoStaff staff;
    staff.townshipCode = kT1;
    staff.name = QString::fromUtf8("刘德明");
    staff.since = QDate(2025, 3, 1);
    const auto staffId = core::WarningStore(t.db()).saveStaff(session.actor, staff);
    QVERIFY(staffId);

    ui::WarningPanel panel(session);
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel.model()->rowCount(), 0);

    // Report through the dialog the button opens.
    bool handled = false;
    test::whenDialogOpens<ui::WarningDialog>(
        &panel,
        [&](ui::WarningDialog* d) {
            d->townshipBox()->setCurrentIndex(d->townshipBox()->findData(kT1));
            QCOMPARE(d->reporterBox()->currentText(), QString::fromUtf8("刘德明"));
            test::typeInto(d, "warningGroup", QString::fromUtf8("部分参战退役人员"));
            test::typeInto(d, "warningExpected", QString::fromUtf8("计划于12月10日集体赴省上访"));
            d->riskBox()->setCurrentIndex(2);
            test::clickOk(d);
            QCOMPARE(test::visibleError(d), QString());
        },
        &handled);
    QTest::mouseClick(button(&panel, "reportWarning"), Qt::LeftButton);
    QVERIFY(handled);
    QCOMPARE(panel.model()->rowCount(), 1);
    const core::WarningReport w = panel.model()->warningAt(0);
    QCOMPARE(w.reporterId, staffId.value());
    QCOMPARE(w.risk, core::RiskLevel::High);
    QCOMPARE(auditCount(t, "petition.warning_report"), 1);
    // Risk in words and in colour.
    const QModelIndex risk = panel.model()->index(0, ui::WarningModel::Risk);
    QVERIFY(!risk.data().toString().isEmpty());
    QVERIFY(risk.data(Qt::BackgroundRole).isValid());

    // Follow up, then resolve, by the keyboard's way: choose the row, type, click.
    QVERIFY(panel.selectWarning(w.id));
    test::typeInto(&panel, "warningNote", QString::fromUtf8("乡镇已约谈"));
    QTest::mouseClick(button(&panel, "followWarning"), Qt::LeftButton);
    QCOMPARE(auditCount(t, "petition.warning_follow"), 1);
    QVERIFY(panel.findChild<QLabel*>("warningHistory")->text().contains(QString::fromUtf8("约谈")));
    QVERIFY(panel.selectWarning(w.id));
    test::typeInto(&panel, "warningNote", QString::fromUtf8("已化解，不再上访"));
    QTest::mouseClick(button(&panel, "resolveWarning"), Qt::LeftButton);
    QCOMPARE(auditCount(t, "petition.warning_resolve"), 1);
    QCOMPARE(panel.model()->rowCount(), 0); // the open list no longer has it
    auto* show = panel.findChild<QComboBox*>("warningShow");
    show->setCurrentIndex(1);
    QCOMPARE(panel.model()->rowCount(), 1);
    QVERIFY(panel.model()->warningAt(0).resolved);
}

void TestUiPetitionPanels::staffAddedAndEnded()
{
    test::TestDb t;
    ui::Session session{&t.db(), t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"))};
    ui::InfoStaffPanel panel(session);
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    test::typeInto(&panel, "staffName", QString::fromUtf8("王秀英"));
    test::typeInto(&panel, "staffPhone", QStringLiteral("13907305678"));
    QTest::mouseClick(button(&panel, "saveStaff"), Qt::LeftButton);
    QCOMPARE(panel.model()->rowCount(), 1);
    QCOMPARE(panel.model()->staffAt(0).name, QString::fromUtf8("王秀英"));
    panel.table()->setCurrentIndex(panel.model()->index(0, 0));
    QTest::mouseClick(button(&panel, "endStaff"), Qt::LeftButton);
    QCOMPARE(panel.model()->rowCount(), 0); // serving only
    QCOMPARE(auditCount(t, "petition.staff_save"), 1);
    QCOMPARE(auditCount(t, "petition.staff_end"), 1);
}

void TestUiPetitionPanels::statisticsTotalsMatch()
{
    test::TestDb t;
    ui::Session session{&t.db(), t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"))};
    addCase(t, kT1, "2026-02-10T02:00:00Z", "letter", "2026-04-10");
    addCase(t, kT1, "2026-03-10T02:00:00Z", "visit", "2026-05-10");
    addCase(t, kT2, "2026-03-12T02:00:00Z", "visit", "2026-05-12");
    addCase(t, kT2, "2026-06-01T02:00:00Z", "phone", "2026-08-01");
    addCase(t, kT2, "2025-06-01T02:00:00Z", "phone", "2025-08-01"); // last year: not counted

    ui::StatisticsPanel panel(session);
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* dimension = panel.findChild<QComboBox*>("statDimension");
    for (int d = 0; d < dimension->count(); ++d) {
        dimension->setCurrentIndex(d);
        ui::PetitionStatModel* m = panel.model();
        QVERIFY2(m->rowCount() >= 2, qPrintable(dimension->currentText()));
        int sum = 0;
        for (int r = 0; r + 1 < m->rowCount(); ++r)
            sum += m->index(r, ui::PetitionStatModel::Cases).data().toInt();
        QCOMPARE(sum, 4);
        QCOMPARE(m->index(m->rowCount() - 1, ui::PetitionStatModel::Cases).data().toInt(), 4);
        // The chart has every row but the total.
        QCOMPARE(panel.chart()->values().size(), m->rowCount() - 1);
    }
    dimension->setCurrentIndex(1);          // by channel
    QCOMPARE(panel.model()->rowCount(), 4); // letter, visit, phone, total
    QCOMPARE(ui::PetitionStatModel::rate(1, 0), QStringLiteral("—"));
    QCOMPARE(ui::PetitionStatModel::rate(7, 8), QStringLiteral("87.5%"));

    // The chart draws without a crash, CJK labels and all.
    dimension->setCurrentIndex(3); // by township: CJK labels under the bars
    panel.resize(1000, 500);
    QVERIFY(!panel.chart()->grab().isNull());
    // YOUFU_SCREENSHOT_DIR=/tmp/x: the panel as a PNG, to look at (under Xvfb).
    if (const QString dir = qEnvironmentVariable("YOUFU_SCREENSHOT_DIR"); !dir.isEmpty()) {
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.grab().save(dir + QStringLiteral("/statisticspanel.png")));
        ui::BarChart many; // 24 townships: the labels turn
        QStringList labels;
        QList<int> values;
        for (int i = 0; i < 24; ++i) {
            labels << QString::fromUtf8("邓元泰镇%1").arg(i);
            values << (i * 7) % 23;
        }
        many.setData(labels, values);
        many.resize(640, 360);
        QVERIFY(many.grab().save(dir + QStringLiteral("/barchart.png")));
    }
}

void TestUiPetitionPanels::statisticsExportIsAudited()
{
    test::TestDb t;
    ui::Session session{&t.db(), t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"))};
    addCase(t, kT1, "2026-02-10T02:00:00Z", "letter", "2026-04-10");
    ui::StatisticsPanel panel(session);
    QTemporaryDir dir;
    const QString path = dir.filePath("stat.csv");
    QVERIFY(panel.exportTo(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("2026-02")));
    QCOMPARE(auditCount(t, "list.export"), 1);
    QCOMPARE(f.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
}

void TestUiPetitionPanels::stabilityShowsOverdueTownship()
{
    test::TestDb t;
    ui::Session session{&t.db(), t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"))};
    addCase(t, kT2, "2026-06-01T02:00:00Z", "letter", "2026-08-01"); // overdue by today
    addCase(t, kT1, "2026-11-20T02:00:00Z", "letter", "2027-01-20"); // in time

    ui::StabilityPanel panel(session);
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(panel.model()->rowCount() >= 2);
    const core::StabilityLine first = panel.model()->lineAt(0);
    QCOMPARE(first.townshipCode, kT2); // most attention first
    QCOMPARE(first.overdueCases, 1);
    QVERIFY(
        panel.model()->index(0, ui::StabilityModel::Overdue).data(Qt::BackgroundRole).isValid());
    QVERIFY(
        !panel.model()->index(0, ui::StabilityModel::OpenCases).data(Qt::BackgroundRole).isValid());
    QVERIFY2(panel.summaryText().contains(QStringLiteral("1 township")),
             qPrintable(panel.summaryText()));

    QSignalSpy spy(&panel, &ui::StabilityPanel::townshipActivated);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTableView* view = panel.table();
    const QRect cell = view->visualRect(panel.model()->index(0, 0));
    // A real double-click: press, release, then the double-click press.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), kT2);
    view->setCurrentIndex(panel.model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(spy.count(), 2);
}

void TestUiPetitionPanels::axisTop_data()
{
    QTest::addColumn<int>("max");
    QTest::addColumn<int>("top");
    QTest::addColumn<int>("step");
    QTest::newRow("empty") << 0 << 5 << 1;
    QTest::newRow("one") << 1 << 1 << 1;
    QTest::newRow("four") << 4 << 4 << 1;
    QTest::newRow("seven") << 7 << 8 << 2;
    QTest::newRow("23") << 23 << 25 << 5;
    QTest::newRow("120") << 120 << 150 << 50;
}

void TestUiPetitionPanels::axisTop()
{
    QFETCH(int, max);
    QFETCH(int, top);
    QFETCH(int, step);
    int s = 0;
    QCOMPARE(ui::BarChart::axisTop(max, &s), top);
    QCOMPARE(s, step);
}

void TestUiPetitionPanels::accessKeysDoNotClash()
{
    test::TestDb t;
    ui::Session session{&t.db(), t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"))};
    ui::StatisticsPanel a(session);
    ui::WarningPanel b(session);
    ui::InfoStaffPanel c(session);
    ui::StabilityPanel d(session);
    ui::WarningDialog e(session);
    for (QWidget* w : std::initializer_list<QWidget*>{&a, &b, &c, &d, &e}) {
        QHash<QChar, QString> seen;
        QStringList texts;
        for (auto* l : w->findChildren<QLabel*>())
            texts << l->text();
        for (auto* btn : w->findChildren<QAbstractButton*>())
            texts << btn->text();
        for (const QString& text : texts) {
            const int amp = text.indexOf(QLatin1Char('&'));
            if (amp < 0 || amp + 1 >= text.size() || text.at(amp + 1) == QLatin1Char('&'))
                continue;
            const QChar key = text.at(amp + 1).toLower();
            QVERIFY2(
                !seen.contains(key),
                qPrintable(
                    QStringLiteral("%1: %2 and %3").arg(w->objectName(), seen.value(key), text)));
            seen.insert(key, text);
        }
    }
}

QTEST_MAIN(TestUiPetitionPanels)
#include "tst_ui_petitionpanels.moc"
