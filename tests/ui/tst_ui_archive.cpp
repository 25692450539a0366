// The archive page as a clerk and a section chief use it: search a person, open the archive,
// file a document, attach a scan, verify it as a second user, see it counted as present.
#include "app/homecards.h"
#include "archive/archivedocumentstore.h"
#include "archive/archivestore.h"
#include "dialogs/archivedatadialog.h"
#include "dialogs/documentdialog.h"
#include "dialogs/scanviewer.h"
#include "models/incompletepersonmodel.h"
#include "models/personpickmodel.h"
#include "models/recordtablemodel.h"
#include "pages/archivepage.h"
#include "registry/citizenid.h"
#include "registry/personstore.h"
#include "setupcheck.h"
#include "testdb.h"
#include "uidriver.h"
#include "widgets/archivepanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace youfu;

namespace {
QString citizenId(int seq)
{
    const QString first17 =
        QStringLiteral("43058119500301") + QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    return first17 + core::CitizenId::checkCharacter(first17);
}

QString presenceOf(ui::RecordTableModel* m, const QString& kindName)
{
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data().toString() == kindName)
            return m->index(r, 2).data().toString();
    return QString();
}

QPushButton* buttonIn(QWidget* w, const char* name)
{
    auto* b = w->findChild<QPushButton*>(QLatin1String(name));
    if (!b)
        YOUFU_SETUP_FAILED("no button", QString::fromLatin1(name));
    return b;
}
} // namespace

class TestUiArchive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void attachVerifyCountsAsPresent();
    void modelsPassTester();
};

void TestUiArchive::attachVerifyCountsAsPresent()
{
    test::TestDb t;
    const core::Actor clerk =
        t.addUser(QStringLiteral("clerk"), core::Role::Clerk, QStringLiteral("李经办"));
    const core::Actor chief =
        t.addUser(QStringLiteral("chief"), core::Role::SectionChief, QStringLiteral("王科长"));
    core::PersonDraft d;
    d.name = QStringLiteral("赵建国");
    d.citizenId = citizenId(11);
    d.townshipCode = QStringLiteral("430581100");
    core::PersonSaveResult added = core::PersonStore(t.db()).add(clerk, d);
    QVERIFY2(added, qPrintable(added.error()));
    core::PersonCategory pc;
    pc.categoryCode = QStringLiteral("disabled_serviceman");
    pc.startDate = QDate(2010, 1, 1);
    pc.grade = 6;
    pc.nature = QStringLiteral("因战");
    QVERIFY(core::PersonStore(t.db()).addCategory(clerk, added.id, pc));

    // A scan made here, never committed as a binary.
    const QString scanPath = QDir(t.dir()).filePath(QStringLiteral("身份证.png"));
    QImage img(300, 200, QImage::Format_RGB32);
    img.fill(Qt::white);
    QVERIFY(img.save(scanPath, "PNG"));

    // --- the clerk ---
    ui::Session clerkSession{&t.db(), clerk};
    {
        ui::ArchivePage page(clerkSession);
        page.resize(1300, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        test::typeInto(&page, "archiveSearch", QStringLiteral("赵建国"));
        QTRY_COMPARE(page.personModel()->rowCount(), 1);
        ui::ArchivePanel* panel = page.panel();
        QTRY_COMPARE(panel->personId(), added.id);

        bool handled = false;
        test::whenDialogOpens<ui::ArchiveDataDialog>(
            &page,
            [](ui::ArchiveDataDialog* dlg) {
                test::typeInto(dlg, "cabinet", QStringLiteral("3"));
                test::typeInto(dlg, "box", QStringLiteral("12"));
                test::typeInto(dlg, "keeper", QStringLiteral("李经办"));
                test::clickOk(dlg);
            },
            &handled);
        QTest::mouseClick(buttonIn(panel, "openArchive"), Qt::LeftButton);
        QVERIFY(handled);
        auto archive = core::ArchiveStore(t.db()).byPerson(added.id);
        QVERIFY(archive);
        QCOMPARE(archive->archiveNumber, QStringLiteral("WG-YF-000001"));

        handled = false;
        test::whenDialogOpens<ui::DocumentDialog>(
            &page,
            [](ui::DocumentDialog* dlg) {
                auto* kind = dlg->findChild<QComboBox*>(QStringLiteral("kind"));
                kind->setCurrentIndex(kind->findData(QStringLiteral("id_card_copy")));
                test::typeInto(dlg, "title", QStringLiteral("身份证复印件（正反面）"));
                test::clickOk(dlg);
            },
            &handled);
        QTest::mouseClick(buttonIn(panel, "addDocument"), Qt::LeftButton);
        QVERIFY(handled);
        QCOMPARE(panel->documentsModel()->rowCount(), 1);
        QVERIFY(panel->selectedDocumentId() > 0);

        panel->setOpenChooser([&](QWidget*) { return scanPath; });
        QTest::mouseClick(buttonIn(panel, "attachScan"), Qt::LeftButton);
        const qint64 docId = panel->selectedDocumentId();
        QCOMPARE(core::ArchiveDocumentStore(t.db()).byId(docId)->scans.size(), 1);
        QCOMPARE(presenceOf(panel->requirementsModel(), QStringLiteral("身份证复印件")),
                 core::presenceTitle(core::Presence::Pending));
        QCOMPARE(presenceOf(panel->requirementsModel(), QStringLiteral("残疾军人证")),
                 core::presenceTitle(core::Presence::Missing));
        QVERIFY(!buttonIn(panel, "verifyDocument")->isEnabled()); // a clerk verifies nothing

        // The scan opens in the viewer, intact, zoomable and exportable.
        const QString exported = QDir(t.dir()).filePath(QStringLiteral("导出.png"));
        panel->setSaveChooser([&](QWidget*, const QString&) { return exported; });
        panel->viewScan();
        auto* viewer = panel->findChild<ui::ScanViewer*>();
        QVERIFY(viewer);
        QVERIFY(viewer->isIntact());
        const double z = viewer->zoom();
        QTest::mouseClick(buttonIn(viewer, "zoomIn"), Qt::LeftButton);
        QVERIFY(viewer->zoom() > z);
        QTest::mouseClick(buttonIn(viewer, "exportScan"), Qt::LeftButton);
        QVERIFY(QFile::exists(exported));
        viewer->close();
    }
    // The section chief's home shows what waits: the document and the archive's data.
    ui::Session chiefSession{&t.db(), chief};
    bool found = false;
    for (const ui::HomeCard& c : ui::homeCards(chiefSession))
        if (c.title.contains(QStringLiteral("verify"))) {
            QCOMPARE(c.value, QStringLiteral("2"));
            found = true;
        }
    QVERIFY(found);

    // The clerk's queue: the line above the list speaks of what the list holds (two entries
    // wait for the chief, none is the clerk's to act on).
    {
        ui::ArchivePage page(clerkSession);
        page.tabs()->setCurrentIndex(1);
        QCOMPARE(page.queueModel()->rowCount(), 0);
        auto* count = page.findChild<QLabel*>(QStringLiteral("queueCount"));
        QVERIFY(count);
        QVERIFY2(!count->text().contains(QStringLiteral("wait")), qPrintable(count->text()));
        QVERIFY(!buttonIn(&page, "queueVerify")->isEnabled());
    }

    // --- the section chief ---
    {
        ui::ArchivePage page(chiefSession);
        page.resize(1300, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.tabs()->setCurrentIndex(1);
        QCOMPARE(page.queueModel()->rowCount(), 2);
        // Nothing chosen, nothing to verify or return; a chosen entry enables both.
        QPushButton* verifyQueued = buttonIn(&page, "queueVerify");
        QPushButton* returnQueued = buttonIn(&page, "queueReturn");
        QVERIFY(!verifyQueued->isEnabled() && !returnQueued->isEnabled());
        auto* queueView = page.findChild<QTableView*>(QStringLiteral("queueView"));
        QVERIFY(queueView);
        queueView->selectRow(0);
        QVERIFY(verifyQueued->isEnabled() && returnQueued->isEnabled());
        page.tabs()->setCurrentIndex(0);
        test::typeInto(&page, "archiveSearch", QStringLiteral("赵建国"));
        QTRY_COMPARE(page.panel()->personId(), added.id);
        ui::ArchivePanel* panel = page.panel();
        panel->documentsView()->selectRow(0);
        QVERIFY(buttonIn(panel, "verifyDocument")->isEnabled());
        QTest::mouseClick(buttonIn(panel, "verifyDocument"), Qt::LeftButton);
        QCOMPARE(presenceOf(panel->requirementsModel(), QStringLiteral("身份证复印件")),
                 core::presenceTitle(core::Presence::Present));
        QVERIFY(core::ArchiveDocumentStore(t.db()).hasVerifiedDocument(
            added.id, QStringLiteral("id_card_copy")));
        QVERIFY(!buttonIn(panel, "changeDocument")->isEnabled()); // verified: locked
        QVERIFY(buttonIn(panel, "correctDocument")->isEnabled());
        // YOUFU_GRAB=/dir saves what the page looks like.
        if (const QString grab = qEnvironmentVariable("YOUFU_GRAB"); !grab.isEmpty())
            page.grab().save(QDir(grab).filePath(QStringLiteral("archivepage.png")));

        // Completeness: the person still lacks the two disability documents.
        page.tabs()->setCurrentIndex(3);
        QCOMPARE(page.incompleteModel()->rowCount(), 1);
        QVERIFY(page.incompleteModel()
                    ->index(0, ui::IncompletePersonModel::Missing)
                    .data()
                    .toString()
                    .contains(QStringLiteral("残疾军人证")));
        QVERIFY(!page.incompleteModel()
                     ->index(0, ui::IncompletePersonModel::Missing)
                     .data()
                     .toString()
                     .contains(QStringLiteral("身份证")));
        const QString csv = QDir(t.dir()).filePath(QStringLiteral("缺.csv"));
        page.setSaveChooser([&](QWidget*, const QString&) { return csv; });
        QVERIFY(page.exportCompleteness(true));
        QVERIFY(QFile::exists(csv));

        // A scan altered on disk is reported, never shown as fine.
        core::ArchiveDocumentStore docs(t.db());
        const core::ScanRef scan = docs.byId(panel->documentsModel()->rowAt(0).id)->scans.first();
        {
            QFile f(docs.scans().pathOf(scan.sha256, scan.extension));
            QVERIFY(f.open(QIODevice::Append));
            f.write("x");
        }
        page.tabs()->setCurrentIndex(0);
        panel->reload();
        panel->documentsView()->selectRow(0);
        QVERIFY(panel->documentsModel()->index(0, 5).data().toString().contains(
            QStringLiteral("altered")));
        panel->viewScan();
        auto* viewer = panel->findChild<ui::ScanViewer*>();
        QVERIFY(viewer);
        QVERIFY(!viewer->isIntact());
        QVERIFY(viewer->problem().contains(QStringLiteral("altered")));
        viewer->close();
    }
}

void TestUiArchive::modelsPassTester()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser(QStringLiteral("clerk"), core::Role::Clerk);
    for (int i = 1; i <= 3; ++i) {
        core::PersonDraft d;
        d.name = QStringLiteral("钱") + QString(QStringLiteral("一二三").at(i - 1));
        d.citizenId = citizenId(i);
        d.townshipCode = QStringLiteral("430581001");
        core::PersonSaveResult r = core::PersonStore(t.db()).add(clerk, d);
        QVERIFY(r);
        core::PersonCategory pc;
        pc.categoryCode = QStringLiteral("martyr_survivor");
        pc.startDate = QDate(2010, 1, 1);
        pc.relation = QStringLiteral("子女");
        pc.servicemanName = QStringLiteral("钱烈");
        QVERIFY(core::PersonStore(t.db()).addCategory(clerk, r.id, pc));
    }
    ui::PersonPickModel persons(t.db());
    QAbstractItemModelTester t1(&persons, QAbstractItemModelTester::FailureReportingMode::QtTest);
    persons.setQuery({});
    QCOMPARE(persons.rowCount(), 3);
    ui::IncompletePersonModel incomplete(t.db());
    QAbstractItemModelTester t2(&incomplete,
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    incomplete.setFilter({});
    QCOMPARE(incomplete.rowCount(), 3);
    QVERIFY(incomplete.index(2, ui::IncompletePersonModel::Missing)
                .data()
                .toString()
                .contains(QStringLiteral("烈士证明书")));
    ui::RecordTableModel records({QStringLiteral("a"), QStringLiteral("b")});
    QAbstractItemModelTester t3(&records, QAbstractItemModelTester::FailureReportingMode::QtTest);
    records.setRows({{1, {QStringLiteral("x"), QStringLiteral("y")}, QColor(Qt::red), 0},
                     {2, {QStringLiteral("z")}, QColor(), 0}});
    QCOMPARE(records.rowOf(2), 1);
    QCOMPARE(records.index(1, 1).data().toString(), QString());
    // The page's own models, filled.
    ui::Session s{&t.db(), clerk};
    ui::ArchivePage page(s);
    QAbstractItemModelTester t4(page.summaryModel(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t5(page.queueModel(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t6(page.loansModel(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.refreshCompleteness();
    page.refreshQueue();
    page.refreshLoans();
    QCOMPARE(page.summaryModel()->rowCount(), 1);
}

QTEST_MAIN(TestUiArchive)
#include "tst_ui_archive.moc"
