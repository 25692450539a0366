#pragma once

#include "pages/page.h"
#include "report/officialdocument.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace youfu::ui {

class ApplicationListModel;

// 待遇审批: what waits for me (oldest first, days waiting), the register of applications
// (filter by type, state, year; export to PDF), drafting, signing, printing the form.
class ApprovalPage : public Page
{
    Q_OBJECT
public:
    explicit ApprovalPage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Approvals"); }
    QIcon icon() const override;
    PageGroup group() const override { return PageGroup::Business; }
    bool openView(const QString& view) override;
    void refresh() override;

    QTableView* inboxView() const { return m_inboxView; }
    QTableView* registerView() const { return m_registerView; }
    ApplicationListModel* inboxModel() const { return m_inbox; }
    ApplicationListModel* registerModel() const { return m_register; }
    // The application selected in the visible list (0 when none).
    qint64 currentId() const;
    // The papers, for printing and for tests.
    core::OfficialDocument formFor(qint64 applicationId) const;
    core::Result<core::OfficialDocument> registerDocument() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void newApplication();
    void openCurrent();
    void approveSelected();
    void printForm();
    void markReported();
    void exportRegister();
    void configureChains();
    void applyFilter();
    void updateButtons();
    // "Approved: 武民优审〔2026〕0001号" for those of `ids` that are approved now (empty if none).
    QString approvedMessage(const QList<qint64>& ids) const;

    bool m_business = false;
    QTabWidget* m_tabs = nullptr;
    ApplicationListModel* m_inbox = nullptr;
    ApplicationListModel* m_register = nullptr;
    QTableView* m_inboxView = nullptr;
    QTableView* m_registerView = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_state = nullptr;
    QComboBox* m_year = nullptr;
    QLabel* m_readError = nullptr; // a list that could not be read
    QPushButton* m_new = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_approveMany = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_report = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_chains = nullptr;

public:
    // Exports the register with its filters to Excel or CSV (ExportDialog); true when saved.
    bool exportRegisterSheet();
};

} // namespace youfu::ui
