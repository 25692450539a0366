#pragma once

#include "app/session.h"
#include "care/care.h"

#include <QDialog>
#include <QList>

class QLabel;
class QTableWidget;

namespace youfu::ui {

// Who came on a batch and what each stay cost; the batch is done once saved.
class AttendanceDialog : public QDialog
{
    Q_OBJECT
public:
    AttendanceDialog(Session& session, qint64 batchId, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    // Sets a person's line (tests and the keyboard); false when not in the batch.
    bool setLine(qint64 personId, bool attended, double costYuan);
    void accept() override;

private:
    Session& m_session;
    qint64 m_batchId = 0;
    QList<core::RecuperationParticipant> m_people;
    QTableWidget* m_table = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
