#pragma once

#include <QMarginsF>
#include <QPageLayout>
#include <QRectF>
#include <QSizeF>

namespace youfu::core {

// The sheet a paper is laid out on, in millimetres. Official papers use A4 (GB/T 9704-2012).
struct PageSetup
{
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    double topMm = 37.0;
    double bottomMm = 35.0;
    double leftMm = 28.0;
    double rightMm = 26.0;

    // GB/T 9704-2012: A4 portrait, margins 37/35/28/26 mm, text block 156 × 225 mm.
    static PageSetup portrait();
    // A4 landscape for wide registers and lists: 20 mm all round (text block 257 × 170 mm).
    static PageSetup landscape();

    QSizeF paperSizeMm() const; // 210 × 297, or 297 × 210 in landscape
    QSizeF textBlockMm() const; // paper minus margins
    QRectF textRectMm() const;  // the text block on the sheet, origin at the sheet's corner
    // The page-number line sits 7 mm below the text block (GB/T 9704 7.5), inside the bottom
    // margin.
    double footerBaselineMm() const;

    // A4 with these margins, for QPdfWriter / QPrinter.
    QPageLayout pageLayout() const;
};

} // namespace youfu::core
