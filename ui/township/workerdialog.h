#pragma once

#include "app/session.h"
#include "petition/warning.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace youfu::ui {

// Adds or edits a township worker (优抚专干 or 信息员): township, duty, name, phone, the group
// they sit inside, since when, a note. OK saves through WarningStore; an error keeps the
// dialog open with the reason.
class WorkerDialog : public QDialog
{
    Q_OBJECT
public:
    WorkerDialog(Session& session, const core::InfoStaff& worker, QWidget* parent = nullptr);
    qint64 savedId() const { return m_saved; }
    void accept() override;

private:
    Session& m_session;
    core::InfoStaff m_worker;
    QComboBox* m_township = nullptr;
    QComboBox* m_duty = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_group = nullptr;
    QDateEdit* m_since = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
    qint64 m_saved = 0;
};

} // namespace youfu::ui
