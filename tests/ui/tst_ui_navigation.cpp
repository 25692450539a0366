// Navigation for a dozen areas (issue 10): group headings per role that cannot be selected,
// Ctrl+1…9 in the order shown, Ctrl+K finds a person or an application from anywhere and opens
// it, only for the roles that may see them; the home page's cards open the lists they count.
#include "app/homecards.h"
#include "app/mainwindow.h"
#include "approvalfixture.h"
#include "dialogs/globalfinddialog.h"
#include "dialogs/manualwindow.h"
#include "dialogs/personeditor.h"
#include "models/findresultmodel.h"
#include "pages/approvalpage.h"
#include "pages/homepage.h"
#include "pages/page.h"
#include "pages/registrypage.h"
#include "uidriver.h"
#include "widgets/homecardwidget.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QTabWidget>
#include <QTest>

using namespace youfu;
using core::Role;
using test::ApprovalFixture;
using test::TestDb;

namespace {
// The navigation as text: "#<group title>" for a heading, the page's objectName otherwise.
QStringList navigationText(ui::MainWindow& w)
{
    QStringList out;
    const QList<ui::Page*> pages = w.pages();
    for (int row = 0; row < w.navigation()->count(); ++row) {
        QListWidgetItem* item = w.navigation()->item(row);
        if (!(item->flags() & Qt::ItemIsSelectable)) {
            out << QLatin1Char('#') + item->text();
            continue;
        }
        for (ui::Page* p : pages)
            if (p->title() == item->text())
                out << p->objectName();
    }
    return out;
}

QString heading(ui::PageGroup g)
{
    return QLatin1Char('#') + ui::pageGroupTitle(g);
}

void showAndActivate(QWidget* w)
{
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
}

ui::GlobalFindDialog* pressCtrlK(ui::MainWindow& w, QWidget* focus = nullptr)
{
    QTest::keyClick(focus ? focus : w.navigation(), Qt::Key_K, Qt::ControlModifier);
    auto* dlg = w.findChild<ui::GlobalFindDialog*>();
    return dlg && dlg->isVisible() ? dlg : nullptr;
}

QStringList lines(const QAbstractItemModel* m)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, 0).data().toString();
    return out;
}
} // namespace

class TstUiNavigation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupsPerRole_data();
    void groupsPerRole();
    void headingsNotSelectable();
    void ctrlNumbersInVisibleOrder();
    void findPersonByNameAndInitials();
    void findApplicationByNumber();
    void findNothingWithoutViewBusiness_data();
    void findNothingWithoutViewBusiness();
    void homeCardsOpenTheirLists_data();
    void homeCardsOpenTheirLists();
    void todoListOpensToo();
    void f1OpensTheManualAtThePage();
};

void TstUiNavigation::groupsPerRole_data()
{
    using G = ui::PageGroup;
    QTest::addColumn<int>("role");
    QTest::addColumn<QStringList>("expected");
    const QStringList business{heading(G::Daily),     "homePage",      "registryPage",
                               heading(G::Business),  "archivePage",   "approvalPage",
                               heading(G::Stability), "visitPage",     "petitionPage",
                               heading(G::Funds),     "policyPage",    "paymentPage",
                               heading(G::Townships), "townshipPage",  "carePage",
                               heading(G::Appraisal), "appraisalPage", "statisticsPage"};
    QTest::newRow("clerk") << int(Role::Clerk) << business;
    QTest::newRow("director") << int(Role::Director) << business;
    QTest::newRow("admin") << int(Role::Admin) << QStringList{heading(G::Daily),    "homePage",
                                                              heading(G::Business), "approvalPage",
                                                              heading(G::System),   "usersPage"};
    QTest::newRow("auditor") << int(Role::Auditor)
                             << QStringList{heading(G::Daily), "homePage", heading(G::System),
                                            "auditPage"};
}

void TstUiNavigation::groupsPerRole()
{
    QFETCH(int, role);
    QFETCH(QStringList, expected);
    TestDb t;
    const core::Actor a = t.addUser(QStringLiteral("someone"), core::Roles(Role(role)));
    ui::Session session{&t.db(), a};
    ui::MainWindow w(session);
    w.show();
    QCOMPARE(navigationText(w), expected);
    QCOMPARE(w.currentPage()->objectName(), QStringLiteral("homePage"));
}

void TstUiNavigation::headingsNotSelectable()
{
    TestDb t;
    const core::Actor clerk = t.addUser(QStringLiteral("zhangli"), Role::Clerk);
    ui::Session session{&t.db(), clerk};
    ui::MainWindow w(session);
    showAndActivate(&w);
    QListWidget* nav = w.navigation();
    QListWidgetItem* business = nullptr;
    for (int row = 0; row < nav->count(); ++row)
        if (nav->item(row)->text() == ui::pageGroupTitle(ui::PageGroup::Business))
            business = nav->item(row);
    QVERIFY(business);
    QVERIFY(!(business->flags() & Qt::ItemIsSelectable));
    QVERIFY(!(business->flags() & Qt::ItemIsEnabled));

    // Down from the last page of a group goes over the heading to the next page.
    QVERIFY(w.showPage("registryPage"));
    nav->setFocus();
    QTest::keyClick(nav, Qt::Key_Down);
    QCOMPARE(w.currentPage()->objectName(), QStringLiteral("archivePage"));
    QTest::keyClick(nav, Qt::Key_Up);
    QCOMPARE(w.currentPage()->objectName(), QStringLiteral("registryPage"));
    // Home goes to the first page, never to the heading above it.
    QTest::keyClick(nav, Qt::Key_Home);
    QCOMPARE(w.currentPage()->objectName(), QStringLiteral("homePage"));
    QVERIFY(nav->currentItem()->flags() & Qt::ItemIsSelectable);

    // A click on a heading changes nothing.
    QVERIFY(w.showPage("archivePage"));
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(business).center());
    QCOMPARE(w.currentPage()->objectName(), QStringLiteral("archivePage"));
    QVERIFY(business->isSelected() == false);
}

void TstUiNavigation::ctrlNumbersInVisibleOrder()
{
    TestDb t;
    const core::Actor chief = t.addUser(QStringLiteral("wang"), Role::SectionChief);
    ui::Session session{&t.db(), chief};
    ui::MainWindow w(session);
    showAndActivate(&w);
    const QStringList order{"homePage",     "registryPage", "archivePage",   "approvalPage",
                            "visitPage",    "petitionPage", "policyPage",    "paymentPage",
                            "townshipPage", "carePage",     "appraisalPage", "statisticsPage"};
    QStringList shown;
    for (const ui::Page* p : w.pages())
        shown << p->objectName();
    QCOMPARE(shown, order);
    // Ctrl+1 … Ctrl+9: the first nine; the tenth page has no number.
    for (int i = 8; i >= 0; --i) {
        QTest::keyClick(&w, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(w.currentPage()->objectName(), order.at(i));
    }
}

void TstUiNavigation::findPersonByNameAndInitials()
{
    TestDb t;
    ApprovalFixture f(t);
    QVERIFY(f.ok);
    f.person(QStringLiteral("李卫民"), 11);
    const qint64 pid = f.person(QStringLiteral("张建国"), 13);
    ui::Session session{&t.db(), f.clerk};
    ui::MainWindow w(session);
    showAndActivate(&w);
    QVERIFY(w.showPage("policyPage")); // from anywhere

    for (const QString& typed : {QStringLiteral("张建国"), QStringLiteral("zjg")}) {
        w.activateWindow(); // the editor of the round before had it
        QVERIFY(QTest::qWaitForWindowActive(&w));
        // The second time from the registry's search box: Ctrl+K there is the find too, not
        // the line edit's "delete to the end of the line".
        QLineEdit* box = nullptr;
        if (typed == QLatin1String("zjg")) {
            box = w.currentPage()->findChild<QLineEdit*>("registrySearch");
            QVERIFY(box);
            box->setText(QStringLiteral("abc"));
            box->setFocus();
            box->setCursorPosition(0);
        }
        ui::GlobalFindDialog* dlg = pressCtrlK(w, box);
        QVERIFY(dlg);
        if (box)
            QCOMPARE(box->text(), QStringLiteral("abc"));
        QAbstractItemModelTester tester(dlg->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        test::typeInto(dlg, "findText", typed);
        QTRY_COMPARE(dlg->model()->rowCount(), 1);
        const QString line = lines(dlg->model()).first();
        QVERIFY2(line.contains(QStringLiteral("张建国")), qPrintable(line));
        QVERIFY2(!line.contains(ApprovalFixture::citizenId(QDate(1950, 3, 1), 13)),
                 qPrintable(line));
        QCOMPARE(dlg->model()->kindAt(0), ui::FindResultModel::Kind::Person);
        QTest::keyClick(dlg->searchEdit(), Qt::Key_Return);
        QVERIFY(!dlg->isVisible());
        auto* registry = qobject_cast<ui::RegistryPage*>(w.currentPage());
        QVERIFY(registry);
        QVERIFY(registry->lastEditor());
        QCOMPARE(registry->lastEditor()->personId(), pid);
        registry->lastEditor()->close();
        QTRY_VERIFY(!w.findChild<ui::GlobalFindDialog*>());
    }
}

void TstUiNavigation::findApplicationByNumber()
{
    TestDb t;
    ApprovalFixture f(t);
    QVERIFY(f.ok);
    const qint64 pid = f.person(QStringLiteral("李卫民"), 11);
    f.holding(pid, QStringLiteral("war_veteran"));
    core::ApprovalStore store(t.db());
    qint64 approved = 0;
    for (int i = 0; i < 2; ++i) {
        const qint64 id = f.submittedStandardChange(pid);
        QVERIFY(store.sign(f.chief, id, core::StepDecision::Approve, QStringLiteral("同意。")));
        QVERIFY(store.sign(f.inspector, id, core::StepDecision::Approve, QStringLiteral("同意。")));
        QVERIFY(store.sign(f.director, id, core::StepDecision::Approve, QStringLiteral("同意。")));
        if (i == 0)
            approved = id;
    }
    const QString number = store.byId(approved)->number;
    QVERIFY2(number.contains(QStringLiteral("0001")), qPrintable(number));
    ui::Session session{&t.db(), f.clerk};
    ui::MainWindow w(session);
    showAndActivate(&w);
    ui::GlobalFindDialog* dlg = pressCtrlK(w);
    QVERIFY(dlg);
    QAbstractItemModelTester tester(dlg->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    test::typeInto(dlg, "findText", QStringLiteral("0001"));
    dlg->searchNow();
    QCOMPARE(dlg->model()->rowCount(), 1);
    QCOMPARE(dlg->model()->kindAt(0), ui::FindResultModel::Kind::Application);
    QCOMPARE(dlg->model()->idAt(0), approved);
    QVERIFY(lines(dlg->model()).first().contains(number));
    QTest::keyClick(dlg->searchEdit(), Qt::Key_Enter);
    auto* page = qobject_cast<ui::ApprovalPage*>(w.currentPage());
    QVERIFY(page);
    QCOMPARE(page->currentId(), approved);
}

void TstUiNavigation::findNothingWithoutViewBusiness_data()
{
    QTest::addColumn<int>("role");
    QTest::newRow("admin") << int(Role::Admin);
    QTest::newRow("auditor") << int(Role::Auditor);
}

void TstUiNavigation::findNothingWithoutViewBusiness()
{
    QFETCH(int, role);
    TestDb t;
    ApprovalFixture f(t);
    QVERIFY(f.ok);
    f.person(QStringLiteral("张建国"), 13);
    const core::Actor a = t.addUser(QStringLiteral("someone"), core::Roles(Role(role)));
    ui::Session session{&t.db(), a};
    ui::MainWindow w(session);
    showAndActivate(&w);
    ui::GlobalFindDialog* dlg = pressCtrlK(w);
    QVERIFY(dlg);
    QVERIFY(!dlg->model()->canFind());
    QVERIFY(!dlg->searchEdit()->isEnabled());
    dlg->model()->setText(QStringLiteral("张建国"));
    QCOMPARE(dlg->model()->rowCount(), 0);
    dlg->model()->setText(QStringLiteral("zjg"));
    QCOMPARE(dlg->model()->rowCount(), 0);
    dlg->reject();
}

void TstUiNavigation::homeCardsOpenTheirLists_data()
{
    QTest::addColumn<bool>("keyboard");
    QTest::newRow("mouse") << false;
    QTest::newRow("keyboard") << true;
}

void TstUiNavigation::homeCardsOpenTheirLists()
{
    QFETCH(bool, keyboard);
    TestDb t;
    ApprovalFixture f(t);
    QVERIFY(f.ok);
    const qint64 pid = f.person(QStringLiteral("李卫民"), 11);
    f.holding(pid, QStringLiteral("war_veteran"));
    f.submittedStandardChange(pid); // waits for the section chief
    ui::Session session{&t.db(), f.chief};
    ui::MainWindow w(session);
    w.resize(1280, 800);
    showAndActivate(&w);
    const QList<ui::HomeCard> cards = ui::homeCards(session);
    QVERIFY(cards.size() >= 5);
    int opened = 0;
    for (int i = 0; i < cards.size(); ++i) {
        QVERIFY(w.showPage("homePage"));
        QList<ui::HomeCardWidget*> widgets = w.currentPage()->findChildren<ui::HomeCardWidget*>();
        QCOMPARE(widgets.size(), cards.size());
        ui::HomeCardWidget* card = nullptr;
        for (ui::HomeCardWidget* c : widgets)
            if (c->card().title == cards.at(i).title)
                card = c;
        QVERIFY(card);
        QVERIFY(card->isVisible());
        const ui::HomeCard target = card->card();
        QVERIFY2(!target.page.isEmpty(), qPrintable(target.title));
        QCOMPARE(card->focusPolicy(), Qt::StrongFocus);
        if (keyboard) {
            card->setFocus();
            QTest::keyClick(card, i % 2 ? Qt::Key_Space : Qt::Key_Return);
        } else {
            QTest::mouseClick(card, Qt::LeftButton);
        }
        QCOMPARE(w.currentPage()->objectName(), target.page);
        ui::Page* page = w.currentPage();
        if (target.page == QLatin1String("petitionPage") &&
            target.view == QLatin1String("warnings")) {
            // The warnings card opens the early-warning tab.
            auto* tabs = page->findChild<QTabWidget*>("petitionTabs");
            QVERIFY(tabs);
            QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("warningPanel"));
        } else if (target.page == QLatin1String("petitionPage"))
            QCOMPARE(page->findChild<QComboBox*>("caseDueFilter")->currentIndex(),
                     target.view == QLatin1String("due7")      ? 3
                     : target.view == QLatin1String("overdue") ? 2
                                                               : 1);
        else if (target.page == QLatin1String("paymentPage")) {
            // The rolls; the failures card lists the problem lines only.
            QCOMPARE(page->findChild<QTabWidget*>("paymentTabs")->currentIndex(), 0);
            QCOMPARE(page->findChild<QCheckBox*>("lineProblemsOnly")->isChecked(),
                     target.view == QLatin1String("problems"));
        } else if (target.view == QLatin1String("keyPersons") ||
                   target.view == QLatin1String("all"))
            QCOMPARE(page->findChild<QCheckBox*>("filterKeyPersons")->isChecked(),
                     target.view == QLatin1String("keyPersons"));
        else if (target.view == QLatin1String("inbox"))
            QCOMPARE(page->findChild<QTabWidget*>("approvalTabs")->currentIndex(), 0);
        else if (target.view == QLatin1String("verifyQueue") ||
                 target.view == QLatin1String("returned"))
            QCOMPARE(page->findChild<QTabWidget*>("archiveTabs")->currentIndex(), 1);
        else if (target.view == QLatin1String("overdueLoans"))
            QCOMPARE(page->findChild<QComboBox*>("loanFilter")->currentIndex(), 1);
        else if (target.page == QLatin1String("townshipPage")) // 零报告缺报: the zero reports tab
            QCOMPARE(page->findChild<QTabWidget*>()->currentWidget()->objectName(),
                     target.view.section(QLatin1Char(':'), 0, 0));
        else if (target.view == QLatin1String("due") || target.view == QLatin1String("overdue"))
            QCOMPARE(page->findChild<QTabWidget*>("visitTabs")->currentIndex(), 1);
        else
            QVERIFY2(false, qPrintable(target.view));
        ++opened;
    }
    QCOMPARE(opened, cards.size());
    // Key persons, then the registry: the second card clears the first one's filter.
    QVERIFY(w.openTarget("registryPage", "keyPersons"));
    QVERIFY(w.currentPage()->findChild<QCheckBox*>("filterKeyPersons")->isChecked());
    QVERIFY(w.openTarget("registryPage", "all"));
    QVERIFY(!w.currentPage()->findChild<QCheckBox*>("filterKeyPersons")->isChecked());
    QVERIFY(!w.openTarget("registryPage", "noSuchView"));
}

void TstUiNavigation::todoListOpensToo()
{
    TestDb t;
    ApprovalFixture f(t);
    QVERIFY(f.ok);
    const qint64 pid = f.person(QStringLiteral("李卫民"), 11);
    f.holding(pid, QStringLiteral("war_veteran"));
    f.submittedStandardChange(pid);
    ui::Session session{&t.db(), f.chief};
    ui::MainWindow w(session);
    showAndActivate(&w);
    auto* home = qobject_cast<ui::HomePage*>(w.currentPage());
    QVERIFY(home);
    QListWidget* todo = home->todoList();
    QListWidgetItem* approvals = nullptr;
    for (int r = 0; r < todo->count(); ++r)
        if (todo->item(r)->text().contains(QStringLiteral("Approvals waiting for me")) ||
            todo->item(r)->text().contains(QStringLiteral("待我审批")))
            approvals = todo->item(r);
    QVERIFY(approvals);
    todo->setFocus();
    todo->setCurrentItem(approvals);
    QTest::keyClick(todo, Qt::Key_Return);
    QCOMPARE(w.currentPage()->objectName(), QStringLiteral("approvalPage"));
    QCOMPARE(w.currentPage()->findChild<QTabWidget*>("approvalTabs")->currentIndex(), 0);
}

// F1 opens the manual at the section of the page in front of the clerk, from any page.
void TstUiNavigation::f1OpensTheManualAtThePage()
{
    TestDb t;
    const core::Actor chief = t.addUser(QStringLiteral("wang"), Role::SectionChief);
    ui::Session session{&t.db(), chief};
    ui::MainWindow w(session);
    showAndActivate(&w);
    for (const char* page : {"registryPage", "archivePage", "approvalPage", "homePage"}) {
        QVERIFY(w.showPage(QLatin1String(page)));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(w.currentPage(), Qt::Key_F1);
        auto* manual = w.findChild<ui::ManualWindow*>();
        QVERIFY2(manual, page);
        QTRY_VERIFY(manual->isVisible());
        QCOMPARE(manual->currentSection(), QLatin1String(page));
    }
}

QTEST_MAIN(TstUiNavigation)
#include "tst_ui_navigation.moc"
