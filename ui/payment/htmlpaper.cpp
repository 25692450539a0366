#include "payment/htmlpaper.h"

#include "widgets/printpreview.h"

#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QTextDocument>

namespace youfu::ui {

core::PagePainter htmlPainter(const QString& html, bool landscape)
{
    return [html, landscape](QPagedPaintDevice* device) -> core::Status {
        device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                          landscape ? QPageLayout::Landscape
                                                    : QPageLayout::Portrait,
                                          QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
        QTextDocument doc;
        doc.setHtml(html);
        doc.print(device);
        return core::Status::success();
    };
}

void showHtmlPreview(QWidget* parent, const QString& html, const QString& title,
                     const QString& suggestedFileName, bool landscape)
{
    PrintPreview preview(htmlPainter(html, landscape), title, suggestedFileName, parent);
    preview.exec();
}

} // namespace youfu::ui
