#pragma once

#include "app/session.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace youfu::ui {

class RecordTableModel;

// The person editor's 信访 tab: the person's cases, newest first, with their status and
// deadline; a double-click (or Enter) opens the case.
class PersonPetitionsPanel : public QWidget
{
    Q_OBJECT
public:
    PersonPetitionsPanel(Session& session, QWidget* parent = nullptr);
    void setPerson(qint64 personId);
    void openChosen();

    RecordTableModel* caseModel() const { return m_cases; }
    QTableView* caseView() const { return m_view; }

Q_SIGNALS:
    void caseChanged(); // a case opened from here was written

private:
    Session& m_session;
    qint64 m_personId = 0;
    QLabel* m_note = nullptr;
    RecordTableModel* m_cases = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace youfu::ui
