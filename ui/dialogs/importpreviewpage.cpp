#include "dialogs/importpreviewpage.h"

#include "dialogs/dialogparts.h"
#include "dialogs/importdialog.h"
#include "models/rosterissuemodel.h"
#include "widgets/filechooser.h"
#include "widgets/savedfile.h"
#include "widgets/tablecolumns.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>

namespace youfu::ui {

using Kind = core::RowIssue::Kind;

ImportPreviewPage::ImportPreviewPage(ImportDialog& dialog) : m_dialog(dialog)
{
    setObjectName(QStringLiteral("importPreviewPage"));
    setTitle(tr("Preview"));
    setSubTitle(tr("Every row has been read and checked; nothing is written yet. Below is every "
                   "row that was repaired, not imported, skipped or found twice."));
    setCommitPage(true);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("previewCounts"));
    m_counts->setWordWrap(true);
    m_counts->setStyleSheet(QStringLiteral("font-size: 15px; color: #23324a;"));
    top->addWidget(m_counts, 1);
    m_again = new QPushButton(tr("&Run the preview again"), this);
    m_again->setObjectName(QStringLiteral("previewAgain"));
    m_again->hide();
    top->addWidget(m_again);
    layout->addLayout(top);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("previewState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);

    auto* bar = new QHBoxLayout;
    auto* show = new QLabel(tr("&Show:"), this);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("issueFilter"));
    m_filter->addItem(tr("All rows listed"), -1);
    for (Kind k : {Kind::Refused, Kind::Repaired, Kind::Skipped, Kind::Duplicate, Kind::Merged})
        m_filter->addItem(RosterIssueModel::kindTitle(k), static_cast<int>(k));
    show->setBuddy(m_filter);
    bar->addWidget(show);
    bar->addWidget(m_filter);
    bar->addStretch(1);
    m_export = new QPushButton(tr("&Export the issue list…"), this);
    m_export->setObjectName(QStringLiteral("exportIssues"));
    m_export->setToolTip(tr("Writes the rows listed (as filtered) to a CSV file that Excel "
                            "opens, so the township can correct its file and send it again."));
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_model = new RosterIssueModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("issueView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    fitColumns(m_view, RosterIssueModel::Message);
    layout->addWidget(m_view, 1);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    connect(m_again, &QPushButton::clicked, this, &ImportPreviewPage::runPreview);
    connect(m_filter, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ImportPreviewPage::filterChanged);
    connect(m_export, &QPushButton::clicked, this, &ImportPreviewPage::exportIssues);
}

void ImportPreviewPage::initializePage()
{
    m_dialog.state().preview.reset();
    m_model->setIssues({});
    m_counts->clear();
    m_state->clear();
    m_error->hide();
    m_again->hide();
    m_export->setEnabled(false);
    // After the page is shown, so the clerk sees what the progress is for.
    QTimer::singleShot(0, this, &ImportPreviewPage::runPreview);
}

void ImportPreviewPage::runPreview()
{
    if (m_running || m_dialog.isBusy())
        return;
    m_running = true;
    ImportState& s = m_dialog.state();
    s.preview.reset();
    m_again->hide();
    m_error->hide();
    Q_EMIT completeChanged();
    std::optional<core::Result<core::RosterPreview>> result;
    const bool finished = m_dialog.runWithProgress(
        tr("Reading and checking every row…"), [&](const core::ImportProgress& progress) {
            result = m_dialog.service().preview(s.path, s.layout, s.mapping, progress);
        });
    m_running = false;
    if (!finished) {
        m_state->setText(tr("The preview was cancelled. Nothing was written."));
        m_again->show();
    } else if (!result || !*result) {
        showError(m_error, result ? result->error() : tr("The preview could not be made."));
        m_again->show();
    } else {
        s.preview = **result;
        m_model->setIssues(s.preview->issues);
        m_state->setText(s.preview->imported > 0
                             ? tr("Press “Import” to write the persons to the registry.")
                             : tr("No row can be imported."));
        m_export->setEnabled(!s.preview->issues.isEmpty());
    }
    showCounts();
    Q_EMIT completeChanged();
}

void ImportPreviewPage::showCounts()
{
    const auto& p = m_dialog.state().preview;
    if (!p) {
        m_counts->clear();
        return;
    }
    QString counts = tr("To import: <b>%1</b> · repaired: %2 · not imported: %3 · skipped: %4 "
                        "· duplicates: %5 (of %6 rows read)")
                         .arg(p->imported)
                         .arg(p->repaired)
                         .arg(p->refused)
                         .arg(p->skipped)
                         .arg(p->duplicates)
                         .arg(p->rowsRead);
    if (p->merged > 0)
        counts +=
            tr(" · %n row(s) add a further category to a person of an earlier row", "", p->merged);
    m_counts->setText(counts);
}

void ImportPreviewPage::filterChanged()
{
    const int k = m_filter->currentData().toInt();
    m_model->setKindFilter(k < 0 ? std::nullopt : std::optional<Kind>(static_cast<Kind>(k)));
}

void ImportPreviewPage::exportIssues()
{
    const QFileInfo roster(m_dialog.state().path);
    const QString suggested =
        roster.absoluteDir().filePath(tr("%1-issues.xlsx").arg(roster.completeBaseName()));
    const QString path = chooseSaveFile(this, tr("Export the issue list"), suggested,
                                        tr("Excel workbook (*.xlsx);;CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // The one export engine, audited: IDs typed by hand stay text in Excel (never 4.30581E+17).
    const auto written = m_dialog.service().exportIssues(
        m_dialog.session().actor, m_dialog.state().path, m_model->headerTexts(),
        m_model->shownLines(), {RosterIssueModel::Original, RosterIssueModel::Became}, path);
    if (!written) {
        showError(m_error, written.error());
        return;
    }
    m_error->hide();
    showSavedFile(this, path);
}

bool ImportPreviewPage::isComplete() const
{
    const auto& p = m_dialog.state().preview;
    return !m_running && p && !p->toImport.isEmpty();
}

bool ImportPreviewPage::validatePage()
{
    ImportState& s = m_dialog.state();
    if (!s.preview)
        return false;
    const int n = int(s.preview->toImport.size());
    QMessageBox confirm(QMessageBox::Question, tr("Import a roster"),
                        tr("%n person(s) will be imported. The import can be seen in the audit "
                           "log afterwards.",
                           nullptr, n),
                        QMessageBox::NoButton, this);
    confirm.setObjectName(QStringLiteral("importConfirm"));
    QPushButton* yes = confirm.addButton(tr("&Import"), QMessageBox::AcceptRole);
    confirm.addButton(tr("Cancel"), QMessageBox::RejectRole);
    confirm.setDefaultButton(yes);
    confirm.exec();
    if (confirm.clickedButton() != yes)
        return false;

    m_running = true;
    Q_EMIT completeChanged();
    std::optional<core::Result<core::ImportCounts>> result;
    m_dialog.runWithProgress(
        tr("Writing the persons to the registry…"), [&](const core::ImportProgress& progress) {
            result = m_dialog.service().commit(m_dialog.session().actor, *s.preview, progress);
        });
    m_running = false;
    Q_EMIT completeChanged();
    // A commit that finished counts even if Cancel came too late to stop it.
    if (result && *result) {
        s.counts = **result;
        return true;
    }
    showError(m_error, result ? result->error() : tr("The import could not be made."));
    return false;
}

} // namespace youfu::ui
