// The 乡镇工作 page's township workers and training panels (issue 15), driven offscreen as a
// clerk does: add a 专干 in the dialog, see the row with the phone masked and end the
// service; plan a session, choose all 专干, tick who came, see the summary; export with one
// audit entry; the attendance sheet renders; a reader sees no write button.
#include "models/infostaffmodel.h"
#include "pages/townshippage.h"
#include "petition/warningstore.h"
#include "registry/phonenumber.h"
#include "report/documentrenderer.h"
#include "security/permission.h"
#include "testdb.h"
#include "township/attendeechooser.h"
#include "township/sessiondialog.h"
#include "township/trainingpanel.h"
#include "township/trainingpapers.h"
#include "township/trainingsessionmodel.h"
#include "township/trainingstore.h"
#include "township/workerdialog.h"
#include "township/workerspanel.h"
#include "uidriver.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QListWidget>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace youfu;
using core::Role;

namespace {
// Today in a TestDb is 2026-11-29.
const QString kT1 = QStringLiteral("430581001");
const QString kT2 = QStringLiteral("430581002");

QPushButton* button(QWidget* w, const char* name)
{
    auto* b = w->findChild<QPushButton*>(name);
    if (!b)
        qWarning("no button %s", name);
    return b;
}

int auditCount(test::TestDb& t, const QString& action)
{
    QSqlQuery q(t.db().connection());
    q.prepare("SELECT count(*) FROM audit_log WHERE action = ?");
    q.addBindValue(action);
    q.exec();
    return q.next() ? q.value(0).toInt() : -1;
}

qint64 addWorker(test::TestDb& t, const core::Actor& clerk, const QString& township,
                 const QString& name, core::StaffDuty duty)
{
    core::InfoStaff s;
    s.townshipCode = township;
    s.name = name;
    s.phone = QStringLiteral("13907301234");
    s.since = QDate(2025, 3, 1);
    s.duty = duty;
    auto id = core::WarningStore(t.db()).saveStaff(clerk, s);
    if (!id)
        qWarning("%s", qPrintable(id.error()));
    return id ? id.value() : 0;
}

// The access keys of the widgets shown together in `w` (buttons and labels with buddies).
QStringList clashes(QWidget* w)
{
    w->resize(1280, 680);
    w->show();
    QApplication::processEvents();
    QHash<QChar, QString> seen;
    QStringList out;
    QStringList texts;
    for (auto* l : w->findChildren<QLabel*>())
        if (l->isVisibleTo(w))
            texts << l->text();
    for (auto* b : w->findChildren<QAbstractButton*>())
        if (b->isVisibleTo(w))
            texts << b->text();
    for (const QString& text : texts) {
        const int amp = text.indexOf(QLatin1Char('&'));
        if (amp < 0 || amp + 1 >= text.size() || text.at(amp + 1) == QLatin1Char('&'))
            continue;
        const QChar key = text.at(amp + 1).toLower();
        if (seen.contains(key))
            out << QStringLiteral("%1: %2 and %3").arg(w->objectName(), seen.value(key), text);
        seen.insert(key, text);
    }
    w->hide();
    return out;
}
} // namespace

class TestUiTraining : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clerkAddsAndEndsAWorker();
    void clerkPlansASessionAndMarksAttendance();
    void summaryShowsWhoMissedTheAnnualTraining();
    void exportsAreAudited();
    void attendanceSheetRenders();
    void readerSeesNoWriteButton();
    void pageHasBothPanels();
    void accessKeysDoNotClash();
};

void TestUiTraining::clerkAddsAndEndsAWorker()
{
    test::TestDb t;
    ui::Session session{&t.db(), t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"))};
    ui::WorkersPanel panel(session);
    panel.reload();
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel.model()->rowCount(), 0);

    test::ModalDriver drive;
    drive.whenOpen(nullptr, [&](QDialog* d) {
        QCOMPARE(d->objectName(), QStringLiteral("workerDialog"));
        auto* township = d->findChild<QComboBox*>("workerTownship");
        township->setCurrentIndex(township->findData(kT2));
        auto* duty = d->findChild<QComboBox*>("workerDuty");
        QCOMPARE(duty->currentData().toInt(), int(core::StaffDuty::Care)); // a new one is a 专干
        // Saving without a name says so and keeps the dialog open.
        test::clickOk(d);
        QVERIFY(d->isVisible());
        QVERIFY(!test::visibleError(d).isEmpty());
        test::typeInto(d, "workerName", QString::fromUtf8("周红梅"));
        test::typeInto(d, "workerPhone", QStringLiteral("13907305678"));
        test::clickOk(d);
        QVERIFY(!d->isVisible());
    });
    QTest::mouseClick(button(&panel, "newWorker"), Qt::LeftButton);
    QVERIFY2(drive.ok(), drive.problem());
    QCOMPARE(panel.model()->rowCount(), 1);
    const core::InfoStaff w = panel.model()->staffAt(0);
    QCOMPARE(w.name, QString::fromUtf8("周红梅"));
    QCOMPARE(w.duty, core::StaffDuty::Care);
    QCOMPARE(w.townshipCode, kT2);
    const bool reveal = core::isAllowed(session.actor.roles, core::Permission::RevealSensitive);
    QCOMPARE(panel.model()->index(0, ui::InfoStaffModel::Phone).data().toString(),
             reveal ? QStringLiteral("13907305678")
                    : core::PhoneNumber::mask(QStringLiteral("13907305678")));
    QCOMPARE(panel.model()->index(0, ui::InfoStaffModel::TrainingHours).data().toString(),
             QStringLiteral("0"));
    QCOMPARE(auditCount(t, "petition.staff_save"), 1);

    // Filter by duty: no 信息员.
    auto* duty = panel.findChild<QComboBox*>("workersDuty");
    duty->setCurrentIndex(duty->findData(int(core::StaffDuty::Info)));
    QCOMPARE(panel.model()->rowCount(), 0);
    duty->setCurrentIndex(0);
    QCOMPARE(panel.model()->rowCount(), 1);

    panel.table()->setCurrentIndex(panel.model()->index(0, 0));
    test::ModalDriver end;
    end.whenOpen(nullptr, [&](QDialog* d) {
        QCOMPARE(d->objectName(), QStringLiteral("endWorkerDialog"));
        test::clickOk(d);
        QVERIFY(!d->isVisible());
    });
    QTest::mouseClick(button(&panel, "endWorker"), Qt::LeftButton);
    QVERIFY2(end.ok(), end.problem());
    QCOMPARE(panel.model()->rowCount(), 0); // serving only
    panel.findChild<QCheckBox*>("workersServingOnly")->setChecked(false);
    QCOMPARE(panel.model()->rowCount(), 1);
    QCOMPARE(auditCount(t, "petition.staff_end"), 1);
}

void TestUiTraining::clerkPlansASessionAndMarksAttendance()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"));
    ui::Session session{&t.db(), clerk};
    const qint64 a = addWorker(t, clerk, kT1, QString::fromUtf8("周红梅"), core::StaffDuty::Care);
    addWorker(t, clerk, kT2, QString::fromUtf8("李国平"), core::StaffDuty::Care);
    addWorker(t, clerk, kT2, QString::fromUtf8("刘德明"), core::StaffDuty::Info);
    ui::TrainingPanel panel(session);
    panel.reload();
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    test::ModalDriver drive;
    drive.whenOpen(nullptr, [&](QDialog* d) {
        QCOMPARE(d->objectName(), QStringLiteral("sessionDialog"));
        auto* kind = d->findChild<QComboBox*>("sessionKind");
        kind->setCurrentIndex(kind->findData(int(core::TrainingKind::AnnualTownship)));
        test::typeInto(d, "sessionTopic", QString::fromUtf8("优抚政策解读"));
        test::typeInto(d, "sessionTrainer", QString::fromUtf8("王科长"));
        auto* hours = d->findChild<QDoubleSpinBox*>("sessionHours");
        hours->selectAll();
        QTest::keyClicks(hours, QStringLiteral("3.5"));
        test::typeInto(d, "sessionPlace", QString::fromUtf8("三楼会议室"));
        test::clickOk(d);
        QVERIFY2(!d->isVisible(), qPrintable(test::visibleError(d)));
    });
    QTest::mouseClick(button(&panel, "newSession"), Qt::LeftButton);
    QVERIFY2(drive.ok(), drive.problem());
    QCOMPARE(panel.model()->rowCount(), 1);
    const core::TrainingSession s = panel.chosen();
    QCOMPARE(s.topic, QString::fromUtf8("优抚政策解读"));
    QCOMPARE(s.minutes, 210);
    QVERIFY(!s.held);
    QCOMPARE(auditCount(t, "township.training_save"), 1);

    test::ModalDriver choose;
    choose.whenOpen(nullptr, [&](QDialog* d) {
        auto* chooser = qobject_cast<ui::AttendeeChooser*>(d);
        QVERIFY(chooser);
        QTest::mouseClick(button(d, "chooseAllCare"), Qt::LeftButton);
        QCOMPARE(chooser->checkedCount(), 2);
        test::clickOk(d);
        QVERIFY(!d->isVisible());
    });
    QTest::mouseClick(button(&panel, "chooseAttendees"), Qt::LeftButton);
    QVERIFY2(choose.ok(), choose.problem());
    QCOMPARE(auditCount(t, "township.training_invite"), 1);
    QCOMPARE(panel.attendeeList()->count(), 2);

    // Tick the first (周红梅, 迎春亭 comes first in the townships' order) and save.
    QListWidgetItem* first = panel.attendeeList()->item(0);
    QVERIFY(first->text().contains(QString::fromUtf8("周红梅")));
    QVERIFY(first->flags() & Qt::ItemIsUserCheckable);
    first->setCheckState(Qt::Checked);
    QTest::mouseClick(button(&panel, "saveAttendance"), Qt::LeftButton);
    QCOMPARE(auditCount(t, "township.training_attendance"), 1);
    const core::TrainingSession held = panel.chosen();
    QCOMPARE(held.id, s.id);
    QVERIFY(held.held);
    QCOMPARE(held.attended, 1);
    QCOMPARE(panel.model()->index(0, ui::TrainingSessionModel::State).data().toString(),
             QStringLiteral("held"));

    if (!qEnvironmentVariableIsEmpty("YOUFU_GRAB")) { // a look at the panel (not a check)
        panel.resize(1280, 600);
        panel.grab().save(qEnvironmentVariable("YOUFU_GRAB") + QStringLiteral("-training.png"));
    }

    // The workers list shows the hours.
    ui::WorkersPanel workers(session);
    workers.reload();
    if (!qEnvironmentVariableIsEmpty("YOUFU_GRAB")) {
        workers.resize(1280, 600);
        workers.grab().save(qEnvironmentVariable("YOUFU_GRAB") + QStringLiteral("-workers.png"));
    }
    for (int r = 0; r < workers.model()->rowCount(); ++r) {
        const bool came = workers.model()->staffAt(r).id == a;
        QCOMPARE(workers.model()->index(r, ui::InfoStaffModel::TrainingHours).data().toString(),
                 came ? QStringLiteral("3.5") : QStringLiteral("0"));
    }
}

void TestUiTraining::summaryShowsWhoMissedTheAnnualTraining()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"));
    ui::Session session{&t.db(), clerk};
    const qint64 a = addWorker(t, clerk, kT1, QString::fromUtf8("周红梅"), core::StaffDuty::Care);
    const qint64 b = addWorker(t, clerk, kT1, QString::fromUtf8("刘德明"), core::StaffDuty::Info);
    core::TrainingStore store(t.db());
    core::TrainingSession s;
    s.heldOn = QDate(2026, 4, 10);
    s.topic = QString::fromUtf8("年度培训");
    s.minutes = 180;
    s.kind = core::TrainingKind::AnnualTownship;
    const qint64 id = store.saveSession(clerk, s).value();
    core::TrainingAttendee x;
    x.staffId = a;
    x.name = QString::fromUtf8("周红梅");
    core::TrainingAttendee y;
    y.staffId = b;
    y.name = QString::fromUtf8("刘德明");
    QVERIFY(store.setAttendees(clerk, id, {x, y}));
    const auto list = store.attendees(id).value();
    QVERIFY(store.recordAttendance(clerk, id, {list.at(0).id}));

    ui::TrainingPanel panel(session);
    panel.reload();
    QVERIFY(panel.openView(QStringLiteral("summary")));
    QTableWidget* summary = panel.summary();
    QCOMPARE(summary->rowCount(), 1);
    QCOMPARE(summary->item(0, 1)->text(), QStringLiteral("2"));
    QCOMPARE(summary->item(0, 2)->text(), QStringLiteral("3"));
    QCOMPARE(summary->item(0, 3)->text(), QStringLiteral("1"));
    QCOMPARE(summary->item(0, 4)->text(), QString::fromUtf8("刘德明"));
}

void TestUiTraining::exportsAreAudited()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"));
    ui::Session session{&t.db(), clerk};
    addWorker(t, clerk, kT1, QString::fromUtf8("周红梅"), core::StaffDuty::Care);
    core::TrainingSession s;
    s.heldOn = QDate(2026, 4, 10);
    s.topic = QString::fromUtf8("年度培训");
    s.minutes = 180;
    QVERIFY(core::TrainingStore(t.db()).saveSession(clerk, s));
    ui::TrainingPanel panel(session);
    panel.reload();
    const QString sessions = t.dir() + QStringLiteral("/sessions.xlsx");
    QVERIFY(panel.exportSessionsTo(sessions));
    const QString summary = t.dir() + QStringLiteral("/summary.xlsx");
    QVERIFY(panel.exportSummaryTo(summary));
    ui::WorkersPanel workers(session);
    workers.reload();
    const QString list = t.dir() + QStringLiteral("/workers.csv");
    QVERIFY(workers.exportTo(list));
    for (const QString& f : {sessions, summary, list}) {
        QVERIFY2(QFile::exists(f), qPrintable(f));
        QVERIFY2(!(QFile::permissions(f) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)),
                 qPrintable(f));
    }
    QCOMPARE(auditCount(t, "list.export"), 3);
    QFile csv(list);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QVERIFY(!text.contains(QStringLiteral("13907301234"))); // phones masked
    QVERIFY(text.contains(core::PhoneNumber::mask(QStringLiteral("13907301234"))));
}

void TestUiTraining::attendanceSheetRenders()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"));
    ui::Session session{&t.db(), clerk};
    QList<core::TrainingAttendee> asked;
    for (int i = 0; i < 20; ++i) {
        core::TrainingAttendee a;
        a.name = QString::fromUtf8("专干%1").arg(i + 1);
        a.staffId = addWorker(t, clerk, i % 2 ? kT1 : kT2, a.name,
                              i % 3 ? core::StaffDuty::Info : core::StaffDuty::Care);
        asked << a;
    }
    core::TrainingSession s;
    s.heldOn = QDate(2026, 12, 10);
    s.topic = QString::fromUtf8("优抚政策与业务规范年度培训");
    s.trainer = QString::fromUtf8("王建华");
    s.place = QString::fromUtf8("市民政局三楼会议室");
    s.minutes = 360;
    const qint64 id = core::TrainingStore(t.db()).saveSession(clerk, s).value();
    QVERIFY(core::TrainingStore(t.db()).setAttendees(clerk, id, asked));
    ui::TrainingPanel panel(session);
    panel.reload();
    QCOMPARE(panel.chosen().id, qint64(0));
    panel.table()->setCurrentIndex(panel.model()->index(0, 0));
    QCOMPARE(panel.attendeeList()->count(), 20);
    // Planned: nobody can be ticked yet.
    QVERIFY(!(panel.attendeeList()->item(0)->flags() & Qt::ItemIsUserCheckable));
    const QString pdf = t.dir() + QStringLiteral("/sheet.pdf");
    const core::Status st =
        core::renderToPdf(pdf, panel.attendanceSheet(), QStringLiteral("签到表"));
    QVERIFY2(st, qPrintable(st.error()));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    core::AttendanceSheet sheet;
    sheet.attendees = core::TrainingStore(t.db()).attendees(id).value();
    QCOMPARE(core::TrainingPapers::attendanceSheetPages(sheet), 2); // 20 and a spare: 18 a page
    if (!qEnvironmentVariableIsEmpty("YOUFU_KEEP_SHEET"))
        QFile::copy(pdf, qEnvironmentVariable("YOUFU_KEEP_SHEET"));
}

void TestUiTraining::readerSeesNoWriteButton()
{
    test::TestDb t;
    ui::Session session{&t.db(), t.addUser("shenji", Role::Inspector, QString::fromUtf8("审计"))};
    ui::WorkersPanel workers(session);
    ui::TrainingPanel training(session);
    for (const char* name : {"newWorker", "editWorker", "endWorker"})
        QVERIFY2(!button(&workers, name)->isVisibleTo(&workers), name);
    for (const char* name :
         {"newSession", "editSession", "chooseAttendees", "saveAttendance", "attachMaterial"})
        QVERIFY2(!button(&training, name)->isVisibleTo(&training), name);
    QVERIFY(button(&workers, "exportWorkers")->isVisibleTo(&workers));
    QVERIFY(button(&training, "printAttendanceSheet")->isVisibleTo(&training));
}

void TestUiTraining::pageHasBothPanels()
{
    test::TestDb t;
    ui::Session session{&t.db(), t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"))};
    ui::TownshipPage page(session);
    QVERIFY(page.panel(QStringLiteral("workers")));
    QVERIFY(page.panel(QStringLiteral("training")));
    QVERIFY(page.openView(QStringLiteral("training:summary")));
    QCOMPARE(page.tabs()->currentWidget(), page.panel(QStringLiteral("training")));
    QCOMPARE(page.panel(QStringLiteral("training"))
                 ->findChild<QTabWidget*>("trainingTabs")
                 ->currentIndex(),
             1);
}

void TestUiTraining::accessKeysDoNotClash()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"));
    ui::Session session{&t.db(), clerk};
    ui::WorkersPanel workers(session);
    ui::TrainingPanel training(session);
    core::InfoStaff w;
    ui::WorkerDialog wd(session, w);
    core::TrainingSession s;
    s.heldOn = QDate(2026, 4, 10);
    s.topic = QStringLiteral("x");
    s.minutes = 60;
    s.id = core::TrainingStore(t.db()).saveSession(clerk, s).value();
    ui::SessionDialog sd(session, s);
    ui::AttendeeChooser ac(session, s);
    QStringList problems;
    for (QWidget* w : std::initializer_list<QWidget*>{&workers, &training, &wd, &sd, &ac})
        problems << clashes(w);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestUiTraining)
#include "tst_ui_training.moc"
