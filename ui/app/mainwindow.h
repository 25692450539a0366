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

Q_SIGNALS:
    void switchUserRequested();

private:
    void buildMenus();
    void buildStatusBar();
    void showAbout();
    void showSettings();
    void changePassword();

    Session& m_session;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<Page*> m_pages;
};

} // namespace youfu::ui
