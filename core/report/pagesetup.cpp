#include "report/pagesetup.h"

#include <QPageSize>

namespace youfu::core {

PageSetup PageSetup::portrait()
{
    return PageSetup();
}

PageSetup PageSetup::landscape()
{
    PageSetup p;
    p.orientation = QPageLayout::Landscape;
    p.topMm = p.bottomMm = p.leftMm = p.rightMm = 20.0;
    return p;
}

QSizeF PageSetup::paperSizeMm() const
{
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    return orientation == QPageLayout::Landscape ? a4.transposed() : a4;
}

QSizeF PageSetup::textBlockMm() const
{
    const QSizeF paper = paperSizeMm();
    return QSizeF(paper.width() - leftMm - rightMm, paper.height() - topMm - bottomMm);
}

QRectF PageSetup::textRectMm() const
{
    return QRectF(QPointF(leftMm, topMm), textBlockMm());
}

double PageSetup::footerBaselineMm() const
{
    // 7 mm below the text block, plus room for the 14 pt digits themselves (about 5 mm).
    return topMm + textBlockMm().height() + 7.0 + 5.0;
}

QPageLayout PageSetup::pageLayout() const
{
    return QPageLayout(QPageSize(QPageSize::A4), orientation,
                       QMarginsF(leftMm, topMm, rightMm, bottomMm), QPageLayout::Millimeter);
}

} // namespace youfu::core
