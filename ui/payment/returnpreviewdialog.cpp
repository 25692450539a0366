#include "payment/returnpreviewdialog.h"

#include "common/isotime.h"
#include "dialogs/dialogparts.h"
#include "models/recordtablemodel.h"
#include "payment/bankrules.h"
#include "policy/policyrules.h"
#include "widgets/listtable.h"
#include "widgets/tablecolumns.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

using core::MatchOutcome;

ReturnPreviewDialog::ReturnPreviewDialog(Session& session, core::ReturnPreview preview,
                                         QWidget* parent)
    : QDialog(parent), m_session(session), m_preview(std::move(preview))
{
    setObjectName(QStringLiteral("returnPreviewDialog"));
    setWindowTitle(tr("Import the bank's result file"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        makeDialogHeader(tr("Import the bank's result file"),
                         tr("%1 (SHA-256 %2…). Nothing is recorded until you confirm.")
                             .arg(m_preview.fileName, m_preview.sha256.left(16)),
                         this));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("returnCounts"));
    m_counts->setWordWrap(true);
    m_counts->setText(tr("%1 row(s): %2 paid, %3 failed, %4 unmatched, %5 ambiguous, %6 duplicate, "
                         "%7 already recorded.")
                          .arg(m_preview.rows.size())
                          .arg(m_preview.count(MatchOutcome::Paid))
                          .arg(m_preview.count(MatchOutcome::Failed))
                          .arg(m_preview.count(MatchOutcome::Unmatched))
                          .arg(m_preview.count(MatchOutcome::Ambiguous))
                          .arg(m_preview.count(MatchOutcome::Duplicate))
                          .arg(m_preview.count(MatchOutcome::Done)));
    layout->addWidget(m_counts);
    auto* note = new QLabel(tr("Rows that need your attention (every row not simply paid):"), this);
    layout->addWidget(note);
    m_rows = new RecordTableModel({tr("Row"), tr("Outcome"), tr("Account"), tr("Name"),
                                   tr("Amount (yuan)"), tr("Bank's reason"), tr("Why")},
                                  this);
    QList<RecordTableModel::Row> rows;
    for (const core::MatchedRow& m : m_preview.rows) {
        if (m.outcome == MatchOutcome::Paid)
            continue;
        const bool bad = m.outcome != MatchOutcome::Failed && m.outcome != MatchOutcome::Done;
        rows << RecordTableModel::Row{
            m.row.row,
            {QString::number(m.row.row), core::BankRules::outcomeTitle(m.outcome), m.row.account,
             m.row.name, core::PolicyRules::yuan(m.row.amountFen), m.row.reason, m.note},
            bad ? QColor(0xb0, 0x00, 0x20) : QColor(),
            m.lineId};
    }
    m_rows->setRows(rows);
    m_view = makeListTable(m_rows, "returnRows", this);
    fitColumns(m_view, 6);
    layout->addWidget(m_view, 1);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Confirm import"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("confirmImport"));
    buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_preview.count(MatchOutcome::Paid) + m_preview.count(MatchOutcome::Failed) >
                     0);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReturnPreviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 520);
}

void ReturnPreviewDialog::accept()
{
    auto done = core::BankFileStore(*m_session.db).recordReturn(m_session.actor, m_preview);
    if (!done) {
        showError(m_error, done.error());
        return;
    }
    m_summary = done.value();
    QDialog::accept();
}

} // namespace youfu::ui
