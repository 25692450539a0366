// The 走访慰问 page (issue 12): a clerk opens the calendar, moves to a day with the keyboard,
// records a visit with clicks and keys, and the due list and the home counts drop; the due list
// pages lazily by keyset; the director sees the page read-only; the person editor's Visit log
// tab shows the visit; the due list exports with one audit entry; the dialogs have unique
// access keys and fit 1280×680.
#include "app/homecards.h"
#include "approvalfixture.h"
#include "audit/auditlog.h"
#include "dialogs/keypersondialog.h"
#include "dialogs/personeditor.h"
#include "dialogs/plandialog.h"
#include "dialogs/visitdialog.h"
#include "io/listexports.h"
#include "models/duelistmodel.h"
#include "models/recordtablemodel.h"
#include "pages/visitpage.h"
#include "uidriver.h"
#include "visit/visitstore.h"
#include "widgets/personchooser.h"
#include "widgets/personvisitspanel.h"
#include "widgets/visitcalendar.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSet>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace youfu;
using test::ApprovalFixture;
using test::TestDb;

namespace {

const QDate kToday(2026, 11, 29); // the test clock's day, a Sunday

// A key person with a monthly plan from 29 October: due 29 October (overdue) and today.
struct VisitFixture
{
    explicit VisitFixture(TestDb& t) : f(t), db(t.db())
    {
        person = f.person(QStringLiteral("李卫民"), 11);
        f.holding(person, QStringLiteral("war_veteran"));
        core::KeyPersonRecord k;
        k.personId = person;
        k.reason = core::KeyPersonReason::Hardship;
        k.risk = core::RiskLevel::High;
        k.leaderUserId = f.chief.userId;
        k.workerUserId = f.clerk.userId;
        k.since = QDate(2026, 1, 1);
        k.reviewOn = QDate(2027, 1, 1);
        auto key = core::VisitStore(db).setKeyPerson(f.clerk, k);
        if (!key)
            f.ok = YOUFU_SETUP_FAILED("key person", key.error());
        plan = addPlan(person, QDate(2026, 10, 29));
    }

    qint64 addPlan(qint64 personId, const QDate& start)
    {
        core::VisitPlan p;
        p.title = QStringLiteral("每月走访");
        p.personId = personId;
        p.rhythm = core::Rhythm::Monthly;
        p.start = start;
        p.visitorUserIds = {f.clerk.userId};
        auto saved = core::VisitStore(db).savePlan(f.clerk, p);
        if (!saved)
            f.ok = YOUFU_SETUP_FAILED("plan", saved.error());
        return saved ? saved.value() : 0;
    }

    ApprovalFixture f;
    core::Database& db;
    qint64 person = 0;
    qint64 plan = 0;
};

QChar accessKey(const QString& text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return QChar();
}

// The access keys of a dialog's buttons and buddied labels that are not hidden on purpose.
QStringList keyClashes(QWidget* window)
{
    QHash<QChar, QString> seen;
    QStringList clashes;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window))
            continue;
        QString text;
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            text = b->text();
        else if (auto* l = qobject_cast<QLabel*>(w); l && l->buddy())
            text = l->text();
        else if (auto* l2 = qobject_cast<QLabel*>(w); l2 && !accessKey(l2->text()).isNull())
            clashes << QStringLiteral("label without buddy: ") + l2->text();
        const QChar k = accessKey(text);
        if (k.isNull())
            continue;
        if (seen.contains(k))
            clashes << QStringLiteral("Alt+%1: %2 / %3").arg(QString(k), seen.value(k), text);
        seen.insert(k, text);
    }
    return clashes;
}

} // namespace

class TstUiVisits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clerkRecordsVisitFromCalendar();
    void dueListPagesLazily();
    void directorSeesReadOnly();
    void homeCardOpensDueList();
    void personEditorShowsVisits();
    void dueListExports();
    void dialogsKeysAndFit();
};

void TstUiVisits::clerkRecordsVisitFromCalendar()
{
    TestDb t;
    VisitFixture v(t);
    QVERIFY(v.f.ok);
    ui::Session clerk{&t.db(), v.f.clerk};
    ui::VisitPage page(clerk);
    page.resize(1280, 680);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.openView(QStringLiteral("calendar")));
    QVERIFY(page.canRecord());

    // Before: today is due, 29 October overdue.
    const auto before = core::VisitStore(t.db()).homeCounts();
    QVERIFY2(before, qPrintable(before.error()));
    QCOMPARE(before->dueThisWeek, 1);
    QCOMPARE(before->overdue, 1);
    QCOMPARE(page.calendar()->day(kToday).due, 1);

    // To the day with the keyboard: the day before, then Right.
    page.calendar()->setSelectedDate(kToday.addDays(-1));
    auto* grid = page.calendar()->findChild<QTableView*>();
    QVERIFY(grid);
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_Right);
    QCOMPARE(page.calendar()->selectedDate(), kToday);
    QCOMPARE(page.dayModel()->rowCount(), 1);
    QCOMPARE(page.dayModel()->rowAt(0).extra, v.person);
    QCOMPARE(page.dayModel()->rowAt(0).id, v.plan);
    auto* title = page.findChild<QLabel*>("dayTitle");
    QVERIFY(title->text().contains(QStringLiteral("2026年11月29日")));

    page.openView(QStringLiteral("due"));
    QCOMPARE(page.dueModel()->totalCount(), 2);
    page.openView(QStringLiteral("calendar"));
    page.calendar()->setSelectedDate(kToday);

    const QString shots = qEnvironmentVariable("YOUFU_SHOTS"); // to look at
    if (!shots.isEmpty())
        page.grab().save(shots + QStringLiteral("/visitpage-calendar.png"));
    test::ModalDriver drive;
    drive.whenOpen(nullptr, [&](QDialog* d) {
        auto* dlg = qobject_cast<ui::VisitDialog*>(d);
        QVERIFY(dlg);
        if (!shots.isEmpty())
            dlg->grab().save(shots + QStringLiteral("/visitdialog.png"));
        QCOMPARE(dlg->persons()->personIds(), QList<qint64>{v.person});
        auto* demands = dlg->findChild<QPlainTextEdit*>("demands");
        QVERIFY(demands);
        demands->setFocus();
        QTest::keyClicks(demands, QStringLiteral("asks about the clinic"));
        test::typeInto(dlg, "money", QStringLiteral("500"));
        test::typeInto(dlg, "goods", QStringLiteral("rice"));
        test::clickOk(dlg);
        QVERIFY2(!dlg->isVisible(), qPrintable(test::visibleError(dlg)));
        QVERIFY(dlg->recordedId() > 0);
    });
    auto* record = page.findChild<QPushButton*>("recordDayVisit");
    QVERIFY(record && record->isVisible() && record->isEnabled());
    QTest::mouseClick(record, Qt::LeftButton);
    QVERIFY2(drive.ok(), drive.problem());

    // The visit is kept as typed, the money in fen.
    const auto visits = core::VisitStore(t.db()).visitsOf(v.person);
    QVERIFY2(visits, qPrintable(visits.error()));
    QCOMPARE(visits->size(), 1);
    QCOMPARE(visits->first().moneyFen, qint64(50000));
    QCOMPARE(visits->first().date, kToday);
    QCOMPARE(visits->first().planId, v.plan);
    QCOMPARE(visits->first().demands, QStringLiteral("asks about the clinic"));

    // Today's due is done: the day shows the visit, the due list and the counts drop.
    QCOMPARE(page.calendar()->day(kToday).due, 0);
    QCOMPARE(page.calendar()->day(kToday).done, 1);
    const auto after = core::VisitStore(t.db()).homeCounts();
    QVERIFY(after);
    QCOMPARE(after->dueThisWeek, 0);
    QCOMPARE(after->overdue, 1);
    page.openView(QStringLiteral("due"));
    QCOMPARE(page.dueModel()->totalCount(), 1);
    QCOMPARE(page.dueModel()->rowAt(0).state, core::DueState::Overdue);
    if (!shots.isEmpty()) {
        page.grab().save(shots + QStringLiteral("/visitpage-due.png"));
        page.openView(QStringLiteral("keyPersons"));
        page.grab().save(shots + QStringLiteral("/visitpage-key.png"));
        page.openView(QStringLiteral("plans"));
        page.grab().save(shots + QStringLiteral("/visitpage-plans.png"));
        page.openView(QStringLiteral("calendar"));
        page.grab().save(shots + QStringLiteral("/visitpage-after.png"));
        ui::PlanDialog plan(clerk, core::VisitPlan());
        plan.show();
        plan.grab().save(shots + QStringLiteral("/plandialog.png"));
    }
}

void TstUiVisits::dueListPagesLazily()
{
    TestDb t;
    VisitFixture v(t);
    QVERIFY(v.f.ok);
    const QStringList names{QStringLiteral("王秀英"), QStringLiteral("赵大山"),
                            QStringLiteral("阿力"), QStringLiteral("钱多"), QStringLiteral("孙立")};
    for (int i = 0; i < names.size(); ++i)
        v.addPlan(v.f.person(names.at(i), 21 + 2 * i), QDate(2026, 10, 29));
    ui::DueListModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(3);
    core::DueFilter f;
    f.until = kToday;
    model.setFilter(f);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(model.totalCount(), 12);
    QVERIFY(model.rowCount() < 12); // a page, not the whole list
    QVERIFY(model.canFetchMore({}));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(model.rowCount(), 12);
    QSet<QString> seen;
    for (int r = 0; r < model.rowCount(); ++r) {
        const core::DueVisit d = model.rowAt(r);
        seen.insert(
            QStringLiteral("%1/%2/%3").arg(d.planId).arg(d.personId).arg(d.due.toJulianDay()));
        if (r > 0)
            QVERIFY(model.rowAt(r - 1).due <= d.due);
    }
    QCOMPARE(seen.size(), 12);
    // Overdue only: the six of 29 October.
    f.overdueOnly = true;
    model.setFilter(f);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 6);
}

void TstUiVisits::directorSeesReadOnly()
{
    TestDb t;
    VisitFixture v(t);
    QVERIFY(v.f.ok);
    ui::Session director{&t.db(), v.f.director};
    ui::VisitPage page(director);
    page.resize(1280, 680);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.canRecord());
    QVERIFY(page.findChild<QLabel*>("visitReadOnly"));
    for (const char* name : {"recordDayVisit", "recordDueVisit", "newKeyPerson", "changeKeyPerson",
                             "endKeyPerson", "newPlan", "changePlan", "stopPlan"}) {
        auto* b = page.findChild<QPushButton*>(name);
        QVERIFY2(b, name);
        QVERIFY2(!b->isVisibleTo(&page), name);
    }
    QVERIFY(!page.recordVisit(kToday, v.person, v.plan));
    // The director still sees the figures.
    page.openView(QStringLiteral("due"));
    QCOMPARE(page.dueModel()->totalCount(), 2);
    page.openView(QStringLiteral("plans"));
    page.refreshPlans();
    QCOMPARE(page.planModel()->rowCount(), 1);
}

void TstUiVisits::homeCardOpensDueList()
{
    TestDb t;
    VisitFixture v(t);
    QVERIFY(v.f.ok);
    ui::Session clerk{&t.db(), v.f.clerk};
    const QList<ui::HomeCard> cards = ui::homeCards(clerk);
    const ui::HomeCard* due = nullptr;
    for (const ui::HomeCard& c : cards)
        if (c.page == QLatin1String("visitPage"))
            due = &c;
    QVERIFY(due);
    QCOMPARE(due->value, QStringLiteral("1 / 1"));
    QVERIFY(due->attention);
    QCOMPARE(due->view, QStringLiteral("overdue"));
    ui::VisitPage page(clerk);
    QVERIFY(page.openView(due->view));
    QCOMPARE(page.tabs()->currentIndex(), int(ui::VisitPage::DueTab));
    QCOMPARE(page.dueModel()->totalCount(), 1);
}

void TstUiVisits::personEditorShowsVisits()
{
    TestDb t;
    VisitFixture v(t);
    QVERIFY(v.f.ok);
    core::VisitRecord r;
    r.date = kToday;
    r.personIds = {v.person};
    r.planId = v.plan;
    r.visitorUserIds = {v.f.clerk.userId};
    r.demands = QStringLiteral("问医疗");
    auto rec = core::VisitStore(t.db()).recordVisit(v.f.clerk, r);
    QVERIFY2(rec, qPrintable(rec.error()));
    ui::Session clerk{&t.db(), v.f.clerk};
    ui::PersonEditor e(clerk, v.person);
    auto* panel = e.findChild<ui::PersonVisitsPanel*>();
    QVERIFY(panel);
    QCOMPARE(panel->visitModel()->rowCount(), 1);
    QCOMPARE(panel->keyModel()->rowCount(), 1);
    QCOMPARE(panel->planModel()->rowCount(), 1);
    QVERIFY(e.tabs()->indexOf(panel) >= 0);
}

void TstUiVisits::dueListExports()
{
    TestDb t;
    VisitFixture v(t);
    QVERIFY(v.f.ok);
    core::ListExportRequest req;
    req.list = core::ExportList::VisitsDue;
    req.visitsDue.until = kToday;
    req.pageSize = 1; // every line its own page: the keyset must go on
    const QString path = t.dir() + QStringLiteral("/due.csv");
    const qint64 entriesBefore = core::AuditLog(t.db()).verify().entries;
    core::ExportOptions options;
    options.format = core::ExportFormat::CsvUtf8Bom;
    auto rows = core::exportList(t.db(), v.f.clerk, req, path, options);
    QVERIFY2(rows, qPrintable(rows.error()));
    QCOMPARE(rows.value(), qint64(2));
    QCOMPARE(core::AuditLog(t.db()).verify().entries, entriesBefore + 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("李卫民")));
    QVERIFY(!text.contains(ApprovalFixture::citizenId(QDate(1950, 3, 1), 11))); // masked
    QCOMPARE(core::exportListFromKey(QStringLiteral("visits-due")).value(),
             core::ExportList::VisitsDue);
    QVERIFY(!core::mayExportFullIds(v.f.clerk, core::ExportList::VisitsDue));
}

void TstUiVisits::dialogsKeysAndFit()
{
    TestDb t;
    VisitFixture v(t);
    QVERIFY(v.f.ok);
    ui::Session clerk{&t.db(), v.f.clerk};
    core::KeyPersonRecord k;
    k.personId = v.person;
    core::VisitPlan p;
    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.push_back(std::make_unique<ui::VisitDialog>(clerk, kToday, v.person, v.plan));
    dialogs.push_back(std::make_unique<ui::KeyPersonDialog>(clerk, k));
    dialogs.push_back(std::make_unique<ui::KeyPersonDialog>(clerk, core::KeyPersonRecord()));
    dialogs.push_back(std::make_unique<ui::PlanDialog>(clerk, p));
    p.personId = 0;
    p.id = 1;
    dialogs.push_back(std::make_unique<ui::PlanDialog>(clerk, p)); // a group plan
    for (const auto& d : dialogs) {
        d->show();
        QApplication::processEvents();
        const QStringList clashes = keyClashes(d.get());
        QVERIFY2(clashes.isEmpty(), qPrintable(d->objectName() + QStringLiteral(": ") +
                                               clashes.join(QStringLiteral("; "))));
        QVERIFY2(d->minimumSizeHint().width() <= 1280 && d->minimumSizeHint().height() <= 680,
                 qPrintable(d->objectName()));
        QVERIFY2(d->width() <= 1280 && d->height() <= 680, qPrintable(d->objectName()));
        d->hide();
    }
}

QTEST_MAIN(TstUiVisits)
#include "tst_ui_visits.moc"
