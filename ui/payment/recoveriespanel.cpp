#include "payment/recoveriespanel.h"

#include "common/isotime.h"
#include "dialogs/dialogparts.h"
#include "models/recordtablemodel.h"
#include "payment/decisiondialog.h"
#include "payment/paymentliststore.h"
#include "payment/paymentrules.h"
#include "payment/paymentstore.h"
#include "policy/policyrules.h"
#include "security/permission.h"
#include "widgets/listtable.h"
#include "widgets/tablecolumns.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
using core::Permission;
using core::RecoveryState;
} // namespace

RecoveriesPanel::RecoveriesPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("recoveriesPanel"));
    const core::Roles roles = session.actor.roles;
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("recoveryStateFilter"));
    m_state->addItem(tr("Open (to confirm or recover)"), -2);
    m_state->addItem(tr("Any state"), -1);
    for (RecoveryState s : {RecoveryState::Proposed, RecoveryState::Approved,
                            RecoveryState::Recovered, RecoveryState::WrittenOff})
        m_state->addItem(core::PaymentRules::recoveryStateTitle(s), int(s));
    auto* stateLabel = new QLabel(tr("Stat&e:"), this);
    stateLabel->setBuddy(m_state);
    m_approve = new QPushButton(tr("&Confirm owed…"), this);
    m_approve->setObjectName(QStringLiteral("approveRecovery"));
    m_approve->setVisible(core::isAllowed(roles, Permission::ReviewApplication));
    m_settle = new QPushButton(tr("Record &recovered…"), this);
    m_settle->setObjectName(QStringLiteral("settleRecovery"));
    m_settle->setVisible(core::isAllowed(roles, Permission::ManagePayments));
    m_writeOff = new QPushButton(tr("&Write off…"), this);
    m_writeOff->setObjectName(QStringLiteral("writeOffRecovery"));
    m_writeOff->setVisible(core::isAllowed(roles, Permission::ApproveApplication));
    top->addWidget(stateLabel);
    top->addWidget(m_state);
    top->addStretch(1);
    top->addWidget(m_approve);
    top->addWidget(m_settle);
    top->addWidget(m_writeOff);
    layout->addLayout(top);
    m_model =
        new RecordTableModel({tr("Name"), tr("Township"), tr("Months"), tr("Amount (yuan)"),
                              tr("Why"), tr("State"), tr("Recorded"), tr("Decided"), tr("Settled")},
                             this);
    m_view = makeListTable(m_model, "recoveryView", this);
    fitColumns(m_view, 4);
    layout->addWidget(m_view, 1);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    connect(m_state, &QComboBox::currentIndexChanged, this, &RecoveriesPanel::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecoveriesPanel::updateButtons);
    connect(m_approve, &QPushButton::clicked, this, &RecoveriesPanel::approveChosen);
    connect(m_settle, &QPushButton::clicked, this, &RecoveriesPanel::settleChosen);
    connect(m_writeOff, &QPushButton::clicked, this, &RecoveriesPanel::writeOffChosen);
}

void RecoveriesPanel::reload()
{
    m_error->hide();
    const int state = m_state->currentData().toInt();
    auto read = core::PaymentListStore(*m_session.db).recoveries(0, state == -2);
    if (!read)
        showError(m_error, read.error());
    m_recoveries.clear();
    QList<RecordTableModel::Row> rows;
    for (const core::Recovery& r : read ? read.value() : QList<core::Recovery>()) {
        if (state >= 0 && int(r.state) != state)
            continue;
        m_recoveries << r;
        QStringList months;
        for (const QDate& m : r.months)
            months << core::PaymentRules::monthKey(m);
        const bool open = r.state == RecoveryState::Proposed || r.state == RecoveryState::Approved;
        rows << RecordTableModel::Row{
            r.id,
            {r.personName, r.townshipName, months.join(QStringLiteral("、")),
             core::PolicyRules::yuan(r.amountFen), r.reason,
             core::PaymentRules::recoveryStateTitle(r.state),
             QStringLiteral("%1 %2").arg(core::toIsoDate(r.recordedAt.date()), r.recordedByName),
             r.decidedAt.isValid()
                 ? QStringLiteral("%1 %2").arg(core::toIsoDate(r.decidedAt.date()), r.decidedByName)
                 : QString(),
             r.settledOn.isValid()
                 ? QStringLiteral("%1 %2").arg(core::toIsoDate(r.settledOn), r.settledNote)
                 : QString()},
            open ? QColor(0x8a, 0x5a, 0x00) : QColor(),
            r.personId};
    }
    m_model->setRows(rows);
    if (!rows.isEmpty())
        m_view->selectRow(0);
    updateButtons();
}

core::Recovery RecoveriesPanel::chosen() const
{
    const int row = m_view->currentIndex().row();
    return row >= 0 && row < m_recoveries.size() ? m_recoveries.at(row) : core::Recovery();
}

void RecoveriesPanel::updateButtons()
{
    const core::Recovery r = chosen();
    m_approve->setEnabled(r.id > 0 && r.state == RecoveryState::Proposed);
    m_settle->setEnabled(r.id > 0 && r.state == RecoveryState::Approved);
    m_writeOff->setEnabled(
        r.id > 0 && (r.state == RecoveryState::Proposed || r.state == RecoveryState::Approved));
}

void RecoveriesPanel::after(const QString& message)
{
    reload();
    Q_EMIT statusMessage(message);
}

bool RecoveriesPanel::approveChosen()
{
    const core::Recovery r = chosen();
    if (r.id <= 0)
        return false;
    DecisionDialog dlg(
        tr("Confirm the recovery"),
        tr("%1: %2 yuan. %3").arg(r.personName, core::PolicyRules::yuan(r.amountFen), r.reason),
        this);
    Session& s = m_session;
    dlg.setAct([&s, id = r.id](const DecisionDialog::Values&) {
        return core::PaymentStore(*s.db).approveRecovery(s.actor, id);
    });
    if (dlg.exec() != QDialog::Accepted)
        return false;
    after(tr("The recovery from %1 is confirmed.").arg(r.personName));
    return true;
}

bool RecoveriesPanel::settleChosen()
{
    const core::Recovery r = chosen();
    if (r.id <= 0)
        return false;
    DecisionDialog dlg(tr("Record the money recovered"),
                       tr("%1: %2 yuan.").arg(r.personName, core::PolicyRules::yuan(r.amountFen)),
                       this);
    dlg.setDate(tr("Recovered &on:"), m_session.db->clock().today());
    dlg.setText(tr("&Note:"), false);
    Session& s = m_session;
    dlg.setAct([&s, id = r.id](const DecisionDialog::Values& v) {
        return core::PaymentStore(*s.db).settleRecovery(s.actor, id, v.date, v.text);
    });
    if (dlg.exec() != QDialog::Accepted)
        return false;
    after(tr("The recovery from %1 is recorded as recovered.").arg(r.personName));
    return true;
}

bool RecoveriesPanel::writeOffChosen()
{
    const core::Recovery r = chosen();
    if (r.id <= 0)
        return false;
    DecisionDialog dlg(tr("Write off the recovery"),
                       tr("%1: %2 yuan.").arg(r.personName, core::PolicyRules::yuan(r.amountFen)),
                       this);
    dlg.setText(tr("&Reason:"), true);
    Session& s = m_session;
    dlg.setAct([&s, id = r.id](const DecisionDialog::Values& v) {
        return core::PaymentStore(*s.db).writeOffRecovery(s.actor, id, v.text);
    });
    if (dlg.exec() != QDialog::Accepted)
        return false;
    after(tr("The recovery from %1 is written off.").arg(r.personName));
    return true;
}

} // namespace youfu::ui
