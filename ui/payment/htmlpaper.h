#pragma once

#include "report/documentrenderer.h"

#include <QString>

class QWidget;

namespace youfu::ui {

// A paper that core gives as HTML (RollPapers::summary, DisclosureExport::html) painted on A4
// (landscape when asked) with 20 mm margins: the same painter serves the preview, the printer
// and "Save as PDF…".
core::PagePainter htmlPainter(const QString& html, bool landscape);

// The print preview of such a paper; returns when it is closed.
void showHtmlPreview(QWidget* parent, const QString& html, const QString& title,
                     const QString& suggestedFileName, bool landscape);

} // namespace youfu::ui
