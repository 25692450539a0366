#pragma once

#include "app/session.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace youfu::ui {

class Page;

// The frame: navigation on the left, one page per area, who and which file in the status bar.
// The work itself lives in the pages and in core.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session& session, QWidget* parent = nullptr);

    QListWidget* navigation() const { return m_nav; }
    Page* currentPage() const;
    bool showPage(const QString& objectName);
    // Updates the "last backup" figure; a non-empty error is shown in red until the next success.
    void showBackupResult(const QString& error);

Q_SIGNALS:
    void switchUserRequested();
    void restoreRequested();

private:
    void buildMenus();
    void buildStatusBar();
    void showAbout();
    void showSettings();
    void changePassword();
    void backupNow();
    void backupToFolder();
    void updateBackupStatus();

    Session& m_session;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<Page*> m_pages;
    QLabel* m_backupStatus = nullptr;
    QString m_backupError;
};

} // namespace youfu::ui
