#include "dialogs/exportdialog.h"

#include "dialogs/dialogparts.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <atomic>

namespace youfu::ui {

ExportDialog::ExportDialog(const Session& session, core::ListExportRequest request,
                           const QString& baseName, QWidget* parent)
    : QDialog(parent), m_session(session), m_request(std::move(request))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(
        core::exportListTitle(m_request.list),
        m_request.subtitle.isEmpty() ? tr("The whole list.") : m_request.subtitle, this));
    auto* form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (core::ExportFormat f :
         {core::ExportFormat::Xlsx, core::ExportFormat::CsvUtf8Bom, core::ExportFormat::CsvGbk})
        m_format->addItem(core::exportFormatTitle(f), int(f));
    form->addRow(tr("&Format:"), m_format);
    if (core::mayExportFullIds(m_session.actor, m_request.list)) {
        m_fullIds = new QCheckBox(tr("F&ull citizen ID numbers (recorded in the audit log)"), this);
        m_fullIds->setObjectName(QStringLiteral("fullIds"));
        form->addRow(QString(), m_fullIds);
    }
    auto* fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setMinimumWidth(360);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir::toNativeSeparators(QDir(folder).filePath(
        QStringLiteral("%1-%2.xlsx")
            .arg(baseName, QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))))));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("exportBrowse"));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("&Save as:"), fileRow);
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    layout->addWidget(buttons);
}

bool ExportDialog::exportList(QWidget* parent, const Session& session,
                              const core::ListExportRequest& request, const QString& baseName)
{
    ExportDialog dialog(session, request, baseName, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QMessageBox::information(
        parent, tr("Export"),
        tr("%n row(s) exported to\n%1", nullptr, int(qMin<qint64>(dialog.exportedRows(), INT_MAX)))
            .arg(QDir::toNativeSeparators(dialog.exportedPath())));
    return true;
}

core::ExportFormat ExportDialog::format() const
{
    return core::ExportFormat(m_format->currentData().toInt());
}

void ExportDialog::formatChanged()
{
    // The suffix follows the format, so the file opens in the right program.
    QFileInfo info(m_path->text().trimmed());
    if (info.fileName().isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(
        info.dir().filePath(info.completeBaseName() + u'.' + core::exportFormatSuffix(format()))));
}

void ExportDialog::browse()
{
    const bool xlsx = format() == core::ExportFormat::Xlsx;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), m_path->text(),
                                                      xlsx ? tr("Excel workbooks (*.xlsx)")
                                                           : tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::accept()
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty()) {
        showError(m_error, tr("Choose where to save the file."));
        return;
    }
    const QString suffix = core::exportFormatSuffix(format());
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += u'.' + suffix;
    if (QFileInfo::exists(path) &&
        QMessageBox::question(
            this, tr("Export"), tr("“%1” exists. Replace it?").arg(QDir::toNativeSeparators(path)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    core::ListExportRequest request = m_request;
    request.fullIds = m_fullIds && m_fullIds->isChecked();

    // The database belongs to this (the GUI) thread: the export runs here, a thousand rows
    // at a time, and the progress dialog keeps the window alive between them.
    QProgressDialog progress(tr("Exporting %1…").arg(core::exportListTitle(request.list)),
                             tr("Cancel"), 0, 1000, this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic_bool cancel{false};
    core::ExportOptions options;
    options.format = format();
    options.cancel = &cancel;
    options.progress = [&](int permille) {
        progress.setValue(qBound(0, permille, 999));
        QApplication::processEvents();
        if (progress.wasCanceled())
            cancel = true;
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto rows = core::exportList(*m_session.db, m_session.actor, request, path, options);
    QApplication::restoreOverrideCursor();
    progress.reset();
    if (!rows) {
        showError(m_error, rows.error());
        return;
    }
    m_exported = path;
    m_rows = rows.value();
    QDialog::accept();
}

} // namespace youfu::ui
