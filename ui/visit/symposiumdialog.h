#pragma once

#include "app/session.h"
#include "visit/symposium.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTableWidget;

namespace youfu::ui {

class PersonPickModel;

// One symposium (座谈会): date, kind, place, title, chair, recorder; the attendees (registry
// persons picked by search as representatives of their groups, and staff by name); each issue
// raised with the answer given and its follow-up. Read-only without Permission::RecordVisits.
class SymposiumDialog : public QDialog
{
    Q_OBJECT
public:
    // id 0: a new symposium.
    SymposiumDialog(Session& session, qint64 id, QWidget* parent = nullptr);

    core::Symposium symposium() const; // what the fields say
    qint64 savedId() const { return m_id; }
    bool isReadOnly() const { return m_readOnly; }

    void accept() override; // saves; stays open with the reason when it cannot

private:
    void load(const core::Symposium& s);
    void searchPersons();
    void addPerson();
    void addStaff();
    void removeAttendee();
    void addIssue();
    void removeIssue();
    void suggestTitle();
    void addAttendeeRow(const core::SymposiumAttendee& a);
    void addIssueRow(const core::SymposiumIssue& i);

    Session& m_session;
    qint64 m_id = 0;
    bool m_readOnly = true;
    bool m_titleEdited = false;
    QDateEdit* m_date = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_place = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_chair = nullptr;
    QLineEdit* m_recorder = nullptr;
    QLineEdit* m_search = nullptr;
    QListView* m_matches = nullptr;
    PersonPickModel* m_pick = nullptr;
    QLineEdit* m_represents = nullptr;
    QLineEdit* m_staff = nullptr;
    QTableWidget* m_attendees = nullptr;
    QLineEdit* m_raisedBy = nullptr;
    QLineEdit* m_issue = nullptr;
    QLineEdit* m_answer = nullptr;
    QComboBox* m_followUp = nullptr;
    QLineEdit* m_followNote = nullptr;
    QTableWidget* m_issues = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
