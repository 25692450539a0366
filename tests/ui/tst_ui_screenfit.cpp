// Screen fit (issue 10, part 6): every page and dialog fits 1920×1080 at 150 % (1280×680 with a
// taskbar) and 1366×768, in Chinese; tables show whole headers and whole short cells (names,
// dates, status, 经办人, 登记时间, counts), and the free text takes what is left.
#include "app/mainwindow.h"
#include "approval/approvalstore.h"
#include "archive/archivestore.h"
#include "clirun.h"
#include "common/translations.h"
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
#include "models/applicationlistmodel.h"
#include "models/registrymodel.h"
#include "pages/approvalpage.h"
#include "pages/page.h"
#include "petition/casedialog.h"
#include "registry/categorystore.h"
#include "security/userstore.h"
#include "uidriver.h"
#include "widgets/screenfit.h"

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <functional>
#include <memory>

using namespace youfu;

namespace {
// Cells up to this many characters are "short": they must be shown whole.
constexpr int kShortCell = 20;
constexpr int kRowsChecked = 5;

bool fits(const QSize& s)
{
    return s.width() <= ui::kSmallestScreen.width() && s.height() <= ui::kSmallestScreen.height();
}

QString sizeText(const QSize& s)
{
    return QStringLiteral("%1×%2").arg(s.width()).arg(s.height());
}

// What is cut in the visible tables and trees under `root`, one line each.
QStringList clippedIn(QWidget* root, const QString& where)
{
    QStringList problems;
    QList<QAbstractItemView*> views;
    for (auto* v : root->findChildren<QTableView*>())
        views << v;
    for (auto* v : root->findChildren<QTreeView*>())
        views << v;
    for (QAbstractItemView* view : views) {
        if (!view->isVisible() || !view->model())
            continue;
        QHeaderView* header = nullptr;
        if (auto* t = qobject_cast<QTableView*>(view))
            header = t->horizontalHeader();
        else
            header = static_cast<QTreeView*>(view)->header();
        if (header->isHidden())
            continue;
        const QString name = where + QLatin1Char('/') + view->objectName();
        const QFontMetrics hf(header->font());
        const int margin =
            2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        QAbstractItemModel* m = view->model();
        for (int c = 0; c < header->count(); ++c) {
            if (header->isSectionHidden(c))
                continue;
            const QString title = m->headerData(c, Qt::Horizontal).toString();
            const int need = hf.horizontalAdvance(title) + margin;
            if (header->sectionSize(c) < need)
                problems << QStringLiteral("%1: header \"%2\" is %3 px wide, needs %4")
                                .arg(name, title)
                                .arg(header->sectionSize(c))
                                .arg(need);
            for (int r = 0; r < qMin(kRowsChecked, m->rowCount()); ++r) {
                const QModelIndex i = m->index(r, c);
                const QString text = i.data().toString();
                if (text.isEmpty() || text.size() > kShortCell || text.contains(QLatin1Char('\n')))
                    continue;
                const int cell = view->sizeHintForIndex(i).width();
                if (header->sectionSize(c) < cell)
                    problems << QStringLiteral("%1: \"%2\" under \"%3\" is cut (%4 of %5 px)")
                                    .arg(name, text, title)
                                    .arg(header->sectionSize(c))
                                    .arg(cell);
            }
        }
    }
    return problems;
}

// Shows every tab of every tab widget under `root` in turn and collects what is cut.
// Chooses the first row of every visible table with none chosen, so that the panels that show
// the chosen row (the archive of a person) fill.
void chooseFirstRows(QWidget* root)
{
    for (auto* v : root->findChildren<QTableView*>())
        if (v->isVisible() && v->model() && v->model()->rowCount() > 0 &&
            !v->currentIndex().isValid())
            v->setCurrentIndex(v->model()->index(0, 0));
    QCoreApplication::processEvents();
}

QStringList clippedInTabs(QWidget* root, const QString& where)
{
    chooseFirstRows(root);
    QStringList problems = clippedIn(root, where);
    for (auto* tabs : root->findChildren<QTabWidget*>()) {
        if (!tabs->isVisible())
            continue;
        const int was = tabs->currentIndex();
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            QCoreApplication::processEvents();
            chooseFirstRows(tabs->currentWidget());
            problems << clippedIn(tabs->currentWidget(),
                                  where + QLatin1Char(':') + tabs->tabText(t));
        }
        tabs->setCurrentIndex(was);
    }
    problems.removeDuplicates();
    for (const QString& p : problems)
        qWarning().noquote() << p;
    return problems;
}

// A copy of the demo database for one test.
class DemoCopy
{
public:
    DemoCopy(const QString& from)
    {
        m_path = m_dir.filePath(QStringLiteral("youfu.db"));
        QFile::copy(from, m_path);
        QFile::copy(from + QStringLiteral(".key"), m_path + QStringLiteral(".key"));
        auto opened = core::Database::open(m_path);
        if (opened)
            m_db = std::move(opened.value());
        else
            qWarning() << opened.error();
    }
    core::Database* db() { return m_db.get(); }
    QString path() const { return m_path; }
    ui::Session as(const QString& login)
    {
        auto u = core::UserStore(*m_db).byLogin(login);
        return ui::Session{m_db.get(), u ? u.value().toActor() : core::Actor()};
    }
    // A few applications by the demo clerk (the demo has none): drafts and submitted ones.
    void addApplications()
    {
        const core::Actor clerk = as(QStringLiteral("zhangli")).actor;
        ui::RegistryModel persons(*m_db);
        persons.reload();
        core::ApprovalStore store(*m_db);
        for (int r = 0; r < qMin(4, persons.rowCount()); ++r) {
            core::ApplicationDraft d;
            d.type = core::ApplicationType::TemporaryAssistance;
            d.personId = persons.personIdAt(r);
            d.facts = QStringLiteral("该同志因病住院，家庭生活困难。");
            d.reason = QStringLiteral("符合临时救助条件。");
            d.effectiveDate = QDate(2026, 12, 1);
            d.requestedAmountFen = 100000;
            auto id = store.create(clerk, d);
            if (!id) {
                qWarning() << "application:" << id.error();
                continue;
            }
            if (r % 2 == 1)
                if (core::Status s = store.submit(clerk, id.value()); !s)
                    qWarning() << "submit:" << s.error();
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<core::Database> m_db;
};
} // namespace

class TstUiScreenFit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mainWindowFits_data();
    void mainWindowFits();
    void dialogFits_data();
    void dialogFits();
    void approvalChainsFit();
    void windowNeverLargerThanScreen();

private:
    QTemporaryDir m_demoDir;
    QString m_demo;
};

void TstUiScreenFit::initTestCase()
{
    // The clerk reads Chinese: measure the Chinese texts and headers.
    core::installTranslations(*qApp, QStringLiteral("zh_CN"));
    QVERIFY(m_demoDir.isValid());
    m_demo = m_demoDir.filePath(QStringLiteral("demo.db"));
    QVERIFY(!test::makeDemo(m_demo, 60).isEmpty());
}

void TstUiScreenFit::mainWindowFits_data()
{
    QTest::addColumn<QString>("login");
    for (const char* login :
         {"admin", "zhangli", "wangjianhua", "liuzhiqiang", "chenguoping", "zhouhong"})
        QTest::newRow(login) << QString::fromLatin1(login);
}

void TstUiScreenFit::mainWindowFits()
{
    QFETCH(QString, login);
    DemoCopy demo(m_demo);
    QVERIFY(demo.db());
    demo.addApplications();
    ui::Session session = demo.as(login);
    QVERIFY(session.actor.userId > 0);
    ui::MainWindow w(session);
    QVERIFY2(fits(w.minimumSizeHint()), qPrintable(sizeText(w.minimumSizeHint())));
    QVERIFY2(fits(w.size()), qPrintable(QStringLiteral("opens at ") + sizeText(w.size())));
    w.resize(ui::kSmallestScreen);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY2(fits(w.size()), qPrintable(sizeText(w.size())));
    auto* nav = w.findChild<QListWidget*>(QStringLiteral("navigation"));
    auto* stack = w.findChild<QStackedWidget*>();
    QVERIFY(nav && stack);
    QStringList problems;
    for (int row = 0; row < nav->count(); ++row) {
        nav->setCurrentRow(row);
        QCoreApplication::processEvents();
        QWidget* page = stack->currentWidget();
        const QSize min = page->minimumSizeHint();
        if (!fits(min))
            problems << QStringLiteral("%1: minimum %2").arg(page->objectName(), sizeText(min));
        problems << clippedInTabs(page, page->objectName());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TstUiScreenFit::dialogFits_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::addColumn<int>("option");
    QTest::newRow("person editor (new)") << "personNew" << 0;
    QTest::newRow("person editor") << "person" << 0;
    for (int t = 0; t < 6; ++t)
        QTest::newRow(qPrintable(QStringLiteral("application, type %1").arg(t)))
            << "application" << t;
    QTest::newRow("sign") << "sign" << 0;
    QTest::newRow("archive data") << "archiveData" << 0;
    QTest::newRow("document: file") << "document" << 0;
    QTest::newRow("document: correct") << "document" << 2;
    QTest::newRow("lend") << "lend" << 0;
    QTest::newRow("category") << "category" << 0;
    QTest::newRow("settings") << "settings" << 0;
    QTest::newRow("user") << "user" << 0;
    QTest::newRow("standard") << "standard" << 0;
    QTest::newRow("restore") << "restore" << 0;
    QTest::newRow("change password") << "password" << 0;
    QTest::newRow("login") << "login" << 0;
    QTest::newRow("first admin") << "firstAdmin" << 0;
    QTest::newRow("petition case (new)") << "petitionCase" << 0;
}

void TstUiScreenFit::dialogFits()
{
    QFETCH(QString, dialog);
    QFETCH(int, option);
    DemoCopy demo(m_demo);
    QVERIFY(demo.db());
    core::Database& db = *demo.db();
    demo.addApplications();
    ui::Session clerk = demo.as(QStringLiteral("zhangli"));
    ui::Session admin = demo.as(QStringLiteral("admin"));
    ui::Session chief = demo.as(QStringLiteral("wangjianhua"));
    ui::RegistryModel persons(db);
    persons.reload();
    QVERIFY(persons.rowCount() > 0);
    const qint64 personId = persons.personIdAt(0);
    const auto ok = [](auto&&...) { return core::Status::success(); };

    std::unique_ptr<QDialog> dlg;
    if (dialog == "personNew")
        dlg = std::make_unique<ui::PersonEditor>(clerk, 0);
    else if (dialog == "person")
        dlg = std::make_unique<ui::PersonEditor>(clerk, personId);
    else if (dialog == "application") {
        auto* d = new ui::ApplicationDialog(clerk, 0, personId);
        dlg.reset(d);
        auto* type = d->findChild<QComboBox*>(QStringLiteral("type"));
        QVERIFY(type);
        if (option >= type->count())
            QSKIP("no such type");
        type->setCurrentIndex(option);
    } else if (dialog == "sign") {
        ui::ApplicationListModel apps(db, ui::ApplicationListModel::Mode::Register);
        apps.reload();
        if (apps.rowCount() == 0)
            QSKIP("the demo has no application");
        dlg = std::make_unique<ui::SignDialog>(chief, apps.rowAt(0).id);
    } else if (dialog == "archiveData")
        dlg = std::make_unique<ui::ArchiveDataDialog>(QStringLiteral("档案信息"),
                                                      core::ArchiveData{}, ok);
    else if (dialog == "document")
        dlg = std::make_unique<ui::DocumentDialog>(ui::DocumentDialog::Mode(option),
                                                   core::ArchiveStore(db).kinds(),
                                                   core::DocumentDraft{}, ok);
    else if (dialog == "lend")
        dlg =
            std::make_unique<ui::LendDialog>(QStringLiteral("A-2026-0001"), QDate(2026, 12, 1), ok);
    else if (dialog == "category")
        dlg = std::make_unique<ui::PersonCategoryDialog>(core::CategoryStore(db).all(),
                                                         QDate(1950, 3, 1), QDate(2026, 12, 1));
    else if (dialog == "settings")
        dlg = std::make_unique<ui::SettingsDialog>(admin);
    else if (dialog == "user")
        dlg = std::make_unique<ui::UserDialog>(admin, nullptr);
    else if (dialog == "standard")
        dlg = std::make_unique<ui::StandardDialog>(chief);
    else if (dialog == "restore")
        dlg = std::make_unique<ui::RestoreDialog>(demo.path(), QStringLiteral("数据库文件已损坏"));
    else if (dialog == "password")
        dlg = std::make_unique<ui::ChangePasswordDialog>(clerk, false);
    else if (dialog == "login")
        dlg = std::make_unique<ui::LoginDialog>(db);
    else if (dialog == "firstAdmin")
        dlg = std::make_unique<ui::FirstAdminDialog>(db);
    else if (dialog == "petitionCase")
        dlg = std::make_unique<ui::CaseDialog>(clerk, 0);
    QVERIFY(dlg);
    QVERIFY2(fits(dlg->minimumSizeHint()), qPrintable(sizeText(dlg->minimumSizeHint())));
    dlg->show();
    QVERIFY(QTest::qWaitForWindowExposed(dlg.get()));
    QVERIFY2(fits(dlg->size()), qPrintable(sizeText(dlg->size())));
    const QStringList problems = clippedInTabs(dlg.get(), dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TstUiScreenFit::approvalChainsFit()
{
    DemoCopy demo(m_demo);
    QVERIFY(demo.db());
    ui::Session admin = demo.as(QStringLiteral("admin"));
    ui::ApprovalPage page(admin);
    page.show();
    bool handled = false;
    test::whenDialogOpens<QDialog>(
        &page,
        [&](QDialog* d) {
            QVERIFY2(fits(d->minimumSizeHint()), qPrintable(sizeText(d->minimumSizeHint())));
            QVERIFY2(fits(d->size()), qPrintable(sizeText(d->size())));
            d->reject();
        },
        &handled);
    auto* chains = page.findChild<QPushButton*>(QStringLiteral("configureChains"));
    QVERIFY(chains && chains->isVisible());
    chains->click();
    QVERIFY(handled);
}

void TstUiScreenFit::windowNeverLargerThanScreen()
{
    QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), ui::kSmallestScreen);
    QWidget w;
    ui::fitToScreen(&w, QStringLiteral("screenfitTest"), QSize(5000, 5000));
    const QRect avail = w.screen()->availableGeometry();
    QVERIFY2(w.width() <= avail.width() && w.height() <= avail.height(),
             qPrintable(sizeText(w.size())));
    QVERIFY(avail.contains(w.pos()));
}

// The offscreen screen is the smallest Youfu is laid out for, so that windows that size
// themselves from the screen are measured there.
int main(int argc, char** argv)
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly))
        return 1;
    f.write(
        QStringLiteral("{\"screens\": [{\"name\": \"small\", \"x\": 0, \"y\": 0, \"width\": %1, "
                       "\"height\": %2, \"logicalDpi\": 96, \"logicalBaseDpi\": 96, \"dpr\": 1}]}")
            .arg(ui::kSmallestScreen.width())
            .arg(ui::kSmallestScreen.height())
            .toUtf8());
    f.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + QFile::encodeName(config));
    QApplication app(argc, argv);
    TstUiScreenFit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_ui_screenfit.moc"
