#include "app/launcher.h"

#include "app/mainwindow.h"
#include "backup/backupfolder.h"
#include "backup/backupservice.h"
#include "backup/restoreservice.h"
#include "common/translations.h"
#include "dialogs/changepassworddialog.h"
#include "dialogs/firstadmindialog.h"
#include "dialogs/logindialog.h"
#include "dialogs/restoredialog.h"
#include "security/permission.h"
#include "security/sessionpolicy.h"
#include "security/userstore.h"
#include "settings/settingsstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace youfu::ui {

Launcher::Launcher()
{
    connect(&m_idle, &IdleWatcher::idle, this, &Launcher::lockForIdle);
    // Checked hourly; a backup is made when the newest one is a day old.
    m_backupTimer.setInterval(60 * 60 * 1000);
    connect(&m_backupTimer, &QTimer::timeout, this, &Launcher::automaticBackupIfDue);
}

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
    QCommandLineOption userOption(QStringLiteral("user"), tr("Suggest this login name."),
                                  tr("LOGIN"));
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
    if (!logIn(parser.value(userOption))) {
        shutDown();
        return 0;
    }
    showMainWindow();
    const int rc = QApplication::exec();
    shutDown();
    return rc;
}

void Launcher::shutDown()
{
    m_idle.stop();
    m_backupTimer.stop();
    if (!m_db)
        return;
    if (!m_db->isReadOnly()) {
        auto report = core::BackupService(*m_db).backupToDefaultFolder(
            m_session.actor, core::BackupService::Trigger::Exit);
        if (!report)
            QMessageBox::warning(nullptr, tr("Backup on exit failed"), report.error());
    }
    if (m_session.actor.isValid())
        recordLogout(m_session.actor, QStringLiteral("exit"));
    m_session.actor = core::Actor();
}

// A logout that cannot be recorded is said, not hidden.
void Launcher::recordLogout(const core::Actor& actor, const QString& why)
{
    if (const core::Status s = core::UserStore(*m_db).recordLogout(actor, why); !s)
        QMessageBox::warning(nullptr, tr("Youfu"),
                             tr("The logout could not be recorded: %1").arg(s.error()));
}

bool Launcher::openDatabase(const QString& path)
{
    core::OpenProblem problem = core::OpenProblem::None;
    auto opened = core::Database::open(path, {}, &problem);
    if (!opened && problem == core::OpenProblem::Damaged)
        return offerRestoreOfDamaged(QFileInfo(path).absoluteFilePath(), opened.error());
    if (!opened && problem == core::OpenProblem::NetworkShare) {
        QMessageBox box(QMessageBox::Warning, tr("Database on a network share"), opened.error(),
                        QMessageBox::Cancel);
        QPushButton* ro = box.addButton(tr("Open &read-only"), QMessageBox::AcceptRole);
        box.exec();
        if (box.clickedButton() != ro)
            return false;
        core::OpenOptions options;
        options.readOnly = true;
        opened = core::Database::open(path, options);
    }
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

bool Launcher::offerRestoreOfDamaged(const QString& path, const QString& reason)
{
    const QList<core::BackupFile> backups = core::listBackups(core::backupFolderFor(path));
    QMessageBox box(QMessageBox::Critical, tr("The database is damaged"), reason,
                    QMessageBox::Close);
    box.setObjectName(QStringLiteral("damagedBox"));
    QPushButton* restore = box.addButton(tr("&Restore from a backup…"), QMessageBox::AcceptRole);
    if (backups.isEmpty())
        box.setInformativeText(tr("There is no backup in %1. Choose a backup file (from a USB "
                                  "disk), or ask for help; do not delete the damaged file.")
                                   .arg(QDir::toNativeSeparators(core::backupFolderFor(path))));
    else
        box.setInformativeText(
            tr("The latest backup is from %1.")
                .arg(backups.first().takenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    box.exec();
    if (box.clickedButton() != restore)
        return false;
    RestoreDialog chooser(path, reason);
    if (chooser.exec() != QDialog::Accepted)
        return false;
    // The damaged database cannot say who may restore: an administrator of the backup does.
    core::OpenOptions ro;
    ro.readOnly = true;
    auto backupDb = core::Database::open(chooser.selectedFile(), ro);
    if (!backupDb) {
        QMessageBox::critical(nullptr, tr("Restore"), backupDb.error());
        return false;
    }
    LoginDialog who(*backupDb.value());
    who.setWindowTitle(tr("Administrator of the backup"));
    if (who.exec() != QDialog::Accepted)
        return false;
    const core::Actor actor = who.user().toActor();
    backupDb.value().reset();
    return restoreAndReopen(actor, chooser.selectedFile(), path);
}

bool Launcher::restoreAndReopen(const core::Actor& actor, const QString& backupFile,
                                const QString& path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    core::SystemClock clock;
    auto report = core::RestoreService::restore(actor, backupFile, path, clock);
    QApplication::restoreOverrideCursor();
    if (!report)
        QMessageBox::critical(nullptr, tr("Restore failed"), report.error());
    if (!openDatabase(path))
        return false;
    if (report) {
        QString text = tr("The backup %1 was restored.").arg(QDir::toNativeSeparators(backupFile));
        if (!report->keptAside.isEmpty())
            text += QLatin1Char('\n') + tr("The previous database is kept as %1.")
                                            .arg(QDir::toNativeSeparators(report->keptAside));
        if (!report->keyWarning.isEmpty())
            text += QLatin1Char('\n') + report->keyWarning;
        for (const QString& w : report->warnings)
            text += QLatin1Char('\n') + w;
        QMessageBox::information(nullptr, tr("Restore"), text);
    }
    return true;
}

bool Launcher::logIn(const QString& presetLogin)
{
    core::UserStore users(*m_db);
    QString login = presetLogin;
    const core::Result<int> userCount = users.count();
    if (!userCount) {
        QMessageBox::critical(nullptr, tr("Youfu"), userCount.error());
        return false;
    }
    if (userCount.value() == 0) {
        if (m_db->isReadOnly()) {
            QMessageBox::critical(nullptr, tr("Youfu"),
                                  tr("This read-only database has no users."));
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
                // Not in without a password of one's own; the attempt ends as a logout.
                recordLogout(candidate.actor, QStringLiteral("password change refused"));
                login = dlg.user().login;
                continue;
            }
        }
        m_session.actor = candidate.actor;
        m_db->setLockOwnerLogin(m_session.actor.login);
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
    connect(m_window, &MainWindow::restoreRequested, this, &Launcher::restoreRequested);
    m_window->show();
    startIdleWatch();
    if (!m_db->isReadOnly()) {
        m_backupTimer.start();
        // Started from the event loop, so the window is drawn before the copy is made.
        QTimer::singleShot(0, this, &Launcher::automaticBackupIfDue);
    }
}

void Launcher::startIdleWatch()
{
    int ms = m_idleOverrideMs;
    if (ms <= 0)
        ms = core::idleLogoutMinutes(core::SettingsStore(*m_db)) * 60 * 1000;
    m_idle.setTimeout(ms);
    m_idle.start();
}

void Launcher::automaticBackupIfDue()
{
    if (!m_db || m_db->isReadOnly())
        return;
    core::BackupService service(*m_db);
    if (!service.isAutomaticBackupDue())
        return;
    auto report =
        service.backupToDefaultFolder(m_session.actor, core::BackupService::Trigger::Automatic);
    if (m_window)
        m_window->showBackupResult(report ? QString() : report.error());
}

void Launcher::switchUser()
{
    m_idle.stop();
    const core::Actor previous = m_session.actor;
    m_window->hide();
    recordLogout(previous, QStringLiteral("switch user"));
    m_session.actor = core::Actor();
    if (!logIn()) {
        QApplication::quit();
        return;
    }
    showMainWindow();
}

void Launcher::lockForIdle()
{
    if (m_locking || !m_session.actor.isValid())
        return;
    // Dialogs open over the window are closed first; their loops must unwind before ours.
    if (auto* modal = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
        modal->reject();
        QTimer::singleShot(0, this, &Launcher::lockForIdle);
        return;
    }
    m_locking = true;
    m_idle.stop();
    const core::Actor previous = m_session.actor;
    if (m_window)
        m_window->hide();
    recordLogout(previous, QStringLiteral("idle"));
    m_session.actor = core::Actor();
    m_db->setLockOwnerLogin(QString());
    Q_EMIT lockedForIdle();
    const bool in = logIn(previous.login);
    m_locking = false;
    if (!in) {
        QApplication::quit();
        return;
    }
    if (m_window && m_session.actor.userId == previous.userId) {
        m_window->show();
        startIdleWatch();
    } else {
        showMainWindow();
    }
}

void Launcher::restoreRequested()
{
    if (!core::isAllowed(m_session.actor.roles, core::Permission::Restore))
        return;
    const QString path = m_db->path();
    RestoreDialog chooser(path, QString(), m_window);
    if (chooser.exec() != QDialog::Accepted)
        return;
    if (QMessageBox::question(m_window, tr("Restore"),
                              tr("Replace the database with the backup %1? Everything entered "
                                 "since that backup will no longer be in the database (the "
                                 "current file is kept aside). Everyone must log in again.")
                                  .arg(QDir::toNativeSeparators(chooser.selectedFile()))) !=
        QMessageBox::Yes)
        return;
    const core::Actor actor = m_session.actor;
    m_idle.stop();
    m_backupTimer.stop();
    recordLogout(actor, QStringLiteral("restore"));
    m_session.actor = core::Actor();
    if (m_window) {
        m_window->hide();
        m_window->deleteLater();
    }
    m_session.db = nullptr;
    m_db.reset(); // releases the writer lock for the restore
    if (!restoreAndReopen(actor, chooser.selectedFile(), path) || !logIn()) {
        QApplication::quit();
        return;
    }
    showMainWindow();
}

} // namespace youfu::ui
