#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace youfu::ui {

class ImportDialog;
class RosterIssueModel;

// Step 4: every row read and checked, nothing written: the counts and the table of repaired,
// refused, skipped and duplicate rows (exportable for the township). Its Import button asks
// for confirmation and commits.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportDialog& dialog);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    RosterIssueModel* model() const { return m_model; }
    // Runs the preview now (it starts by itself when the page opens).
    void runPreview();

private:
    void showCounts();
    void filterChanged();
    void exportIssues();

    ImportDialog& m_dialog;
    RosterIssueModel* m_model = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_state = nullptr;
    QPushButton* m_again = nullptr;
    QComboBox* m_filter = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_error = nullptr;
    bool m_running = false;
};

} // namespace youfu::ui
