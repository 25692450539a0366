#pragma once

#include "db/database.h"
#include "security/user.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace youfu::ui {

// Asks who is at the PC. Accepts only when core has checked the password.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(core::Database& db, QWidget* parent = nullptr);
    const core::User& user() const { return m_user; }
    void setLogin(const QString& login);

    void accept() override;

private:
    core::Database& m_db;
    core::User m_user;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
