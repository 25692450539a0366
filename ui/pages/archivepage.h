#pragma once

#include "pages/page.h"

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTimer;

namespace youfu::ui {

class ArchivePanel;
class IncompletePersonModel;
class PersonPickModel;
class RecordTableModel;

// 档案管理: pick a person (registry search) and work on their archive; the list of entries
// waiting for verification; the files that are out; the archive-wide completeness view.
class ArchivePage : public Page
{
    Q_OBJECT
public:
    using SaveChooser = std::function<QString(QWidget* parent, const QString& suggestedName)>;

    explicit ArchivePage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Archives"); }
    QIcon icon() const override;
    PageGroup group() const override { return PageGroup::Business; }
    bool openView(const QString& view) override;
    void refresh() override;

    ArchivePanel* panel() const { return m_panel; }
    PersonPickModel* personModel() const { return m_persons; }
    RecordTableModel* queueModel() const { return m_queue; }
    RecordTableModel* loansModel() const { return m_loans; }
    RecordTableModel* summaryModel() const { return m_summary; }
    IncompletePersonModel* incompleteModel() const { return m_incomplete; }
    QTabWidget* tabs() const { return m_tabs; }
    void setSaveChooser(SaveChooser chooser);

    void search(const QString& text);
    void openPerson(qint64 personId);
    void refreshQueue();
    void refreshLoans();
    void refreshCompleteness();
    bool exportCompleteness(bool persons);

private:
    QWidget* buildArchiveTab();
    QWidget* buildQueueTab();
    QWidget* buildLoansTab();
    QWidget* buildCompletenessTab();
    void decideQueueItem(bool verify);

    ArchivePanel* m_panel = nullptr;
    PersonPickModel* m_persons = nullptr;
    RecordTableModel* m_queue = nullptr;
    RecordTableModel* m_loans = nullptr;
    RecordTableModel* m_summary = nullptr;
    IncompletePersonModel* m_incomplete = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_personView = nullptr;
    QTableView* m_queueView = nullptr;
    QTableView* m_loanView = nullptr;
    QComboBox* m_loanFilter = nullptr;
    QComboBox* m_township = nullptr;
    QComboBox* m_category = nullptr;
    QLabel* m_queueCount = nullptr;
    QLabel* m_summaryNote = nullptr;
    QTimer* m_searchTimer = nullptr;
    SaveChooser m_saveChooser;

public:
    // Exports the summary or the persons with their filters to Excel or CSV (ExportDialog).
    bool exportCompletenessSheet(bool persons);
};

} // namespace youfu::ui
