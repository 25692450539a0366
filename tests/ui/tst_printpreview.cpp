#include "report/documentrenderer.h"
#include "report/officialdocument.h"
#include "uidriver.h"
#include "widgets/printpreview.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>

using namespace youfu;

namespace {

core::OfficialDocument sampleDocument(int rows)
{
    core::OfficialDocument doc;
    doc.setTitle(QStringLiteral("优抚对象基本情况表"));
    doc.addParticulars({{QStringLiteral("姓名"), QStringLiteral("张三")},
                        {QStringLiteral("性别"), QStringLiteral("男")}});
    core::RuledTable t;
    t.header = {QStringLiteral("序号"), QStringLiteral("内容")};
    for (int i = 0; i < rows; ++i)
        t.rows << QStringList{QString::number(i + 1), QStringLiteral("第%1行").arg(i + 1)};
    doc.addTable(t);
    doc.addDateLine(QDate(2026, 11, 29));
    return doc;
}

// A summary-sheet-like paper whose length is `rows` status rows and a note at the end.
core::OfficialDocument sheetLike(int rows, int chars)
{
    core::OfficialDocument doc;
    doc.setTitle(QStringLiteral("优抚对象基本情况表"));
    doc.addParticulars({{QStringLiteral("姓名"), QStringLiteral("张三")},
                        {QStringLiteral("公民身份号码"), QStringLiteral("430581195803120017")},
                        {QStringLiteral("家庭住址"), QString(chars, QChar(0x6751)), true}});
    core::RuledTable t;
    t.header = {QStringLiteral("序号"), QStringLiteral("原因")};
    t.columnPercent = {10, 90};
    for (int i = 0; i < rows; ++i)
        t.rows << QStringList{QString::number(i + 1), QString(chars / 3 + i, QChar(0x5BA1))};
    doc.addTable(t);
    doc.addNote(QStringLiteral("注：联系电话、银行账号已部分隐去。"));
    return doc;
}

int pdfPages(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pdf = f.readAll();
    int n = 0;
    for (qsizetype at = pdf.indexOf("/Type /Page"); at >= 0;
         at = pdf.indexOf("/Type /Page", at + 1))
        n += pdf.mid(at + 11, 1) != "s" ? 1 : 0;
    return n;
}

} // namespace

class TstPrintPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewOpensAndCloses();
    void saveAsPdfActionWritesFile();
    void cancelledFileDialogSavesNothing();
    void paintCallbackPreview();
    void suggestedPathIsSafe();
    void everyDevicePaginatesAlike_data();
    void everyDevicePaginatesAlike();
};

void TstPrintPreview::previewOpensAndCloses()
{
    QWidget parent;
    core::OfficialDocument doc = sampleDocument(120);
    ui::PrintPreview preview(doc, QStringLiteral("sample.pdf"), &parent);
    bool sawDialog = false;
    int previewPages = 0;
    int darkPixels = 0; // text and rules on the previewed page
    test::ModalDriver drive;
    drive.whenOpen([&] { return preview.dialog(); },
                   [&](QDialog* dialog) {
                       sawDialog = dialog->isVisible();
                       if (auto* widget = dialog->findChild<QPrintPreviewWidget*>()) {
                           previewPages = widget->pageCount();
                           widget->setZoomMode(QPrintPreviewWidget::FitInView);
                           const QImage shot = widget->grab().toImage();
                           if (!qEnvironmentVariableIsEmpty("YOUFU_SHOT"))
                               shot.save(qEnvironmentVariable("YOUFU_SHOT"));
                           for (int y = 0; y < shot.height(); ++y)
                               for (int x = 0; x < shot.width(); ++x)
                                   darkPixels += qGray(shot.pixel(x, y)) < 80 ? 1 : 0;
                       }
                       dialog->reject();
                   });
    const int result = preview.exec();
    QVERIFY2(drive.ok(), drive.problem());
    QVERIFY(sawDialog);
    QCOMPARE(result, int(QDialog::Rejected));
    // The preview lays the paper out exactly as the PDF does.
    QCOMPARE(previewPages, core::pageCount(doc));
    QVERIFY(previewPages > 1);
    QVERIFY2(darkPixels > 200, qPrintable(QString::number(darkPixels)));
    QCOMPARE(preview.dialog()->printer()->pageLayout().pageSize().id(), QPageSize::A4);
}

void TstPrintPreview::saveAsPdfActionWritesFile()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("保存的表"));
    QWidget parent;
    ui::PrintPreview preview(sampleDocument(30), QStringLiteral("sample.pdf"), &parent);
    QString suggested;
    preview.setFileNameProvider([&](QWidget*, const QString& s) {
        suggested = s;
        return target; // without ".pdf": the suffix is added
    });
    test::ModalDriver drive;
    drive.whenOpen([&] { return preview.dialog(); },
                   [&](QDialog* dialog) {
                       QAction* save =
                           dialog->findChild<QAction*>(QStringLiteral("saveAsPdfAction"));
                       QVERIFY(save);
                       // The action is reachable from the preview's toolbar.
                       auto* bar = dialog->findChild<QToolBar*>();
                       QVERIFY(bar && bar->actions().contains(save));
                       save->trigger();
                       dialog->reject();
                   });
    preview.exec();
    QVERIFY2(drive.ok(), drive.problem());
    QVERIFY(suggested.endsWith(QStringLiteral("sample.pdf")));
    const QString written = target + QStringLiteral(".pdf");
    QCOMPARE(preview.lastSavedPath(), written);
    QFile f(written);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
}

void TstPrintPreview::cancelledFileDialogSavesNothing()
{
    QWidget parent;
    ui::PrintPreview preview(sampleDocument(3), QStringLiteral("x.pdf"), &parent);
    int asked = 0;
    preview.setFileNameProvider([&](QWidget*, const QString&) {
        ++asked;
        return QString();
    });
    QVERIFY(!preview.saveAsPdf());
    QCOMPARE(asked, 1);
    QVERIFY(preview.lastSavedPath().isEmpty());
}

void TstPrintPreview::paintCallbackPreview()
{
    QTemporaryDir dir;
    int calls = 0;
    auto paint = [&](QPagedPaintDevice* device) {
        ++calls;
        device->setPageLayout(core::PageSetup::landscape().pageLayout());
        QPainter p(device);
        p.drawText(QPointF(100, 100), QStringLiteral("自绘"));
        return core::Status::success();
    };
    QWidget parent;
    ui::PrintPreview preview(paint, QStringLiteral("自绘"), QString(), &parent);
    preview.setFileNameProvider(
        [&](QWidget*, const QString&) { return dir.filePath(QStringLiteral("own.pdf")); });
    test::ModalDriver drive;
    drive.whenOpen([&] { return preview.dialog(); }, [](QDialog* dialog) { dialog->reject(); });
    preview.exec();
    QVERIFY2(drive.ok(), drive.problem());
    QVERIFY(calls >= 1); // painted for the preview
    const int before = calls;
    QVERIFY(preview.saveAsPdf());
    QCOMPARE(calls, before + 1);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("own.pdf"))));
}

void TstPrintPreview::suggestedPathIsSafe()
{
    QWidget parent;
    ui::PrintPreview preview(sampleDocument(1), QStringLiteral("张三/李四:审批表"), &parent);
    const QString path = preview.suggestedPath();
    QVERIFY2(path.endsWith(QStringLiteral("张三_李四_审批表.pdf")), qPrintable(path));
}

void TstPrintPreview::everyDevicePaginatesAlike_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("chars");
    for (int rows : {10, 18, 24, 31, 40})
        for (int chars : {20, 90})
            QTest::addRow("%d rows, %d chars", rows, chars) << rows << chars;
}

void TstPrintPreview::everyDevicePaginatesAlike()
{
    // The preview paints on the dialog's QPrinter (HighResolution), the PDF on a 600 dpi
    // QPdfWriter, a printer at its own resolution: the pages must be the same everywhere.
    QFETCH(int, rows);
    QFETCH(int, chars);
    const core::OfficialDocument doc = sheetLike(rows, chars);
    const int expected = core::pageCount(doc);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("paper.pdf"));
    QVERIFY(core::renderToPdf(doc, pdf).isOk());
    QCOMPARE(pdfPages(pdf), expected);
    for (int dpi : {72, 96, 150, 300, 1200}) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setResolution(dpi);
        const QString out = dir.filePath(QStringLiteral("printer-%1.pdf").arg(dpi));
        printer.setOutputFileName(out);
        QVERIFY(core::paintDocument(doc, &printer).isOk());
        QCOMPARE(pdfPages(out), expected);
    }
    // And the preview dialog shows as many pages.
    QWidget parent;
    ui::PrintPreview preview(doc, QStringLiteral("sheet.pdf"), &parent);
    int previewPages = -1;
    test::ModalDriver drive;
    drive.whenOpen([&] { return preview.dialog(); },
                   [&](QDialog* dialog) {
                       if (auto* widget = dialog->findChild<QPrintPreviewWidget*>())
                           previewPages = widget->pageCount();
                       dialog->reject();
                   });
    preview.exec();
    QVERIFY2(drive.ok(), drive.problem());
    QCOMPARE(previewPages, expected);
}

QTEST_MAIN(TstPrintPreview)
#include "tst_printpreview.moc"
