#pragma once

#include "app/idlewatcher.h"
#include "app/mainwindow.h"
#include "app/session.h"
#include "db/database.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace youfu::ui {

// Start-up of the window program: which database, who logs in, the main window, switching
// users, logout after idle time, automatic backups and restore. main() only creates the
// QApplication and calls run().
class Launcher : public QObject
{
    Q_OBJECT
public:
    Launcher();
    ~Launcher() override;
    int run(const QStringList& arguments);

    // Parts of run(), public for tests.
    bool openDatabase(const QString& path);
    bool logIn(const QString& presetLogin = QString());
    void showMainWindow();
    void shutDown(); // the backup on exit and the logout entry
    MainWindow* mainWindow() const { return m_window; }
    Session& session() { return m_session; }
    core::Database* database() const { return m_db.get(); }
    IdleWatcher& idleWatcher() { return m_idle; }
    // Tests shorten the idle time; 0 goes back to the setting.
    void setIdleTimeoutOverride(int milliseconds) { m_idleOverrideMs = milliseconds; }

Q_SIGNALS:
    void lockedForIdle(); // the window was hidden and the login asked again

private:
    void switchUser();
    void lockForIdle();
    void startIdleWatch();
    void automaticBackupIfDue();
    void recordLogout(const core::Actor& actor, const QString& why);
    void restoreRequested();
    bool offerRestoreOfDamaged(const QString& path, const QString& reason);
    bool restoreAndReopen(const core::Actor& actor, const QString& backupFile, const QString& path);

    std::unique_ptr<core::Database> m_db;
    Session m_session;
    QPointer<MainWindow> m_window;
    IdleWatcher m_idle;
    QTimer m_backupTimer;
    int m_idleOverrideMs = 0;
    bool m_locking = false;
};

} // namespace youfu::ui
