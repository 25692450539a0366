#pragma once

#include "common/result.h"
#include "security/actor.h"
#include "visit/campaign.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace youfu::core {

class Database;
class WriteScope;

// Festival campaigns (八一 / 春节慰问, tables of migration 0010): the amount table, the
// campaigns, their lines and signatures. The only SQL on them. Every write through
// AuditedWrite with one audit entry (entity "campaign"):
//   campaign.amount_add (Permission::EditPolicyBook: the section chief keeps the table),
//   campaign.draft, campaign.remake, campaign.submit, campaign.resubmit, campaign.delivery
//   (Permission::ManageCampaigns), campaign.approve / campaign.return / campaign.reject (the
//   permission of the step: review, countersign, approve).
// The duty chain is ApprovalRules::defaultChain(), its duties ApprovalRules::checkSigner. The
// list is made from the registry when drafted (and remade while draft or returned); it is
// frozen from submission, and for good once the director approves: the database refuses any
// change to its lines but their delivery.
class CampaignStore
{
public:
    explicit CampaignStore(Database& db) : m_db(db) {}

    // The amount table, every line (history oldest first).
    Result<QList<FestivalAmount>> amounts() const;
    // Category code → amount in force at `festival` on `on`.
    Result<QHash<QString, qint64>> amountsInForce(Festival festival, const QDate& on) const;
    Result<qint64> addAmount(const Actor& actor, const FestivalAmount& amount);

    // Makes the campaign and its list: every active person holding one of the categories (a
    // category in force on the day), living in one of the townships; amount by
    // CampaignRules::amountFor from the amounts in force on the day the list is made.
    Result<qint64> draft(const Actor& actor, const CampaignDraft& draft);
    // Remakes the list (new choice, or the registry changed) while draft or returned.
    Status remake(const Actor& actor, qint64 id, const CampaignDraft& draft);
    Status submit(const Actor& actor, qint64 id);
    Status sign(const Actor& actor, qint64 id, StepDecision decision, const QString& opinion);
    // Delivered (with the day) or not delivered (with the reason), on an approved list.
    Status recordDelivery(const Actor& actor, qint64 lineId, Delivery delivery, const QDate& on,
                          const QString& note);

    Result<Campaign> byId(qint64 id) const;
    Result<QList<Campaign>> all() const; // newest first
    // The list by township (township order), then pinyin; one township when `townshipCode`.
    Result<QList<CampaignLine>> lines(qint64 campaignId,
                                      const QString& townshipCode = QString()) const;
    Result<CampaignLine> line(qint64 lineId) const;

private:
    Result<int> fillLines(WriteScope& w, qint64 id, const CampaignDraft& draft);
    Status signIn(WriteScope& w, qint64 id, StepDecision decision, const QString& opinion);
    static QJsonObject auditJson(const Campaign& c);
    Database& m_db;
};

} // namespace youfu::core
