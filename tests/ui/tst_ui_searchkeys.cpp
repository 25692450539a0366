// From a search box to its results by keyboard (issue 10, part 7): Down or PageDown moves into
// the list with a row selected; Enter in the registry's search opens the selected or first
// person, after the search waiting for the typing pause is applied.
#include "approvalfixture.h"
#include "dialogs/applicationdialog.h"
#include "dialogs/personeditor.h"
#include "models/auditmodel.h"
#include "models/registrymodel.h"
#include "pages/auditpage.h"
#include "pages/registrypage.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QTableView>
#include <QTest>

using namespace youfu;
using test::ApprovalFixture;
using test::TestDb;

namespace {
void showActive(QWidget* w)
{
    w->resize(1200, 700);
    w->show();
    QApplication::setActiveWindow(w);
    QVERIFY(QTest::qWaitForWindowActive(w));
}

void verifyInListOnRow(QAbstractItemView* view, int row)
{
    QCOMPARE(QApplication::focusWidget(), view);
    QCOMPARE(view->currentIndex().row(), row);
    QVERIFY(view->selectionModel()->isRowSelected(row, QModelIndex()));
}
} // namespace

class TstUiSearchKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void registryDownReachesList_data();
    void registryDownReachesList();
    void registryDownKeepsSelectedRow();
    void registryEnterOpensFirstMatch();
    void registryEnterOpensSelectedRow();
    void auditDownReachesList_data();
    void auditDownReachesList();
    void auditEnterStillFilters();
    void pickerDownSelectsFirstMatch();
};

void TstUiSearchKeys::registryDownReachesList_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("Down") << int(Qt::Key_Down);
    QTest::newRow("PageDown") << int(Qt::Key_PageDown);
}

void TstUiSearchKeys::registryDownReachesList()
{
    QFETCH(int, key);
    TestDb t;
    ApprovalFixture f(t);
    f.person(QStringLiteral("王秀英"), 22);
    f.person(QStringLiteral("李卫民"), 11);
    ui::Session clerk{&t.db(), f.clerk};
    ui::RegistryPage page(clerk);
    showActive(&page);
    QCOMPARE(page.model()->rowCount(), 2);
    page.searchEdit()->setFocus();
    QTest::keyClick(page.searchEdit(), Qt::Key(key));
    verifyInListOnRow(page.view(), 0);
}

void TstUiSearchKeys::registryDownKeepsSelectedRow()
{
    TestDb t;
    ApprovalFixture f(t);
    f.person(QStringLiteral("王秀英"), 22);
    f.person(QStringLiteral("李卫民"), 11);
    ui::Session clerk{&t.db(), f.clerk};
    ui::RegistryPage page(clerk);
    showActive(&page);
    page.view()->selectRow(1);
    page.searchEdit()->setFocus();
    QTest::keyClick(page.searchEdit(), Qt::Key_Down);
    verifyInListOnRow(page.view(), 1);
}

void TstUiSearchKeys::registryEnterOpensFirstMatch()
{
    TestDb t;
    ApprovalFixture f(t);
    f.person(QStringLiteral("王秀英"), 22);
    const qint64 li = f.person(QStringLiteral("李卫民"), 11, false, QDate(1961, 7, 9));
    ui::Session clerk{&t.db(), f.clerk};
    ui::RegistryPage page(clerk);
    showActive(&page);
    page.searchEdit()->setFocus();
    // Enter straight after typing: the search is applied first, then its first match opens.
    QTest::keyClicks(page.searchEdit(), QStringLiteral("19610709"));
    QTest::keyClick(page.searchEdit(), Qt::Key_Return);
    QVERIFY(page.lastEditor());
    QCOMPARE(page.lastEditor()->personId(), li);
    page.lastEditor()->close();
}

void TstUiSearchKeys::registryEnterOpensSelectedRow()
{
    TestDb t;
    ApprovalFixture f(t);
    f.person(QStringLiteral("王秀英"), 22);
    f.person(QStringLiteral("李卫民"), 11);
    ui::Session clerk{&t.db(), f.clerk};
    ui::RegistryPage page(clerk);
    showActive(&page);
    page.view()->selectRow(1);
    const qint64 second = page.model()->personIdAt(1);
    page.searchEdit()->setFocus();
    QTest::keyClick(page.searchEdit(), Qt::Key_Enter);
    QVERIFY(page.lastEditor());
    QCOMPARE(page.lastEditor()->personId(), second);
    page.lastEditor()->close();
}

void TstUiSearchKeys::auditDownReachesList_data()
{
    registryDownReachesList_data();
}

void TstUiSearchKeys::auditDownReachesList()
{
    QFETCH(int, key);
    TestDb t;
    ApprovalFixture f(t);
    f.person(QStringLiteral("李卫民"), 11);
    const core::Actor auditor = t.addUser(QStringLiteral("auditor"), core::Role::Auditor);
    ui::Session s{&t.db(), auditor};
    ui::AuditPage page(s);
    showActive(&page);
    page.refresh();
    QVERIFY(page.model()->rowCount() > 1);
    auto* text = page.findChild<QLineEdit*>(QStringLiteral("auditText"));
    QVERIFY(text);
    text->setFocus();
    QTest::keyClick(text, Qt::Key(key));
    verifyInListOnRow(page.view(), 0);
}

void TstUiSearchKeys::auditEnterStillFilters()
{
    TestDb t;
    ApprovalFixture f(t);
    const core::Actor auditor = t.addUser(QStringLiteral("auditor"), core::Role::Auditor);
    ui::Session s{&t.db(), auditor};
    ui::AuditPage page(s);
    showActive(&page);
    page.refresh();
    QVERIFY(page.model()->rowCount() > 0);
    auto* text = page.findChild<QLineEdit*>(QStringLiteral("auditText"));
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("no-such-record-zz"));
    QTest::keyClick(text, Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), text);
    QCOMPARE(page.model()->rowCount(), 0);
}

void TstUiSearchKeys::pickerDownSelectsFirstMatch()
{
    TestDb t;
    ApprovalFixture f(t);
    f.person(QStringLiteral("王秀英"), 22);
    f.person(QStringLiteral("李卫民"), 11);
    ui::Session clerk{&t.db(), f.clerk};
    ui::ApplicationDialog d(clerk, 0);
    showActive(&d);
    auto* search = d.findChild<QLineEdit*>(QStringLiteral("personSearch"));
    auto* matches = d.findChild<QListView*>(QStringLiteral("personMatches"));
    QVERIFY(search && matches);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("430581"));
    QTest::keyClick(search, Qt::Key_Down);
    verifyInListOnRow(matches, 0);
}

QTEST_MAIN(TstUiSearchKeys)
#include "tst_ui_searchkeys.moc"
