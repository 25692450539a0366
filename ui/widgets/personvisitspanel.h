#pragma once

#include "app/session.h"

#include <QWidget>

class QLabel;

namespace youfu::ui {

class RecordTableModel;

// The person editor's "Visit log" tab: the person's key-person records, the plans that cover
// them (single and group) and their visits, newest first. Read only: visits are recorded on
// the Visits page.
class PersonVisitsPanel : public QWidget
{
    Q_OBJECT
public:
    PersonVisitsPanel(Session& session, QWidget* parent = nullptr);
    void setPerson(qint64 personId);

    RecordTableModel* keyModel() const { return m_key; }
    RecordTableModel* planModel() const { return m_plans; }
    RecordTableModel* visitModel() const { return m_visits; }

private:
    Session& m_session;
    QLabel* m_note = nullptr;
    RecordTableModel* m_key = nullptr;
    RecordTableModel* m_plans = nullptr;
    RecordTableModel* m_visits = nullptr;
};

} // namespace youfu::ui
