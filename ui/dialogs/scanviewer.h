#pragma once

#include "archive/archiveentry.h"
#include "archive/scanstore.h"

#include <QByteArray>
#include <QDialog>

#include <functional>

class QBuffer;
class QGraphicsPixmapItem;
class QGraphicsView;
class QLabel;
class QPdfDocument;
class QPdfView;
class QStackedWidget;

namespace youfu::core {
class ScanStore;
}

namespace youfu::ui {

// Shows one scan inside the program: images zoomable, PDFs through Qt PDF. The bytes are
// read through the scan store, which checks their hash: a missing or altered scan is shown
// as such, in red, never as if it were fine. "Export…" copies the verified bytes to a file.
class ScanViewer : public QDialog
{
    Q_OBJECT
public:
    // Asks where to save (tests inject one); empty = cancelled.
    using SaveChooser = std::function<QString(QWidget* parent, const QString& suggestedName)>;

    ScanViewer(const core::ScanStore& store, const core::ScanRef& scan, QWidget* parent = nullptr);
    ~ScanViewer() override;
    void setSaveChooser(SaveChooser chooser) { m_chooser = std::move(chooser); }

    bool isIntact() const { return m_intact; }
    QString problem() const { return m_problem; }
    double zoom() const { return m_zoom; }
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    bool exportScan();

private:
    void applyZoom();

    core::ScanStore m_store; // a copy: the store is a folder name, cheap to keep
    core::ScanRef m_scan;
    SaveChooser m_chooser;
    bool m_intact = false;
    QString m_problem;
    double m_zoom = 1.0;
    QByteArray m_bytes;
    QBuffer* m_buffer = nullptr;
    QStackedWidget* m_stack = nullptr;
    QGraphicsView* m_imageView = nullptr;
    QGraphicsPixmapItem* m_pixmap = nullptr;
    QPdfDocument* m_pdf = nullptr;
    QPdfView* m_pdfView = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace youfu::ui
