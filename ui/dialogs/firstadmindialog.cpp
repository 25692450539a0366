#include "dialogs/firstadmindialog.h"

#include "dialogs/dialogparts.h"
#include "security/userstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace youfu::ui {

FirstAdminDialog::FirstAdminDialog(core::Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Set up Youfu"));
    setObjectName(QStringLiteral("firstAdminDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(
        tr("Create the system administrator"),
        tr("This database has no users yet. The administrator adds the clerks, the section chief, "
           "the discipline inspector and the director, but cannot approve or change business "
           "records."),
        this));
    auto* form = new QFormLayout;
    m_login = new QLineEdit(QStringLiteral("admin"), this);
    m_login->setObjectName(QStringLiteral("login"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("displayName"));
    m_name->setPlaceholderText(tr("e.g. 王志强"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least 8 characters, three kinds"));
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Login name:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstAdminDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    m_name->setFocus();
}

QString FirstAdminDialog::login() const
{
    return m_login->text().trimmed();
}

void FirstAdminDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        showError(m_error, tr("The two passwords differ."));
        m_repeat->setFocus();
        return;
    }
    core::NewUser nu{m_login->text(), m_name->text(), core::Roles(core::Role::Admin)};
    auto id = core::UserStore(m_db).createFirstAdmin(nu, m_password->text());
    if (!id) {
        showError(m_error, id.error());
        return;
    }
    QDialog::accept();
}

} // namespace youfu::ui
