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
#include <QTextFrame>
#include <QTextLayout>
#include <QTextOption>
#include <QTextTable>

#include <algorithm>

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

// Every paper is laid out against this reference device, whatever it is painted on: the
// preview's QPrinter, a real printer and the PDF then break lines and pages alike.
constexpr int kLayoutDpi = 600;
// Height of the continuous layout: taller than any paper (QFixed keeps 2^25 px exactly).
constexpr double kEndless = 3.0e7;
// Room of the 续页 header at the top of continuation pages.
constexpr double kContinuationMm = 16.0;

struct Unit
{
    double top;
    double bottom;
};

struct TableInfo
{
    double top = 0;          // the table's top rule
    double headerBottom = 0; // end of the header rows (== top when there are none)
    double bottom = 0;
    bool hasHeader = false;
};

// A paper laid out on the reference device as one endless page, and where to cut it.
struct LaidOut
{
    QBuffer sink; // only the writer's metrics are used; nothing is painted
    QPdfWriter writer{&sink};
    std::unique_ptr<QTextDocument> text;
    PaperPagination pagination;
    QList<TableInfo> tables;
    double width = 0;
};

double toLayout(double mm)
{
    return mmToPx(mm, kLayoutDpi);
}

void measure(LaidOut& out, QList<Unit>& units, QList<double>& forced,
             const QList<QTextBlock>& breakBlocks)
{
    QAbstractTextDocumentLayout* layout = out.text->documentLayout();
    const double px = kLayoutDpi / 96.0;
    for (const QTextBlock& b : breakBlocks)
        forced << layout->blockBoundingRect(b).top();
    QTextFrame* root = out.text->rootFrame();
    bool lastWasHeading = false;
    for (QTextFrame::iterator it = root->begin(); !it.atEnd(); ++it) {
        if (auto* table = qobject_cast<QTextTable*>(it.currentFrame())) {
            const QTextTableFormat f = table->format();
            const double edge = (f.cellPadding() + f.border()) * px;
            QList<Unit> rows;
            for (int r = 0; r < table->rows(); ++r) {
                Unit u{1e300, -1e300};
                for (int c = 0; c < table->columns(); ++c) {
                    const QTextTableCell cell = table->cellAt(r, c);
                    if (!cell.isValid() || cell.row() != r)
                        continue;
                    QTextBlock b = cell.firstCursorPosition().block();
                    const QTextBlock last = cell.lastCursorPosition().block();
                    for (;; b = b.next()) {
                        const QRectF rect = layout->blockBoundingRect(b);
                        u.top = qMin(u.top, rect.top());
                        u.bottom = qMax(u.bottom, rect.bottom());
                        if (b == last || !b.isValid())
                            break;
                    }
                }
                if (u.top > u.bottom)
                    continue;
                u.top -= edge;
                u.bottom += edge;
                if (!rows.isEmpty())
                    rows.last().bottom = u.top; // rows touch: one rule between them
                rows << u;
            }
            if (rows.isEmpty())
                continue;
            TableInfo info;
            info.top = rows.first().top - f.border() * px;
            info.bottom = rows.last().bottom + f.border() * px;
            rows.last().bottom = info.bottom;
            rows.first().top = info.top;
            const int headers = qMin(f.headerRowCount(), int(rows.size()));
            info.hasHeader = headers > 0 && headers < rows.size();
            info.headerBottom = headers > 0 ? rows.at(headers - 1).bottom : info.top;
            out.tables << info;
            for (const Unit& u : rows)
                out.pagination.rows << qMakePair(u.top, u.bottom);
            // The header rows and a heading just before stay with the first row.
            const int glue = headers > 0 && headers < rows.size() ? headers : 0;
            Unit first{rows.first().top, rows.at(glue).bottom};
            if (lastWasHeading && !units.isEmpty())
                first.top = units.takeLast().top;
            units << first;
            for (int r = glue + 1; r < rows.size(); ++r)
                units << rows.at(r);
            lastWasHeading = false;
        } else if (it.currentFrame() == nullptr) {
            const QTextBlock b = it.currentBlock();
            // The layout is lazy: a long document (a 公示 of many pages) is laid out only as
            // far as asked. Asking for the block's rectangle lays it out; without it the
            // lines after a long table have no lines yet and are cut off the last page.
            layout->blockBoundingRect(b);
            QTextLayout* lines = b.layout();
            if (!lines)
                continue;
            const QPointF at = lines->position();
            for (int i = 0; i < lines->lineCount(); ++i) {
                const QTextLine line = lines->lineAt(i);
                Unit u{at.y() + line.y(), at.y() + line.y() + line.height()};
                // A heading never ends a page: it stays with the first line after it.
                if (i == 0 && lastWasHeading && !units.isEmpty())
                    u.top = units.takeLast().top;
                units << u;
            }
            lastWasHeading = lines->lineCount() > 0 && b.charFormat().fontWeight() >= QFont::Bold;
        }
    }
}

// Cuts the endless layout into pages at the start of a row or line that would not fit.
void cut(LaidOut& out, QList<Unit> units, QList<double> forced, bool continuation)
{
    std::sort(units.begin(), units.end(),
              [](const Unit& a, const Unit& b) { return a.top < b.top; });
    QList<Unit> merged;
    for (const Unit& u : units) {
        if (!merged.isEmpty() && u.top < merged.last().bottom - 1)
            merged.last().bottom = qMax(merged.last().bottom, u.bottom);
        else
            merged << u;
    }
    std::sort(forced.begin(), forced.end());
    PaperPagination& p = out.pagination;
    const double end = merged.isEmpty() ? 0 : merged.last().bottom;
    double start = 0;
    do {
        PaperPage page;
        page.top = start;
        double room = p.pageHeight;
        if (!p.pages.isEmpty() && continuation) {
            page.continuationHeader = true;
            room -= p.continuationHeight;
        }
        double header = 0;
        for (const TableInfo& t : out.tables)
            if (t.hasHeader && start >= t.headerBottom - 1 && start < t.bottom - 1) {
                page.repeatsTableHeader = true;
                header = t.headerBottom - t.top;
            }
        room -= header;
        double limit = start + room;
        for (double f : forced)
            if (f > start + 1 && f < limit) {
                limit = f;
                break;
            }
        double stop = qMin(limit, end);
        if (limit < end) {
            for (const Unit& u : merged)
                if (u.top < limit && u.bottom > limit) {
                    if (u.top > start + 1)
                        stop = u.top; // else taller than a page: cut through it
                    break;
                }
        }
        page.bottom = stop;
        p.pages << page;
        p.headerHeights << header;
        start = stop;
    } while (start < end - 1);
}

std::unique_ptr<LaidOut> layOut(const OfficialDocument& doc)
{
    auto out = std::make_unique<LaidOut>();
    out->writer.setResolution(kLayoutDpi);
    out->writer.setPageLayout(doc.pageSetup().pageLayout());
    out->text = std::make_unique<QTextDocument>();
    QTextDocument& text = *out->text;
    // Without the paint device the layout uses screen dpi and text prints at a third of its size.
    text.documentLayout()->setPaintDevice(&out->writer);
    text.setDocumentMargin(0);
    text.setDefaultFont(doc.fonts().bodyFont());
    QTextOption option = text.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long numbers never overflow
    text.setDefaultTextOption(option);
    text.setHtml(doc.toHtml());
    adaptToDevice(text, kLayoutDpi / 96.0);
    // Page breaks are ours to make: the layout is one endless page.
    QList<QTextBlock> breakBlocks;
    QTextCursor cursor(&text);
    for (QTextBlock b = text.begin(); b.isValid(); b = b.next()) {
        QTextBlockFormat f = b.blockFormat();
        if (f.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) {
            f.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            cursor.setPosition(b.position());
            cursor.setBlockFormat(f);
            breakBlocks << b;
        }
    }
    const QSizeF block = doc.pageSetup().textBlockMm();
    out->width = toLayout(block.width());
    text.setPageSize(QSizeF(out->width, kEndless));
    PaperPagination& p = out->pagination;
    p.dpi = kLayoutDpi;
    p.pageHeight = toLayout(block.height());
    p.continuationHeight = doc.hasContinuationHeader() ? toLayout(kContinuationMm) : 0;
    QList<Unit> units;
    QList<double> forced;
    measure(*out, units, forced, breakBlocks);
    cut(*out, units, forced, doc.hasContinuationHeader());
    return out;
}

// Draws the slice [top, bottom) of the layout with its top at `y` (layout units, text block).
void drawSlice(QPainter& painter, QTextDocument& text, double width, double top, double bottom,
               double y)
{
    painter.save();
    painter.translate(0, y - top);
    const QRectF view(0, top, width, bottom - top);
    painter.setClipRect(view.adjusted(-4, -1, 4, 1)); // keep rules on the block's edge
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.clip = view;
    ctx.palette.setColor(QPalette::Text, Qt::black);
    text.documentLayout()->draw(&painter, ctx);
    painter.restore();
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

    std::unique_ptr<LaidOut> laid = layOut(doc);
    const PaperPagination& pagination = laid->pagination;
    const QPointF origin(mmToPx(setup.leftMm, dpiX), mmToPx(setup.topMm, dpiY));
    const double blockWidth = mmToPx(setup.textBlockMm().width(), dpiX);
    QFont footerFont = doc.fonts().tableFont(ReportFonts::kTableLargePt);
    const QFontMetricsF footerMetrics(footerFont, device);
    const double footerBaseline = mmToPx(setup.footerBaselineMm(), dpiY);
    QFont headTitle = doc.fonts().tableFont(ReportFonts::kTableLargePt);
    headTitle.setBold(true);
    const QFont headLine = doc.fonts().tableFont(ReportFonts::kTablePt);

    for (int i = 0; i < pagination.pages.size(); ++i) {
        const PaperPage& page = pagination.pages.at(i);
        if (i > 0 && !device->newPage()) {
            painter.end();
            return Status::failure(Tr::tr("The printer did not accept page %1.").arg(i + 1));
        }
        double y = 0; // layout units below the top of the text block
        if (page.continuationHeader) {
            painter.setPen(Qt::black);
            painter.setFont(headTitle);
            const QRectF band(origin.x(), origin.y(), blockWidth, mmToPx(kContinuationMm, dpiY));
            painter.drawText(band, Qt::AlignHCenter | Qt::AlignTop, doc.continuationTitle());
            painter.setFont(headLine);
            painter.drawText(band.adjusted(0, mmToPx(7.5, dpiY), 0, 0),
                             Qt::AlignHCenter | Qt::AlignTop, doc.continuationLine());
            y += pagination.continuationHeight;
        }
        // The layout, scaled from the reference device to this one.
        painter.save();
        painter.translate(origin);
        painter.scale(dpiX / kLayoutDpi, dpiY / kLayoutDpi);
        if (page.repeatsTableHeader) {
            for (const TableInfo& t : laid->tables)
                if (t.hasHeader && page.top >= t.headerBottom - 1 && page.top < t.bottom - 1) {
                    drawSlice(painter, *laid->text, laid->width, t.top, t.headerBottom, y);
                    y += t.headerBottom - t.top;
                    break;
                }
        }
        drawSlice(painter, *laid->text, laid->width, page.top, page.bottom, y);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(Qt::black);
        const QString number = QStringLiteral("— %1 —").arg(i + 1);
        const double width = footerMetrics.horizontalAdvance(number);
        painter.drawText(QPointF(origin.x() + (blockWidth - width) / 2, footerBaseline), number);
    }
    if (!painter.end())
        return Status::failure(Tr::tr("The printout could not be finished."));
    return Status::success();
}

PaperPagination paginate(const OfficialDocument& doc)
{
    return layOut(doc)->pagination;
}

int pageCount(const OfficialDocument& doc)
{
    return int(paginate(doc).pages.size());
}

int fitToPages(OfficialDocument& doc, int pages, double floorPt)
{
    // Most papers fit at 12 pt, and a paper that does not fit at the floor goes on to a 续页
    // at the floor: two layouts; only the papers in between try the sizes between.
    doc.setFreeTextPointSize(ReportFonts::kTablePt);
    int n = pageCount(doc);
    if (n <= pages || floorPt >= ReportFonts::kTablePt)
        return n;
    doc.setFreeTextPointSize(floorPt);
    const int atFloor = pageCount(doc);
    if (atFloor > pages)
        return atFloor;
    for (double pt = ReportFonts::kTablePt - 0.5; pt > floorPt; pt -= 0.5) {
        doc.setFreeTextPointSize(pt);
        n = pageCount(doc);
        if (n <= pages)
            return n;
    }
    doc.setFreeTextPointSize(floorPt);
    return atFloor;
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
