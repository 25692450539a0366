#pragma once

#include "app/session.h"
#include "registry/category.h"
#include "registry/person.h"
#include "registry/personrules.h"
#include "report/officialdocument.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QSet>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace youfu::ui {

class PersonPaymentsPanel;
class PersonCarePanel;
class PersonPetitionsPanel;
class PersonVisitsPanel;

// A person of the registry: particulars checked as they are typed (the reason beside the
// field), categories with their details, status changes, the history from the audit log,
// and the summary sheet for print. A save that fails keeps everything the clerk typed.
// Stays open after saving so the clerk sees the new history entry; Ctrl+S saves.
class PersonEditor : public QDialog
{
    Q_OBJECT
public:
    PersonEditor(Session& session, qint64 personId, QWidget* parent = nullptr);

    qint64 personId() const { return m_personId; }
    // The message shown beside a field ("" when none), for tests and screen readers.
    QString fieldMessage(core::PersonField field) const;
    QTabWidget* tabs() const { return m_tabs; }

    bool save();
    // Loads another person in this window (after "Open that record").
    void load(qint64 personId);
    // The summary sheet of the saved person (empty document for a new one). It carries the
    // full citizen ID: the Print button reveals (audited) before it shows the sheet.
    core::OfficialDocument summarySheet() const;
    // Shows "Draft application…" for a saved person (the registry page says if the user may).
    void setDraftEnabled(bool enabled);

Q_SIGNALS:
    void saved(qint64 personId);
    // "Draft application…": the registry page opens the dialog with this person chosen.
    void draftApplicationRequested(qint64 personId);

public Q_SLOTS:
    void reject() override;

private:
    // particulars (personeditor.cpp)
    QWidget* buildParticulars();
    QLabel* addField(QGridLayout* grid, int row, const QString& label, QWidget* field,
                     core::PersonField id, QWidget* extra = nullptr);
    void fillTownships();
    void fillVillages();
    void showPerson();
    core::PersonDraft draft(QString* birthDateProblem) const;
    void validate();
    void setMessage(core::PersonField field, const QString& text, bool error);
    void idChanged();
    // The ID the rules look at: as typed, or the stored one while the field shows it masked.
    QString citizenIdForRules() const;
    void reveal();
    void openDuplicate();
    void print();
    void setDirty(bool dirty);
    void repolish();
    bool canEdit() const;

    // categories, status, history (personeditortabs.cpp)
    QWidget* buildCategories();
    QWidget* buildStatus();
    QWidget* buildHistory();
    void showCategories();
    void showStatus();
    void showHistory();
    void addCategory();
    void endCategory();
    void recordStatus();
    QDate birthDateForRules() const;

    Session& m_session;
    qint64 m_personId = 0;
    core::Person m_person;
    QList<core::Category> m_categoryTypes;
    QList<core::PersonCategory> m_pendingCategories; // held before a new person is saved
    QSet<core::PersonField> m_touched;
    bool m_showAll = false;  // after a save attempt every field says what is wrong
    bool m_sexFromId = true; // follow the ID until the clerk chooses
    bool m_birthFromId = true;
    bool m_idEditable = true;    // new person, or revealed; else shown masked, birth year only
    bool m_phoneEditable = true; // new person, or revealed
    bool m_bankEditable = true;
    bool m_loading = false;
    bool m_dirty = false;
    qint64 m_duplicateId = 0;
    QHash<core::PersonField, QLabel*> m_messages;
    QHash<core::PersonField, QWidget*> m_fields;

    QTabWidget* m_tabs = nullptr;
    QLabel* m_header = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_sex = nullptr;
    QComboBox* m_ethnicity = nullptr;
    QLineEdit* m_citizenId = nullptr;
    QPushButton* m_showId = nullptr;
    QLabel* m_idInfo = nullptr;
    QPushButton* m_openDuplicate = nullptr;
    QLineEdit* m_birthDate = nullptr;
    QLineEdit* m_phone = nullptr;
    QPushButton* m_showPhone = nullptr;
    QComboBox* m_township = nullptr;
    QComboBox* m_village = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_bankName = nullptr;
    QLineEdit* m_bankAccount = nullptr;
    QPushButton* m_showBank = nullptr;
    QCheckBox* m_keyPerson = nullptr;
    QLineEdit* m_riskNote = nullptr;
    QLabel* m_notice = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_draft = nullptr;
    bool m_draftEnabled = false;

    QTableWidget* m_categories = nullptr;
    QPushButton* m_addCategory = nullptr;
    QPushButton* m_endCategory = nullptr;
    QLabel* m_categoryMessage = nullptr;
    QLabel* m_statusNow = nullptr;
    QTableWidget* m_statusHistory = nullptr;
    QComboBox* m_newStatus = nullptr;
    QDateEdit* m_statusSince = nullptr;
    QLineEdit* m_statusReason = nullptr;
    QPushButton* m_recordStatus = nullptr;
    QLabel* m_statusMessage = nullptr;
    QTreeWidget* m_history = nullptr;
    PersonVisitsPanel* m_visits = nullptr;       // the "Visit log" tab
    PersonPetitionsPanel* m_petitions = nullptr; // the 信访 tab
    PersonPaymentsPanel* m_payments = nullptr;   // the 发放 tab
    PersonCarePanel* m_care = nullptr;           // the 关爱 tab
};

} // namespace youfu::ui
