#include "pages/userspage.h"

#include "dialogs/userdialog.h"
#include "models/usermodel.h"
#include "security/userstore.h"
#include "widgets/glyphicon.h"
#include "widgets/tablecolumns.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

UsersPage::UsersPage(Session& session, QWidget* parent) : Page(session, parent)
{
    setObjectName(QStringLiteral("usersPage"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Users and roles"), this);
    heading->setProperty("heading", true);
    heading->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: bold; color: #23324a;"));
    layout->addWidget(heading);
    layout->addWidget(new QLabel(tr("Whoever approves is responsible: every record names the user "
                                    "who made it. Users are never deleted, only disabled."),
                                 this));

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add user…"), this);
    add->setObjectName(QStringLiteral("addUser"));
    m_edit = new QPushButton(tr("&Change…"), this);
    m_reset = new QPushButton(tr("&Reset password…"), this);
    m_disable = new QPushButton(tr("&Disable"), this);
    for (QPushButton* b : {add, m_edit, m_reset, m_disable})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_model = new UserModel(*session.db, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("usersView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    fitColumns(m_view, UserModel::Roles);
    layout->addWidget(m_view, 1);

    connect(add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersPage::editUser);
    connect(m_reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_disable, &QPushButton::clicked, this, &UsersPage::toggleDisabled);
    connect(m_view, &QTableView::doubleClicked, this, &UsersPage::editUser);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateButtons);
    const bool writable = !session.db->isReadOnly();
    add->setEnabled(writable);
    updateButtons();
}

QIcon UsersPage::icon() const
{
    return glyphIcon(QStringLiteral("人"), QColor(0x6a, 0x5a, 0xcd));
}

void UsersPage::refresh()
{
    m_model->reload();
    if (!m_model->lastError().isEmpty())
        QMessageBox::warning(this, tr("Users"), m_model->lastError());
    updateButtons();
}

void UsersPage::updateButtons()
{
    const int row = m_view->currentIndex().row();
    const bool has = m_view->selectionModel()->hasSelection() && row >= 0;
    const bool writable = !session().db->isReadOnly();
    for (QPushButton* b : {m_edit, m_reset, m_disable})
        b->setEnabled(has && writable);
    if (has)
        m_disable->setText(m_model->userAt(row).disabled ? tr("&Enable") : tr("&Disable"));
}

void UsersPage::addUser()
{
    UserDialog dlg(session(), nullptr, this);
    if (dlg.exec() == QDialog::Accepted) {
        refresh();
        Q_EMIT statusMessage(tr("User added."));
    }
}

void UsersPage::editUser()
{
    const core::User u = m_model->userAt(m_view->currentIndex().row());
    if (u.id == 0)
        return;
    UserDialog dlg(session(), &u, this);
    if (dlg.exec() == QDialog::Accepted)
        refresh();
}

void UsersPage::resetPassword()
{
    const core::User u = m_model->userAt(m_view->currentIndex().row());
    if (u.id == 0)
        return;
    bool ok = false;
    const QString pw = QInputDialog::getText(
        this, tr("Reset password"),
        tr("New password for %1 (they must change it when they next log in):").arg(u.displayName),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    core::Status s = core::UserStore(*session().db).resetPassword(session().actor, u.id, pw);
    if (!s)
        QMessageBox::warning(this, tr("Reset password"), s.error());
    else
        Q_EMIT statusMessage(tr("The password of %1 was reset.").arg(u.displayName));
    refresh();
}

void UsersPage::toggleDisabled()
{
    const core::User u = m_model->userAt(m_view->currentIndex().row());
    if (u.id == 0)
        return;
    if (!u.disabled &&
        QMessageBox::question(
            this, tr("Disable user"),
            tr("Disable %1? They can no longer log in; their records stay.").arg(u.displayName)) !=
            QMessageBox::Yes)
        return;
    core::Status s = core::UserStore(*session().db).setDisabled(session().actor, u.id, !u.disabled);
    if (!s)
        QMessageBox::warning(this, tr("Disable user"), s.error());
    refresh();
}

} // namespace youfu::ui
