#include "appraisal/reportexportdialog.h"

#include "appraisal/appraisalreport.h"
#include "appraisal/appraisalreportexport.h"
#include "appraisal/appraisalreportpaper.h"
#include "appraisal/appraisalreportstore.h"
#include "dialogs/dialogparts.h"
#include "settings/settingsstore.h"
#include "widgets/filechooser.h"
#include "widgets/printpreview.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <atomic>

namespace youfu::ui {

ReportExportDialog::ReportExportDialog(const Session& session, int year, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("reportExportDialog"));
    setWindowTitle(tr("Export the appraisal report"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(
        tr("Year-end appraisal report"),
        tr("Cover, summary of the townships with a chart, one page per township, the staff, "
           "the schemes and their basis. PDF for printing and filing, Excel for working on the "
           "figures."),
        this));
    auto* form = new QFormLayout;
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("reportYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(year);
    form->addRow(tr("&Year:"), m_year);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_format->addItem(tr("PDF (to print and file)"), QStringLiteral("pdf"));
    m_format->addItem(tr("Excel workbook (xlsx)"), QStringLiteral("xlsx"));
    form->addRow(tr("&Format:"), m_format);
    auto* fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("reportPath"));
    m_path->setMinimumWidth(380);
    m_path->setText(QDir::toNativeSeparators(suggestedPath()));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("reportBrowse"));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("&Save as:"), fileRow);
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    m_preview = buttons->addButton(tr("&Preview…"), QDialogButtonBox::ActionRole);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preview, &QPushButton::clicked, this, &ReportExportDialog::preview);
    connect(browse, &QPushButton::clicked, this, &ReportExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportExportDialog::formatChanged);
    connect(m_year, &QSpinBox::valueChanged, this,
            [this] { m_path->setText(QDir::toNativeSeparators(suggestedPath())); });
    layout->addWidget(buttons);
}

bool ReportExportDialog::pdf() const
{
    return m_format->currentData().toString() == QLatin1String("pdf");
}

QString ReportExportDialog::suggestedPath() const
{
    core::AppraisalReport r;
    r.year = m_year ? m_year->value() : 0;
    r.officeName = core::SettingsStore(*m_session.db).officeName();
    const QString folder =
        m_path && !m_path->text().trimmed().isEmpty()
            ? QFileInfo(QDir::fromNativeSeparators(m_path->text().trimmed())).absolutePath()
            : QDir::homePath();
    return QDir(folder).filePath(
        core::AppraisalReportText::fileBaseName(r) + u'.' +
        (m_format && !pdf() ? QStringLiteral("xlsx") : QStringLiteral("pdf")));
}

void ReportExportDialog::formatChanged()
{
    // The suffix follows the format, so the file opens in the right program.
    const QFileInfo info(QDir::fromNativeSeparators(m_path->text().trimmed()));
    const QString suffix = pdf() ? QStringLiteral("pdf") : QStringLiteral("xlsx");
    m_path->setText(QDir::toNativeSeparators(
        info.fileName().isEmpty() ? suggestedPath()
                                  : info.dir().filePath(info.completeBaseName() + u'.' + suffix)));
    m_preview->setEnabled(pdf());
}

void ReportExportDialog::browse()
{
    const QString path = chooseSaveFile(this, tr("Export the appraisal report"),
                                        QDir::fromNativeSeparators(m_path->text().trimmed()),
                                        pdf() ? tr("PDF (*.pdf)") : tr("Excel workbook (*.xlsx)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void ReportExportDialog::preview()
{
    if (core::Status s = core::require(m_session.actor, core::Permission::ViewBusiness); !s) {
        showError(m_error, s.error());
        return;
    }
    auto loaded = core::AppraisalReportStore(*m_session.db).load(m_year->value());
    if (!loaded) {
        showError(m_error, loaded.error());
        return;
    }
    showError(m_error, QString());
    const core::OfficialDocument doc =
        core::AppraisalReportPaper::document(loaded.value(), m_session.actor.displayName);
    showPrintPreview(this, doc,
                     core::AppraisalReportText::fileBaseName(loaded.value()) +
                         QStringLiteral(".pdf"));
}

void ReportExportDialog::accept()
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty()) {
        showError(m_error, tr("Choose where to save the file."));
        return;
    }
    const QString suffix = pdf() ? QStringLiteral("pdf") : QStringLiteral("xlsx");
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += u'.' + suffix;
    if (QFileInfo::exists(path) &&
        QMessageBox::question(
            this, windowTitle(), tr("“%1” exists. Replace it?").arg(QDir::toNativeSeparators(path)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;

    // The database belongs to this (the GUI) thread: the export runs here and the progress
    // dialog keeps the window alive between its steps.
    QProgressDialog progress(tr("Writing the appraisal report of %1…").arg(m_year->value()),
                             tr("Cancel"), 0, 1000, this);
    progress.setObjectName(QStringLiteral("reportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic_bool cancel{false};
    core::ExportOptions options;
    options.cancel = &cancel;
    options.progress = [&](int permille) {
        progress.setValue(qBound(0, permille, 999));
        Q_EMIT progressed(&progress, permille);
        QApplication::processEvents();
        if (progress.wasCanceled())
            cancel = true;
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written =
        core::exportAppraisalReport(*m_session.db, m_session.actor, m_year->value(), path, options);
    QApplication::restoreOverrideCursor();
    progress.reset();
    if (!written) {
        showError(m_error, written.error());
        return;
    }
    m_exported = path;
    QDialog::accept();
}

} // namespace youfu::ui
