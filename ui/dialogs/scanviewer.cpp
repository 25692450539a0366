#include "dialogs/scanviewer.h"

#include "archive/scanstore.h"
#include "widgets/filechooser.h"
#include "widgets/savedfile.h"
#include "widgets/screenfit.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace youfu::ui {

ScanViewer::ScanViewer(const core::ScanStore& store, const core::ScanRef& scan, QWidget* parent)
    : QDialog(parent), m_store(store), m_scan(scan)
{
    setObjectName(QStringLiteral("scanViewer"));
    setWindowTitle(tr("Scan: %1").arg(scan.originalName));
    auto* layout = new QVBoxLayout(this);
    auto* tools = new QHBoxLayout;
    auto* zoomIn = new QPushButton(tr("Zoom &in"), this);
    zoomIn->setObjectName(QStringLiteral("zoomIn"));
    auto* zoomOut = new QPushButton(tr("Zoom &out"), this);
    zoomOut->setObjectName(QStringLiteral("zoomOut"));
    auto* fit = new QPushButton(tr("&Fit"), this);
    auto* exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportScan"));
    for (QPushButton* b : {zoomIn, zoomOut, fit, exportButton})
        tools->addWidget(b);
    tools->addStretch(1);
    layout->addLayout(tools);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scanStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_stack = new QStackedWidget(this);
    m_imageView = new QGraphicsView(new QGraphicsScene(this), this);
    m_imageView->setObjectName(QStringLiteral("imageView"));
    m_imageView->setDragMode(QGraphicsView::ScrollHandDrag);
    m_imageView->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_pdf = new QPdfDocument(this);
    m_pdfView = new QPdfView(this);
    m_pdfView->setObjectName(QStringLiteral("pdfView"));
    m_pdfView->setDocument(m_pdf);
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::Custom);
    auto* empty = new QLabel(this);
    m_stack->addWidget(m_imageView);
    m_stack->addWidget(m_pdfView);
    m_stack->addWidget(empty);
    layout->addWidget(m_stack, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(zoomIn, &QPushButton::clicked, this, &ScanViewer::zoomIn);
    connect(zoomOut, &QPushButton::clicked, this, &ScanViewer::zoomOut);
    connect(fit, &QPushButton::clicked, this, &ScanViewer::fitToWindow);
    connect(exportButton, &QPushButton::clicked, this, &ScanViewer::exportScan);

    // Only bytes that still have their recorded hash are shown.
    core::Result<QByteArray> bytes = store.read(scan.sha256, scan.extension);
    if (!bytes) {
        m_problem = bytes.error();
        m_status->setText(m_problem);
        m_status->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        m_stack->setCurrentWidget(empty);
        exportButton->setEnabled(false);
        for (QPushButton* b : {zoomIn, zoomOut, fit})
            b->setEnabled(false);
        resize(520, 200);
        return;
    }
    m_bytes = bytes.takeValue();
    m_intact = true;
    m_status->setText(
        tr("Intact: the content matches the fingerprint recorded when it was filed (SHA-256 %1…).")
            .arg(scan.sha256.left(16)));
    m_status->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    if (scan.extension == QLatin1String("pdf")) {
        m_buffer = new QBuffer(&m_bytes, this);
        m_buffer->open(QIODevice::ReadOnly);
        m_pdf->load(m_buffer);
        if (m_pdf->status() == QPdfDocument::Status::Error) {
            m_problem = tr("The PDF cannot be shown.");
            m_status->setText(m_problem);
        }
        m_stack->setCurrentWidget(m_pdfView);
    } else {
        QImage image;
        image.loadFromData(m_bytes);
        m_pixmap = m_imageView->scene()->addPixmap(QPixmap::fromImage(image));
        m_stack->setCurrentWidget(m_imageView);
    }
    resizeWithinScreen(this, QSize(900, 700));
    applyZoom();
}

ScanViewer::~ScanViewer() = default;

void ScanViewer::applyZoom()
{
    if (m_pixmap) {
        m_imageView->resetTransform();
        m_imageView->scale(m_zoom, m_zoom);
    } else if (m_intact) {
        m_pdfView->setZoomFactor(m_zoom);
    }
}

void ScanViewer::zoomIn()
{
    m_zoom = qMin(m_zoom * 1.25, 8.0);
    applyZoom();
}

void ScanViewer::zoomOut()
{
    m_zoom = qMax(m_zoom / 1.25, 0.1);
    applyZoom();
}

void ScanViewer::fitToWindow()
{
    if (m_pixmap) {
        m_imageView->fitInView(m_pixmap, Qt::KeepAspectRatio);
        m_zoom = m_imageView->transform().m11();
    } else if (m_intact) {
        m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
        m_zoom = m_pdfView->zoomFactor();
        m_pdfView->setZoomMode(QPdfView::ZoomMode::Custom);
    }
}

bool ScanViewer::exportScan()
{
    const QString suggested = m_scan.originalName.isEmpty()
                                  ? m_scan.sha256 + QLatin1Char('.') + m_scan.extension
                                  : m_scan.originalName;
    const QString path =
        m_chooser ? m_chooser(this, suggested) : chooseSaveFile(this, tr("Export scan"), suggested);
    if (path.isEmpty())
        return false;
    const core::Status s = m_store.exportTo(m_scan.sha256, m_scan.extension, path);
    if (!s) {
        QMessageBox::warning(this, tr("Export scan"), s.error());
        return false;
    }
    showSavedFile(this, path);
    return true;
}

} // namespace youfu::ui
