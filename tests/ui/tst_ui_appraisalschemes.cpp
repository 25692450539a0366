// The appraisal schemes in the window (issue 16): the section chief drafts a scheme in the
// dialog with key presses (the weights' sum shown as typed, red until it is 100 points, a wrong
// sum refused in the clerk's words), the director approves it after a confirmation that says it
// freezes the scheme, the edit button is then disabled, the chief copies it to the next year;
// a reader sees no write button; the director marks a petition case as having caused a serious
// effect from the case dialog and a clerk sees the mark read only. Every model passes
// QAbstractItemModelTester.
#include "appraisal/schemedialog.h"
#include "appraisal/schemerules.h"
#include "appraisal/schemespanel.h"
#include "appraisal/schemestore.h"
#include "appraisal/seriouseffectbar.h"
#include "appraisal/seriouseffectstore.h"
#include "models/recordtablemodel.h"
#include "pages/appraisalpage.h"
#include "petition/casedialog.h"
#include "petition/petitionstore.h"
#include "testdb.h"
#include "uidriver.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace youfu;
using core::Role;
using core::SchemeKind;
using core::SchemeStatus;

namespace {
void setNow(test::TestDb& t, int y, int m, int d)
{
    t.clock().set(QDateTime(QDate(y, m, d), QTime(10, 0)).toUTC());
}

// Replaces a spin box's value the way a user does: select all, type, Tab away.
void typeNumber(QWidget* parent, const char* name, const QString& text)
{
    auto* box = parent->findChild<QAbstractSpinBox*>(name);
    QVERIFY2(box, name);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Tab);
}

int actions(test::TestDb& t, const QString& action)
{
    QSqlQuery q(t.db().connection());
    q.prepare("SELECT COUNT(*) FROM audit_log WHERE action = ?");
    q.addBindValue(action);
    q.exec();
    return q.next() ? q.value(0).toInt() : -1;
}

QPushButton* button(QWidget* w, const char* name)
{
    return w->findChild<QPushButton*>(name);
}
} // namespace

class TstUiAppraisalSchemes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chiefDraftsDirectorApprovesChiefCopies();
    void kindChangeStartsFromItsCatalogue();
    void readerSeesNoWriteButton();
    void directorMarksSeriousEffect();
};

void TstUiAppraisalSchemes::chiefDraftsDirectorApprovesChiefCopies()
{
    test::TestDb t;
    setNow(t, 2026, 1, 5);
    ui::Session chief{&t.db(), t.addUser("liuke", Role::SectionChief, QStringLiteral("刘科长"))};
    ui::Session director{&t.db(), t.addUser("wangju", Role::Director, QStringLiteral("王局长"))};

    ui::AppraisalPage page(chief);
    page.show();
    auto* panel = qobject_cast<ui::SchemesPanel*>(page.panel("appraisalSchemes"));
    QVERIFY(panel);
    QVERIFY(page.openView(QStringLiteral("appraisalSchemes")));
    QCOMPARE(page.tabs()->currentWidget(), panel);
    panel->reload();
    QAbstractItemModelTester schemesTester(panel->schemeModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester indicatorsTester(
        panel->indicatorModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel->schemeModel()->rowCount(), 0);
    QVERIFY(button(panel, "newScheme")->isVisible());
    QVERIFY(!button(panel, "approveScheme")->isVisible());
    QVERIFY(!button(panel, "editScheme")->isEnabled());

    bool handled = false;
    test::whenDialogOpens<ui::SchemeDialog>(
        this,
        [](ui::SchemeDialog* d) {
            QCOMPARE(d->findChild<QSpinBox*>("schemeYear")->value(), 2026);
            QCOMPARE(d->findChild<QComboBox*>("schemeKind")->currentData().toInt(),
                     int(SchemeKind::Unit));
            QCOMPARE(
                d->findChild<QLineEdit*>("schemeTitle")->text(),
                ui::SchemeDialog::tr("Special-care work target appraisal scheme for %1").arg(2026));
            QCOMPARE(d->indicatorTable()->rowCount(),
                     int(core::SchemeRules::defaultIndicators(SchemeKind::Unit).size()));
            QCOMPARE(d->weightSum(), 1000);
            QVERIFY(d->sumLabel()->text().contains(QStringLiteral("100.0")));
            QVERIFY(!d->sumLabel()->styleSheet().contains(QStringLiteral("b00020")));

            test::typeInto(d, "schemeTitle", QStringLiteral("2026年度优抚工作目标管理考核方案"));
            test::typeInto(d, "schemeBasis", QStringLiteral("武民发〔2026〕3号（示例）"));
            typeNumber(d, "schemeExcellent", QStringLiteral("92.5"));
            QTest::keyClick(d->findChild<QCheckBox*>("schemeVetoSerious"), Qt::Key_Space);
            // The first weight 15.0 → 10.0: the sum shows 95.0, red, and saving is refused.
            typeNumber(d, "weight_0", QStringLiteral("10"));
            QCOMPARE(d->weightSum(), 950);
            QVERIFY(d->sumLabel()->text().contains(QStringLiteral("95.0")));
            QVERIFY(d->sumLabel()->styleSheet().contains(QStringLiteral("b00020")));
            test::clickOk(d);
            QVERIFY(d->isVisible());
            QVERIFY2(test::visibleError(d).contains(QStringLiteral("95.0 points")),
                     qPrintable(test::visibleError(d)));
            // The second weight 5.0 → 10.0; a target as a percentage with one decimal.
            typeNumber(d, "weight_1", QStringLiteral("10"));
            QCOMPARE(d->weightSum(), 1000);
            QVERIFY(!d->sumLabel()->styleSheet().contains(QStringLiteral("b00020")));
            typeNumber(d, "target_1", QStringLiteral("97.5"));
            typeNumber(d, "days_2", QStringLiteral("10"));
            test::clickOk(d);
        },
        &handled);
    QTest::mouseClick(button(panel, "newScheme"), Qt::LeftButton);
    QVERIFY(handled);
    QCOMPARE(panel->schemeModel()->rowCount(), 1);
    QCOMPARE(actions(t, "appraisal_scheme.save"), 1);
    core::AppraisalScheme s = panel->current();
    QVERIFY(s.id > 0);
    QCOMPARE(s.title, QStringLiteral("2026年度优抚工作目标管理考核方案"));
    QCOMPARE(s.basis, QStringLiteral("武民发〔2026〕3号（示例）"));
    QCOMPARE(s.excellentAt, 925);
    QVERIFY(!s.vetoSeriousEffect);
    QCOMPARE(s.indicators[0].weight, 100);
    QCOMPARE(s.indicators[1].weight, 100);
    QCOMPARE(s.indicators[1].target, 975);
    QCOMPARE(s.indicators[2].days, 10);
    QCOMPARE(panel->indicatorModel()->rowCount(), int(s.indicators.size()));
    QCOMPARE(panel->indicatorModel()->index(1, 2).data().toString(), QStringLiteral("97.5%"));
    QCOMPARE(panel->schemeModel()->index(0, 4).data().toString(), ui::SchemesPanel::tr("Draft"));
    QVERIFY(panel->schemeModel()->index(0, 5).data().toString().contains(QStringLiteral("刘科长")));
    QVERIFY(button(panel, "editScheme")->isEnabled());

    // The director approves after a confirmation that says the scheme will be frozen.
    ui::SchemesPanel approver(director);
    approver.show();
    approver.reload();
    QAbstractItemModelTester approverTester(approver.schemeModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const char* name : {"newScheme", "editScheme", "copyScheme"})
        QVERIFY2(!button(&approver, name)->isVisibleTo(&approver), name);
    QVERIFY(button(&approver, "approveScheme")->isVisibleTo(&approver));
    QVERIFY(button(&approver, "approveScheme")->isEnabled());
    // Said no: nothing happens.
    handled = false;
    test::whenDialogOpens<QMessageBox>(
        this, [](QMessageBox* m) { m->button(QMessageBox::No)->click(); }, &handled);
    QTest::mouseClick(button(&approver, "approveScheme"), Qt::LeftButton);
    QVERIFY(handled);
    QCOMPARE(core::SchemeStore(t.db()).byId(s.id)->status, SchemeStatus::Draft);
    handled = false;
    test::whenDialogOpens<QMessageBox>(
        this,
        [](QMessageBox* m) {
            QVERIFY2(m->text().contains(QStringLiteral("frozen")), qPrintable(m->text()));
            m->button(QMessageBox::Yes)->click();
        },
        &handled);
    QTest::mouseClick(button(&approver, "approveScheme"), Qt::LeftButton);
    QVERIFY(handled);
    QCOMPARE(core::SchemeStore(t.db()).byId(s.id)->status, SchemeStatus::Approved);
    QCOMPARE(actions(t, "appraisal_scheme.approve"), 1);
    QVERIFY(!button(&approver, "approveScheme")->isEnabled());
    QVERIFY(
        approver.schemeModel()->index(0, 6).data().toString().contains(QStringLiteral("王局长")));

    // The chief's tab shows it frozen: no edit; the copy goes to 2027 as an editable draft.
    panel->reload();
    QCOMPARE(panel->schemeModel()->index(0, 4).data().toString(),
             ui::SchemesPanel::tr("Approved (frozen)"));
    QVERIFY(!button(panel, "editScheme")->isEnabled());
    QVERIFY(button(panel, "copyScheme")->isEnabled());
    QTest::mouseClick(button(panel, "copyScheme"), Qt::LeftButton);
    QCOMPARE(panel->schemeModel()->rowCount(), 2);
    const core::AppraisalScheme copy = panel->current();
    QCOMPARE(copy.year, 2027);
    QCOMPARE(copy.copiedFrom, s.id);
    QCOMPARE(copy.title, QStringLiteral("2027年度优抚工作目标管理考核方案"));
    QCOMPARE(copy.status, SchemeStatus::Draft);
    QVERIFY(button(panel, "editScheme")->isEnabled());
    // Copying 2026 again: 2027 has its unit scheme, said in the clerk's words.
    QVERIFY(panel->selectScheme(s.id));
    QTest::mouseClick(button(panel, "copyScheme"), Qt::LeftButton);
    QVERIFY(!test::visibleError(panel).isEmpty());
    QCOMPARE(panel->schemeModel()->rowCount(), 2);
    // Edit the copy from the keyboard: Enter saves.
    QVERIFY(panel->selectScheme(copy.id));
    handled = false;
    test::whenDialogOpens<ui::SchemeDialog>(
        this,
        [](ui::SchemeDialog* d) {
            QVERIFY(!d->findChild<QSpinBox*>("schemeYear")->isEnabled());
            QVERIFY(!d->findChild<QComboBox*>("schemeKind")->isEnabled());
            QCOMPARE(d->weightSum(), 1000);
            test::typeInto(d, "schemeBasis", QStringLiteral("武民发〔2027〕1号（示例）"));
            QTest::keyClick(d->findChild<QLineEdit*>("schemeBasis"), Qt::Key_Return);
        },
        &handled);
    QTest::mouseClick(button(panel, "editScheme"), Qt::LeftButton);
    QVERIFY(handled);
    QCOMPARE(core::SchemeStore(t.db()).byId(copy.id)->basis,
             QStringLiteral("武民发〔2027〕1号（示例）"));
}

void TstUiAppraisalSchemes::kindChangeStartsFromItsCatalogue()
{
    test::TestDb t;
    setNow(t, 2026, 1, 5);
    ui::Session chief{&t.db(), t.addUser("liuke", Role::SectionChief)};
    core::AppraisalScheme s;
    s.year = 2026;
    ui::SchemeDialog d(chief, s);
    d.show();
    auto* kind = d.findChild<QComboBox*>("schemeKind");
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    QCOMPARE(kind->currentData().toInt(), int(SchemeKind::Staff));
    QCOMPARE(d.indicatorTable()->rowCount(),
             int(core::SchemeRules::defaultIndicators(SchemeKind::Staff).size()));
    QCOMPARE(d.scheme().goodAt, 700);
    QCOMPARE(
        d.findChild<QLineEdit*>("schemeTitle")->text(),
        ui::SchemeDialog::tr("Post appraisal scheme of the special-care staff for %1").arg(2026));
    QVERIFY(!d.findChild<QCheckBox*>("schemeVetoGroup")->isEnabled());
    // The count target (visits made) is a number, not a percentage.
    const core::AppraisalScheme typed = d.scheme();
    for (const core::AppraisalIndicator& i : typed.indicators)
        if (i.code == QLatin1String(core::staffindicator::VisitsMade))
            QCOMPARE(i.target, 60);
    QVERIFY(core::SchemeRules::problems(typed).isEmpty());
    // Another year: the default title follows it.
    auto* year = d.findChild<QSpinBox*>("schemeYear");
    year->setFocus();
    QTest::keyClick(year, Qt::Key_Up);
    QCOMPARE(
        d.findChild<QLineEdit*>("schemeTitle")->text(),
        ui::SchemeDialog::tr("Post appraisal scheme of the special-care staff for %1").arg(2027));
}

void TstUiAppraisalSchemes::readerSeesNoWriteButton()
{
    test::TestDb t;
    const core::Actor chief = t.addUser("liuke", Role::SectionChief);
    core::AppraisalScheme s;
    s.year = 2026;
    s.kind = SchemeKind::Unit;
    s.title = QStringLiteral("2026年度优抚工作目标管理考核方案");
    s.excellentAt = 900;
    s.goodAt = 800;
    s.passAt = 600;
    s.indicators = core::SchemeRules::defaultIndicators(SchemeKind::Unit);
    QVERIFY(core::SchemeStore(t.db()).saveDraft(chief, s));
    ui::Session clerk{&t.db(), t.addUser("zhangli", Role::Clerk)};
    ui::SchemesPanel panel(clerk);
    panel.show();
    panel.reload();
    QCOMPARE(panel.schemeModel()->rowCount(), 1);
    QVERIFY(panel.current().id > 0);
    QVERIFY(panel.indicatorModel()->rowCount() > 0);
    for (const char* name : {"newScheme", "editScheme", "approveScheme", "copyScheme"})
        QVERIFY2(!button(&panel, name)->isVisible(), name);
    QVERIFY(panel.findChild<QLabel*>("schemeSummary")->text().contains(QStringLiteral("90.0")));
}

void TstUiAppraisalSchemes::directorMarksSeriousEffect()
{
    test::TestDb t;
    setNow(t, 2026, 5, 6);
    const core::Actor clerkActor = t.addUser("zhangli", Role::Clerk);
    ui::Session director{&t.db(), t.addUser("wangju", Role::Director, QStringLiteral("王局长"))};
    core::PetitionCase c;
    c.receivedAt = QDateTime(QDate(2026, 5, 3), QTime(9, 30));
    c.channel = core::PetitionChannel::Visit;
    c.subject = core::PetitionSubject::Benefit;
    c.townshipCode = QStringLiteral("430581001");
    core::Petitioner who;
    who.name = QStringLiteral("陈某");
    c.petitioners << who;
    c.summary = QStringLiteral("反映抚恤金发放问题");
    auto caseId = core::PetitionStore(t.db()).registerCase(clerkActor, c);
    QVERIFY2(caseId, qPrintable(caseId.error()));

    {
        ui::CaseDialog d(director, caseId.value());
        d.show();
        d.tabs()->setCurrentIndex(1);
        auto* bar = d.findChild<ui::SeriousEffectBar*>("seriousEffectBar");
        QVERIFY(bar);
        QVERIFY(bar->button()->isVisibleTo(&d));
        QVERIFY(!bar->button()->isChecked());
        bool handled = false;
        test::whenDialogOpens<QInputDialog>(
            this,
            [](QInputDialog* in) {
                auto* edit = in->findChild<QLineEdit*>();
                QVERIFY(edit);
                QInputMethodEvent ev;
                ev.setCommitString(QStringLiteral("在网络上造成不良舆情"));
                QApplication::sendEvent(edit, &ev);
                QTest::keyClick(edit, Qt::Key_Return);
            },
            &handled);
        bar->button()->setFocus();
        QTest::keyClick(bar->button(), Qt::Key_Space);
        QVERIFY(handled);
        QVERIFY(core::SeriousEffectStore(t.db()).isSerious(caseId.value()));
        QVERIFY(bar->button()->isChecked());
        QVERIFY(bar->label()->text().contains(QStringLiteral("王局长")));
        QVERIFY(d.changed());
        QCOMPARE(actions(t, "petition.serious_effect"), 1);
    }
    ui::Session clerk{&t.db(), clerkActor};
    ui::CaseDialog d(clerk, caseId.value());
    d.show();
    d.tabs()->setCurrentIndex(1);
    auto* bar = d.findChild<ui::SeriousEffectBar*>("seriousEffectBar");
    QVERIFY(bar);
    QVERIFY(!bar->button()->isVisibleTo(&d));
    QVERIFY(bar->isVisibleTo(&d));
    QVERIFY(bar->label()->text().contains(QStringLiteral("王局长")));
}

QTEST_MAIN(TstUiAppraisalSchemes)
#include "tst_ui_appraisalschemes.moc"
