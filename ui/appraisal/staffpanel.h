#pragma once

#include "app/session.h"
#include "appraisal/staffrules.h"
#include "common/result.h"
#include "report/officialdocument.h"
#include "widgets/registerpanel.h"

#include <QList>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace youfu::ui {

class RecordTableModel;

// The 年终考核 page's tab for the staff's post appraisal: the year's staff with their computed
// points and the steps of their appraisal; the chosen person's targets and computed results;
// the buttons each role may use (targets, responsibility form and computing for the section
// chief, one's own self-assessment, the chief's opinion, the director's grade). A director is
// graded by the level above; the section chief records that grade.
class StaffPanel : public RegisterPanel
{
    Q_OBJECT
public:
    explicit StaffPanel(Session& session, QWidget* parent = nullptr);
    void reload() override;

    int year() const;
    void setYear(int year);
    // Chooses the row of a user; false when they are not in the list.
    bool selectUser(qint64 userId);
    qint64 selectedUserId() const;
    // The chosen person's 岗位目标责任书 as it prints.
    core::Result<core::OfficialDocument> pledgeDocument() const;

    RecordTableModel* staffModel() const { return m_staffModel; }
    RecordTableModel* targetsModel() const { return m_targetsModel; }
    RecordTableModel* resultsModel() const { return m_resultsModel; }

private:
    void showPerson();
    void updateButtons();
    const core::StaffRow* selectedRow() const;
    void adjustTargets();
    void printPledge();
    void compute();
    void writeSelf();
    void writeOpinion();
    void grade(bool fromAbove);
    void fail(const QString& message);
    void done(const QString& message);

    Session& m_session;
    bool m_canManage = false;
    bool m_canApprove = false;
    bool m_isStaff = false;
    QList<core::StaffRow> m_rows;
    QSpinBox* m_year = nullptr;
    QLabel* m_scheme = nullptr;
    QLabel* m_detail = nullptr;
    QLabel* m_error = nullptr;
    RecordTableModel* m_staffModel = nullptr;
    RecordTableModel* m_targetsModel = nullptr;
    RecordTableModel* m_resultsModel = nullptr;
    QTableView* m_staffTable = nullptr;
    QTableView* m_targetsTable = nullptr;
    QTableView* m_resultsTable = nullptr;
    QPushButton* m_adjust = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_compute = nullptr;
    QPushButton* m_self = nullptr;
    QPushButton* m_opinion = nullptr;
    QPushButton* m_grade = nullptr;
    QPushButton* m_fromAbove = nullptr;
};

} // namespace youfu::ui
