// 年终考核 → 乡镇 in the window (issue 16): the section chief computes, picks a township,
// opens the records behind a figure (Enter and double-click; the list pages lazily), adds a
// deduction (an empty reason refused) and sees the total change, voids it; a reader sees no
// write button. QAbstractItemModelTester on every model.
#include "appraisal/schemerules.h"
#include "appraisal/schemestore.h"
#include "appraisal/unitadjustdialog.h"
#include "appraisal/unitevidencedialog.h"
#include "appraisal/unitevidencemodel.h"
#include "appraisal/unitindicatormodel.h"
#include "appraisal/unitoutcomemodel.h"
#include "appraisal/unitspanel.h"
#include "audit/auditlog.h"
#include "pages/appraisalpage.h"
#include "testdb.h"
#include "uidriver.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QListWidget>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace youfu;
using core::Role;

namespace {
const QString kT1 = QStringLiteral("430581001");

void approvedScheme(test::TestDb& t, const core::Actor& chief)
{
    const core::Actor director = t.addUser("director", Role::Director);
    core::AppraisalScheme s;
    s.year = 2026;
    s.title = QString::fromUtf8("2026年度乡镇优抚工作考核方案");
    s.basis = QStringLiteral("illustrative");
    s.excellentAt = 900;
    s.goodAt = 800;
    s.passAt = 600;
    s.indicators = core::SchemeRules::defaultIndicators(core::SchemeKind::Unit);
    auto id = core::SchemeStore(t.db()).saveDraft(chief, s);
    QVERIFY2(id, qPrintable(id.error()));
    const core::Status ok = core::SchemeStore(t.db()).approve(director, id.value());
    QVERIFY2(ok, qPrintable(ok.error()));
}

// A case of T1 answered in time (the petition store refuses back-dated steps: SQL here).
void addCase(test::TestDb& t)
{
    QSqlQuery q(t.db().connection());
    QVERIFY2(q.exec("INSERT INTO petition_cases (number, number_year, number_seq, received_at, "
                    "channel, subject, township_code, status, decided_on, answered_on, "
                    "satisfaction, created_at, updated_at) VALUES ('XF2026-0001', 2026, 1, "
                    "'2026-03-01T09:00:00', 'visit', 'benefit', '430581001', 'answered', "
                    "'2026-03-05', '2026-04-01', 'satisfied', '2026-03-01T09:00:00Z', "
                    "'2026-04-01T09:00:00Z')"),
             qPrintable(q.lastError().text()));
}

int rowOf(QAbstractItemModel* m, int column, const QString& text)
{
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, column).data().toString() == text)
            return r;
    }
    return -1;
}
} // namespace

class TstUiAppraisalUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chiefComputesAndAdjusts();
    void evidencePagesLazily();
    void readerSeesNoWriteButton();
};

void TstUiAppraisalUnits::chiefComputesAndAdjusts()
{
    test::TestDb t;
    t.clock().set(QDateTime::fromString("2026-12-20T02:00:00Z", Qt::ISODate));
    ui::Session session{&t.db(), t.addUser("chief", Role::SectionChief)};
    approvedScheme(t, session.actor);
    addCase(t);
    ui::AppraisalPage page(session);
    auto* panel = qobject_cast<ui::UnitsPanel*>(page.panel("appraisalUnits"));
    QVERIFY(panel);
    page.show();
    QAbstractItemModelTester outcomesTester(panel->outcomeModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester indicatorsTester(
        panel->indicatorModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel->outcomeModel()->rowCount(), 0);

    auto* compute = panel->findChild<QPushButton*>("computeUnits");
    QVERIFY(compute->isVisible());
    QTest::mouseClick(compute, Qt::LeftButton);
    QVERIFY2(panel->outcomeModel()->rowCount() > 1, qPrintable(test::visibleError(panel)));
    QCOMPARE(panel->outcomeModel()->outcome(0)->townshipCode, kT1);
    QCOMPARE(panel->outcomeTable()->currentIndex().row(), 0);
    const int totalBefore = panel->outcomeModel()->outcome(0)->total;

    // The chosen township's indicators; one without records says so.
    auto* ind = panel->indicatorModel();
    QCOMPARE(ind->rowCount(), 9);
    const int accepted = rowOf(ind, ui::UnitIndicatorModel::Title,
                               core::SchemeRules::indicatorTitle("petition_accepted"));
    QVERIFY(accepted >= 0);
    QCOMPARE(ind->index(accepted, ui::UnitIndicatorModel::Numerator).data().toString(), "1");
    QCOMPARE(ind->index(accepted, ui::UnitIndicatorModel::Denominator).data().toString(), "1");
    QCOMPARE(ind->index(accepted, ui::UnitIndicatorModel::Rate).data().toString(), "100.0%");
    const int visits =
        rowOf(ind, ui::UnitIndicatorModel::Title, core::SchemeRules::indicatorTitle("visits_done"));
    QCOMPARE(ind->index(visits, ui::UnitIndicatorModel::Score).data().toString(),
             QStringLiteral("No records yet"));

    // Enter on the indicator: the case behind it, counted.
    bool handled = false;
    test::whenDialogOpens<ui::UnitEvidenceDialog>(
        this,
        [](ui::UnitEvidenceDialog* d) {
            QAbstractItemModelTester tester(d->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(d->model()->total(), 1);
            QCOMPARE(d->model()->index(0, 0).data().toString(), QStringLiteral("XF2026-0001"));
            QCOMPARE(d->model()->index(0, d->model()->columnCount() - 1).data().toString(),
                     QStringLiteral("✓"));
            QTest::keyClick(d, Qt::Key_Escape);
        },
        &handled);
    panel->indicatorTable()->setFocus();
    panel->indicatorTable()->setCurrentIndex(ind->index(accepted, 0));
    QTest::keyClick(panel->indicatorTable(), Qt::Key_Return);
    QVERIFY(handled);

    // A deduction: refused without a reason, then added; the total drops by 5.0 points.
    core::AuditLog log(t.db());
    const qint64 entries = log.count();
    handled = false;
    test::whenDialogOpens<ui::UnitAdjustDialog>(
        this,
        [](ui::UnitAdjustDialog* d) {
            QCOMPARE(d->findChild<QComboBox*>("unitAdjustKind")->currentData().toBool(), false);
            d->findChild<QDoubleSpinBox*>("unitAdjustPoints")->setValue(5.0);
            test::clickOk(d);
            QVERIFY(d->isVisible());
            QVERIFY(test::visibleError(d).contains("reason"));
            test::typeInto(d, "unitAdjustReason", QString::fromUtf8("零报告迟报被县政府通报"));
            test::clickOk(d);
            QVERIFY(!d->isVisible());
        },
        &handled);
    QTest::mouseClick(panel->findChild<QPushButton*>("addUnitAdjustment"), Qt::LeftButton);
    QVERIFY(handled);
    QCOMPARE(log.count(), entries + 1);
    QCOMPARE(panel->outcomeModel()->outcome(0)->total, totalBefore - 50);
    QCOMPARE(panel->outcomeModel()->index(0, ui::UnitOutcomeModel::Adjustment).data().toString(),
             QStringLiteral("-5.0"));
    QCOMPARE(panel->adjustmentList()->count(), 1);

    // Voided with a reason: the total is back.
    panel->adjustmentList()->setCurrentRow(0);
    handled = false;
    test::whenDialogOpens<ui::UnitAdjustDialog>(
        this,
        [](ui::UnitAdjustDialog* d) {
            test::clickOk(d);
            QVERIFY(d->isVisible()); // no reason
            test::typeInto(d, "unitAdjustReason", QString::fromUtf8("通报已撤回"));
            test::clickOk(d);
            QVERIFY(!d->isVisible());
        },
        &handled);
    QTest::mouseClick(panel->findChild<QPushButton*>("voidUnitAdjustment"), Qt::LeftButton);
    QVERIFY(handled);
    QCOMPARE(panel->outcomeModel()->outcome(0)->total, totalBefore);
}

void TstUiAppraisalUnits::evidencePagesLazily()
{
    test::TestDb t;
    t.clock().set(QDateTime::fromString("2026-12-20T02:00:00Z", Qt::ISODate));
    ui::Session session{&t.db(), t.addUser("chief", Role::SectionChief)};
    approvedScheme(t, session.actor);
    ui::UnitsPanel panel(session);
    panel.show();
    QTest::mouseClick(panel.findChild<QPushButton*>("computeUnits"), Qt::LeftButton);
    QVERIFY(panel.outcomeModel()->rowCount() > 0);
    const int zero = rowOf(panel.indicatorModel(), ui::UnitIndicatorModel::Title,
                           core::SchemeRules::indicatorTitle("zero_report_rate"));
    QVERIFY(zero >= 0);
    const QString township = panel.outcomeModel()->outcome(0)->townshipCode; // shown first
    panel.resize(1200, 800);
    panel.indicatorTable()->scrollTo(panel.indicatorModel()->index(zero, 0));
    const QRect cell = panel.indicatorTable()->visualRect(panel.indicatorModel()->index(zero, 0));
    QVERIFY(panel.indicatorTable()->viewport()->rect().contains(cell.center()));
    bool handled = false;
    test::whenDialogOpens<ui::UnitEvidenceDialog>(
        this,
        [&t, township](ui::UnitEvidenceDialog* d) {
            ui::UnitEvidenceModel* m = d->model();
            QAbstractItemModelTester tester(m,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(m->total() > ui::UnitEvidenceModel::kPage); // every day due, none reported
            // The view may already have asked for the next page; a model on its own holds one.
            ui::UnitEvidenceModel alone(&t.db(), 2026, township,
                                        QStringLiteral("zero_report_rate"));
            QVERIFY(alone.reload());
            QCOMPARE(alone.rowCount(), ui::UnitEvidenceModel::kPage);
            QVERIFY(alone.canFetchMore({}));
            QVERIFY(m->rowCount() >= ui::UnitEvidenceModel::kPage);
            while (m->canFetchMore({}))
                m->fetchMore({});
            QCOMPARE(m->rowCount(), m->total());
            QCOMPARE(m->index(0, 0).data().toString(), QStringLiteral("2026-01-01"));
            QCOMPARE(m->index(0, m->columnCount() - 1).data().toString(), QStringLiteral("✗"));
            d->reject();
        },
        &handled);
    // A double-click is a press then a double-click on the same cell, as a hand makes it.
    QTest::mouseClick(panel.indicatorTable()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(panel.indicatorTable()->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(handled);
}

void TstUiAppraisalUnits::readerSeesNoWriteButton()
{
    test::TestDb t;
    t.clock().set(QDateTime::fromString("2026-12-20T02:00:00Z", Qt::ISODate));
    const core::Actor chief = t.addUser("chief", Role::SectionChief);
    approvedScheme(t, chief);
    ui::Session session{&t.db(), t.addUser("zhangli", Role::Clerk)};
    ui::UnitsPanel panel(session);
    panel.show();
    for (const char* name : {"computeUnits", "addUnitAdjustment", "voidUnitAdjustment"}) {
        auto* b = panel.findChild<QPushButton*>(name);
        QVERIFY2(b && !b->isVisible(), name);
    }
    QVERIFY(panel.findChild<QTableView*>("unitOutcomes")->isVisible());
}

QTEST_MAIN(TstUiAppraisalUnits)
#include "tst_ui_appraisalunits.moc"
