// The 年终考核 page's staff tab (issue 16), driven offscreen as the office does: the section
// chief adjusts a clerk's target and previews the 岗位目标责任书; computes; the clerk writes
// their own self-assessment and cannot write another's; the chief gives an opinion; the
// director grades; a reader sees no write button; every model passes the model tester.
#include "appraisal/schemerules.h"
#include "appraisal/schemestore.h"
#include "appraisal/staffpanel.h"
#include "appraisal/staffstepdialog.h"
#include "appraisal/staffstore.h"
#include "appraisal/stafftargetsdialog.h"
#include "models/recordtablemodel.h"
#include "report/documentrenderer.h"
#include "testdb.h"
#include "uidriver.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QSqlQuery>
#include <QTableView>

using namespace youfu;
using core::Role;

class TestUiAppraisalStaff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chiefAdjustsTargetAndPreviewsForm();
    void clerkWritesOwnSelfAssessmentOnly();
    void opinionThenGrade();
    void readerSeesNoWriteButton();
};

namespace {
struct Office
{
    explicit Office(test::TestDb& t)
    {
        clerk = t.addUser("clerk", Role::Clerk, QString::fromUtf8("王经办"));
        clerk2 = t.addUser("clerk2", Role::Clerk, QString::fromUtf8("赵经办"));
        chief = t.addUser("chief", Role::SectionChief, QString::fromUtf8("李科长"));
        inspector = t.addUser("inspector", Role::Inspector, QString::fromUtf8("陈纪检"));
        director = t.addUser("director", Role::Director, QString::fromUtf8("刘局长"));
        core::AppraisalScheme s;
        s.year = 2026;
        s.kind = core::SchemeKind::Staff;
        s.title = QString::fromUtf8("2026年度工作人员岗位考核方案");
        s.excellentAt = 900;
        s.goodAt = 750;
        s.passAt = 600;
        s.basis = QString::fromUtf8("武民发〔2026〕1号");
        s.indicators = core::SchemeRules::defaultIndicators(core::SchemeKind::Staff);
        core::SchemeStore store(t.db());
        auto id = store.saveDraft(chief, s);
        if (!id || !store.approve(director, id.value()))
            qWarning("the staff scheme was not set up");
    }
    core::Actor clerk, clerk2, chief, inspector, director;
};

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

void testModels(ui::StaffPanel& panel, QObject* owner)
{
    for (QAbstractItemModel* m : {static_cast<QAbstractItemModel*>(panel.staffModel()),
                                  static_cast<QAbstractItemModel*>(panel.targetsModel()),
                                  static_cast<QAbstractItemModel*>(panel.resultsModel())})
        new QAbstractItemModelTester(m, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     owner);
}

void writeText(QDialog* d, const QString& text)
{
    auto* edit = d->findChild<QPlainTextEdit*>("staffStepText");
    QVERIFY(edit);
    edit->setFocus();
    edit->clear();
    QInputMethodEvent ev;
    ev.setCommitString(text);
    QApplication::sendEvent(edit, &ev);
}
} // namespace

void TestUiAppraisalStaff::chiefAdjustsTargetAndPreviewsForm()
{
    test::TestDb t;
    Office o(t);
    ui::Session session{&t.db(), o.chief};
    ui::StaffPanel panel(session);
    testModels(panel, &panel);
    panel.show();
    panel.reload();
    QCOMPARE(panel.year(), 2026);
    QCOMPARE(panel.staffModel()->rowCount(), 5);
    QVERIFY(panel.selectUser(o.clerk.userId));
    QCOMPARE(panel.targetsModel()->rowCount(), 4);
    QVERIFY(button(&panel, "staffAdjustTargets")->isVisible());
    QVERIFY(!button(&panel, "staffGrade")->isVisible());

    // Escape leaves the dialog without a change.
    bool handled = false;
    test::whenDialogOpens<ui::StaffTargetsDialog>(
        &panel, [](ui::StaffTargetsDialog* d) { QTest::keyClick(d, Qt::Key_Escape); }, &handled);
    QTest::mouseClick(button(&panel, "staffAdjustTargets"), Qt::LeftButton);
    QVERIFY(handled);
    QCOMPARE(auditCount(t, "staff_appraisal.targets"), 0);

    handled = false;
    test::whenDialogOpens<ui::StaffTargetsDialog>(
        &panel,
        [](ui::StaffTargetsDialog* d) {
            auto* visits = d->findChild<QDoubleSpinBox*>("target_visits_made");
            QVERIFY(visits);
            visits->setValue(80);
            auto* note = d->findChild<QLineEdit*>("note_visits_made");
            QVERIFY(note);
            note->setText(QStringLiteral("key persons"));
            // Weights off by 10 points: refused, the dialog stays open with the reason.
            d->findChild<QDoubleSpinBox*>("weight_visits_made")->setValue(30.0);
            test::clickOk(d);
            QVERIFY(d->isVisible());
            QVERIFY(test::visibleError(d).contains("100 points"));
            d->findChild<QDoubleSpinBox*>("weight_visits_made")->setValue(20.0);
            test::clickOk(d);
            QVERIFY(!d->isVisible());
        },
        &handled);
    QTest::mouseClick(button(&panel, "staffAdjustTargets"), Qt::LeftButton);
    QVERIFY(handled);
    QCOMPARE(auditCount(t, "staff_appraisal.targets"), 1);
    QCOMPARE(panel.selectedUserId(), o.clerk.userId);
    QCOMPARE(panel.targetsModel()->index(3, 1).data().toString(), QStringLiteral("80"));
    QCOMPARE(panel.targetsModel()->index(3, 3).data().toString(), QStringLiteral("key persons"));

    // The responsibility form: previewed in the window, and it renders.
    auto doc = panel.pledgeDocument();
    QVERIFY2(doc, qPrintable(doc.error()));
    QVERIFY(doc->toHtml().contains(QString::fromUtf8("王经办")));
    QVERIFY(doc->toHtml().contains(QString::fromUtf8("80次")));
    const QString pdf = t.dir() + "/pledge.pdf";
    QVERIFY(core::renderToPdf(doc.value(), pdf));
    QVERIFY(QFileInfo(pdf).size() > 1000);
    test::ModalDriver drive;
    drive.whenOpen(nullptr, [](QDialog* d) { QVERIFY(qobject_cast<QPrintPreviewDialog*>(d)); });
    QTest::mouseClick(button(&panel, "staffPrintPledge"), Qt::LeftButton);
    QVERIFY2(drive.ok(), drive.problem());
    QCOMPARE(auditCount(t, "staff_appraisal.pledge_printed"), 0); // previewed, not printed

    // Compute: the results of the chosen person show, "no records yet" where there are none.
    QTest::mouseClick(button(&panel, "staffCompute"), Qt::LeftButton);
    QCOMPARE(auditCount(t, "staff_appraisal.compute"), 1);
    QCOMPARE(panel.resultsModel()->rowCount(), 4);
    QCOMPARE(panel.resultsModel()->index(0, 3).data().toString(), QStringLiteral("no records yet"));
}

void TestUiAppraisalStaff::clerkWritesOwnSelfAssessmentOnly()
{
    test::TestDb t;
    Office o(t);
    ui::Session session{&t.db(), o.clerk};
    ui::StaffPanel panel(session);
    testModels(panel, &panel);
    panel.show();
    panel.reload();
    for (const char* name : {"staffAdjustTargets", "staffPrintPledge", "staffCompute",
                             "staffOpinion", "staffGrade", "staffGradeFromAbove"})
        QVERIFY2(!button(&panel, name)->isVisible(), name);
    QVERIFY(button(&panel, "staffSelf")->isVisible());

    QVERIFY(panel.selectUser(o.clerk2.userId));
    QVERIFY(!button(&panel, "staffSelf")->isEnabled()); // not on another's row
    QVERIFY(panel.selectUser(o.clerk.userId));
    QVERIFY(button(&panel, "staffSelf")->isEnabled());
    bool handled = false;
    test::whenDialogOpens<ui::StaffStepDialog>(
        &panel,
        [](ui::StaffStepDialog* d) {
            writeText(d, QString::fromUtf8("全年经办审批120件，无超时。"));
            test::clickOk(d);
            QVERIFY(!d->isVisible());
        },
        &handled);
    QTest::mouseClick(button(&panel, "staffSelf"), Qt::LeftButton);
    QVERIFY(handled);
    QCOMPARE(auditCount(t, "staff_appraisal.self"), 1);
    const int row = panel.staffModel()->rowOf(o.clerk.userId);
    QCOMPARE(panel.staffModel()->index(row, 3).data().toString(), QStringLiteral("written"));
    // The store refuses another's, whatever the window shows.
    QVERIFY(!core::StaffStore(t.db()).writeSelf(o.clerk, 2026, o.clerk2.userId, "x"));
    QCOMPARE(auditCount(t, "staff_appraisal.self"), 1);
}

void TestUiAppraisalStaff::opinionThenGrade()
{
    test::TestDb t;
    Office o(t);
    QVERIFY(core::StaffStore(t.db()).writeSelf(o.clerk, 2026, o.clerk.userId,
                                               QString::fromUtf8("完成全年任务")));
    {
        ui::Session session{&t.db(), o.chief};
        ui::StaffPanel panel(session);
        testModels(panel, &panel);
        panel.show();
        panel.reload();
        QVERIFY(panel.selectUser(o.chief.userId));
        QVERIFY(!button(&panel, "staffOpinion")->isEnabled()); // not on oneself
        QVERIFY(panel.selectUser(o.director.userId));
        QVERIFY(!button(&panel, "staffOpinion")->isEnabled());
        QVERIFY(button(&panel, "staffGradeFromAbove")->isEnabled());
        QVERIFY(panel.selectUser(o.clerk.userId));
        QVERIFY(button(&panel, "staffOpinion")->isEnabled());
        bool handled = false;
        test::whenDialogOpens<ui::StaffStepDialog>(
            &panel,
            [](ui::StaffStepDialog* d) {
                writeText(d, QString::fromUtf8("工作认真，按期办结。"));
                test::clickOk(d);
                QVERIFY(!d->isVisible());
            },
            &handled);
        QTest::mouseClick(button(&panel, "staffOpinion"), Qt::LeftButton);
        QVERIFY(handled);
        QCOMPARE(auditCount(t, "staff_appraisal.opinion"), 1);
        const int row = panel.staffModel()->rowOf(o.clerk.userId);
        QCOMPARE(panel.staffModel()->index(row, 4).data().toString(), QString::fromUtf8("李科长"));
    }
    ui::Session session{&t.db(), o.director};
    ui::StaffPanel panel(session);
    testModels(panel, &panel);
    panel.show();
    panel.reload();
    QVERIFY(panel.selectUser(o.director.userId));
    QVERIFY(!button(&panel, "staffGrade")->isEnabled()); // graded by the level above
    QVERIFY(panel.selectUser(o.clerk.userId));
    QVERIFY(button(&panel, "staffGrade")->isEnabled());
    bool handled = false;
    test::whenDialogOpens<ui::StaffStepDialog>(
        &panel,
        [](ui::StaffStepDialog* d) {
            auto* grade = d->findChild<QComboBox*>("staffGradeChoice");
            QVERIFY(grade);
            grade->setCurrentIndex(grade->findData(int(core::Grade::Excellent)));
            writeText(d, QString::fromUtf8("表现突出"));
            test::clickOk(d);
            QVERIFY(!d->isVisible());
        },
        &handled);
    QTest::mouseClick(button(&panel, "staffGrade"), Qt::LeftButton);
    QVERIFY(handled);
    QCOMPARE(auditCount(t, "staff_appraisal.grade"), 1);
    const int row = panel.staffModel()->rowOf(o.clerk.userId);
    QCOMPARE(panel.staffModel()->index(row, 5).data().toString(), QStringLiteral("Excellent"));
    QVERIFY(!button(&panel, "staffGrade")->isEnabled()); // graded once
    auto a = core::StaffStore(t.db()).appraisal(2026, o.clerk.userId);
    QCOMPARE(a->grade, core::Grade::Excellent);
    QCOMPARE(a->gradeNote, QString::fromUtf8("表现突出"));
}

void TestUiAppraisalStaff::readerSeesNoWriteButton()
{
    test::TestDb t;
    Office o(t);
    ui::Session session{&t.db(), o.inspector};
    ui::StaffPanel panel(session);
    testModels(panel, &panel);
    panel.show();
    panel.reload();
    QCOMPARE(panel.staffModel()->rowCount(), 5);
    for (const char* name : {"staffAdjustTargets", "staffPrintPledge", "staffCompute",
                             "staffOpinion", "staffGrade", "staffGradeFromAbove"})
        QVERIFY2(!button(&panel, name)->isVisible(), name);
    // The table is reached with the keyboard and the arrows choose a person.
    auto* table = panel.findChild<QTableView*>("staffTable");
    QVERIFY(table);
    table->setFocus();
    const qint64 first = panel.selectedUserId();
    QTest::keyClick(table, Qt::Key_Down);
    QVERIFY(panel.selectedUserId() != first);
}

QTEST_MAIN(TestUiAppraisalStaff)
#include "tst_ui_appraisalstaff.moc"
