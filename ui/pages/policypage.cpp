#include "pages/policypage.h"

#include "dialogs/standarddialog.h"
#include "models/standardmodel.h"
#include "policy/policystore.h"
#include "security/permission.h"
#include "widgets/glyphicon.h"
#include "widgets/tablecolumns.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

PolicyPage::PolicyPage(Session& session, QWidget* parent) : Page(session, parent)
{
    setObjectName(QStringLiteral("policyPage"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Benefit standards"), this);
    heading->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: bold; color: #23324a;"));
    layout->addWidget(heading);
    layout->addWidget(
        new QLabel(tr("Every benefit has its basis here. Lines are never changed: a new standard "
                      "supersedes the old one from its effective date, so the standard of any "
                      "day can always be looked up."),
                   this));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("illustrativeNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral(
        "background: #fff4d6; color: #7a4b00; padding: 6px; border: 1px solid #e8c36a;"));
    m_note->setText(
        tr("The amounts marked 演示〔示意〕 are ILLUSTRATIVE demo data, not official standards. "
           "Enter the standards in force with their real basis documents before real use."));
    layout->addWidget(m_note);
    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&New standard…"), this);
    m_add->setObjectName(QStringLiteral("addStandard"));
    m_demo = new QPushButton(tr("Load the &illustrative demo book"), this);
    m_demo->setObjectName(QStringLiteral("loadDemo"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_demo);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_model = new StandardModel(*session.db, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("standardsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    fitColumns(m_view, StandardModel::Basis);
    layout->addWidget(m_view, 1);
    const bool canEdit = core::isAllowed(session.actor.roles, core::Permission::EditPolicyBook) &&
                         !session.db->isReadOnly();
    m_add->setVisible(canEdit);
    m_demo->setVisible(canEdit);
    connect(m_add, &QPushButton::clicked, this, &PolicyPage::addStandard);
    connect(m_demo, &QPushButton::clicked, this, &PolicyPage::loadDemo);
    refresh();
}

QIcon PolicyPage::icon() const
{
    return glyphIcon(QStringLiteral("标"), QColor(0x2e, 0x7d, 0x32));
}

void PolicyPage::refresh()
{
    m_model->reload();
    m_note->setVisible(core::PolicyStore(*session().db).hasIllustrative());
    m_demo->setEnabled(m_model->rowCount() == 0);
}

void PolicyPage::addStandard()
{
    StandardDialog dlg(session(), this);
    if (dlg.exec() == QDialog::Accepted) {
        refresh();
        Q_EMIT statusMessage(tr("The standard was added to the book."));
    }
}

void PolicyPage::loadDemo()
{
    auto n = core::PolicyStore(*session().db).seedIllustrative(session().actor);
    if (!n)
        QMessageBox::warning(this, tr("Benefit standards"), n.error());
    else
        Q_EMIT statusMessage(tr("%n illustrative line(s) added.", nullptr, n.value()));
    refresh();
}

} // namespace youfu::ui
