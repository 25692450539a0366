#pragma once

#include "common/result.h"
#include "report/officialdocument.h"

#include <QPagedPaintDevice>
#include <QString>

#include <functional>

namespace youfu::core {

// Output of an OfficialDocument. The PDF, the printer and the print preview all go through
// paintDocument(), so what the clerk previews is exactly what prints and what is saved.
// Rendering needs a QGuiApplication (fonts); QT_QPA_PLATFORM=offscreen is enough.

// Lays the document out on `device` (A4 with the document's margins, set on the device) and
// paints it page by page, with "— 1 —" page numbers centred under the text block.
// Works for QPdfWriter and QPrinter (including the one QPrintPreviewDialog hands out).
Status paintDocument(const OfficialDocument& doc, QPagedPaintDevice* device);

// Number of pages the document takes on A4 at its page setup.
int pageCount(const OfficialDocument& doc);

// How a paper is cut into pages. The document is laid out once, against the same reference
// device (a 600 dpi QPdfWriter) whatever it is painted on, so the PDF, the printer and the
// preview break pages at the same places. Coordinates are of that continuous layout, in
// 1/600 inch. A table row or a line of text is never cut unless it is taller than a page.
struct PaperPage
{
    double top = 0; // the slice of the layout this page shows
    double bottom = 0;
    bool repeatsTableHeader = false; // a table continues here: its header row is shown first
    bool continuationHeader = false; // the document's 续页 header is shown first
};
struct PaperPagination
{
    double dpi = 0;                // layout units per inch
    double pageHeight = 0;         // the text block's height
    double continuationHeight = 0; // room the 续页 header takes
    QList<PaperPage> pages;
    QList<QPair<double, double>> rows; // every table row (top, bottom)
    QList<double> headerHeights;       // per page: room taken by a repeated table header
};
PaperPagination paginate(const OfficialDocument& doc);

// Shrinks the free text (Particular::freeText, RuledTable::freeText) half a point at a time,
// from 12 pt down to `floorPt`, until the paper takes at most `pages` pages; what does not fit
// then continues on further pages (give the document a continuation header). Returns the
// number of pages.
int fitToPages(OfficialDocument& doc, int pages = 1, double floorPt = ReportFonts::kSmallPt);

// Saves the document as PDF at `path`, atomically (see atomicfile.h). The message of a failure
// is written for the clerk ("The folder … does not exist …").
Status renderToPdf(const OfficialDocument& doc, const QString& path);

// Same, for a paper painted by other code (charts, custom forms): `paint` is called with a
// QPdfWriter that writes into a temporary file; a failure it returns abandons the file.
using PagePainter = std::function<Status(QPagedPaintDevice* device)>;
Status renderToPdf(const QString& path, const PagePainter& paint, const QString& title = QString());

// Saves the document's HTML (UTF-8, the same content and fonts), atomically.
Status renderToHtml(const OfficialDocument& doc, const QString& path);

} // namespace youfu::core
