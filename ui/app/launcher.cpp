#include "app/launcher.h"

#include "app/mainwindow.h"
#include "common/translations.h"
#include "dialogs/changepassworddialog.h"
#include "dialogs/firstadmindialog.h"
#include "dialogs/logindialog.h"
#include "security/userstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>

namespace youfu::ui {

Launcher::~Launcher()
{
    if (m_window)
        delete m_window;
}

int Launcher::run(const QStringList& arguments)
{
    core::installTranslations(*qApp, QSettings().value(QStringLiteral("language")).toString());
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Youfu special-care workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"), tr("Open this database file."), tr("FILE"));
    QCommandLineOption userOption(QStringLiteral("user"), tr("Suggest this login name."), tr("LOGIN"));
    parser.addOption(dbOption);
    parser.addOption(userOption);
    parser.process(arguments);

    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = qEnvironmentVariable("YOUFU_DB");
    if (path.isEmpty())
        path = core::Database::defaultPath();
    if (!openDatabase(path))
        return 1;
    if (!logIn(parser.value(userOption)))
        return 0;
    showMainWindow();
    const int rc = QApplication::exec();
    if (m_session.actor.isValid())
        core::UserStore(*m_db).recordLogout(m_session.actor, QStringLiteral("exit"));
    return rc;
}

bool Launcher::openDatabase(const QString& path)
{
    auto opened = core::Database::open(path);
    if (!opened) {
        QMessageBox::critical(nullptr, tr("Youfu cannot open the database"), opened.error());
        return false;
    }
    m_db = opened.takeValue();
    m_session.db = m_db.get();
    if (m_db->isReadOnly())
        QMessageBox::warning(nullptr, tr("Read-only database"),
                             tr("The database is open read-only (%1). You can look, but nothing "
                                "can be changed or recorded.")
                                 .arg(m_db->readOnlyReason()));
    return true;
}

bool Launcher::logIn(const QString& presetLogin)
{
    core::UserStore users(*m_db);
    QString login = presetLogin;
    if (users.count() == 0) {
        if (m_db->isReadOnly()) {
            QMessageBox::critical(nullptr, tr("Youfu"), tr("This read-only database has no users."));
            return false;
        }
        FirstAdminDialog first(*m_db);
        if (first.exec() != QDialog::Accepted)
            return false;
        login = first.login();
    }
    for (;;) {
        LoginDialog dlg(*m_db);
        if (!login.isEmpty())
            dlg.setLogin(login);
        if (dlg.exec() != QDialog::Accepted)
            return false;
        Session candidate{m_db.get(), dlg.user().toActor()};
        if (dlg.user().mustChangePassword && !m_db->isReadOnly()) {
            ChangePasswordDialog change(candidate, true);
            if (change.exec() != QDialog::Accepted) {
                login = dlg.user().login;
                continue;
            }
        }
        m_session.actor = candidate.actor;
        return true;
    }
}

void Launcher::showMainWindow()
{
    if (m_window)
        m_window->deleteLater();
    m_window = new MainWindow(m_session);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_window, &MainWindow::switchUserRequested, this, &Launcher::switchUser);
    m_window->show();
}

void Launcher::switchUser()
{
    const core::Actor previous = m_session.actor;
    m_window->hide();
    core::UserStore(*m_db).recordLogout(previous, QStringLiteral("switch user"));
    if (!logIn()) {
        m_session.actor = core::Actor();
        QApplication::quit();
        return;
    }
    showMainWindow();
}

} // namespace youfu::ui
