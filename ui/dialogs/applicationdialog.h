#pragma once

#include "app/session.h"
#include "approval/application.h"
#include "registry/category.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QModelIndex;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace youfu::ui {

class PersonPickModel;

// The clerk drafts or amends an application: the person (picked by name or part of the ID, or
// chosen already in the registry), the type and what it asks — only the fields that type
// needs —, the facts and reason, the effective date and the supporting documents. The benefit
// the policy book gives is shown as the clerk types, and so is everything that still stops
// submission, in a fixed area below the fields so that nothing moves.
class ApplicationDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 150;

    // applicationId 0: a new application (personId may preselect the person).
    ApplicationDialog(Session& session, qint64 applicationId, qint64 personId = 0,
                      QWidget* parent = nullptr);
    qint64 applicationId() const { return m_id; }
    qint64 personId() const { return m_personId; }
    bool submitted() const { return m_submitted; }
    // Applies the person search now instead of after the typing pause.
    void searchNow();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void searchPersons();
    void pickMatch(const QModelIndex& index);
    void setPerson(qint64 personId);
    void updateFields();
    void updateBenefit();
    const core::Category* currentCategory() const;
    core::ApplicationDraft collect() const;
    bool confirmDocuments();
    bool saveDraft();
    void submit();

    Session& m_session;
    qint64 m_id = 0;
    qint64 m_personId = 0;
    int m_birthYear = 0; // of the person: where an empty service date's calendar opens
    bool m_submitted = false;
    QList<core::Category> m_categories;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_search = nullptr;
    QListView* m_matches = nullptr;
    PersonPickModel* m_pick = nullptr;
    QTimer* m_searchDelay = nullptr;
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
    QComboBox* m_assistanceReason = nullptr;
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
    QWidget* m_gradeRow = nullptr;
    QWidget* m_survivorRow = nullptr;
    QWidget* m_serviceRow = nullptr;
};

} // namespace youfu::ui
