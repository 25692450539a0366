#include "visit/festivaldemo.h"

#include "approval/approvalrules.h"
#include "db/database.h"
#include "visit/campaignstore.h"
#include "visit/receptionstore.h"
#include "visit/symposiumstore.h"

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
    // This month's reception roster: every Wednesday, the director; one day taken by the chief.
    const QDate today = db.clock().today();
    ReceptionDay leader;
    leader.leaderUserId = director.userId;
    leader.leaderName = director.displayName.isEmpty() ? director.login : director.displayName;
    leader.place = QStringLiteral("局信访接待室");
    auto days = ReceptionStore(db).generateMonth(clerk, today.year(), today.month(), 3, leader);
    if (!days)
        return days.status();
    counts.receptionDays = days.value();
    const QDate second =
        today.addDays(1 - today.day())
            .addDays((3 - QDate(today.year(), today.month(), 1).dayOfWeek() + 7) % 7 + 7);
    if (Status s = ReceptionStore(db).substitute(clerk, second, chief.userId,
                                                 chief.displayName.isEmpty() ? chief.login
                                                                             : chief.displayName,
                                                 QStringLiteral("局长外出开会"));
        !s)
        return s;
    // Two symposiums of last year.
    for (SymposiumKind kind : {SymposiumKind::Spring, SymposiumKind::Bayi}) {
        Symposium sy;
        const bool bayi = kind == SymposiumKind::Bayi;
        sy.heldOn = bayi ? QDate(year, 7, 30) : QDate(year, 1, 22);
        sy.kind = kind;
        sy.place = QStringLiteral("局三楼会议室");
        sy.title = QStringLiteral("%1年%2退役军人和优抚对象代表座谈会")
                       .arg(year)
                       .arg(bayi ? QStringLiteral("八一") : QStringLiteral("春节"));
        sy.chair = leader.leaderName;
        sy.recorder = clerk.displayName.isEmpty() ? clerk.login : clerk.displayName;
        sy.attendees = {{0, director.userId, leader.leaderName, QStringLiteral("局长")},
                        {0, clerk.userId, sy.recorder, QStringLiteral("优抚科经办人")},
                        {0, 0, QStringLiteral("参战退役人员代表"), QStringLiteral("参战退役人员")},
                        {0, 0, QStringLiteral("伤残军人代表"), QStringLiteral("残疾军人")}};
        sy.issues = {{QStringLiteral("参战退役人员代表"),
                      QStringLiteral("希望及时足额发放生活补助。"),
                      QStringLiteral("已按季度足额发放，如有延误请及时反映。"), FollowUpKind::None,
                      QString()},
                     {QStringLiteral("伤残军人代表"), QStringLiteral("就医报销手续较繁琐。"),
                      QStringLiteral("将协调医保部门简化手续。"), FollowUpKind::ChiefNote,
                      QStringLiteral("请科长协调医保局。")}};
        if (auto r = SymposiumStore(db).save(clerk, sy); !r)
            return r.status();
        ++counts.symposiums;
    }
    return counts;
}

} // namespace youfu::core
