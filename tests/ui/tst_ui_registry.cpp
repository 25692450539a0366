// The registry window as a clerk uses it: searching, filtering, sorting, opening a person,
// typing a bad citizen ID and fixing it, duplicates, and the lazy model at 10,000 persons.
#include "dialogs/personeditor.h"
#include "models/registrymodel.h"
#include "pages/registrypage.h"
#include "registry/citizenid.h"
#include "registry/demogenerator.h"
#include "registry/personstore.h"
#include "registry/registrysearchstore.h"
#include "report/documentrenderer.h"
#include "setupcheck.h"
#include "testdb.h"
#include "uidriver.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace youfu;
using core::PersonField;

namespace {
// A valid citizen ID of Wugang for a birth date and sequence number (odd: male).
QString validId(const QString& birth, int sequence)
{
    const QString first17 = QStringLiteral("430581") + birth +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + core::CitizenId::checkCharacter(first17);
}

struct Fixture
{
    explicit Fixture(int demoPersons = 0)
    {
        clerk = t.addUser(QStringLiteral("liping"), core::Role::Clerk, QStringLiteral("李萍"));
        session.db = &t.db();
        session.actor = clerk;
        if (demoPersons > 0) {
            auto made = core::DemoGenerator::generate(t.db(), clerk, demoPersons, 7);
            if (!made)
                ok = YOUFU_SETUP_FAILED("demo", made.error());
        }
    }
    qint64 addPerson(const QString& name, const QString& id,
                     const QString& township = QStringLiteral("430581100"))
    {
        core::PersonDraft d;
        d.name = name;
        d.citizenId = id;
        d.townshipCode = township;
        d.phone = QStringLiteral("13807391234");
        auto r = core::PersonStore(t.db()).add(clerk, d);
        if (!r)
            ok = YOUFU_SETUP_FAILED("add", r.error());
        return r.id;
    }
    test::TestDb t;
    bool ok = true; // false once any setup step failed (the test is failed already)
    core::Actor clerk;
    ui::Session session;
};

int rowOf(ui::RegistryModel* m, qint64 personId)
{
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->personIdAt(r) == personId)
            return r;
    return -1;
}

QString cellText(ui::RegistryModel* m, int row, int column)
{
    return m->index(row, column).data().toString();
}

QLabel* messageLabel(QWidget* w, const char* name)
{
    return w->findChild<QLabel*>(QLatin1String(name));
}
} // namespace

class TestUiRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelIsLazyAndPassesTester();
    void searchAsYouTypeFiltersRowsAndCount();
    void filtersNarrowTheList();
    void headerClickSortsInSql();
    void keyboardFindAndEnterOpens();
    void badIdReasonThenFixSaveAndHistory();
    void newPersonKeepsFieldsOnError();
    void duplicateIdOffersExistingPerson();
    void summarySheetRendersToPdf();
};

void TestUiRegistry::modelIsLazyAndPassesTester()
{
    Fixture f(10000);
    ui::RegistryModel model(f.t.db());
    QCOMPARE(model.totalCount(), 10000);
    QCOMPARE(model.rowCount(), ui::RegistryModel::kPageSize); // a page, not 10,000
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * ui::RegistryModel::kPageSize);
    // The tester itself fetches more as it walks the model; it must never see all rows at once.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.rowCount() < 10000);
    const int before = model.rowCount();
    model.fetchMore({});
    QVERIFY(model.rowCount() > before);
    // The rows of page two follow page one in the same order.
    QVERIFY(cellText(&model, 199, ui::RegistryModel::Name) <=
            cellText(&model, 200, ui::RegistryModel::Name));
    model.sort(ui::RegistryModel::BirthDate, Qt::DescendingOrder);
    QVERIFY(model.rowCount() < 10000);
    core::RegistryQuery q = model.query();
    q.keyPersonsOnly = true;
    model.setQuery(q);
    QVERIFY(model.totalCount() > 0);
    QVERIFY(model.totalCount() < 10000);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), int(model.totalCount()));
    model.setQuery(core::RegistryQuery());
    QCOMPARE(model.totalCount(), 10000);
    QVERIFY(model.rowCount() < 10000);
}

void TestUiRegistry::searchAsYouTypeFiltersRowsAndCount()
{
    Fixture f(500);
    const qint64 id =
        f.addPerson(QStringLiteral("欧阳明月"), validId(QStringLiteral("19520317"), 123));
    ui::RegistryPage page(f.session);
    page.show();
    const QString all = page.countLabel()->text();
    QVERIFY2(all.contains(QStringLiteral("501")), qPrintable(all));

    test::typeInto(&page, "registrySearch", QStringLiteral("欧阳"));
    QCOMPARE(page.model()->query().text, QString()); // debounced: not yet searched
    QTRY_COMPARE(page.model()->query().text, QStringLiteral("欧阳"));
    ui::RegistryModel* m = page.model();
    QVERIFY(m->totalCount() >= 1);
    QVERIFY(m->totalCount() < 501);
    QVERIFY(rowOf(m, id) >= 0);
    for (int r = 0; r < m->rowCount(); ++r)
        QVERIFY(cellText(m, r, ui::RegistryModel::Name).contains(QStringLiteral("欧阳")) ||
                cellText(m, r, ui::RegistryModel::Village).contains(QStringLiteral("欧阳")));
    QVERIFY2(page.countLabel()->text().contains(QString::number(m->totalCount())),
             qPrintable(page.countLabel()->text()));

    // A fragment of the ID, typed key by key.
    auto* search = page.searchEdit();
    search->clear();
    QTest::keyClicks(search, QStringLiteral("0317123"));
    QTRY_COMPARE(m->query().text, QStringLiteral("0317123"));
    QCOMPARE(m->totalCount(), 1);
    QCOMPARE(m->personIdAt(0), id);
    QVERIFY(page.countLabel()->text().contains(QStringLiteral("1")));

    // Nobody: the empty state says so instead of an empty grid.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("zzzq"));
    QTRY_COMPARE(m->query().text, QStringLiteral("zzzq"));
    QCOMPARE(m->totalCount(), 0);
    auto* empty = page.findChild<QLabel*>(QStringLiteral("registryEmpty"));
    QVERIFY(empty && empty->isVisible());
    QVERIFY(!page.view()->isVisible());

    // A search the database cannot make says so; it never reads as "nobody matches".
    core::RegistryQuery huge;
    QStringList words;
    for (int i = 0; i < 1000; ++i)
        words << QStringLiteral("王建%1").arg(i);
    huge.text = words.join(QLatin1Char(' '));
    m->setQuery(huge);
    QCOMPARE(m->totalCount(), 0);
    QVERIFY(!m->lastError().isEmpty());
    QVERIFY2(empty->text() == m->lastError(), qPrintable(empty->text()));
    QVERIFY(!page.countLabel()->text().contains(QStringLiteral("0")));
}

void TestUiRegistry::filtersNarrowTheList()
{
    Fixture f(800);
    ui::RegistryPage page(f.session);
    page.show();
    ui::RegistryModel* m = page.model();
    const qint64 all = m->totalCount();
    auto* township = page.findChild<QComboBox*>(QStringLiteral("filterTownship"));
    township->setFocus();
    QTest::keyClick(township, Qt::Key_Down); // the first township
    const QString name = township->currentText();
    QCOMPARE(m->query().townshipCode, township->currentData().toString());
    QVERIFY(m->totalCount() > 0 && m->totalCount() < all);
    for (int r = 0; r < m->rowCount(); ++r)
        QCOMPARE(cellText(m, r, ui::RegistryModel::Township), name);
    const qint64 inTownship = m->totalCount();

    auto* key = page.findChild<QCheckBox*>(QStringLiteral("filterKeyPersons"));
    QTest::mouseClick(key, Qt::LeftButton, {}, QPoint(5, key->height() / 2));
    QVERIFY(key->isChecked());
    QVERIFY(m->totalCount() < inTownship);
    for (int r = 0; r < m->rowCount(); ++r)
        QVERIFY(!cellText(m, r, ui::RegistryModel::KeyPerson).isEmpty());

    township->setCurrentIndex(0);
    QTest::mouseClick(key, Qt::LeftButton, {}, QPoint(5, key->height() / 2));
    auto* status = page.findChild<QComboBox*>(QStringLiteral("filterStatus"));
    status->setCurrentIndex(status->findText(QStringLiteral("死亡")));
    QVERIFY(m->totalCount() > 0 && m->totalCount() < all);
    for (int r = 0; r < m->rowCount(); ++r)
        QCOMPARE(cellText(m, r, ui::RegistryModel::Status), QStringLiteral("死亡"));

    status->setCurrentIndex(0);
    auto* category = page.findChild<QComboBox*>(QStringLiteral("filterCategory"));
    category->setCurrentIndex(category->findText(QStringLiteral("残疾军人")));
    QVERIFY(m->totalCount() > 0 && m->totalCount() < all);
    for (int r = 0; r < m->rowCount(); ++r)
        QVERIFY(cellText(m, r, ui::RegistryModel::Categories).contains(QStringLiteral("残疾军人")));
    QVERIFY(page.countLabel()->text().contains(QString::number(m->totalCount())));
}

void TestUiRegistry::headerClickSortsInSql()
{
    Fixture f(600);
    ui::RegistryPage page(f.session);
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QHeaderView* header = page.view()->horizontalHeader();
    auto clickHeader = [&](int column) {
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    };
    ui::RegistryModel* m = page.model();
    clickHeader(ui::RegistryModel::BirthDate);
    QCOMPARE(m->query().sort, core::RegistryQuery::Sort::BirthDate);
    const Qt::SortOrder first = m->query().order;
    // The column shows the year only (beside the masked ID); the order is by the full date.
    auto birth = [&](int r) { return cellText(m, r, ui::RegistryModel::BirthDate).left(4); };
    for (int r = 1; r < m->rowCount(); ++r)
        QVERIFY(first == Qt::AscendingOrder ? birth(r - 1) <= birth(r) : birth(r - 1) >= birth(r));
    clickHeader(ui::RegistryModel::BirthDate);
    QVERIFY(m->query().order != first);
    for (int r = 1; r < m->rowCount(); ++r)
        QVERIFY(first == Qt::AscendingOrder ? birth(r - 1) >= birth(r) : birth(r - 1) <= birth(r));
    // The last row after scrolling through every page is the extreme of the whole registry.
    while (m->canFetchMore({}))
        m->fetchMore({});
    QCOMPARE(m->rowCount(), 600);

    // Sex has no index: the click leaves the sort (and its arrow) where it was.
    clickHeader(ui::RegistryModel::Sex);
    QCOMPARE(m->query().sort, core::RegistryQuery::Sort::BirthDate);
    QCOMPARE(header->sortIndicatorSection(), int(ui::RegistryModel::BirthDate));
}

void TestUiRegistry::keyboardFindAndEnterOpens()
{
    Fixture f(50);
    ui::RegistryPage page(f.session);
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.view()->setFocus();
    QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(page.searchEdit()->hasFocus());

    page.view()->setFocus();
    page.view()->setCurrentIndex(page.model()->index(3, 0));
    const qint64 id = page.model()->personIdAt(3);
    QTest::keyClick(page.view(), Qt::Key_Return);
    QVERIFY(page.lastEditor());
    QCOMPARE(page.lastEditor()->personId(), id);
    page.lastEditor()->close();

    QTest::keyClick(page.view(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(page.lastEditor());
    QCOMPARE(page.lastEditor()->personId(), 0);
}

void TestUiRegistry::badIdReasonThenFixSaveAndHistory()
{
    Fixture f(100);
    const QString oldId = validId(QStringLiteral("19491231"), 3);
    const qint64 id = f.addPerson(QStringLiteral("张建国"), oldId);
    ui::RegistryPage page(f.session);
    page.show();
    test::typeInto(&page, "registrySearch", QStringLiteral("张建国"));
    page.applySearchNow();
    const int row = rowOf(page.model(), id);
    QVERIFY(row >= 0);
    const QRect rect = page.view()->visualRect(page.model()->index(row, 0));
    QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(page.view()->viewport(), Qt::LeftButton, {}, rect.center());
    ui::PersonEditor* ed = page.lastEditor();
    QVERIFY(ed);
    QCOMPARE(ed->personId(), id);
    QApplication::setActiveWindow(ed);
    QVERIFY(QTest::qWaitForWindowActive(ed));
    auto* history = ed->findChild<QTreeWidget*>(QStringLiteral("historyList"));
    QVERIFY(history->topLevelItemCount() >= 1);
    // The saved number is shown masked; "Show" reveals it (audited) so it can be changed.
    QCOMPARE(ed->findChild<QLineEdit*>(QStringLiteral("citizenId"))->text(),
             core::CitizenId::mask(oldId));
    QTest::mouseClick(ed->findChild<QPushButton*>(QStringLiteral("showCitizenId")), Qt::LeftButton);
    QCOMPARE(ed->findChild<QLineEdit*>(QStringLiteral("citizenId"))->text(), oldId);
    const int entriesBefore = history->topLevelItemCount();

    // A wrong check character: the reason stands beside the field as it is typed.
    QString bad =
        oldId.left(17) + (oldId.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1'));
    test::typeInto(ed, "citizenId", bad);
    QLabel* idMessage = messageLabel(ed, "citizenIdMessage");
    QVERIFY2(idMessage->text().contains(QStringLiteral("should be %1").arg(oldId.at(17))),
             qPrintable(idMessage->text()));
    QVERIFY(idMessage->isVisible());
    QVERIFY(!ed->save()); // refused; nothing typed is lost
    QCOMPARE(ed->findChild<QLineEdit*>(QStringLiteral("citizenId"))->text(), bad);

    // Fixed: a new valid number for the same person (the same birth date and sex).
    const QString newId = validId(QStringLiteral("19491231"), 15);
    test::typeInto(ed, "citizenId", newId.toLower());
    QVERIFY2(idMessage->text().contains(newId), qPrintable(idMessage->text()));
    QTest::keyClick(ed, Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(ed->findChild<QLabel*>(QStringLiteral("personNotice"))
                 ->text()
                 .contains(QStringLiteral("Saved")),
             qPrintable(ed->findChild<QLabel*>(QStringLiteral("personNotice"))->text()));
    QCOMPARE(core::PersonStore(f.t.db()).byId(id)->citizenId, newId);
    QCOMPARE(history->topLevelItemCount(), entriesBefore + 1);
    const QString newest = history->topLevelItem(0)->text(2);
    QVERIFY2(newest.contains(core::CitizenId::mask(newId).right(4)) || newest.contains(newId),
             qPrintable(newest));
    QCOMPARE(history->topLevelItem(0)->text(1), QStringLiteral("李萍"));
    // The list shows the change too.
    page.applySearchNow();
    QCOMPARE(cellText(page.model(), rowOf(page.model(), id), ui::RegistryModel::CitizenId),
             core::CitizenId::mask(newId));
    ed->close();
}

void TestUiRegistry::newPersonKeepsFieldsOnError()
{
    Fixture f;
    ui::RegistryPage page(f.session);
    page.show();
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("newPerson")), Qt::LeftButton);
    ui::PersonEditor* ed = page.lastEditor();
    QVERIFY(ed);
    QApplication::setActiveWindow(ed);
    QVERIFY(QTest::qWaitForWindowActive(ed));
    test::typeInto(ed, "name", QStringLiteral("李秀英"));
    // An old 15-digit number: converted, and the clerk is told.
    test::typeInto(ed, "citizenId", QStringLiteral("110105491231002"));
    QVERIFY2(
        ed->fieldMessage(PersonField::CitizenId).contains(QStringLiteral("11010519491231002X")),
        qPrintable(ed->fieldMessage(PersonField::CitizenId)));
    QCOMPARE(ed->findChild<QLineEdit*>(QStringLiteral("birthDate"))->text(),
             QStringLiteral("1949-12-31"));
    test::typeInto(ed, "phone", QStringLiteral("1380739"));
    QVERIFY(!ed->fieldMessage(PersonField::Phone).isEmpty());
    test::typeInto(ed, "phone", QStringLiteral("13807391234"));
    QVERIFY(ed->fieldMessage(PersonField::Phone).isEmpty());

    // No township yet: Ctrl+S refuses and says so beside the township; nothing typed is lost.
    QTest::keyClick(ed, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(ed->personId(), 0);
    QVERIFY(!ed->fieldMessage(PersonField::Township).isEmpty());
    QCOMPARE(ed->findChild<QLineEdit*>(QStringLiteral("name"))->text(), QStringLiteral("李秀英"));
    QCOMPARE(ed->findChild<QLineEdit*>(QStringLiteral("phone"))->text(),
             QStringLiteral("13807391234"));

    auto* township = ed->findChild<QComboBox*>(QStringLiteral("township"));
    township->setCurrentIndex(township->findText(QStringLiteral("文坪镇")));
    auto* village = ed->findChild<QComboBox*>(QStringLiteral("village"));
    QVERIFY(village->isEnabled() && village->count() > 1); // the township's villages
    village->setCurrentIndex(1);
    QVERIFY(ed->fieldMessage(PersonField::Township).isEmpty());
    QVERIFY(ed->save());
    QVERIFY(ed->personId() > 0);
    const auto saved = core::PersonStore(f.t.db()).byId(ed->personId());
    QCOMPARE(saved->citizenId, QStringLiteral("11010519491231002X"));
    QCOMPARE(saved->villageName, village->currentText());
    QCOMPARE(page.model()->totalCount(), 1); // the page follows
    QCOMPARE(ed->findChild<QTreeWidget*>(QStringLiteral("historyList"))->topLevelItemCount(), 1);
    // Saved numbers are shown masked until "Show".
    QCOMPARE(ed->findChild<QLineEdit*>(QStringLiteral("phone"))->text(),
             QStringLiteral("138****1234"));
    QTest::mouseClick(ed->findChild<QPushButton*>(QStringLiteral("showPhone")), Qt::LeftButton);
    QCOMPARE(ed->findChild<QLineEdit*>(QStringLiteral("phone"))->text(),
             QStringLiteral("13807391234"));
    QCOMPARE(ed->findChild<QTreeWidget*>(QStringLiteral("historyList"))->topLevelItemCount(),
             2); // audited
    ed->close();
}

void TestUiRegistry::duplicateIdOffersExistingPerson()
{
    Fixture f;
    const QString id1 = validId(QStringLiteral("19600505"), 21);
    const qint64 first = f.addPerson(QStringLiteral("王桂兰"), id1);
    ui::RegistryPage page(f.session);
    page.show();
    ui::PersonEditor* ed = page.openPerson(0);
    test::typeInto(ed, "name", QStringLiteral("王贵兰"));
    test::typeInto(ed, "citizenId", id1);
    auto* open = ed->findChild<QPushButton*>(QStringLiteral("openDuplicate"));
    QVERIFY(open->isVisible());
    QVERIFY2(ed->fieldMessage(PersonField::CitizenId).contains(QStringLiteral("王桂兰")),
             qPrintable(ed->fieldMessage(PersonField::CitizenId)));
    auto* township = ed->findChild<QComboBox*>(QStringLiteral("township"));
    township->setCurrentIndex(2);
    QVERIFY(!ed->save()); // core refuses it as well, naming the existing person
    QVERIFY(ed->fieldMessage(PersonField::CitizenId).contains(QStringLiteral("王桂兰")));
    QCOMPARE(ed->findChild<QLineEdit*>(QStringLiteral("name"))->text(), QStringLiteral("王贵兰"));
    QCOMPARE(core::PersonStore(f.t.db()).count().value(), 1);
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(ed->personId(), first);
    QCOMPARE(ed->findChild<QLineEdit*>(QStringLiteral("name"))->text(), QStringLiteral("王桂兰"));
    QVERIFY(!open->isVisible());
    ed->close();
}

void TestUiRegistry::summarySheetRendersToPdf()
{
    Fixture f;
    const qint64 id =
        f.addPerson(QStringLiteral("赵德明"), validId(QStringLiteral("19480808"), 77));
    core::PersonCategory pc;
    pc.categoryCode = QStringLiteral("disabled_serviceman");
    pc.startDate = QDate(1980, 1, 1);
    pc.grade = 3;
    pc.nature = QStringLiteral("因战");
    QVERIFY(core::PersonStore(f.t.db()).addCategory(f.clerk, id, pc));
    ui::PersonEditor ed(f.session, id);
    const core::OfficialDocument doc = ed.summarySheet();
    const QString html = doc.toHtml();
    QVERIFY(html.contains(QStringLiteral("优抚对象基本情况表")));
    QVERIFY(html.contains(QStringLiteral("赵德明")));
    QVERIFY(html.contains(QStringLiteral("三级因战")));
    QVERIFY(!html.contains(QStringLiteral("13807391234"))); // masked unless revealed
    const QString pdf = f.t.dir() + QStringLiteral("/sheet.pdf");
    QVERIFY(core::renderToPdf(doc, pdf));
    QCOMPARE(core::pageCount(doc), 1);              // one sheet of A4 for the paper file
    QVERIFY(html.contains(QStringLiteral("李萍"))); // who filled it in, by name
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    if (!qEnvironmentVariableIsEmpty("YOUFU_KEEP_SHEET"))
        QFile::copy(pdf, qEnvironmentVariable("YOUFU_KEEP_SHEET"));
}

QTEST_MAIN(TestUiRegistry)
#include "tst_ui_registry.moc"
