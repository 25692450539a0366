#pragma once

#include "app/session.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace youfu::ui {

class PersonChooser;

// A new one-stop medical settlement: the person, the hospital, the days, the four sums from the
// settlement slip; the person's subsidy this year against the cap shown as the sums are typed,
// and a reason asked when the subsidy goes over it.
class MedicalDialog : public QDialog
{
    Q_OBJECT
public:
    MedicalDialog(Session& session, qint64 personId, QWidget* parent = nullptr);
    qint64 savedId() const { return m_savedId; }
    PersonChooser* chooser() const { return m_person; }
    void accept() override;

private:
    void refreshCap();

    Session& m_session;
    PersonChooser* m_person = nullptr;
    QComboBox* m_hospital = nullptr;
    QDateEdit* m_admitted = nullptr;
    QDateEdit* m_discharged = nullptr;
    QDateEdit* m_settled = nullptr;
    QDoubleSpinBox* m_total = nullptr;
    QDoubleSpinBox* m_insurance = nullptr;
    QDoubleSpinBox* m_subsidy = nullptr;
    QDoubleSpinBox* m_self = nullptr;
    QLabel* m_cap = nullptr;
    QLineEdit* m_capReason = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
    qint64 m_savedId = 0;
};

} // namespace youfu::ui
