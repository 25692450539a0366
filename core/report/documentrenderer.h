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
