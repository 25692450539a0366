// The 年终考核 page's 导出考核报告 button, offscreen, as the clerk uses it: Alt+X or a click
// opens the dialog; the year, the format and the file; the export writes a 0600 PDF or xlsx
// with one audit entry each and says where it is; Cancel in the progress dialog leaves no
// file; a year never computed is refused in the dialog; the PDF can be previewed first; a
// user without ViewBusiness sees no button.
#include "../core/appraisalreportfixture.h"
#include "appraisal/reportexportdialog.h"
#include "pages/appraisalpage.h"
#include "uidriver.h"
#include "widgets/savedfile.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace youfu;
using ui::ReportExportDialog;

class TestUiAppraisalReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup()
    {
        test::closeModalDialogs();
        ui::setSavedFileOpener({});
    }
    void exportsBothFormats();
    void cancelLeavesNoFile();
    void neverComputedIsSaid();
    void previewFirst();
    void noButtonWithoutPermission();
};

namespace {

int exports(test::TestDb& t)
{
    QSqlQuery q(t.db().connection());
    q.exec("SELECT COUNT(*) FROM audit_log WHERE action = 'appraisal.report_export'");
    return q.next() ? q.value(0).toInt() : -1;
}

// Fills the dialog: year, format (0 PDF, 1 xlsx), file.
void fill(ReportExportDialog* d, int year, int format, const QString& path)
{
    auto* spin = d->findChild<QSpinBox*>("reportYear");
    QVERIFY(spin);
    spin->setValue(year);
    auto* combo = d->findChild<QComboBox*>("reportFormat");
    QVERIFY(combo);
    combo->setCurrentIndex(format);
    test::typeInto(d, "reportPath", path);
}

bool isPrivate(const QString& path)
{
    return (QFile::permissions(path) &
            (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)) == 0;
}

} // namespace

void TestUiAppraisalReport::exportsBothFormats()
{
    test::TestDb t;
    const test::ReportFixture f = test::fillReport(t, 2026, 3, 2);
    QVERIFY2(f.problem.isEmpty(), qPrintable(f.problem));
    ui::Session session{&t.db(), f.clerk};
    ui::AppraisalPage page(session);
    page.show();
    page.activateWindow(); // Alt+X is a shortcut of the active window
    QVERIFY(QTest::qWaitForWindowActive(&page));
    auto* button = page.findChild<QPushButton*>("exportAppraisalReport");
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QTemporaryDir dir;

    // PDF by the Alt mnemonic.
    const QString pdf = dir.filePath(QStringLiteral("考核报告.pdf"));
    bool handled = false;
    test::whenDialogOpens<ReportExportDialog>(
        &page,
        [&](ReportExportDialog* d) {
            fill(d, 2026, 0, pdf);
            test::clickOk(d);
        },
        &handled);
    QTest::keyClick(&page, Qt::Key_X, Qt::AltModifier);
    QTRY_VERIFY(handled);
    QVERIFY(QFile::exists(pdf));
    QVERIFY(isPrivate(pdf));
    QCOMPARE(exports(t), 1);
    auto* saved = page.findChild<QMessageBox*>("savedFile");
    QVERIFY(saved);
    QVERIFY(saved->informativeText().contains(QDir::toNativeSeparators(pdf)));
    saved->close();

    // xlsx by a click; the suffix follows the format chosen.
    const QString xlsx = dir.filePath(QStringLiteral("考核报告.xlsx"));
    handled = false;
    test::whenDialogOpens<ReportExportDialog>(
        &page,
        [&](ReportExportDialog* d) {
            fill(d, 2026, 1, dir.filePath(QStringLiteral("考核报告")));
            test::clickOk(d);
        },
        &handled);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(handled);
    QVERIFY(QFile::exists(xlsx));
    QVERIFY(isPrivate(xlsx));
    QCOMPARE(exports(t), 2);
}

void TestUiAppraisalReport::cancelLeavesNoFile()
{
    test::TestDb t;
    const test::ReportFixture f = test::fillReport(t, 2026, 4, 2);
    QVERIFY2(f.problem.isEmpty(), qPrintable(f.problem));
    ui::Session session{&t.db(), f.clerk};
    ui::AppraisalPage page(session);
    page.show();
    QTemporaryDir dir;
    for (int format : {0, 1}) {
        const QString path = dir.filePath(format == 0 ? "r.pdf" : "r.xlsx");
        bool handled = false;
        QString error;
        test::whenDialogOpens<ReportExportDialog>(
            &page,
            [&](ReportExportDialog* d) {
                fill(d, 2026, format, path);
                // The clerk presses Cancel in the progress dialog once the export is under way.
                QObject::connect(d, &ReportExportDialog::progressed, d,
                                 [](QProgressDialog* p, int permille) {
                                     if (permille >= 300)
                                         p->cancel();
                                 });
                test::clickOk(d);
                QVERIFY(d->isVisible()); // the dialog stays, saying why
                error = test::visibleError(d);
                d->reject();
            },
            &handled);
        QTest::mouseClick(page.findChild<QPushButton*>("exportAppraisalReport"), Qt::LeftButton);
        QTRY_VERIFY(handled);
        QVERIFY2(error.contains("cancelled"), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
        QCOMPARE(exports(t), 0);
    }
}

void TestUiAppraisalReport::neverComputedIsSaid()
{
    test::TestDb t;
    const test::ReportFixture f = test::fillReport(t, 2026, 2, 1);
    QVERIFY2(f.problem.isEmpty(), qPrintable(f.problem));
    ui::Session session{&t.db(), f.clerk};
    ui::AppraisalPage page(session);
    page.show();
    QTemporaryDir dir;
    const QString path = dir.filePath("2025.pdf");
    bool handled = false;
    QString error;
    test::whenDialogOpens<ReportExportDialog>(
        &page,
        [&](ReportExportDialog* d) {
            fill(d, 2025, 0, path);
            test::clickOk(d);
            error = test::visibleError(d);
            d->reject();
        },
        &handled);
    QTest::mouseClick(page.findChild<QPushButton*>("exportAppraisalReport"), Qt::LeftButton);
    QTRY_VERIFY(handled);
    QVERIFY2(error.contains("2025") && error.contains("not been computed"), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(page.findChild<QMessageBox*>("savedFile") == nullptr);
}

void TestUiAppraisalReport::previewFirst()
{
    test::TestDb t;
    const test::ReportFixture f = test::fillReport(t, 2026, 2, 1);
    QVERIFY2(f.problem.isEmpty(), qPrintable(f.problem));
    ui::Session session{&t.db(), f.clerk};
    ui::AppraisalPage page(session);
    page.show();
    bool handled = false;
    bool previewed = false;
    test::whenDialogOpens<ReportExportDialog>(
        &page,
        [&](ReportExportDialog* d) {
            auto* preview = d->findChild<QPushButton*>("reportPreview");
            QVERIFY(preview);
            QVERIFY(preview->isEnabled());
            test::whenDialogOpens<QPrintPreviewDialog>(
                d, [](QPrintPreviewDialog* p) { p->reject(); }, &previewed);
            QTest::mouseClick(preview, Qt::LeftButton);
            QVERIFY(previewed);
            // Excel has no paper to preview.
            d->findChild<QComboBox*>("reportFormat")->setCurrentIndex(1);
            QVERIFY(!preview->isEnabled());
            QVERIFY(d->findChild<QLineEdit*>("reportPath")->text().endsWith(".xlsx"));
            d->reject();
        },
        &handled);
    QTest::mouseClick(page.findChild<QPushButton*>("exportAppraisalReport"), Qt::LeftButton);
    QTRY_VERIFY(handled);
    QVERIFY(previewed);
    QCOMPARE(exports(t), 0); // a preview is not an export
}

void TestUiAppraisalReport::noButtonWithoutPermission()
{
    test::TestDb t;
    ui::Session session{&t.db(), t.addUser("auditor", core::Role::Auditor, "审计员")};
    ui::AppraisalPage page(session);
    page.show();
    auto* button = page.findChild<QPushButton*>("exportAppraisalReport");
    QVERIFY(button);
    QVERIFY(!button->isVisible());
}

QTEST_MAIN(TestUiAppraisalReport)

#include "tst_ui_appraisalreport.moc"
