#pragma once

#include "app/session.h"
#include "payment/bankfilestore.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace youfu::ui {

class RecordTableModel;

// 导入银行回盘: what the bank's result file would do to the roll before anything is written —
// the counts (paid, failed, unmatched, ambiguous, duplicate, already done) and a table of every
// row that is not simply paid: failures with the bank's reason, and each unmatched, ambiguous
// or duplicate row with why. 确认导入 records it (BankFileStore::recordReturn).
class ReturnPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ReturnPreviewDialog(Session& session, core::ReturnPreview preview, QWidget* parent = nullptr);

    const core::BankReturnSummary& summary() const { return m_summary; }
    QLabel* countsLabel() const { return m_counts; }
    RecordTableModel* rowModel() const { return m_rows; }

    void accept() override;

private:
    Session& m_session;
    core::ReturnPreview m_preview;
    core::BankReturnSummary m_summary;
    QLabel* m_counts = nullptr;
    RecordTableModel* m_rows = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
