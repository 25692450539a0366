#pragma once

#include "app/session.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace youfu::ui {

class RecordTableModel;

// The person editor's 关爱 tab: the person's recuperation batches, medical settlements, free
// clinics and temporary assistance granted, newest first, one line each.
class PersonCarePanel : public QWidget
{
    Q_OBJECT
public:
    PersonCarePanel(Session& session, QWidget* parent = nullptr);
    void setPerson(qint64 personId);

    RecordTableModel* model() const { return m_model; }

private:
    Session& m_session;
    QLabel* m_note = nullptr;
    RecordTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace youfu::ui
