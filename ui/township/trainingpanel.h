#pragma once

#include "app/session.h"
#include "report/documentrenderer.h"
#include "township/training.h"
#include "widgets/registerpanel.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace youfu::ui {

class TrainingSessionModel;

// 业务培训: the sessions of a year (kind, text), the attendees of the chosen session with a
// check box each for who came, its materials; new / edit session, choose attendees, attach and
// open material, print the attendance sheet, export the list; and a second tab, per township,
// the hours this year and the workers who missed the annual training, exported too. A tab of
// the 乡镇工作 page (objectName "training"; view "summary" opens the second tab).
class TrainingPanel : public RegisterPanel
{
    Q_OBJECT
public:
    explicit TrainingPanel(Session& session, QWidget* parent = nullptr);
    void reload() override;
    bool openView(const QString& view) override;

    TrainingSessionModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QListWidget* attendeeList() const { return m_attendees; }
    QTableWidget* summary() const { return m_summary; }
    core::TrainingSession chosen() const;
    // Writes the sessions (or the summary) as shown to `path`; false with the error shown.
    bool exportSessionsTo(const QString& path);
    bool exportSummaryTo(const QString& path);
    // The attendance sheet of the chosen session (for the preview and tests).
    core::PagePainter attendanceSheet() const;

private:
    void showChosen();
    void reloadSummary();
    void newSession();
    void editSession();
    void chooseAttendees();
    void saveAttendance();
    void attachMaterial();
    void openMaterial();
    void printSheet();
    void exportSessions();
    void exportSummary();
    void select(qint64 sessionId);

    Session& m_session;
    bool m_canManage = false;
    QTabWidget* m_tabs = nullptr;
    QSpinBox* m_year = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_text = nullptr;
    TrainingSessionModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QListWidget* m_attendees = nullptr;
    QListWidget* m_materials = nullptr;
    QLabel* m_attendeeTitle = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_choose = nullptr;
    QPushButton* m_saveAttendance = nullptr;
    QPushButton* m_attach = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_print = nullptr;
    QTableWidget* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QList<core::TrainingAttendee> m_shownAttendees;
    QList<core::TrainingMaterial> m_shownMaterials;
};

} // namespace youfu::ui
