#pragma once

#include "report/documentrenderer.h"
#include "report/officialdocument.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QPrinter;
class QPrintPreviewDialog;
class QWidget;

namespace youfu::ui {

// Print preview for any paper: the A4 preview (QPrintPreviewDialog, Chinese with the app's Qt
// translations), printing, and a "Save as PDF…" button that saves through the core renderer,
// atomically. What is previewed is what prints and what is saved: all three paint the same way.
// Errors are shown to the clerk in a message box.
//
//     showPrintPreview(this, doc, QStringLiteral("优抚对象基本情况表-张三.pdf"));
class PrintPreview : public QObject
{
    Q_OBJECT
public:
    // Asks where to save; returns an empty string when the clerk cancels.
    using FileNameProvider = std::function<QString(QWidget* parent, const QString& suggestedPath)>;

    // Preview an OfficialDocument (copied; later changes to `doc` are not seen).
    PrintPreview(const core::OfficialDocument& doc, const QString& suggestedFileName,
                 QWidget* parent);
    // Preview a paper painted by other code (called for preview, print and PDF alike). The
    // callback sets its own page layout on the device; `title` names the print job and the PDF.
    PrintPreview(core::PagePainter paint, const QString& title, const QString& suggestedFileName,
                 QWidget* parent);
    ~PrintPreview() override;

    // Replaces the QFileDialog step (tests, or a page that already knows the path).
    void setFileNameProvider(FileNameProvider provider)
    {
        m_fileNameProvider = std::move(provider);
    }

    // Opens the preview modally; returns the dialog's result (QDialog::Accepted when printed).
    int exec();
    // The preview dialog, created on first use (with its "Save as PDF…" action, objectName
    // "saveAsPdfAction"); owned by the parent widget. For callers that show it themselves.
    QPrintPreviewDialog* dialog();

    // Asks for a file name and saves the PDF; shows the error if any. True when saved.
    bool saveAsPdf();
    QString lastSavedPath() const { return m_lastSavedPath; }
    QString suggestedPath() const;

private:
    void paintOn(QPrinter* printer);

    QWidget* m_parent = nullptr;
    core::PagePainter m_paint;
    QString m_title;
    QString m_suggestedFileName;
    FileNameProvider m_fileNameProvider;
    std::unique_ptr<QPrinter> m_printer;
    QPointer<QPrintPreviewDialog> m_dialog;
    QString m_lastSavedPath;
    bool m_errorShown = false; // one message per preview, not one per repaint
};

// One-line use: preview, print or save `doc` as PDF. Returns when the preview is closed.
void showPrintPreview(QWidget* parent, const core::OfficialDocument& doc,
                      const QString& suggestedFileName);

} // namespace youfu::ui
