#pragma once

#include "app/session.h"
#include "petition/petition.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace youfu::ui {

class PersonChooser;
class RecordTableModel;
class SeriousEffectBar;

// One 信访 case: its registration (received, channel, petitioners from the registry or from
// outside, subject, township, summary, demands, flags) and, once registered, its way: the
// deadline with its badge and the clock's name, the timeline of steps, and the steps valid in
// its status (受理/不予受理/转送, 延期, 答复, 回访, 复查/复核, 办结) and the four notices to
// print. Whoever may not handle petitions sees it read only (the director may still extend).
class CaseDialog : public QDialog
{
    Q_OBJECT
public:
    // caseId 0: a new case to register.
    CaseDialog(Session& session, qint64 caseId, QWidget* parent = nullptr);

    qint64 caseId() const { return m_case.id; }
    const core::PetitionCase& petitionCase() const { return m_case; }
    bool canHandle() const;
    bool canExtend() const;
    bool changed() const { return m_changed; } // something was written

    QTabWidget* tabs() const { return m_tabs; }
    PersonChooser* personChooser() const { return m_chooser; }
    RecordTableModel* timelineModel() const { return m_timeline; }
    QLabel* deadlineLabel() const { return m_deadline; }
    QLabel* errorLabel() const { return m_error; }

    // The registration as typed (petitioners included).
    core::PetitionCase registration() const;
    // Registers the new case or saves the changed registration; false with the words shown.
    bool save();

    // The steps (each opens its small dialog; casedialogsteps.cpp).
    bool decide();
    bool extend();
    bool answer();
    bool returnVisit();
    bool requestReview();
    bool closeCase();
    void print(int paper); // int(core::PetitionPapers::Paper)
    // Adds a scanned letter, a photo or a PDF to the case (content-addressed in the scan store).
    bool attachFile();

    void accept() override;

private:
    QWidget* buildRegistration();
    QWidget* buildWay();
    void load(qint64 caseId);
    void showRegistration();
    void showWay();
    void showPetitioners();
    void addOutsider();
    void removePetitioner();
    void channelChanged();
    void afterStep(const core::Status& written, const QString& done);

    Session& m_session;
    core::PetitionCase m_case;
    QList<core::Petitioner> m_petitioners;
    bool m_changed = false;

    QLabel* m_header = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    // registration
    QDateTimeEdit* m_received = nullptr;
    QComboBox* m_channel = nullptr;
    QLineEdit* m_forwardedBy = nullptr;
    QLineEdit* m_forwardedNumber = nullptr;
    QListWidget* m_petitionerList = nullptr;
    PersonChooser* m_chooser = nullptr;
    QPushButton* m_addPerson = nullptr;
    QLineEdit* m_outName = nullptr;
    QLineEdit* m_outPhone = nullptr;
    QLineEdit* m_outAddress = nullptr;
    QLineEdit* m_outId = nullptr;
    QPushButton* m_addOutsider = nullptr;
    QPushButton* m_removePetitioner = nullptr;
    QComboBox* m_subject = nullptr;
    QComboBox* m_township = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QPlainTextEdit* m_demands = nullptr;
    QCheckBox* m_group = nullptr;
    QComboBox* m_beyond = nullptr;
    QLineEdit* m_repeatOf = nullptr;
    // way
    QLabel* m_status = nullptr;
    QLabel* m_deadline = nullptr;
    QLabel* m_responsible = nullptr;
    SeriousEffectBar* m_serious = nullptr; // the director's mark (issue 16)
    RecordTableModel* m_timeline = nullptr;
    QTableView* m_timelineView = nullptr;
    QPushButton* m_decide = nullptr;
    QPushButton* m_extend = nullptr;
    QPushButton* m_answer = nullptr;
    QPushButton* m_returnVisit = nullptr;
    QPushButton* m_review = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_print = nullptr;
    QLabel* m_attachments = nullptr;
    QPushButton* m_attach = nullptr;
};

} // namespace youfu::ui
