#include "dialogs/changepassworddialog.h"

#include "dialogs/dialogparts.h"
#include "security/userstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace youfu::ui {

ChangePasswordDialog::ChangePasswordDialog(Session& session, bool forced, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Change password"));
    setObjectName(QStringLiteral("changePasswordDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(
        tr("Change the password of %1").arg(session.actor.displayName),
        forced ? tr("Your password was set by the administrator. Choose your own before you go on.")
               : QString(),
        this));
    auto* form = new QFormLayout;
    m_old = new QLineEdit(this);
    m_old->setObjectName(QStringLiteral("oldPassword"));
    m_new = new QLineEdit(this);
    m_new->setObjectName(QStringLiteral("newPassword"));
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    for (QLineEdit* e : {m_old, m_new, m_repeat})
        e->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Current password:"), m_old);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat new password:"), m_repeat);
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void ChangePasswordDialog::accept()
{
    if (m_new->text() != m_repeat->text()) {
        showError(m_error, tr("The two new passwords differ."));
        return;
    }
    core::Status s = core::UserStore(*m_session.db).changeOwnPassword(m_session.actor, m_old->text(),
                                                                      m_new->text());
    if (!s) {
        showError(m_error, s.error());
        return;
    }
    QDialog::accept();
}

} // namespace youfu::ui
