#pragma once

#include "app/session.h"
#include "approval/application.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace youfu::ui {

// The clerk drafts or amends an application: the person, the type and what it asks, the facts
// and reason, the effective date and the supporting documents. The benefit the policy book
// gives is shown as the clerk types, and so is everything that still stops submission.
class ApplicationDialog : public QDialog
{
    Q_OBJECT
public:
    // applicationId 0: a new application (personId may preselect the person).
    ApplicationDialog(Session& session, qint64 applicationId, qint64 personId = 0, QWidget* parent = nullptr);
    qint64 applicationId() const { return m_id; }
    bool submitted() const { return m_submitted; }

private:
    void findPerson();
    void setPerson(qint64 personId);
    void updateFields();
    void updateBenefit();
    core::ApplicationDraft collect() const;
    bool saveDraft();
    void submit();

    Session& m_session;
    qint64 m_id = 0;
    qint64 m_personId = 0;
    bool m_submitted = false;
    QLineEdit* m_citizenId = nullptr;
    QLabel* m_personLabel = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_grade = nullptr;
    QComboBox* m_nature = nullptr;
    QComboBox* m_relation = nullptr;
    QLineEdit* m_serviceman = nullptr;
    QDateEdit* m_enlisted = nullptr;
    QDateEdit* m_discharged = nullptr;
    QLineEdit* m_amount = nullptr;
    QComboBox* m_stop = nullptr;
    QLineEdit* m_request = nullptr;
    QPlainTextEdit* m_facts = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QDateEdit* m_effective = nullptr;
    QListWidget* m_documents = nullptr;
    QLabel* m_benefit = nullptr;
    QLabel* m_problems = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_submit = nullptr;
};

} // namespace youfu::ui
