#pragma once

#include "pages/page.h"

#include <QDate>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace youfu::ui {

class DueListModel;
class PersonPickModel;
class RecordTableModel;
class VisitCalendar;

// 走访慰问: the month calendar of visits (done, due, overdue per day; a day's list; record a
// visit), the list of visits due (lazy; township, leader, risk, overdue only; export), the key
// persons with their history, and the visit plans. Whoever may not record visits (the
// director, the inspector) sees it all read-only. More tabs (festival campaigns, reception
// days, symposiums) are added by their own panels through addPanel().
class VisitPage : public Page
{
    Q_OBJECT
public:
    enum Tab
    {
        CalendarTab,
        DueTab,
        KeyPersonsTab,
        PlansTab
    };

    explicit VisitPage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Visits"); }
    QIcon icon() const override;
    PageGroup group() const override { return PageGroup::Stability; }
    void refresh() override;
    // "calendar", "due" (this week and overdue), "overdue", "keyPersons", "plans".
    bool openView(const QString& view) override;

    // Another panel as a tab of the page (campaigns, reception days, symposiums).
    int addPanel(QWidget* panel, const QString& title);
    bool canRecord() const;

    QTabWidget* tabs() const { return m_tabs; }
    VisitCalendar* calendar() const { return m_calendar; }
    RecordTableModel* dayModel() const { return m_day; }
    DueListModel* dueModel() const { return m_due; }
    QTableView* dueView() const { return m_dueView; }
    RecordTableModel* keyHistoryModel() const { return m_keyHistory; }
    RecordTableModel* planModel() const { return m_plans; }

    void showDay(const QDate& day);
    void refreshCalendar();
    void refreshDue();
    void refreshKeyPerson();
    void refreshPlans();
    // Opens the visit dialog for the day (the due line's person and plan when given).
    bool recordVisit(const QDate& day, qint64 personId = 0, qint64 planId = 0);
    bool exportDue();

private:
    QWidget* buildCalendarTab();
    QWidget* buildDueTab();
    // visitpagetabs.cpp
    QWidget* buildKeyPersonsTab();
    QWidget* buildPlansTab();
    void editKeyPerson(bool change);
    void endKeyPerson();
    void editPlan(bool change);
    void stopPlan();
    qint64 chosenKeyPerson() const;
    void afterWrite();

    QTabWidget* m_tabs = nullptr;
    // calendar
    VisitCalendar* m_calendar = nullptr;
    QLabel* m_dayTitle = nullptr;
    RecordTableModel* m_day = nullptr;
    QTableView* m_dayView = nullptr;
    QPushButton* m_recordDay = nullptr;
    // due
    DueListModel* m_due = nullptr;
    QTableView* m_dueView = nullptr;
    QComboBox* m_township = nullptr;
    QComboBox* m_leader = nullptr;
    QComboBox* m_risk = nullptr;
    QCheckBox* m_overdueOnly = nullptr;
    QDateEdit* m_until = nullptr;
    QLabel* m_dueCount = nullptr;
    QPushButton* m_recordDue = nullptr;
    // key persons
    QLineEdit* m_keySearch = nullptr;
    PersonPickModel* m_keyPersons = nullptr;
    QTableView* m_keyView = nullptr;
    QLabel* m_keyNow = nullptr;
    RecordTableModel* m_keyHistory = nullptr;
    QPushButton* m_keyChange = nullptr;
    QPushButton* m_keyEnd = nullptr;
    // plans
    QCheckBox* m_stoppedToo = nullptr;
    RecordTableModel* m_plans = nullptr;
    QTableView* m_planView = nullptr;
    QPushButton* m_planChange = nullptr;
    QPushButton* m_planStop = nullptr;
};

} // namespace youfu::ui
