// The guarded doors, as a clerk meets them: forced password change, logout after idle time,
// the auditor's page, backup and restore from the window, a damaged database offered a restore.
#include "app/launcher.h"
#include "app/mainwindow.h"
#include "audit/auditlog.h"
#include "backup/backupfolder.h"
#include "backup/backupservice.h"
#include "dialogs/changepassworddialog.h"
#include "dialogs/logindialog.h"
#include "dialogs/restoredialog.h"
#include "models/auditmodel.h"
#include "pages/auditpage.h"
#include "security/sensitiveaccess.h"
#include "security/userstore.h"
#include "testdb.h"
#include "uidriver.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace youfu;
using core::Role;

namespace {
void logInAs(QObject* ctx, const QString& login, const QString& password, bool* handled)
{
    test::whenDialogOpens<ui::LoginDialog>(
        ctx,
        [=](ui::LoginDialog* dlg) {
            test::typeInto(dlg, "login", login);
            test::typeInto(dlg, "password", password);
            test::clickOk(dlg);
        },
        handled);
}

QStringList logoutReasons(core::Database& db, qint64 userId)
{
    QStringList reasons;
    for (const auto& e : core::AuditLog(db).forEntity("user", QString::number(userId)))
        if (e.action == "logout")
            reasons << e.afterJson;
    return reasons;
}

QAction* action(QWidget* w, const char* name)
{
    return w->findChild<QAction*>(name);
}
} // namespace

class TestUiSecurity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void forcedPasswordChangeOnFirstLogin();
    void idleLogoutLocksAndAsksAgain();
    void activityKeepsSessionOpen();
    void auditPageForAuditor();
    void menusFollowRoles_data();
    void menusFollowRoles();
    void backupNowFromMenu();
    void damagedDatabaseOffersRestore();
};

void TestUiSecurity::forcedPasswordChangeOnFirstLogin()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk, QStringLiteral("张丽"));
    QVERIFY(core::UserStore(t.db()).byId(clerk.userId)->mustChangePassword);
    t.close();
    ui::Launcher launcher;
    QVERIFY(launcher.openDatabase(t.path()));
    bool loggedIn = false, changed = false;
    logInAs(this, "zhangli", test::kTestPassword, &loggedIn);
    test::whenDialogOpens<ui::ChangePasswordDialog>(
        this,
        [](ui::ChangePasswordDialog* dlg) {
            test::typeInto(dlg, "oldPassword", test::kTestPassword);
            test::typeInto(dlg, "newPassword", "Zhang-li-2026");
            test::typeInto(dlg, "repeatPassword", "Zhang-li-2026");
            test::clickOk(dlg);
        },
        &changed);
    QVERIFY(launcher.logIn());
    QVERIFY(loggedIn);
    QVERIFY(changed);
    QCOMPARE(launcher.session().actor.login, QString("zhangli"));
    auto u = core::UserStore(*launcher.database()).byId(clerk.userId);
    QVERIFY(!u->mustChangePassword);
    QVERIFY(core::UserStore(*launcher.database()).authenticate("zhangli", "Zhang-li-2026"));

    // After a reset by the administrator the change is forced again; refusing it keeps her out.
    const core::Actor admin = core::UserStore(*launcher.database()).byLogin("admin")->toActor();
    QVERIFY(
        core::UserStore(*launcher.database()).resetPassword(admin, clerk.userId, "Reset-2026-x"));
    bool again = false, refused = false, cancelled = false;
    logInAs(this, "zhangli", "Reset-2026-x", &again);
    test::whenDialogOpens<ui::ChangePasswordDialog>(
        this, [](ui::ChangePasswordDialog* dlg) { dlg->reject(); }, &refused);
    test::whenDialogOpens<ui::LoginDialog>(
        this,
        [](ui::LoginDialog* dlg) {
            QTest::qWait(50);
            dlg->reject();
        },
        &cancelled, 8000);
    QVERIFY(!launcher.logIn());
    QVERIFY(again && refused && cancelled);
    QVERIFY(logoutReasons(*launcher.database(), clerk.userId)
                .join(" ")
                .contains("password change refused"));
}

void TestUiSecurity::idleLogoutLocksAndAsksAgain()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    QVERIFY(core::UserStore(t.db()).changeOwnPassword(clerk, test::kTestPassword, "Zhang-li-2026"));
    t.close();
    ui::Launcher launcher;
    launcher.setIdleTimeoutOverride(300);
    QVERIFY(launcher.openDatabase(t.path()));
    bool first = false;
    logInAs(this, "zhangli", "Zhang-li-2026", &first);
    QVERIFY(launcher.logIn());
    launcher.showMainWindow();
    QVERIFY(launcher.mainWindow()->isVisible());
    QCOMPARE(launcher.idleWatcher().timeout(), 300);

    QSignalSpy locked(&launcher, &ui::Launcher::lockedForIdle);
    bool windowHiddenWhileAsking = false;
    bool back = false;
    test::whenDialogOpens<ui::LoginDialog>(
        this,
        [&](ui::LoginDialog* dlg) {
            windowHiddenWhileAsking = !launcher.mainWindow()->isVisible();
            test::typeInto(dlg, "password", "Zhang-li-2026"); // the login name is filled in
            test::clickOk(dlg);
        },
        &back);
    QTRY_VERIFY_WITH_TIMEOUT(back, 5000);
    QCOMPARE(locked.count(), 1);
    QVERIFY(windowHiddenWhileAsking);
    QTRY_VERIFY(launcher.mainWindow() && launcher.mainWindow()->isVisible());
    QCOMPARE(launcher.session().actor.login, QString("zhangli"));
    QVERIFY(logoutReasons(*launcher.database(), clerk.userId).join(" ").contains("idle"));
    launcher.idleWatcher().stop();
}

void TestUiSecurity::activityKeepsSessionOpen()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    QVERIFY(core::UserStore(t.db()).changeOwnPassword(clerk, test::kTestPassword, "Zhang-li-2026"));
    t.close();
    ui::Launcher launcher;
    launcher.setIdleTimeoutOverride(400);
    QVERIFY(launcher.openDatabase(t.path()));
    bool in = false;
    logInAs(this, "zhangli", "Zhang-li-2026", &in);
    QVERIFY(launcher.logIn());
    launcher.showMainWindow();
    QSignalSpy locked(&launcher, &ui::Launcher::lockedForIdle);
    for (int i = 0; i < 8; ++i) { // 1.2 s of typing, never 400 ms apart
        QTest::qWait(150);
        QTest::keyClick(launcher.mainWindow()->navigation(), Qt::Key_Down);
    }
    QCOMPARE(locked.count(), 0);
    QVERIFY(launcher.mainWindow()->isVisible());
    launcher.idleWatcher().stop();
}

void TestUiSecurity::auditPageForAuditor()
{
    test::TestDb t;
    const core::Actor auditor = t.addUser("shenji", Role::Auditor);
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"));
    for (int i = 0; i < 450; ++i)
        QVERIFY(core::recordReveal(t.db(), clerk, "person", QString::number(i), "id_number"));
    ui::Session session{&t.db(), auditor};
    ui::MainWindow window(session);
    window.show();
    QVERIFY(window.showPage("auditPage"));
    auto* page = qobject_cast<ui::AuditPage*>(window.currentPage());
    QVERIFY(page);
    {
        ui::AuditModel lazy(t.db(), auditor);
        QCOMPARE(lazy.rowCount(), ui::AuditModel::kPageSize); // one page, not 453 rows
        QVERIFY(lazy.canFetchMore({}));
        lazy.fetchMore({});
        QCOMPARE(lazy.rowCount(), 2 * ui::AuditModel::kPageSize);
        QAbstractItemModelTester tester(&lazy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (lazy.canFetchMore({}))
            lazy.fetchMore({});
        QCOMPARE(qint64(lazy.rowCount()), core::AuditLog(t.db()).count());
    }
    QAbstractItemModelTester tester(page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The auditor picks a kind of action by its title, not a code, and sees only those.
    auto* kinds = page->findChild<QComboBox*>("auditAction");
    QVERIFY(kinds);
    const int userAdded = kinds->findText("User added");
    QVERIFY(userAdded > 0);
    QCOMPARE(kinds->findText("user.add"), -1);
    kinds->showPopup();
    QAbstractItemView* list = kinds->view();
    QTRY_VERIFY(list->isVisible());
    const QModelIndex item = list->model()->index(userAdded, 0);
    list->scrollTo(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(item).center());
    QTRY_COMPARE(kinds->currentIndex(), userAdded);
    QCOMPARE(page->model()->rowCount(), 3);
    QVERIFY(page->findChild<QLabel*>("auditCount")->text().contains("3"));
    QStringList shown;
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        QCOMPARE(page->model()->index(row, ui::AuditModel::Action).data().toString(),
                 QString("User added"));
        shown << page->model()->index(row, ui::AuditModel::Record).data().toString();
    }
    // People by name, the login only where there is no name; what changed in words.
    QVERIFY2(shown.contains(QString::fromUtf8("User 张丽")), qPrintable(shown.join('|')));
    QStringList details;
    for (int row = 0; row < page->model()->rowCount(); ++row)
        details << page->model()
                       ->index(row, ui::AuditModel::Details, {})
                       .data(Qt::ToolTipRole)
                       .toString();
    QVERIFY2(details.join('|').contains(QString::fromUtf8("Full name: 张丽")),
             qPrintable(details.join('|')));
    QVERIFY(!details.join('|').contains("display_name"));

    QTest::mouseClick(page->findChild<QPushButton*>("auditVerify"), Qt::LeftButton);
    QVERIFY2(page->verifyResult()->text().contains("intact"),
             qPrintable(page->verifyResult()->text()));

    const QString csv = t.dir() + "/export.csv";
    QVERIFY(page->exportTo(csv));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(data.count("\r\n"), 4); // header + 3 rows
    QVERIFY(data.contains("User added"));
    QVERIFY(!data.contains("user.add"));
    window.resize(1280, 700);
    window.grab().save(QDir::temp().filePath("youfu-audit-page.png"));
}

void TestUiSecurity::menusFollowRoles_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("backup");
    QTest::addColumn<bool>("restore");
    QTest::addColumn<bool>("auditPage");
    QTest::newRow("clerk") << int(Role::Clerk) << true << false << false;
    QTest::newRow("director") << int(Role::Director) << false << false << false;
    QTest::newRow("admin") << int(Role::Admin) << true << true << false;
    QTest::newRow("auditor") << int(Role::Auditor) << false << false << true;
}

void TestUiSecurity::menusFollowRoles()
{
    QFETCH(int, role);
    QFETCH(bool, backup);
    QFETCH(bool, restore);
    QFETCH(bool, auditPage);
    test::TestDb t;
    const core::Actor who =
        role == int(Role::Admin) ? t.admin() : t.addUser("u1", core::Roles(Role(role)));
    ui::Session session{&t.db(), who};
    ui::MainWindow window(session);
    QCOMPARE(action(&window, "actionBackupNow") != nullptr, backup);
    QCOMPARE(action(&window, "actionBackupToFolder") != nullptr, backup);
    QCOMPARE(action(&window, "actionRestore") != nullptr, restore);
    QCOMPARE(window.showPage("auditPage"), auditPage);
    QVERIFY(window.findChild<QLabel*>("statusBackup")->text().contains("No backup yet"));
}

void TestUiSecurity::backupNowFromMenu()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    ui::Session session{&t.db(), clerk};
    ui::MainWindow window(session);
    window.show();
    bool told = false;
    QString text;
    test::whenDialogOpens<QMessageBox>(
        this,
        [&](QMessageBox* box) {
            text = box->text();
            box->accept();
        },
        &told);
    action(&window, "actionBackupNow")->trigger();
    QVERIFY(told);
    QVERIFY2(text.contains("written and checked"), qPrintable(text));
    QCOMPARE(core::listBackups(core::backupFolderFor(t.path())).size(), 1);
    QVERIFY(window.findChild<QLabel*>("statusBackup")->text().contains("Last backup"));
}

void TestUiSecurity::damagedDatabaseOffersRestore()
{
    test::TestDb t;
    const core::Actor admin = t.admin();
    QVERIFY(core::BackupService(t.db()).backupToDefaultFolder(
        admin, core::BackupService::Trigger::Manual));
    t.close();
    {
        QFile f(t.path());
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.write(QByteArray(100, '\0'));
    }
    ui::Launcher launcher;
    bool offered = false, chosen = false, who = false;
    QString reason;
    test::whenDialogOpens<QMessageBox>(
        this,
        [&](QMessageBox* box) {
            reason = box->text();
            for (QAbstractButton* b : box->buttons())
                if (b->text().contains("Restore"))
                    QTest::mouseClick(b, Qt::LeftButton);
        },
        &offered);
    test::whenDialogOpens<ui::RestoreDialog>(
        this,
        [](ui::RestoreDialog* dlg) {
            QCOMPARE(dlg->list()->count(), 1);
            test::clickOk(dlg);
        },
        &chosen, 8000);
    logInAs(this, "admin", test::kTestPassword, &who);
    bool done = false;
    // The final "restored" message.
    QTimer::singleShot(0, this, [&] {
        test::whenDialogOpens<QMessageBox>(
            this, [&](QMessageBox* box) { box->accept(); }, &done, 15000);
    });
    QVERIFY(launcher.openDatabase(t.path()));
    QVERIFY(offered && chosen && who);
    QVERIFY2(reason.contains("damaged") || reason.contains("not an SQLite"), qPrintable(reason));
    QVERIFY(launcher.database());
    QVERIFY(core::UserStore(*launcher.database()).byLogin("admin"));
    // The damaged file is kept aside, and its key beside it (the backup's key is in place).
    QStringList aside = QDir(t.dir()).entryList({"*before-restore*"});
    QCOMPARE(aside.size(), 2);
    aside.sort();
    QVERIFY(aside.at(1) == aside.at(0) + ".key");
}

QTEST_MAIN(TestUiSecurity)
#include "tst_ui_security.moc"
