#pragma once

#include "app/session.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace youfu::ui {

// A new recuperation batch: title, place, first and last day, escort, note.
class BatchDialog : public QDialog
{
    Q_OBJECT
public:
    BatchDialog(Session& session, QWidget* parent = nullptr);
    qint64 savedId() const { return m_savedId; }
    void accept() override;

private:
    Session& m_session;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_place = nullptr;
    QDateEdit* m_starts = nullptr;
    QDateEdit* m_ends = nullptr;
    QLineEdit* m_escort = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
    qint64 m_savedId = 0;
};

} // namespace youfu::ui
