// Access keys (issue 10, part 7): every window — main window with the pages of each role,
// every dialog, the inline dialogs — has no two reachable widgets on the same Alt key, and no
// label with an access key but no buddy. Run in English and with the Chinese translation
// (YOUFU_TEST_QM points at another .qm to check an updated translation locally).
#include "app/mainwindow.h"
#include "approvalfixture.h"
#include "archive/archivestore.h"
#include "dialogs/applicationdialog.h"
#include "dialogs/archivedatadialog.h"
#include "dialogs/changepassworddialog.h"
#include "dialogs/documentdialog.h"
#include "dialogs/firstadmindialog.h"
#include "dialogs/lenddialog.h"
#include "dialogs/logindialog.h"
#include "dialogs/personcategorydialog.h"
#include "dialogs/personeditor.h"
#include "dialogs/restoredialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/signdialog.h"
#include "dialogs/standarddialog.h"
#include "dialogs/userdialog.h"
#include "pages/approvalpage.h"
#include "petition/casedialog.h"
#include "petition/petitionstore.h"
#include "registry/categorystore.h"
#include "security/userstore.h"
#include "uidriver.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QGroupBox>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace youfu;
using test::ApprovalFixture;
using test::TestDb;

namespace {

// The access key of a text ("&Name:" → N, "姓名(&N)" → N), or a null QChar.
QChar accessKey(const QString& text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return QChar();
}

struct KeyUse
{
    QWidget* widget = nullptr;
    QChar key;
    QString text;
};

// For each stacked widget above w (tab pages included), the page w lies on.
QHash<QStackedWidget*, QWidget*> pagesOf(QWidget* w, QWidget* window)
{
    QHash<QStackedWidget*, QWidget*> pages;
    for (QWidget* p = w; p && p != window; p = p->parentWidget())
        if (auto* s = qobject_cast<QStackedWidget*>(p->parentWidget()))
            pages.insert(s, p);
    return pages;
}

// Hidden by the program (not merely on another page of a stack).
bool hiddenOnPurpose(QWidget* w, QWidget* window)
{
    for (QWidget* p = w; p && p != window; p = p->parentWidget())
        if (p->isHidden() && !qobject_cast<QStackedWidget*>(p->parentWidget()))
            return true;
    return false;
}

bool togetherOnScreen(QWidget* a, QWidget* b, QWidget* window)
{
    const auto pa = pagesOf(a, window);
    const auto pb = pagesOf(b, window);
    for (auto it = pa.cbegin(); it != pa.cend(); ++it)
        if (pb.contains(it.key()) && pb.value(it.key()) != it.value())
            return false;
    return true;
}

// The clashes and buddy-less labels of one window, in words naming the window.
QStringList accessKeyProblems(QWidget* window, const QString& name)
{
    QList<KeyUse> uses;
    QStringList problems;
    auto add = [&](QWidget* w, const QString& text) {
        const QChar k = accessKey(text);
        if (!k.isNull())
            uses.append({w, k, text});
    };
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (w->window() != window || hiddenOnPurpose(w, window))
            continue;
        if (auto* b = qobject_cast<QAbstractButton*>(w)) {
            add(b, b->text());
        } else if (auto* l = qobject_cast<QLabel*>(w)) {
            if (l->textFormat() == Qt::RichText ||
                (l->textFormat() == Qt::AutoText && Qt::mightBeRichText(l->text())))
                continue;
            if (accessKey(l->text()).isNull())
                continue;
            if (!l->buddy())
                problems << QStringLiteral("%1: label \"%2\" has an access key but no buddy")
                                .arg(name, l->text());
            else if (!hiddenOnPurpose(l->buddy(), window))
                add(l, l->text());
        } else if (auto* g = qobject_cast<QGroupBox*>(w)) {
            add(g, g->title());
        } else if (auto* t = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < t->count(); ++i)
                if (t->isTabVisible(i))
                    add(t, t->tabText(i));
        } else if (auto* m = qobject_cast<QMenuBar*>(w)) {
            for (QAction* a : m->actions())
                if (a->isVisible())
                    add(m, a->text());
        }
    }
    for (int i = 0; i < uses.size(); ++i)
        for (int j = i + 1; j < uses.size(); ++j) {
            const KeyUse& a = uses.at(i);
            const KeyUse& b = uses.at(j);
            if (a.key == b.key &&
                (a.widget == b.widget || togetherOnScreen(a.widget, b.widget, window)))
                problems << QStringLiteral("%1: Alt+%2 is both \"%3\" and \"%4\"")
                                .arg(name, QString(a.key), a.text, b.text);
        }
    return problems;
}

// The items of one menu, which the user reaches together once it is open.
QStringList menuProblems(QMenu* menu, const QString& name)
{
    QStringList problems;
    QHash<QChar, QString> seen;
    for (QAction* a : menu->actions()) {
        const QChar k = accessKey(a->text());
        if (k.isNull() || !a->isVisible())
            continue;
        if (seen.contains(k))
            problems << QStringLiteral("%1: Alt+%2 is both \"%3\" and \"%4\"")
                            .arg(name, QString(k), seen.value(k), a->text());
        seen.insert(k, a->text());
    }
    return problems;
}

QStringList check(QWidget* window, const QString& name)
{
    window->resize(qMax(window->width(), 900), qMax(window->height(), 600));
    window->show();
    QApplication::processEvents();
    QStringList p = accessKeyProblems(window, name);
    window->hide();
    return p;
}

// Opens an inline dialog through `open` (it exec()s) and checks the modal window.
QStringList checkModal(const std::function<void()>& open, const QString& name)
{
    QStringList problems;
    test::ModalDriver drive;
    drive.whenOpen(nullptr, [&](QDialog* d) { problems = accessKeyProblems(d, name); });
    open();
    if (!drive.ok())
        problems << name + QStringLiteral(": ") + QString::fromLatin1(drive.problem());
    return problems;
}

// Every problem on its own line (a failure message alone is cut short).
void verifyNone(QStringList problems)
{
    problems.removeDuplicates();
    for (const QString& p : problems)
        qWarning("%s", qPrintable(p));
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(QStringLiteral("%1 access key problems, listed above").arg(problems.size())));
}

} // namespace

class TstUiAccessKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void mainWindows_data() { languages(); }
    void mainWindows();
    void personEditor_data() { languages(); }
    void personEditor();
    void applicationDialog_data() { languages(); }
    void applicationDialog();
    void dialogs_data() { languages(); }
    void dialogs();
    void inlineDialogs_data() { languages(); }
    void inlineDialogs();
    void accessKeyParsing();

private:
    static void languages()
    {
        QTest::addColumn<bool>("chinese");
        QTest::newRow("en") << false;
        QTest::newRow("zh_CN") << true;
    }
    std::unique_ptr<QTranslator> m_own;
    std::unique_ptr<QTranslator> m_qt;
};

void TstUiAccessKeys::init()
{
    if (QTest::currentDataTag() != QByteArray("zh_CN"))
        return;
    m_own = std::make_unique<QTranslator>();
    const QString qm =
        qEnvironmentVariable("YOUFU_TEST_QM", QStringLiteral(":/i18n/youfu_zh_CN.qm"));
    QVERIFY2(m_own->load(qm), qPrintable(qm));
    QCoreApplication::installTranslator(m_own.get());
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(QStringLiteral("qtbase_zh_CN"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
}

void TstUiAccessKeys::cleanup()
{
    if (m_own)
        QCoreApplication::removeTranslator(m_own.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_own.reset();
    m_qt.reset();
}

void TstUiAccessKeys::accessKeyParsing()
{
    QCOMPARE(accessKey(QStringLiteral("&Name:")), QChar('N'));
    QCOMPARE(accessKey(QStringLiteral("姓名(&n)")), QChar('N'));
    QCOMPARE(accessKey(QStringLiteral("A && B")), QChar());
    QCOMPARE(accessKey(QStringLiteral("A && &B")), QChar('B'));
    QCOMPARE(accessKey(QStringLiteral("plain")), QChar());
}

void TstUiAccessKeys::mainWindows()
{
    TestDb t;
    ApprovalFixture f(t);
    const core::Actor auditor = t.addUser(QStringLiteral("auditor"), core::Role::Auditor);
    QStringList problems;
    for (const core::Actor& a : {f.clerk, f.chief, f.inspector, f.director, t.admin(), auditor}) {
        ui::Session s{&t.db(), a};
        ui::MainWindow w(s);
        problems << check(&w, QStringLiteral("main window (%1)").arg(a.login));
        for (QAction* m : w.menuBar()->actions())
            if (m->menu())
                problems << menuProblems(m->menu(), QStringLiteral("menu ") + m->text());
    }
    verifyNone(problems);
}

void TstUiAccessKeys::personEditor()
{
    TestDb t;
    ApprovalFixture f(t);
    const qint64 pid = f.person(QStringLiteral("李卫民"), 11);
    f.holding(pid, QStringLiteral("war_veteran"));
    QStringList problems;
    for (qint64 id : {qint64(0), pid}) {
        ui::Session s{&t.db(), f.clerk};
        ui::PersonEditor e(s, id);
        e.setDraftEnabled(true);
        auto* tabs = e.findChild<QTabWidget*>();
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            problems << check(&e, QStringLiteral("person editor, tab %1").arg(tabs->tabText(i)));
        }
    }
    verifyNone(problems);
}

void TstUiAccessKeys::applicationDialog()
{
    TestDb t;
    ApprovalFixture f(t);
    const qint64 pid = f.person(QStringLiteral("李卫民"), 11);
    ui::Session s{&t.db(), f.clerk};
    ui::ApplicationDialog d(s, 0, pid);
    auto* type = d.findChild<QComboBox*>(QStringLiteral("type"));
    QVERIFY(type);
    QStringList problems;
    for (int i = 0; i < type->count(); ++i) {
        type->setCurrentIndex(i);
        problems << check(&d, QStringLiteral("application dialog (%1)").arg(type->itemText(i)));
    }
    verifyNone(problems);
}

void TstUiAccessKeys::dialogs()
{
    TestDb t;
    ApprovalFixture f(t);
    const qint64 pid = f.person(QStringLiteral("李卫民"), 11);
    f.holding(pid, QStringLiteral("war_veteran"));
    const qint64 app = f.submittedStandardChange(pid);
    ui::Session clerk{&t.db(), f.clerk};
    ui::Session chief{&t.db(), f.chief};
    ui::Session admin{&t.db(), t.admin()};
    const QDate today = t.db().clock().today();
    QStringList problems;
    {
        ui::LoginDialog d(t.db());
        problems << check(&d, QStringLiteral("login"));
    }
    {
        TestDb empty;
        ui::FirstAdminDialog d(empty.db());
        problems << check(&d, QStringLiteral("first administrator"));
    }
    {
        ui::SettingsDialog d(admin);
        problems << check(&d, QStringLiteral("settings"));
    }
    for (bool forced : {false, true}) {
        ui::ChangePasswordDialog d(clerk, forced);
        problems << check(&d, QStringLiteral("change password"));
    }
    {
        ui::UserDialog d(admin, nullptr);
        problems << check(&d, QStringLiteral("new user"));
        const auto users = core::UserStore(t.db()).all();
        QVERIFY(users && !users.value().isEmpty());
        ui::UserDialog e(admin, &users.value().first());
        problems << check(&e, QStringLiteral("change user"));
    }
    {
        ui::LendDialog d(QStringLiteral("WG-0001"), today,
                         [](const core::LoanDraft&) { return core::Status::success(); });
        problems << check(&d, QStringLiteral("lend"));
    }
    const auto kinds = core::ArchiveStore(t.db()).kinds();
    for (auto mode : {ui::DocumentDialog::Mode::File, ui::DocumentDialog::Mode::Change,
                      ui::DocumentDialog::Mode::Correct}) {
        ui::DocumentDialog d(
            mode, kinds, core::DocumentDraft(),
            [](const core::DocumentDraft&, const QString&) { return core::Status::success(); });
        problems << check(&d, QStringLiteral("document (mode %1)").arg(int(mode)));
    }
    {
        ui::ArchiveDataDialog d(QStringLiteral("archive data"), core::ArchiveData(),
                                [](const core::ArchiveData&) { return core::Status::success(); });
        problems << check(&d, QStringLiteral("archive data"));
    }
    {
        ui::RestoreDialog d(t.path(), QString());
        problems << check(&d, QStringLiteral("restore"));
    }
    {
        ui::SignDialog d(chief, app);
        problems << check(&d, QStringLiteral("sign"));
    }
    {
        ui::PersonCategoryDialog d(core::CategoryStore(t.db()).all(), QDate(1950, 3, 1), today);
        auto* category = d.findChild<QComboBox*>(QStringLiteral("category"));
        QVERIFY(category);
        for (int i = 0; i < category->count(); ++i) {
            category->setCurrentIndex(i);
            problems << check(&d,
                              QStringLiteral("person category (%1)").arg(category->itemText(i)));
        }
    }
    {
        ui::StandardDialog d(chief);
        problems << check(&d, QStringLiteral("standard"));
    }
    {
        core::PetitionCase c;
        c.receivedAt = t.db().clock().nowUtc();
        c.subject = core::PetitionSubject::Benefit;
        c.townshipCode = QStringLiteral("430581001");
        c.summary = QStringLiteral("summary");
        core::Petitioner p;
        p.personId = pid;
        p.name = QStringLiteral("李卫民");
        c.petitioners << p;
        const auto id = core::PetitionStore(t.db()).registerCase(f.clerk, c);
        QVERIFY2(id, qPrintable(id.error()));
        for (qint64 caseId : {qint64(0), id.value()})
            for (int tab : {0, 1}) {
                ui::CaseDialog d(clerk, caseId);
                d.tabs()->setCurrentIndex(tab);
                problems << check(&d,
                                  QStringLiteral("petition case %1 (tab %2)").arg(caseId).arg(tab));
            }
    }
    verifyNone(problems);
}

void TstUiAccessKeys::inlineDialogs()
{
    TestDb t;
    ApprovalFixture f(t);
    const qint64 pid = f.person(QStringLiteral("李卫民"), 11);
    f.holding(pid, QStringLiteral("war_veteran"));
    QStringList problems;
    problems << checkModal(
        [&] {
            QDate d;
            QString r;
            ui::askCategoryEnd(nullptr, QStringLiteral("参战退役人员"), QDate(2026, 1, 1), &d, &r);
        },
        QStringLiteral("end a category"));
    ui::Session admin{&t.db(), t.admin()};
    {
        ui::ApprovalPage page(admin);
        page.show();
        QApplication::processEvents();
        auto* chains = page.findChild<QPushButton*>(QStringLiteral("configureChains"));
        QVERIFY(chains && chains->isVisibleTo(&page));
        problems << checkModal([&] { chains->click(); }, QStringLiteral("approval chains"));
    }
    ui::Session clerk{&t.db(), f.clerk};
    {
        f.submittedStandardChange(pid);
        ui::ApprovalPage page(clerk);
        page.show();
        QApplication::processEvents();
        auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("approvalTabs"));
        auto* view = page.findChild<QAbstractItemView*>(QStringLiteral("registerView"));
        QVERIFY(tabs && view && view->model()->rowCount() > 0);
        tabs->setCurrentIndex(1);
        view->setCurrentIndex(view->model()->index(0, 0));
        view->selectionModel()->select(view->currentIndex(), QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
        auto* report = page.findChild<QPushButton*>(QStringLiteral("markReported"));
        QVERIFY(report && report->isEnabled());
        problems << checkModal([&] { report->click(); }, QStringLiteral("mark reported"));
    }
    verifyNone(problems);
}

QTEST_MAIN(TstUiAccessKeys)
#include "tst_ui_accesskeys.moc"
