#include "visit/festivaldemo.h"

#include "approval/approvalrules.h"
#include "db/database.h"
#include "visit/campaignstore.h"

namespace youfu::core {

Result<FestivalDemoCounts> FestivalDemo::generate(Database& db, const Actor& clerk,
                                                  const Actor& chief, const Actor& inspector,
                                                  const Actor& director)
{
    FestivalDemoCounts counts;
    CampaignStore store(db);
    // Illustrative yuan per category (八一; 春节 the same).
    const QList<QPair<QString, qint64>> table = {{QStringLiteral("disabled_serviceman"), 800},
                                                 {QStringLiteral("martyr_survivor"), 1000},
                                                 {QStringLiteral("duty_death_survivor"), 800},
                                                 {QStringLiteral("illness_death_survivor"), 800},
                                                 {QStringLiteral("war_veteran"), 500},
                                                 {QStringLiteral("nuclear_test_veteran"), 500},
                                                 {QStringLiteral("sick_returned_veteran"), 500},
                                                 {QStringLiteral("rural_veteran_60"), 300},
                                                 {QStringLiteral("serving_family"), 300}};
    auto existing = store.amounts();
    if (!existing)
        return existing.status();
    if (existing->isEmpty()) {
        for (Festival f : {Festival::Bayi, Festival::Spring})
            for (const auto& [code, yuan] : table) {
                FestivalAmount a;
                a.festival = f;
                a.categoryCode = code;
                a.amountFen = yuan * 100;
                a.effectiveFrom = QDate(2020, 1, 1);
                a.basisNumber = QStringLiteral("演示〔示意〕");
                a.basisTitle = QStringLiteral("演示用节日慰问金标准（示意金额，非正式文件）");
                if (auto r = store.addAmount(chief, a); !r)
                    return r.status();
                ++counts.amounts;
            }
    }
    QStringList codes;
    for (const auto& entry : table)
        codes << entry.first;
    const int year = db.clock().today().year() - 1;
    for (Festival f : {Festival::Bayi, Festival::Spring}) {
        CampaignDraft d;
        d.festival = f;
        d.year = year;
        d.categoryCodes = codes;
        auto id = store.draft(clerk, d);
        if (!id)
            return id.status();
        if (Status s = store.submit(clerk, id.value()); !s)
            return s;
        for (const Actor* signer : {&chief, &inspector, &director})
            if (Status s = store.sign(*signer, id.value(), StepDecision::Approve, QString()); !s)
                return s;
        ++counts.campaigns;
        auto lines = store.lines(id.value());
        if (!lines)
            return lines.status();
        counts.lines += int(lines->size());
        const QDate on = f == Festival::Bayi ? QDate(year, 7, 28) : QDate(year, 1, 20);
        for (int i = 0; i < lines->size() && i < 400; ++i) {
            const bool missed = i % 17 == 16;
            const Status s =
                missed ? store.recordDelivery(clerk, lines->at(i).id, Delivery::NotDelivered,
                                              QDate(), QStringLiteral("外出务工，联系不上"))
                       : store.recordDelivery(clerk, lines->at(i).id, Delivery::Delivered, on,
                                              QString());
            if (!s)
                return s;
            ++(missed ? counts.notDelivered : counts.delivered);
        }
    }
    return counts;
}

} // namespace youfu::core
