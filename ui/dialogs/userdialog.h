#pragma once

#include "app/session.h"
#include "security/user.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace youfu::ui {

// Add a user (with a first password), or change a user's name and roles.
class UserDialog : public QDialog
{
    Q_OBJECT
public:
    UserDialog(Session& session, const core::User* existing, QWidget* parent = nullptr);
    void accept() override;

private:
    core::Roles chosenRoles() const;

    Session& m_session;
    qint64 m_userId = 0;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    QMap<core::Role, QCheckBox*> m_roles;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
