// The roster import wizard (issue 11, "Import" and "Preview and commit") driven offscreen on a
// dirty CSV made here: title, header, clean, repaired and refused rows, a duplicate, 小计, 合计
// and a signature footer. Counts and issue table shown, a mapping change taking effect, a
// cancelled preview writing nothing, the commit adding exactly the clean persons; the registry
// page offers the import only to those who may edit the registry.
#include "dialogs/importdialog.h"
#include "dialogs/importlayoutpage.h"
#include "dialogs/importmappingpage.h"
#include "dialogs/importpreviewpage.h"
#include "models/rosterissuemodel.h"
#include "models/rosterpreviewmodel.h"
#include "pages/registrypage.h"
#include "testdb.h"
#include "uidriver.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>

using namespace youfu;
using test::TestDb;

namespace {
QString u(const char* s)
{
    return QString::fromUtf8(s);
}

// Columns: A 序号 B 姓名 C 性别 D 身份证号 E 乡镇 F 类别 G 残疾等级 H 伤残性质 I 享受时间 J 备注
const char* const kRoster =
    "武冈市重点优抚对象花名册（2026年）,,,,,,,,,\n"                           // 1 title
    "序号,姓名,性别,身份证号,乡镇,类别,残疾等级,伤残性质,享受时间,备注\n"     // 2 header
    "1,张三,男,430581195203141232,邓元泰镇,残疾军人,三级,因战,2001-05-01,\n"  // 3 clean
    "2,  李四 ,男,43058119580808105x,邓元泰镇,残疾军人,6级,因公,2003.7,\n"    // 4 repaired
    "3,王五,男,430581195506071017,邓元泰镇,残疾军人,五级,因战,2001-05-01,\n"  // 5 check digit
    "4,赵六,男,4.30581E+17,邓元泰镇,残疾军人,五级,因战,2001-05-01,\n"         // 6 Excel's
    "5,钱七,女,430581195102033013,邓元泰镇,残疾军人,四级,因病,2001-05-01,\n"  // 7 sex vs ID
    "小计,,,,,,,,,5人\n"                                                      // 8
    "6,孙八,女,430581194805210026,邓元泰镇,残疾军人,七级,因公,2001-05-01,\n"  // 9 clean
    "7,张三,男,430581 195203141232,邓元泰镇,残疾军人,三级,因战,2001-05-01,\n" // 10 twice
    "合计,,,,,,,,,7人\n"                                                      // 11
    "制表人：张丽,,,,审核人：王建华,,,,,\n";                                  // 12 footer

const QStringList kCleanIds = {QStringLiteral("430581195203141232"),
                               QStringLiteral("43058119580808105X"),
                               QStringLiteral("430581194805210026")};

QString writeRoster(const QString& dir)
{
    const QString path = dir + QStringLiteral("/roster.csv");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    f.write(kRoster);
    return path;
}

QStringList personIds(core::Database& db)
{
    QSqlQuery q(db.connection());
    QStringList ids;
    if (q.exec(QStringLiteral("SELECT citizen_id FROM persons ORDER BY citizen_id")))
        while (q.next())
            ids << q.value(0).toString();
    return ids;
}

qint64 auditCount(core::Database& db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next()
               ? q.value(0).toLongLong()
               : -1;
}

struct Fixture
{
    TestDb t;
    core::Actor clerk = t.addUser(QStringLiteral("clerk"), core::Role::Clerk, u("王经办"));
    ui::Session session{&t.db(), clerk};
    QString path = writeRoster(t.dir());
};

// File step, then Next: the wizard is on the layout step.
bool openFile(ui::ImportDialog& dlg, const QString& path)
{
    dlg.show();
    test::typeInto(&dlg, "importPath", path);
    dlg.next();
    return dlg.currentId() == ui::ImportDialog::LayoutPage;
}

// The error shown on the current step (each step has its own label).
QString shownError(ui::ImportDialog& dlg)
{
    for (QLabel* l : dlg.currentPage()->findChildren<QLabel*>("errorLabel"))
        if (l->isVisibleTo(&dlg))
            return l->text();
    return QString();
}

ui::RosterPreviewModel* layoutPageModel(ui::ImportDialog& dlg)
{
    return qobject_cast<ui::ImportLayoutPage*>(dlg.page(ui::ImportDialog::LayoutPage))->model();
}

int columnOf(const ui::ImportDialog& dlg, core::RosterField f)
{
    return const_cast<ui::ImportDialog&>(dlg).state().mapping.columns.key(f, -1);
}
} // namespace

class TstUiImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelsPassTester();
    void wholeWizard();
    void headerRowsCanBeMoved();
    void mappingChangeTakesEffect();
    void cancelledPreviewWritesNothing();
    void registryButtonOnlyForEditors();
};

void TstUiImport::modelsPassTester()
{
    ui::RosterIssueModel issues;
    QAbstractItemModelTester t1(&issues, QAbstractItemModelTester::FailureReportingMode::QtTest);
    core::RowIssue a;
    a.kind = core::RowIssue::Kind::Refused;
    a.row = 5;
    a.column = u("D 身份证号");
    a.original = QStringLiteral("4.30581E+17");
    a.message = u("科学计数法");
    core::RowIssue b = a;
    b.kind = core::RowIssue::Kind::Repaired;
    b.value = QStringLiteral("X");
    issues.setIssues({a, b, a});
    QCOMPARE(issues.rowCount(), 3);
    issues.setKindFilter(core::RowIssue::Kind::Repaired);
    QCOMPARE(issues.rowCount(), 1);
    QCOMPARE(issues.index(0, ui::RosterIssueModel::Became).data().toString(), QStringLiteral("X"));
    issues.setKindFilter(std::nullopt);
    QCOMPARE(issues.shownLines().size(), 3);
    issues.setIssues({});
    QCOMPARE(issues.rowCount(), 0);

    ui::RosterPreviewModel rows;
    QAbstractItemModelTester t2(&rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
    core::SheetRow r1, r2;
    r1.number = 1;
    r2.number = 3; // a blank row 2 the reader left out keeps the numbering
    core::SheetCell c;
    c.kind = core::SheetCell::Kind::Text;
    c.text = c.shown = u("姓名");
    r1.cells << c << c;
    r2.cells << c;
    rows.setRows({r1, r2});
    QCOMPARE(rows.columnCount(), 2);
    rows.setHeaderRows(3, 3);
    QVERIFY(!rows.isHeaderRow(0));
    QVERIFY(rows.isHeaderRow(1));
    QCOMPARE(rows.headerData(1, Qt::Vertical).toInt(), 3);
    QCOMPARE(rows.headerData(1, Qt::Horizontal).toString(), QStringLiteral("B"));
    rows.setRows({});
}

void TstUiImport::wholeWizard()
{
    Fixture f;
    QVERIFY(!f.path.isEmpty());
    const QStringList before = personIds(f.t.db());
    ui::ImportDialog dlg(f.session);
    QVERIFY(openFile(dlg, f.path));
    const QString format = dlg.findChild<QLabel*>("importFormat")->text();
    QVERIFY2(format.contains(QStringLiteral("csv"), Qt::CaseInsensitive), qPrintable(format));

    // The header found on row 2, below the title.
    QCOMPARE(dlg.findChild<QSpinBox*>("firstHeaderRow")->value(), 2);
    QCOMPARE(dlg.findChild<QSpinBox*>("lastHeaderRow")->value(), 2);
    auto* layoutPage = qobject_cast<ui::ImportLayoutPage*>(dlg.page(ui::ImportDialog::LayoutPage));
    QVERIFY(layoutPage->model()->isHeaderRow(1));
    QVERIFY(!layoutPage->model()->isHeaderRow(0));

    dlg.next();
    auto* mapping = qobject_cast<ui::ImportMappingPage*>(dlg.page(ui::ImportDialog::MappingPage));
    QCOMPARE(mapping->comboFor(3)->currentData().toInt(),
             static_cast<int>(core::RosterField::CitizenId));
    QCOMPARE(mapping->comboFor(1)->currentData().toInt(),
             static_cast<int>(core::RosterField::Name));
    dlg.next();
    QVERIFY2(QTest::qWaitFor([&] { return dlg.state().preview.has_value(); }, 10000),
             qPrintable(shownError(dlg)));

    const core::RosterPreview& p = *dlg.state().preview;
    QCOMPARE(p.imported, 3);
    QCOMPARE(p.refused, 3);
    QCOMPARE(p.duplicates, 1);
    QVERIFY(p.repaired >= 1);
    QVERIFY(p.skipped >= 3); // 小计, 合计, the footer
    const QString counts = dlg.findChild<QLabel*>("previewCounts")->text();
    for (int n : {p.imported, p.repaired, p.refused, p.skipped, p.duplicates})
        QVERIFY2(counts.contains(QString::number(n)), qPrintable(counts));
    auto* preview = qobject_cast<ui::ImportPreviewPage*>(dlg.page(ui::ImportDialog::PreviewPage));
    QCOMPARE(preview->model()->rowCount(), int(p.issues.size()));
    auto* filter = dlg.findChild<QComboBox*>("issueFilter");
    filter->setCurrentIndex(filter->findData(static_cast<int>(core::RowIssue::Kind::Refused)));
    QVERIFY(preview->model()->rowCount() >= 3);
    QSet<int> refusedRows;
    for (int r = 0; r < preview->model()->rowCount(); ++r)
        refusedRows.insert(preview->model()->issueAt(r).row);
    QCOMPARE(refusedRows, (QSet<int>{5, 6, 7}));
    QCOMPARE(personIds(f.t.db()), before); // nothing written by the preview

    // The refused rows exported for the township: IDs kept as text for Excel.
    const QString report = f.t.dir() + QStringLiteral("/issues.csv");
    bool saved = false;
    test::whenDialogOpens<QFileDialog>(
        &dlg,
        [&](QFileDialog* d) {
            d->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))->setText(report);
            static_cast<QDialog*>(d)->accept();
        },
        &saved);
    QTest::mouseClick(dlg.findChild<QPushButton*>("exportIssues"), Qt::LeftButton);
    QVERIFY(saved);
    QFile csv(report);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(csv.readAll());
    QCOMPARE(int(written.count(QStringLiteral("\r\n"))), 1 + preview->model()->rowCount());
    QVERIFY2(written.contains(QStringLiteral("\t430581195506071017")), qPrintable(written));
    QVERIFY(written.contains(QStringLiteral("4.30581E+17")));
    auto* savedBox = dlg.findChild<QMessageBox*>(QStringLiteral("savedFile"));
    QVERIFY(savedBox);
    savedBox->close();

    bool confirmed = false;
    QString question;
    test::whenDialogOpens<QMessageBox>(
        &dlg,
        [&](QMessageBox* box) {
            QCOMPARE(box->objectName(), QStringLiteral("importConfirm"));
            question = box->text();
            for (QAbstractButton* b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::AcceptRole)
                    QTest::mouseClick(b, Qt::LeftButton);
        },
        &confirmed);
    dlg.next();
    QVERIFY(confirmed);
    QVERIFY2(question.contains(QStringLiteral("3")), qPrintable(question));
    QCOMPARE(dlg.currentId(), int(ui::ImportDialog::ResultPage));
    QCOMPARE(dlg.importedCount(), qint64(3));
    QStringList expected = before + kCleanIds;
    expected.sort();
    QCOMPARE(personIds(f.t.db()), expected);
    QVERIFY(dlg.findChild<QLabel*>("resultText")->text().contains(QStringLiteral("3")));
}

void TstUiImport::headerRowsCanBeMoved()
{
    Fixture f;
    ui::ImportDialog dlg(f.session);
    QVERIFY(openFile(dlg, f.path));
    auto* first = dlg.findChild<QSpinBox*>("firstHeaderRow");
    auto* last = dlg.findChild<QSpinBox*>("lastHeaderRow");
    first->setValue(1); // a group row above the header? The last row stays: two levels
    QCOMPARE(last->value(), 2);
    last->setValue(1); // the title alone is no header: nothing matches
    QCOMPARE(last->value(), 1);
    QVERIFY(!layoutPageModel(dlg)->isHeaderRow(1));
    QVERIFY(dlg.state().mapping.columns.isEmpty());
    dlg.next();
    QCOMPARE(dlg.currentId(), int(ui::ImportDialog::LayoutPage));
    QVERIFY(!shownError(dlg).isEmpty());
    first->setValue(2); // back where the header is: the columns are matched again
    QCOMPARE(last->value(), 2);
    QCOMPARE(columnOf(dlg, core::RosterField::CitizenId), 3);
    QVERIFY(layoutPageModel(dlg)->isHeaderRow(1));
    dlg.next();
    QCOMPARE(dlg.currentId(), int(ui::ImportDialog::MappingPage));
}

void TstUiImport::mappingChangeTakesEffect()
{
    Fixture f;
    ui::ImportDialog dlg(f.session);
    QVERIFY(openFile(dlg, f.path));
    dlg.next();
    auto* mapping = qobject_cast<ui::ImportMappingPage*>(dlg.page(ui::ImportDialog::MappingPage));
    // Two columns for one field are refused…
    QComboBox* name = mapping->comboFor(1);
    QComboBox* sex = mapping->comboFor(2);
    sex->setCurrentIndex(sex->findData(static_cast<int>(core::RosterField::Name)));
    dlg.next();
    QCOMPARE(dlg.currentId(), int(ui::ImportDialog::MappingPage));
    QVERIFY(!shownError(dlg).isEmpty());
    // …and the sex column left out: 钱七's sex no longer contradicts the ID.
    sex->setCurrentIndex(sex->findData(static_cast<int>(core::RosterField::Ignore)));
    QCOMPARE(name->currentData().toInt(), static_cast<int>(core::RosterField::Name));
    dlg.next();
    QCOMPARE(dlg.currentId(), int(ui::ImportDialog::PreviewPage));
    QVERIFY2(QTest::qWaitFor([&] { return dlg.state().preview.has_value(); }, 10000),
             qPrintable(shownError(dlg)));
    QVERIFY(!dlg.state().preview->mapping.columns.contains(2) ||
            dlg.state().preview->mapping.columns.value(2) == core::RosterField::Ignore);
    QCOMPARE(dlg.state().preview->imported, 4);
    QCOMPARE(dlg.state().preview->refused, 2);
}

void TstUiImport::cancelledPreviewWritesNothing()
{
    Fixture f;
    const QStringList before = personIds(f.t.db());
    const qint64 audit = auditCount(f.t.db());
    ui::ImportDialog dlg(f.session);
    int shown = 0;
    connect(&dlg, &ui::ImportDialog::progressShown, this, [&](QProgressDialog* progress) {
        ++shown;
        QTest::mouseClick(progress->findChild<QPushButton*>(), Qt::LeftButton);
    });
    QVERIFY(openFile(dlg, f.path));
    dlg.next();
    dlg.next();
    QCOMPARE(dlg.currentId(), int(ui::ImportDialog::PreviewPage));
    QVERIFY(QTest::qWaitFor([&] { return shown > 0 && !dlg.isBusy(); }, 10000));
    QVERIFY(!dlg.state().preview.has_value());
    QVERIFY(!dlg.page(ui::ImportDialog::PreviewPage)->isComplete());
    QVERIFY(dlg.findChild<QPushButton*>("previewAgain")->isVisibleTo(&dlg));
    QVERIFY(!dlg.findChild<QLabel*>("previewState")->text().isEmpty());
    dlg.reject();
    QCOMPARE(personIds(f.t.db()), before);
    QCOMPARE(auditCount(f.t.db()), audit);
}

void TstUiImport::registryButtonOnlyForEditors()
{
    TestDb t;
    const core::Actor clerk = t.addUser(QStringLiteral("clerk"), core::Role::Clerk);
    const core::Actor auditor = t.addUser(QStringLiteral("auditor"), core::Role::Auditor);
    ui::Session editing{&t.db(), clerk};
    ui::RegistryPage page(editing);
    auto* button = page.findChild<QPushButton*>("importRoster");
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    ui::Session reading{&t.db(), auditor};
    ui::RegistryPage readOnly(reading);
    QVERIFY(!readOnly.findChild<QPushButton*>("importRoster"));
}

QTEST_MAIN(TstUiImport)
#include "tst_ui_import.moc"
