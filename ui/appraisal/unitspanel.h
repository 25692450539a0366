#pragma once

#include "app/session.h"
#include "appraisal/appraisal.h"
#include "widgets/registerpanel.h"

#include <QList>

class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;

namespace youfu::ui {

class UnitIndicatorModel;
class UnitOutcomeModel;

// The 年终考核 page's tab for the townships' unit appraisal: the year, 计算 (the section
// chief), every township's points, adjustment, total, grade and veto; the chosen township's
// indicators (double-click or Enter: the records behind a figure) and its commendations and
// deductions (added and voided with a reason). Readers see no write button.
class UnitsPanel : public RegisterPanel
{
    Q_OBJECT
public:
    explicit UnitsPanel(Session& session, QWidget* parent = nullptr);
    void reload() override;

    UnitOutcomeModel* outcomeModel() const { return m_outcomes; }
    UnitIndicatorModel* indicatorModel() const { return m_indicators; }
    QTableView* outcomeTable() const { return m_outcomeTable; }
    QTableView* indicatorTable() const { return m_indicatorTable; }
    QListWidget* adjustmentList() const { return m_adjustments; }

private:
    void compute();
    void showTownship();
    void openEvidence(const QModelIndex& index);
    void addAdjustment();
    void voidAdjustment();
    int year() const;
    QString currentTownship() const;

    Session& m_session;
    bool m_canManage;
    QList<core::AppraisalIndicator> m_schemeIndicators;
    QSpinBox* m_year;
    QPushButton* m_compute;
    QLabel* m_error;
    QLabel* m_hint;
    UnitOutcomeModel* m_outcomes;
    QTableView* m_outcomeTable;
    UnitIndicatorModel* m_indicators;
    QTableView* m_indicatorTable;
    QListWidget* m_adjustments;
    QPushButton* m_add;
    QPushButton* m_void;
};

} // namespace youfu::ui
