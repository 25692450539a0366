#include "dialogs/logindialog.h"

#include "dialogs/dialogparts.h"
#include "security/userstore.h"
#include "settings/settingsstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace youfu::ui {

LoginDialog::LoginDialog(core::Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Log in to Youfu"));
    setObjectName(QStringLiteral("loginDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(tr("Youfu special-care workbench"),
                                       core::SettingsStore(db).officeName(), this));
    auto* form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("login"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Login name:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void LoginDialog::setLogin(const QString& login)
{
    m_login->setText(login);
    m_password->setFocus();
}

void LoginDialog::accept()
{
    auto user = core::UserStore(m_db).authenticate(m_login->text(), m_password->text());
    if (!user) {
        showError(m_error, user.error());
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_user = user.value();
    QDialog::accept();
}

} // namespace youfu::ui
