#include "report/documentrenderer.h"

#include "report/atomicfile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextOption>

#include <memory>

namespace youfu::core {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::Report)
};

double mmToPx(double mm, double dpi)
{
    return mm * dpi / 25.4;
}

// Qt's HTML import gives block margins and indents in 1/96 inch. The layout scales top and
// bottom margins, cell padding and borders to the paint device, but not left and right margins
// nor the first-line indent (Qt 6.4); scale those here.
void adaptToDevice(QTextDocument& text, double scale)
{
    QTextCursor cursor(&text);
    cursor.beginEditBlock();
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat f = block.blockFormat();
        if (f.leftMargin() == 0 && f.rightMargin() == 0 && f.textIndent() == 0)
            continue;
        f.setLeftMargin(f.leftMargin() * scale);
        f.setRightMargin(f.rightMargin() * scale);
        f.setTextIndent(f.textIndent() * scale);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(f);
    }
    cursor.endEditBlock();
}

// The document laid out for `device`: text block size in device pixels, fonts at device dpi.
std::unique_ptr<QTextDocument> layOut(const OfficialDocument& doc, QPaintDevice* device)
{
    auto text = std::make_unique<QTextDocument>();
    // Without the paint device the layout uses screen dpi and text prints at a third of its size.
    text->documentLayout()->setPaintDevice(device);
    text->setDocumentMargin(0);
    text->setDefaultFont(doc.fonts().bodyFont());
    QTextOption option = text->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long numbers never overflow
    text->setDefaultTextOption(option);
    text->setHtml(doc.toHtml());
    adaptToDevice(*text, device->logicalDpiY() / 96.0);
    const QSizeF block = doc.pageSetup().textBlockMm();
    text->setPageSize(QSizeF(mmToPx(block.width(), device->logicalDpiX()),
                             mmToPx(block.height(), device->logicalDpiY())));
    return text;
}

} // namespace

Status paintDocument(const OfficialDocument& doc, QPagedPaintDevice* device)
{
    if (!device)
        return Status::failure(Tr::tr("There is no printer to print on."));
    const PageSetup& setup = doc.pageSetup();
    device->setPageLayout(setup.pageLayout());
    QPainter painter;
    if (!painter.begin(device))
        return Status::failure(Tr::tr("The printer or file could not be opened for printing."));
    const double dpiX = device->logicalDpiX();
    const double dpiY = device->logicalDpiY();
    // Work in whole-sheet coordinates: the painter starts at the device's paintable corner.
    const QPageLayout layout = device->pageLayout();
    painter.translate(-QPointF(layout.paintRectPixels(int(dpiX)).topLeft()));

    std::unique_ptr<QTextDocument> text = layOut(doc, device);
    const QSizeF page = text->pageSize();
    const QPointF origin(mmToPx(setup.leftMm, dpiX), mmToPx(setup.topMm, dpiY));
    QFont footerFont = doc.fonts().tableFont(ReportFonts::kTableLargePt);
    const QFontMetricsF footerMetrics(footerFont, device);
    const double footerBaseline = mmToPx(setup.footerBaselineMm(), dpiY);

    const int pages = text->pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device->newPage()) {
            painter.end();
            return Status::failure(Tr::tr("The printer did not accept page %1.").arg(i + 1));
        }
        painter.save();
        painter.translate(origin.x(), origin.y() - i * page.height());
        const QRectF view(0, i * page.height(), page.width(), page.height());
        painter.setClipRect(view.adjusted(-2, -2, 2, 2)); // keep rules on the block's edge
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = view;
        ctx.palette.setColor(QPalette::Text, Qt::black);
        text->documentLayout()->draw(&painter, ctx);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(Qt::black);
        const QString number = QStringLiteral("— %1 —").arg(i + 1);
        const double width = footerMetrics.horizontalAdvance(number);
        painter.drawText(QPointF(origin.x() + (page.width() - width) / 2, footerBaseline), number);
    }
    if (!painter.end())
        return Status::failure(Tr::tr("The printout could not be finished."));
    return Status::success();
}

int pageCount(const OfficialDocument& doc)
{
    QBuffer sink; // only the writer's metrics are used; nothing is painted
    QPdfWriter probe(&sink);
    probe.setPageLayout(doc.pageSetup().pageLayout());
    return layOut(doc, &probe)->pageCount();
}

Status renderToPdf(const QString& path, const PagePainter& paint, const QString& title)
{
    return writeFileAtomically(path, [&](QIODevice& out) {
        QPdfWriter writer(&out);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Youfu %1").arg(QStringLiteral(YOUFU_VERSION)));
        writer.setResolution(600);
        return paint(&writer);
    });
}

Status renderToPdf(const OfficialDocument& doc, const QString& path)
{
    return renderToPdf(
        path, [&](QPagedPaintDevice* device) { return paintDocument(doc, device); }, doc.title());
}

Status renderToHtml(const OfficialDocument& doc, const QString& path)
{
    const QByteArray bytes = doc.toHtml().toUtf8();
    return writeFileAtomically(path, [&](QIODevice& out) {
        out.write(bytes); // a short write makes the commit fail, with its message
        return Status::success();
    });
}

} // namespace youfu::core
