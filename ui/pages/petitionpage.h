#pragma once

#include "pages/page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace youfu::ui {

class CaseListModel;

// 信访: the case list (lazy, newest first; status, overdue, due within 7 days, township,
// subject, flags, responsible person, text; deadline badges in words and colour; export) and
// the case dialog for registering and handling a case. Statistics, warnings, information staff
// and the stability view are further tabs added through addPanel(). Whoever may not handle
// petitions sees the list read only.
class PetitionPage : public Page
{
    Q_OBJECT
public:
    enum Tab
    {
        CasesTab
    };

    explicit PetitionPage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Letters and visits"); }
    QIcon icon() const override;
    PageGroup group() const override { return PageGroup::Stability; }
    void refresh() override;
    // "cases" (all), "open", "due7", "overdue", "warnings" (the warnings tab when it is
    // there), "case:<id>" opens the case.
    bool openView(const QString& view) override;

    int addPanel(QWidget* panel, const QString& title);
    bool canHandle() const;

    QTabWidget* tabs() const { return m_tabs; }
    CaseListModel* caseModel() const { return m_cases; }
    QTableView* caseView() const { return m_view; }
    QLabel* countLabel() const { return m_count; }

    void refreshCases();
    // Opens the case dialog (0: a new case); true when something was written.
    bool openCase(qint64 caseId);
    bool exportCases();
    // The director names the deputy who may approve extensions too (or nobody).
    bool nameDeputy();

private:
    QWidget* buildCasesTab();
    void clearFilters();

    QTabWidget* m_tabs = nullptr;
    CaseListModel* m_cases = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_due = nullptr; // any / overdue / within 7 days
    QComboBox* m_township = nullptr;
    QComboBox* m_subject = nullptr;
    QComboBox* m_flag = nullptr;
    QComboBox* m_responsible = nullptr;
    QLineEdit* m_text = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace youfu::ui
