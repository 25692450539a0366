#include "visit/campaignpanel.h"

#include "approval/approvalrules.h"
#include "dialogs/dialogparts.h"
#include "dialogs/exportdialog.h"
#include "security/permission.h"
#include "settings/settingsstore.h"
#include "visit/campaigndraftdialog.h"
#include "visit/campaignrules.h"
#include "visit/campaignstore.h"
#include "visit/festivalamountdialog.h"
#include "visit/visitpapers.h"
#include "widgets/printpreview.h"
#include "widgets/tablecolumns.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
QTableWidget* makeTable(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    return t;
}

QTableWidgetItem* cell(const QString& text, qint64 id = 0, bool right = false)
{
    auto* item = new QTableWidgetItem(text);
    if (id)
        item->setData(Qt::UserRole, id);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QPushButton* button(const QString& text, const QString& name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}
} // namespace

CampaignPanel::CampaignPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("campaignPanel"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_new = button(tr("&New campaign…"), QStringLiteral("newCampaign"), this);
    m_remake = button(tr("Re&make list"), QStringLiteral("remakeList"), this);
    m_submit = button(tr("&Submit for approval"), QStringLiteral("submitCampaign"), this);
    m_print = button(tr("&Print signature roster…"), QStringLiteral("printRoster"), this);
    m_export = button(tr("E&xport…"), QStringLiteral("exportCampaign"), this);
    auto* amounts = button(tr("&Gift amounts…"), QStringLiteral("festivalAmounts"), this);
    connect(amounts, &QPushButton::clicked, this, [this] {
        FestivalAmountDialog dlg(m_session, this);
        dlg.exec();
    });
    for (QPushButton* b : {m_new, m_remake, m_submit, m_print, m_export, amounts})
        top->addWidget(b);
    top->addStretch();
    layout->addLayout(top);

    m_campaigns = makeTable(QStringLiteral("campaigns"),
                            {tr("Campaign"), tr("State"), tr("Persons"), tr("Total (yuan)"),
                             tr("Delivered"), tr("Not delivered")},
                            this);
    m_lines = makeTable(QStringLiteral("campaignLines"),
                        {tr("Township"), tr("Name"), tr("Citizen ID number"), tr("Categories"),
                         tr("Amount (yuan)"), tr("Delivery"), tr("Note")},
                        this);
    fitColumns(m_campaigns, 0);
    fitColumns(m_lines, 3);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_campaigns);
    auto* bottom = new QWidget(split);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(bottom);
    m_summary->setObjectName(QStringLiteral("campaignSummary"));
    m_summary->setWordWrap(true);
    bottomLayout->addWidget(m_summary);
    bottomLayout->addWidget(m_lines);
    split->addWidget(bottom);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    auto* actions = new QHBoxLayout;
    auto* opinionLabel = new QLabel(tr("Opinion / &reason:"), this);
    m_opinion = new QLineEdit(this);
    m_opinion->setObjectName(QStringLiteral("opinion"));
    opinionLabel->setBuddy(m_opinion);
    m_approve = button(tr("&Agree"), QStringLiteral("approveCampaign"), this);
    m_return = button(tr("R&eturn"), QStringLiteral("returnCampaign"), this);
    m_reject = button(tr("Re&ject"), QStringLiteral("rejectCampaign"), this);
    m_delivered = button(tr("&Delivered"), QStringLiteral("markDelivered"), this);
    m_notDelivered = button(tr("N&ot delivered"), QStringLiteral("markNotDelivered"), this);
    actions->addWidget(opinionLabel);
    actions->addWidget(m_opinion, 1);
    for (QPushButton* b : {m_approve, m_return, m_reject, m_delivered, m_notDelivered})
        actions->addWidget(b);
    layout->addLayout(actions);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    connect(m_new, &QPushButton::clicked, this, &CampaignPanel::newCampaign);
    connect(m_remake, &QPushButton::clicked, this, &CampaignPanel::remake);
    connect(m_submit, &QPushButton::clicked, this, &CampaignPanel::submit);
    connect(m_approve, &QPushButton::clicked, this, [this] { sign(core::StepDecision::Approve); });
    connect(m_return, &QPushButton::clicked, this, [this] { sign(core::StepDecision::Return); });
    connect(m_reject, &QPushButton::clicked, this, [this] { sign(core::StepDecision::Reject); });
    connect(m_delivered, &QPushButton::clicked, this,
            [this] { recordDelivery(core::Delivery::Delivered); });
    connect(m_notDelivered, &QPushButton::clicked, this,
            [this] { recordDelivery(core::Delivery::NotDelivered); });
    connect(m_print, &QPushButton::clicked, this, &CampaignPanel::printRoster);
    connect(m_export, &QPushButton::clicked, this, &CampaignPanel::exportList);
    connect(m_campaigns, &QTableWidget::itemSelectionChanged, this, &CampaignPanel::showLines);
    connect(m_lines, &QTableWidget::itemSelectionChanged, this, &CampaignPanel::updateButtons);
    refresh();
}

void CampaignPanel::refresh()
{
    const qint64 keep = currentCampaignId();
    m_list.clear();
    m_campaigns->setRowCount(0);
    if (!m_session.db)
        return;
    auto all = core::CampaignStore(*m_session.db).all();
    if (!all) {
        showError(m_error, all.error());
        return;
    }
    m_list = all.value();
    {
        const QSignalBlocker block(m_campaigns);
        m_campaigns->setRowCount(int(m_list.size()));
        for (int r = 0; r < m_list.size(); ++r) {
            const core::Campaign& c = m_list.at(r);
            m_campaigns->setItem(r, 0, cell(c.title, c.id));
            m_campaigns->setItem(r, 1, cell(core::ApprovalRules::stateTitle(c.state)));
            m_campaigns->setItem(r, 2, cell(QString::number(c.persons), 0, true));
            m_campaigns->setItem(r, 3, cell(core::CampaignRules::yuan(c.totalFen), 0, true));
            m_campaigns->setItem(r, 4, cell(QString::number(c.delivered), 0, true));
            m_campaigns->setItem(r, 5, cell(QString::number(c.notDelivered), 0, true));
        }
    }
    if (!selectCampaign(keep) && !m_list.isEmpty())
        m_campaigns->selectRow(0);
    showLines();
}

bool CampaignPanel::selectCampaign(qint64 id)
{
    for (int r = 0; r < m_campaigns->rowCount(); ++r)
        if (m_campaigns->item(r, 0)->data(Qt::UserRole).toLongLong() == id && id != 0) {
            m_campaigns->selectRow(r);
            return true;
        }
    return false;
}

qint64 CampaignPanel::currentCampaignId() const
{
    const int r = m_campaigns->currentRow();
    if (r < 0 || !m_campaigns->item(r, 0) || m_campaigns->selectedItems().isEmpty())
        return 0;
    return m_campaigns->item(r, 0)->data(Qt::UserRole).toLongLong();
}

qint64 CampaignPanel::currentLineId() const
{
    const int r = m_lines->currentRow();
    if (r < 0 || !m_lines->item(r, 0) || m_lines->selectedItems().isEmpty())
        return 0;
    return m_lines->item(r, 0)->data(Qt::UserRole).toLongLong();
}

void CampaignPanel::showLines()
{
    const QSignalBlocker block(m_lines);
    m_lines->setRowCount(0);
    m_summary->clear();
    const qint64 id = currentCampaignId();
    if (id && m_session.db) {
        core::CampaignStore store(*m_session.db);
        auto c = store.byId(id);
        auto lines = store.lines(id);
        if (!c || !lines) {
            showError(m_error, !c ? c.error() : lines.error());
        } else {
            QString text = tr("%1: %2 persons, %3 yuan in all. %4")
                               .arg(c->title)
                               .arg(c->persons)
                               .arg(core::CampaignRules::yuan(c->totalFen),
                                    core::ApprovalRules::stateTitle(c->state));
            if (c->state == core::ApplicationState::Pending)
                text += QLatin1Char(' ') +
                        tr("Waiting for the %1.").arg(core::roleTitle(c->waitingRole()));
            if (c->frozen())
                text += QLatin1Char(' ') + tr("The list is frozen: approved by the director.");
            m_summary->setText(text);
            m_lines->setRowCount(int(lines->size()));
            for (int r = 0; r < lines->size(); ++r) {
                const core::CampaignLine& l = lines->at(r);
                m_lines->setItem(r, 0, cell(l.townshipName, l.id));
                m_lines->setItem(r, 1, cell(l.personName));
                m_lines->setItem(r, 2, cell(l.maskedCitizenId));
                m_lines->setItem(r, 3, cell(l.categoriesText));
                m_lines->setItem(r, 4, cell(core::CampaignRules::yuan(l.amountFen), 0, true));
                m_lines->setItem(r, 5, cell(core::CampaignRules::deliveryTitle(l.delivery)));
                m_lines->setItem(r, 6, cell(l.deliveryNote));
            }
        }
    }
    updateButtons();
}

void CampaignPanel::updateButtons()
{
    const core::Actor& a = m_session.actor;
    const qint64 id = currentCampaignId();
    const core::Campaign* c = nullptr;
    for (const core::Campaign& x : m_list)
        if (x.id == id)
            c = &x;
    const bool manage = core::isAllowed(a.roles, core::Permission::ManageCampaigns);
    const bool editable = c && (c->state == core::ApplicationState::Draft ||
                                c->state == core::ApplicationState::Returned);
    const bool mySign = c && c->state == core::ApplicationState::Pending && a.has(c->waitingRole());
    m_new->setEnabled(manage);
    m_remake->setEnabled(manage && editable);
    m_submit->setEnabled(manage && editable);
    m_approve->setEnabled(mySign);
    m_return->setEnabled(mySign);
    m_reject->setEnabled(mySign);
    const bool deliver = manage && c && c->frozen() && currentLineId() != 0;
    m_delivered->setEnabled(deliver);
    m_notDelivered->setEnabled(deliver);
    m_print->setEnabled(c && c->persons > 0);
    m_export->setEnabled(c != nullptr);
}

bool CampaignPanel::report(const core::Status& status, const QString& done)
{
    if (!status) {
        showError(m_error, status.error());
        return false;
    }
    m_error->hide();
    m_opinion->clear();
    Q_EMIT statusMessage(done);
    refresh();
    return true;
}

void CampaignPanel::newCampaign()
{
    CampaignDraftDialog dlg(m_session, this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    refresh();
    selectCampaign(dlg.campaignId());
    Q_EMIT statusMessage(tr("The campaign list is made."));
}

void CampaignPanel::remake()
{
    const qint64 id = currentCampaignId();
    for (const core::Campaign& c : m_list)
        if (c.id == id) {
            core::CampaignDraft d;
            d.festival = c.festival;
            d.year = c.year;
            d.title = c.title;
            d.categoryCodes = c.categoryCodes;
            d.townshipCodes = c.townshipCodes;
            report(core::CampaignStore(*m_session.db).remake(m_session.actor, id, d),
                   tr("The list is made again from the registry."));
        }
}

void CampaignPanel::submit()
{
    report(core::CampaignStore(*m_session.db).submit(m_session.actor, currentCampaignId()),
           tr("The campaign is submitted for approval."));
}

void CampaignPanel::sign(core::StepDecision decision)
{
    report(core::CampaignStore(*m_session.db)
               .sign(m_session.actor, currentCampaignId(), decision, m_opinion->text()),
           tr("Signed: %1.").arg(core::ApprovalRules::decisionTitle(decision)));
}

void CampaignPanel::recordDelivery(core::Delivery delivery)
{
    const qint64 campaign = currentCampaignId();
    const int row = m_lines->currentRow();
    const QDate today = m_session.db->clock().today();
    if (report(core::CampaignStore(*m_session.db)
                   .recordDelivery(m_session.actor, currentLineId(), delivery, today,
                                   m_opinion->text()),
               tr("Delivery recorded."))) {
        selectCampaign(campaign);
        m_lines->selectRow(qMin(row + 1, m_lines->rowCount() - 1));
    }
}

core::PagePainter CampaignPanel::rosterPainter() const
{
    const qint64 id = currentCampaignId();
    QString title;
    for (const core::Campaign& c : m_list)
        if (c.id == id)
            title = c.title;
    auto lines = core::CampaignStore(*m_session.db).lines(id);
    const QString office = core::SettingsStore(*m_session.db).officeName();
    const auto rosters = core::VisitPapers::rostersByTownship(
        office, title, lines ? lines.value() : QList<core::CampaignLine>());
    return core::VisitPapers::signatureRosterPainter(rosters);
}

void CampaignPanel::printRoster()
{
    QString title;
    for (const core::Campaign& c : m_list)
        if (c.id == currentCampaignId())
            title = c.title;
    PrintPreview preview(rosterPainter(), title + QStringLiteral("慰问金发放签领表"),
                         title + QStringLiteral("慰问金发放签领表.pdf"), this);
    preview.exec();
}

void CampaignPanel::exportList()
{
    core::ListExportRequest req;
    req.list = core::ExportList::Campaign;
    req.campaignId = currentCampaignId();
    QString title;
    for (const core::Campaign& c : m_list)
        if (c.id == req.campaignId)
            title = c.title;
    req.subtitle = title;
    ExportDialog::exportList(this, m_session, req, title + QStringLiteral("名单"));
}

} // namespace youfu::ui
