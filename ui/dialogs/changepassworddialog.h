#pragma once

#include "app/session.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace youfu::ui {

// The logged-in user changes their own password; forced after first login and after a reset.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(Session& session, bool forced, QWidget* parent = nullptr);
    void accept() override;

private:
    Session& m_session;
    QLineEdit* m_old = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
