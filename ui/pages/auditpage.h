#pragma once

#include "pages/page.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace youfu::ui {

class AuditModel;

// For the auditor: the audit log in the office's words, filtered by user, days, kind of action
// and record number; exported to CSV; its hash chain verified on request.
class AuditPage : public Page
{
    Q_OBJECT
public:
    explicit AuditPage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Audit log"); }
    QIcon icon() const override;
    PageGroup group() const override { return PageGroup::System; }
    void refresh() override;

    AuditModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLabel* verifyResult() const { return m_verifyResult; }
    void applyFilter();
    void verifyChain();
    // Writes the filtered list to `path` (the Export button asks for it first).
    bool exportTo(const QString& path);

private:
    void exportCsv();
    void updateCount();

    AuditModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_user = nullptr;
    QComboBox* m_action = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_text = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_verifyResult = nullptr;

public:
    // Exports the filtered log to Excel or CSV (ExportDialog); true when saved.
    bool exportSheet();
};

} // namespace youfu::ui
