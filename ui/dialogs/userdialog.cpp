#include "dialogs/userdialog.h"

#include "dialogs/dialogparts.h"
#include "security/userstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace youfu::ui {

UserDialog::UserDialog(Session& session, const core::User* existing, QWidget* parent)
    : QDialog(parent), m_session(session), m_userId(existing ? existing->id : 0)
{
    setWindowTitle(existing ? tr("Change user") : tr("Add user"));
    setObjectName(QStringLiteral("userDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_login = new QLineEdit(existing ? existing->login : QString(), this);
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setReadOnly(existing != nullptr);
    m_name = new QLineEdit(existing ? existing->displayName : QString(), this);
    m_name->setObjectName(QStringLiteral("displayName"));
    form->addRow(tr("&Login name:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    if (!existing) {
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("password"));
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setPlaceholderText(tr("the user must change it at first login"));
        form->addRow(tr("First &password:"), m_password);
    }
    layout->addLayout(form);

    auto* roles = new QGroupBox(tr("Roles"), this);
    auto* rl = new QVBoxLayout(roles);
    for (core::Role r : core::allRoles()) {
        auto* cb = new QCheckBox(core::roleTitle(r), roles);
        cb->setObjectName(QStringLiteral("role_") + core::roleKey(r));
        cb->setChecked(existing && existing->roles.testFlag(r));
        rl->addWidget(cb);
        m_roles.insert(r, cb);
    }
    rl->addWidget(new QLabel(tr("The administrator and the auditor hold no other role."), roles));
    layout->addWidget(roles);

    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

core::Roles UserDialog::chosenRoles() const
{
    core::Roles roles;
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        if (it.value()->isChecked())
            roles |= it.key();
    return roles;
}

void UserDialog::accept()
{
    core::UserStore store(*m_session.db);
    core::Status s;
    if (m_userId == 0) {
        core::NewUser nu{m_login->text(), m_name->text(), chosenRoles()};
        s = store.add(m_session.actor, nu, m_password->text()).status();
    } else {
        s = store.update(m_session.actor, m_userId, m_name->text(), chosenRoles());
    }
    if (!s) {
        showError(m_error, s.error());
        return;
    }
    QDialog::accept();
}

} // namespace youfu::ui
