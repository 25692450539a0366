#include "app/mainwindow.h"

#include "app/pagefactory.h"
#include "backup/backupservice.h"
#include "dialogs/changepassworddialog.h"
#include "dialogs/globalfinddialog.h"
#include "dialogs/manualwindow.h"
#include "dialogs/settingsdialog.h"
#include "pages/page.h"
#include "security/permission.h"
#include "security/role.h"
#include "widgets/filechooser.h"
#include "widgets/screenfit.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>

#include <algorithm>

namespace youfu::ui {

MainWindow::MainWindow(Session& session, QWidget* parent) : QMainWindow(parent), m_session(session)
{
    setWindowTitle(tr("Youfu — special-care workbench"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/youfu.png")));
    fitToScreen(this, QStringLiteral("main"), QSize(1280, 800));

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(24, 24));
    m_nav->setFixedWidth(188);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long titles are elided
    m_nav->setAccessibleName(tr("Areas of work"));
    m_nav->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: #23324a; color: #dfe6f0; border: none; "
        "font-size: 15px; padding-top: 12px; outline: 0; }"
        "QListWidget#navigation::item { padding: 10px 14px; border-left: 4px solid transparent; }"
        "QListWidget#navigation::item:selected { background: #34496b; color: white; "
        "border-left: 4px solid #d9a441; }"
        "QListWidget#navigation::item:hover:!selected { background: #2b3d5a; }"
        "QListWidget#navigation::item:disabled { padding: 12px 14px 2px 14px; }"
        "QListWidget#navigation::item:disabled:hover { background: transparent; }"));
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_pages = createPages(session, m_stack);
    // Pages keep the factory's order within their group; the groups keep theirs.
    std::stable_sort(m_pages.begin(), m_pages.end(),
                     [](const Page* a, const Page* b) { return a->group() < b->group(); });
    int index = 0;
    for (Page* page : m_pages) {
        if (index == 0 || m_pages[index - 1]->group() != page->group())
            addGroupHeading(page->group());
        m_stack->addWidget(page);
        auto* item = new QListWidgetItem(page->icon(), page->title(), m_nav);
        item->setData(kPageRole, index);
        item->setToolTip(index < 9 ? tr("%1 (Ctrl+%2)").arg(page->title()).arg(index + 1)
                                   : page->title());
        connect(page, &Page::statusMessage, this,
                [this](const QString& m) { statusBar()->showMessage(m, 8000); });
        connect(page, &Page::openRequested, this, &MainWindow::openTarget);
        if (index < 9) {
            auto* sc = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)), this);
            connect(sc, &QShortcut::activated, this, [this, item] { m_nav->setCurrentItem(item); });
        }
        ++index;
    }
    connect(m_nav, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem* current, QListWidgetItem* previous) {
                const int page = current ? current->data(kPageRole).toInt() : -1;
                if (page < 0 || page >= m_pages.size()) {
                    // A heading is never current (Home, End, Page Up can land on one): go on
                    // to the nearest page in the direction of the move.
                    if (current)
                        m_nav->setCurrentItem(
                            pageItemNear(m_nav->row(current),
                                         previous && m_nav->row(previous) > m_nav->row(current)));
                    return;
                }
                m_stack->setCurrentIndex(page);
                m_pages[page]->refresh();
            });
    buildMenus();
    buildStatusBar();
    if (!m_pages.isEmpty())
        showPage(m_pages.first()->objectName());
    m_nav->setFocus();
    qApp->installEventFilter(this);
}

void MainWindow::addGroupHeading(PageGroup group)
{
    auto* heading = new QListWidgetItem(pageGroupTitle(group), m_nav);
    heading->setData(kPageRole, -1);
    heading->setFlags(Qt::NoItemFlags); // not selectable, skipped by the arrow keys
    heading->setForeground(QColor(0x8f, 0xa3, 0xc0));
    QFont font = m_nav->font();
    font.setPixelSize(12);
    font.setBold(true);
    heading->setFont(font);
    heading->setSizeHint(QSize(0, 30));
}

QListWidgetItem* MainWindow::pageItemNear(int row, bool upwards) const
{
    for (int pass = 0; pass < 2; ++pass, upwards = !upwards)
        for (int r = row; r >= 0 && r < m_nav->count(); r += upwards ? -1 : 1)
            if (m_nav->item(r)->data(kPageRole).toInt() >= 0)
                return m_nav->item(r);
    return nullptr;
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // Ctrl+K is "delete to the end of the line" in a line edit on Linux; in this window it
    // is the find, from anywhere.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        auto* widget = qobject_cast<QWidget*>(watched);
        if (key->key() == Qt::Key_K && key->modifiers() == Qt::ControlModifier && widget &&
            widget->window() == this)
            return true;
    }
    // Home and End stop at a disabled heading in a list view: go to the first or last page.
    if (watched == m_nav && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Home || key == Qt::Key_End) {
            const bool home = key == Qt::Key_Home;
            if (QListWidgetItem* item = pageItemNear(home ? 0 : m_nav->count() - 1, !home))
                m_nav->setCurrentItem(item);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

Page* MainWindow::currentPage() const
{
    const QListWidgetItem* item = m_nav->currentItem();
    const int page = item ? item->data(kPageRole).toInt() : -1;
    return page >= 0 && page < m_pages.size() ? m_pages[page] : nullptr;
}

QList<Page*> MainWindow::pages() const
{
    return m_pages;
}

bool MainWindow::showPage(const QString& objectName)
{
    for (int row = 0; row < m_nav->count(); ++row) {
        QListWidgetItem* item = m_nav->item(row);
        const int page = item->data(kPageRole).toInt();
        if (page >= 0 && page < m_pages.size() && m_pages[page]->objectName() == objectName) {
            m_nav->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

bool MainWindow::openTarget(const QString& pageName, const QString& view)
{
    if (!showPage(pageName))
        return false;
    return currentPage()->openView(view);
}

GlobalFindDialog* MainWindow::openFind()
{
    if (m_find) {
        m_find->raise();
        m_find->activateWindow();
        return m_find;
    }
    m_find = new GlobalFindDialog(m_session, this);
    m_find->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_find, &GlobalFindDialog::chosen, this, [this](FindResultModel::Kind kind, qint64 id) {
        if (kind == FindResultModel::Kind::Person)
            openTarget(QStringLiteral("registryPage"), QStringLiteral("person:%1").arg(id));
        else
            openTarget(QStringLiteral("approvalPage"), QStringLiteral("application:%1").arg(id));
    });
    m_find->open();
    return m_find;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* sw = file->addAction(tr("&Switch user…"), this, &MainWindow::switchUserRequested);
    sw->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    file->addAction(tr("Change my &password…"), this, &MainWindow::changePassword);
    file->addSeparator();
    const bool writable = !m_session.db->isReadOnly();
    if (core::isAllowed(m_session.actor.roles, core::Permission::Backup)) {
        QAction* now = file->addAction(tr("&Backup now…"), this, &MainWindow::backupNow);
        now->setObjectName(QStringLiteral("actionBackupNow"));
        QAction* folder =
            file->addAction(tr("Backup to &folder…"), this, &MainWindow::backupToFolder);
        folder->setObjectName(QStringLiteral("actionBackupToFolder"));
    }
    if (core::isAllowed(m_session.actor.roles, core::Permission::Restore)) {
        QAction* restore = file->addAction(tr("&Restore…"), this, &MainWindow::restoreRequested);
        restore->setObjectName(QStringLiteral("actionRestore"));
        restore->setEnabled(writable);
    }
    file->addSeparator();
    QAction* quit = file->addAction(tr("E&xit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* find =
        tools->addAction(tr("&Find person or application…"), this, &MainWindow::openFind);
    find->setObjectName(QStringLiteral("actionGlobalFind"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    find->setShortcutContext(Qt::WindowShortcut);
    QAction* settings = tools->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* manual = help->addAction(tr("User &manual"), this, &MainWindow::showManual);
    manual->setObjectName(QStringLiteral("actionManual"));
    manual->setShortcut(QKeySequence::HelpContents);
    manual->setShortcutContext(Qt::ApplicationShortcut);
    help->addSeparator();
    help->addAction(tr("&About Youfu"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildStatusBar()
{
    const core::Actor& a = m_session.actor;
    auto* user =
        new QLabel(tr("Logged in: %1 (%2)").arg(a.displayName, core::roleTitles(a.roles)), this);
    user->setObjectName(QStringLiteral("statusUser"));
    QString dbText = tr("Database: %1").arg(QDir::toNativeSeparators(m_session.db->path()));
    if (m_session.db->isReadOnly())
        dbText += QLatin1Char(' ') + tr("[READ-ONLY: %1]").arg(m_session.db->readOnlyReason());
    auto* db = new QLabel(dbText, this);
    db->setObjectName(QStringLiteral("statusDatabase"));
    if (m_session.db->isReadOnly())
        db->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    statusBar()->addPermanentWidget(db, 1);
    m_backupStatus = new QLabel(this);
    m_backupStatus->setObjectName(QStringLiteral("statusBackup"));
    statusBar()->addPermanentWidget(m_backupStatus);
    statusBar()->addPermanentWidget(user);
    updateBackupStatus();
}

void MainWindow::updateBackupStatus()
{
    const QDateTime last = core::BackupService(*m_session.db).lastBackupTime();
    QString text =
        last.isValid()
            ? tr("Last backup: %1").arg(last.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            : tr("No backup yet");
    bool alarm = !last.isValid();
    if (!m_backupError.isEmpty()) {
        text = tr("Backup FAILED — %1").arg(text);
        alarm = true;
    }
    m_backupStatus->setText(text);
    m_backupStatus->setToolTip(
        m_backupError.isEmpty()
            ? QDir::toNativeSeparators(core::BackupService(*m_session.db).defaultFolder())
            : m_backupError);
    m_backupStatus->setStyleSheet(alarm ? QStringLiteral("color: #b00020; font-weight: bold;")
                                        : QString());
}

void MainWindow::showBackupResult(const QString& error)
{
    m_backupError = error;
    updateBackupStatus();
    if (!error.isEmpty())
        statusBar()->showMessage(error, 15000);
}

namespace {
QString backupMessage(const core::BackupReport& r)
{
    QString text = MainWindow::tr("The backup was written and checked:\n%1")
                       .arg(QDir::toNativeSeparators(r.file));
    if (r.scansCopied > 0)
        text += QLatin1Char('\n') +
                MainWindow::tr("%n scanned document(s) copied.", nullptr, r.scansCopied);
    if (r.keyCopied)
        text +=
            QStringLiteral("\n\n") +
            MainWindow::tr("The key file %1.key was copied beside it. Keep it together with the "
                           "backup and as safe as the backup: without it the phone and bank "
                           "numbers in the backup can never be read again; with it, anyone "
                           "holding the backup can read them.")
                .arg(QFileInfo(r.file).fileName());
    return text;
}
} // namespace

void MainWindow::backupNow()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = core::BackupService(*m_session.db)
                      .backupToDefaultFolder(m_session.actor, core::BackupService::Trigger::Manual);
    QApplication::restoreOverrideCursor();
    showBackupResult(report ? QString() : report.error());
    if (!report)
        QMessageBox::warning(this, tr("Backup"), report.error());
    else
        QMessageBox::information(this, tr("Backup"), backupMessage(report.value()));
}

void MainWindow::backupToFolder()
{
    const QString folder =
        chooseFolder(this, tr("Choose the folder for the backup (for example a USB disk)"));
    if (folder.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = core::BackupService(*m_session.db).backupTo(m_session.actor, folder);
    QApplication::restoreOverrideCursor();
    if (!report)
        QMessageBox::warning(this, tr("Backup"), report.error());
    else
        QMessageBox::information(this, tr("Backup"), backupMessage(report.value()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Youfu"),
        tr("<h3>Youfu %1</h3><p>Special-care workbench for the civil affairs bureau: registry of "
           "entitled persons, archives, approvals, payments, visits and letters-and-visits.</p>"
           "<p>Database: %2<br>Data format: %3</p>")
            .arg(QStringLiteral(YOUFU_VERSION), m_session.db->path().toHtmlEscaped())
            .arg(m_session.db->schemaVersion()));
}

// F1 opens the manual at the section of the page in front of the clerk.
void MainWindow::showManual()
{
    const Page* page = currentPage();
    ManualWindow::showSection(this, page ? page->objectName() : QString());
}

void MainWindow::showSettings()
{
    SettingsDialog dlg(m_session, this);
    dlg.exec();
}

void MainWindow::changePassword()
{
    ChangePasswordDialog dlg(m_session, false, this);
    dlg.exec();
}

} // namespace youfu::ui
