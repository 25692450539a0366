#include "dialogs/signdialog.h"

#include "approval/approvalform.h"
#include "approval/approvalrules.h"
#include "approval/approvalstore.h"
#include "dialogs/dialogparts.h"
#include "registry/personstore.h"
#include "settings/settingsstore.h"
#include "widgets/screenfit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace youfu::ui {

SignDialog::SignDialog(Session& session, qint64 applicationId, QWidget* parent)
    : QDialog(parent), m_session(session), m_id(applicationId)
{
    setWindowTitle(tr("Sign application"));
    resizeWithinScreen(this, QSize(820, 820));
    auto* layout = new QVBoxLayout(this);
    core::ApprovalStore store(*session.db);
    const auto a = store.byId(applicationId);
    QString subtitle;
    if (a)
        subtitle = tr("%1 for %2 — waiting for the %3. Whoever approves is responsible.")
                       .arg(core::ApprovalRules::stateTitle(a->state), a->personName,
                            core::roleTitle(a->waitingRole()));
    layout->addWidget(makeDialogHeader(tr("Sign application"), subtitle, this));
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("applicationView"));
    if (a) {
        if (auto p = core::PersonStore(*session.db).byId(a->draft.personId))
            m_view->setHtml(core::ApprovalForm::form(a.value(), p.value(),
                                                     core::SettingsStore(*session.db).officeName())
                                .toHtml());
    }
    layout->addWidget(m_view, 1);
    auto* opinionLabel = new QLabel(tr("Your &opinion (required to return or reject):"), this);
    layout->addWidget(opinionLabel);
    m_opinion = new QPlainTextEdit(this);
    opinionLabel->setBuddy(m_opinion);
    m_opinion->setObjectName(QStringLiteral("opinion"));
    m_opinion->setMaximumHeight(110);
    layout->addWidget(m_opinion);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* box = new QDialogButtonBox(this);
    auto* approve = box->addButton(tr("&Approve"), QDialogButtonBox::AcceptRole);
    approve->setObjectName(QStringLiteral("approve"));
    auto* ret = box->addButton(tr("Re&turn to drafter"), QDialogButtonBox::ActionRole);
    ret->setObjectName(QStringLiteral("return"));
    auto* reject = box->addButton(tr("&Reject"), QDialogButtonBox::ActionRole);
    reject->setObjectName(QStringLiteral("reject"));
    box->addButton(QDialogButtonBox::Close);
    layout->addWidget(box);
    const bool open = a && a->state == core::ApplicationState::Pending && !session.db->isReadOnly();
    for (QPushButton* b : {approve, ret, reject})
        b->setEnabled(open);
    connect(approve, &QPushButton::clicked, this,
            [this] { decide(int(core::StepDecision::Approve)); });
    connect(ret, &QPushButton::clicked, this, [this] { decide(int(core::StepDecision::Return)); });
    connect(reject, &QPushButton::clicked, this,
            [this] { decide(int(core::StepDecision::Reject)); });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SignDialog::decide(int decision)
{
    const core::Status s =
        core::ApprovalStore(*m_session.db)
            .sign(m_session.actor, m_id, core::StepDecision(decision), m_opinion->toPlainText());
    if (!s) {
        showError(m_error, s.error());
        return;
    }
    accept();
}

} // namespace youfu::ui
