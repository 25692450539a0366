#pragma once

#include "app/session.h"
#include "township/training.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace youfu::ui {

// Adds or edits a training session: day, kind, topic, trainer, hours, place, note. OK saves
// through TrainingStore; an error keeps the dialog open with the reason.
class SessionDialog : public QDialog
{
    Q_OBJECT
public:
    SessionDialog(Session& session, const core::TrainingSession& training,
                  QWidget* parent = nullptr);
    qint64 savedId() const { return m_saved; }
    void accept() override;

private:
    Session& m_session;
    core::TrainingSession m_training;
    QDateEdit* m_day = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_topic = nullptr;
    QLineEdit* m_trainer = nullptr;
    QDoubleSpinBox* m_hours = nullptr;
    QLineEdit* m_place = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
    qint64 m_saved = 0;
};

} // namespace youfu::ui
