#pragma once

#include "common/result.h"
#include "visit/campaign.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace youfu::core {

// The amount a person receives and the category it comes from.
struct CampaignAmount
{
    QString categoryCode; // empty: none of the person's categories has an amount
    qint64 amountFen = 0;
};

// Pure rules of festival campaigns. No database.
class CampaignRules
{
public:
    static QString festivalKey(Festival f); // "bayi" / "spring", as stored
    static Result<Festival> festivalFromKey(const QString& key);
    static QString festivalTitle(Festival f); // 八一 / 春节
    static QString deliveryKey(Delivery d);   // "open" / "delivered" / "not_delivered"
    static Result<Delivery> deliveryFromKey(const QString& key);
    static QString deliveryTitle(Delivery d);
    static QString defaultTitle(Festival f, int year); // 2026年八一慰问

    // Everything wrong with a draft, in the clerk's words (empty when it may be made).
    static QStringList checkDraft(const CampaignDraft& draft);

    // The rule of the amount: a person holding several of the campaign's categories receives
    // ONE gift, the highest amount among them (not the sum); on a tie, the category listed first
    // in `campaignCategories`. `amounts` maps category code → amount in fen.
    static CampaignAmount amountFor(const QStringList& held, const QStringList& campaignCategories,
                                    const QHash<QString, qint64>& amounts);

    // The categories of the campaign that have no amount in the table (a list cannot be made
    // while any is missing: every amount needs its basis).
    static QStringList missingAmounts(const QStringList& campaignCategories,
                                      const QHash<QString, qint64>& amounts);

    // Recording a delivery: a reason is required when not delivered, a date when delivered.
    static Status checkDelivery(Delivery d, const QDate& on, const QString& note);

    // The lines of each page of a roster of `count` lines, `perPage` to a page: the first
    // index and the count per page (at least one page, even when empty).
    static QList<QPair<int, int>> pages(int count, int perPage);
    static qint64 total(const QList<CampaignLine>& lines);
    // Per township, in the order of the lines.
    static QList<TownshipTotal> townshipTotals(const QList<CampaignLine>& lines);
    // 1234567 fen → "12,345.67"
    static QString yuan(qint64 fen);
};

} // namespace youfu::core
