#pragma once

#include "app/session.h"
#include "visit/visit.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;

namespace youfu::ui {

class PersonChooser;

// 走访计划: one key person or a group (categories × townships, grades for disabled
// servicemen), the rhythm, the festival visits (八一, 春节), who visits, start and end, and a
// pause. Saved through VisitStore::savePlan.
class PlanDialog : public QDialog
{
    Q_OBJECT
public:
    // `plan` fills the fields (id 0: a new plan).
    PlanDialog(Session& session, const core::VisitPlan& plan, QWidget* parent = nullptr);

    core::VisitPlan plan() const;
    qint64 savedId() const { return m_saved; }
    PersonChooser* persons() const { return m_person; }
    void accept() override;

private:
    void kindChanged();

    Session& m_session;
    core::VisitPlan m_plan;
    qint64 m_saved = 0;
    QLineEdit* m_title = nullptr;
    QRadioButton* m_single = nullptr;
    QRadioButton* m_group = nullptr;
    PersonChooser* m_person = nullptr;
    QWidget* m_groupBox = nullptr;
    QListWidget* m_categories = nullptr;
    QListWidget* m_townships = nullptr;
    QLineEdit* m_grades = nullptr;
    QComboBox* m_rhythm = nullptr;
    QSpinBox* m_weeks = nullptr;
    QCheckBox* m_bayi = nullptr;
    QCheckBox* m_spring = nullptr;
    QListWidget* m_visitors = nullptr;
    QLineEdit* m_visitorNames = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_end = nullptr;
    QCheckBox* m_openEnded = nullptr;
    QCheckBox* m_paused = nullptr;
    QDateEdit* m_pausedFrom = nullptr;
    QDateEdit* m_pausedUntil = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
