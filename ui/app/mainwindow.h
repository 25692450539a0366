#pragma once

#include "app/session.h"
#include "models/findresultmodel.h"
#include "pages/pagegroup.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;

namespace youfu::ui {

class GlobalFindDialog;
class Page;

// The frame: navigation on the left, one page per area, who and which file in the status bar.
// The work itself lives in the pages and in core.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session& session, QWidget* parent = nullptr);

    // Group headings (no page, not selectable) with the pages beneath them.
    QListWidget* navigation() const { return m_nav; }
    Page* currentPage() const;
    // The pages in the order the navigation shows them (Ctrl+1… open the first nine).
    QList<Page*> pages() const;
    bool showPage(const QString& objectName);
    // Shows a page at one of its views (Page::openView); false when either is not there.
    bool openTarget(const QString& pageName, const QString& view);
    // Ctrl+K: find a person or an application by name, initials, ID or number.
    GlobalFindDialog* openFind();
    // Updates the "last backup" figure; a non-empty error is shown in red until the next success.
    void showBackupResult(const QString& error);

Q_SIGNALS:
    void switchUserRequested();
    void restoreRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static constexpr int kPageRole = Qt::UserRole + 1; // index into m_pages; -1 on a heading

    void addGroupHeading(PageGroup group);
    // The page item at `row` or the nearest one (upwards first if `upwards`), for headings.
    QListWidgetItem* pageItemNear(int row, bool upwards) const;
    void buildMenus();
    void buildStatusBar();
    void showAbout();
    void showManual();
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
    QPointer<GlobalFindDialog> m_find;
};

} // namespace youfu::ui
