#include "widgets/printpreview.h"
#include "widgets/screenfit.h"

#include "widgets/filechooser.h"
#include "widgets/savedfile.h"

#include <QAction>
#include <QDir>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QToolBar>

namespace youfu::ui {

namespace {

QString withPdfSuffix(QString path)
{
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    return path;
}

QString defaultFileNameProvider(QWidget* parent, const QString& suggestedPath)
{
    return chooseSaveFile(parent, PrintPreview::tr("Save as PDF"), suggestedPath,
                          PrintPreview::tr("PDF documents (*.pdf)"));
}

} // namespace

PrintPreview::PrintPreview(const core::OfficialDocument& doc, const QString& suggestedFileName,
                           QWidget* parent)
    : PrintPreview([doc](QPagedPaintDevice* device) { return core::paintDocument(doc, device); },
                   doc.title(), suggestedFileName, parent)
{
    m_printer->setPageLayout(doc.pageSetup().pageLayout()); // landscape registers open landscape
}

PrintPreview::PrintPreview(core::PagePainter paint, const QString& title,
                           const QString& suggestedFileName, QWidget* parent)
    : QObject(parent), m_parent(parent), m_paint(std::move(paint)), m_title(title),
      m_suggestedFileName(suggestedFileName), m_fileNameProvider(defaultFileNameProvider),
      m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    m_printer->setPageLayout(core::PageSetup::portrait().pageLayout());
    m_printer->setDocName(title);
}

PrintPreview::~PrintPreview()
{
    delete m_dialog; // it refers to m_printer
}

QString PrintPreview::suggestedPath() const
{
    QString name = m_suggestedFileName.trimmed();
    if (name.isEmpty())
        name = m_title.trimmed().isEmpty() ? tr("document") : m_title.trimmed();
    // Characters Windows does not allow in file names.
    static const QString forbidden = QStringLiteral("\\/:*?\"<>|");
    for (QChar& c : name)
        if (forbidden.contains(c))
            c = u'_';
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return withPdfSuffix(QDir(dir).filePath(name));
}

QPrintPreviewDialog* PrintPreview::dialog()
{
    if (m_dialog)
        return m_dialog;
    m_dialog = new QPrintPreviewDialog(m_printer.get(), m_parent);
    m_dialog->setWindowTitle(tr("Print preview — %1").arg(m_title));
    resizeWithinScreen(m_dialog, QSize(900, 1000));
    connect(m_dialog, &QPrintPreviewDialog::paintRequested, this, &PrintPreview::paintOn);
    auto* save = new QAction(tr("Save as PDF…"), m_dialog);
    save->setObjectName(QStringLiteral("saveAsPdfAction"));
    save->setToolTip(tr("Save this paper as a PDF file"));
    connect(save, &QAction::triggered, this, [this] { saveAsPdf(); });
    if (auto* bar = m_dialog->findChild<QToolBar*>()) {
        bar->addSeparator();
        bar->addAction(save);
    } else {
        m_dialog->addAction(save);
    }
    return m_dialog;
}

int PrintPreview::exec()
{
    m_errorShown = false;
    return dialog()->exec();
}

void PrintPreview::paintOn(QPrinter* printer)
{
    const core::Status s = m_paint(printer);
    if (!s && !m_errorShown) {
        m_errorShown = true;
        QMessageBox::warning(m_dialog ? static_cast<QWidget*>(m_dialog) : m_parent, tr("Print"),
                             tr("The paper could not be printed.\n%1").arg(s.error()));
    }
}

bool PrintPreview::saveAsPdf()
{
    QWidget* owner = m_dialog ? static_cast<QWidget*>(m_dialog) : m_parent;
    QString path = m_fileNameProvider ? m_fileNameProvider(owner, suggestedPath()) : QString();
    if (path.trimmed().isEmpty())
        return false; // cancelled
    path = withPdfSuffix(path);
    const core::Status s = core::renderToPdf(path, m_paint, m_title);
    if (!s) {
        QMessageBox::warning(owner, tr("Save as PDF"),
                             tr("The PDF was not saved.\n%1").arg(s.error()));
        return false;
    }
    m_lastSavedPath = path;
    showSavedFile(owner, path);
    return true;
}

void showPrintPreview(QWidget* parent, const core::OfficialDocument& doc,
                      const QString& suggestedFileName)
{
    PrintPreview preview(doc, suggestedFileName, parent);
    preview.exec();
}

} // namespace youfu::ui
