// The first start and the login, as a clerk would do them: typing and clicking.
#include "app/mainwindow.h"
#include "dialogs/firstadmindialog.h"
#include "dialogs/logindialog.h"
#include "dialogs/userdialog.h"
#include "models/usermodel.h"
#include "pages/userspage.h"
#include "security/userstore.h"
#include "testdb.h"
#include "uidriver.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace youfu;

namespace {
using test::clickOk;
void type(QWidget* parent, const char* name, const QString& text)
{
    test::typeInto(parent, name, text);
}
QString errorText(QWidget* dlg)
{
    return test::visibleError(dlg);
}
} // namespace

class TestUiLogin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstAdminDialog();
    void loginDialog();
    void mainWindowShowsWhoIsLoggedIn();
    void adminAddsUserThroughUsersPage();
    void userModelPassesTester();
};

void TestUiLogin::firstAdminDialog()
{
    test::TestDb t;
    ui::FirstAdminDialog dlg(t.db());
    dlg.show();
    type(&dlg, "displayName", QStringLiteral("王志强"));
    type(&dlg, "password", "Adm1n-2026");
    type(&dlg, "repeat", "Adm1n-2027");
    clickOk(&dlg);
    QVERIFY(dlg.isVisible());
    QVERIFY(errorText(&dlg).contains("differ"));
    type(&dlg, "repeat", "Adm1n-2026");
    clickOk(&dlg);
    QCOMPARE(dlg.result(), int(QDialog::Accepted));
    auto admin = core::UserStore(t.db()).byLogin("admin");
    QVERIFY(admin);
    QCOMPARE(admin->displayName, QStringLiteral("王志强"));
    QCOMPARE(admin->roles, core::Roles(core::Role::Admin));
}

void TestUiLogin::loginDialog()
{
    test::TestDb t;
    t.addUser("zhangli", core::Role::Clerk, QStringLiteral("张丽"));
    ui::LoginDialog dlg(t.db());
    dlg.show();
    type(&dlg, "login", "zhangli");
    type(&dlg, "password", "wrong-one");
    QTest::keyClick(dlg.findChild<QLineEdit*>("password"), Qt::Key_Return);
    QVERIFY(dlg.isVisible());
    QVERIFY(errorText(&dlg).contains("wrong"));
    QVERIFY(dlg.findChild<QLineEdit*>("password")->text().isEmpty());
    QCOMPARE(dlg.findChild<QLineEdit*>("login")->text(), QStringLiteral("zhangli")); // kept
    QTest::keyClicks(dlg.findChild<QLineEdit*>("password"), test::kTestPassword);
    QTest::keyClick(dlg.findChild<QLineEdit*>("password"), Qt::Key_Return);
    QCOMPARE(dlg.result(), int(QDialog::Accepted));
    QCOMPARE(dlg.user().displayName, QStringLiteral("张丽"));
}

void TestUiLogin::mainWindowShowsWhoIsLoggedIn()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", core::Role::Clerk, QStringLiteral("张丽"));
    ui::Session session{&t.db(), clerk};
    ui::MainWindow w(session);
    w.show();
    auto* user = w.findChild<QLabel*>("statusUser");
    QVERIFY(user);
    QVERIFY(user->text().contains(QStringLiteral("张丽")));
    QVERIFY(w.findChild<QLabel*>("statusDatabase")->text().contains("test.db"));
    // A clerk does not see the Users page.
    QVERIFY(!w.findChild<ui::UsersPage*>());
    QVERIFY(w.navigation()->count() >= 1);
}

void TestUiLogin::adminAddsUserThroughUsersPage()
{
    test::TestDb t;
    ui::Session session{&t.db(), t.admin()};
    ui::MainWindow w(session);
    w.show();
    QVERIFY(w.showPage("usersPage"));
    auto* page = w.findChild<ui::UsersPage*>();
    QVERIFY(page);
    const int before = page->view()->model()->rowCount();
    bool handled = false;
    test::whenDialogOpens<ui::UserDialog>(this, [](ui::UserDialog* dlg) {
        type(dlg, "login", "zhaojun");
        type(dlg, "displayName", QStringLiteral("赵军"));
        type(dlg, "password", "Chushi-2026");
        auto* director = dlg->findChild<QCheckBox*>("role_director");
        director->setFocus();
        QTest::keyClick(director, Qt::Key_Space); // keyboard reachable
        clickOk(dlg);
    }, &handled);
    QTest::mouseClick(page->findChild<QPushButton*>("addUser"), Qt::LeftButton);
    QVERIFY(handled);
    QCOMPARE(page->view()->model()->rowCount(), before + 1);
    auto u = core::UserStore(t.db()).byLogin("zhaojun");
    QVERIFY(u);
    QCOMPARE(u->roles, core::Roles(core::Role::Director));
    QVERIFY(u->mustChangePassword);
}

void TestUiLogin::userModelPassesTester()
{
    test::TestDb t;
    t.addUser("a1", core::Role::Clerk);
    t.addUser("a2", core::Role::Inspector);
    ui::UserModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    t.addUser("a3", core::Role::Director);
    model.reload();
    QCOMPARE(model.rowCount(), 4);
}

QTEST_MAIN(TestUiLogin)
#include "tst_ui_login.moc"
