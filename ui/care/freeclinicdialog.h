#pragma once

#include "app/session.h"
#include "care/freeclinic.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace youfu::ui {

// Records a free clinic or corrects one (id > 0): date, township, hospital, doctors, place,
// how many were seen, the follow-up.
class FreeClinicDialog : public QDialog
{
    Q_OBJECT
public:
    FreeClinicDialog(const Session& session, qint64 id, QWidget* parent = nullptr);
    qint64 savedId() const { return m_saved; }
    void accept() override;

private:
    core::FreeClinic collect() const;

    Session m_session;
    qint64 m_id = 0;
    qint64 m_saved = 0;
    QDateEdit* m_date = nullptr;
    QComboBox* m_township = nullptr;
    QLineEdit* m_hospital = nullptr;
    QLineEdit* m_doctors = nullptr;
    QLineEdit* m_place = nullptr;
    QSpinBox* m_seen = nullptr;
    QPlainTextEdit* m_followUp = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
