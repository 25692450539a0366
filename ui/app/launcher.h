#pragma once

#include "app/mainwindow.h"
#include "app/session.h"
#include "db/database.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace youfu::ui {



// Start-up of the window program: which database, who logs in, the main window, switching
// users. main() only creates the QApplication and calls run().
class Launcher : public QObject
{
    Q_OBJECT
public:
    Launcher() = default;
    ~Launcher() override;
    int run(const QStringList& arguments);

    // Parts of run(), public for tests.
    bool openDatabase(const QString& path);
    bool logIn(const QString& presetLogin = QString());
    void showMainWindow();
    MainWindow* mainWindow() const { return m_window; }
    Session& session() { return m_session; }

private:
    void switchUser();

    std::unique_ptr<core::Database> m_db;
    Session m_session;
    QPointer<MainWindow> m_window;
};

} // namespace youfu::ui
