#include "township/zeroreportdemo.h"

#include "db/database.h"
#include "township/zeroreportrules.h"
#include "township/zeroreportstore.h"

#include <QTimeZone>

#include <random>

namespace youfu::core {

namespace {
const char* const kItems[] = {
    "一名参战退役人员反映优抚金到账时间晚，已电话解释",
    "一名烈士遗属住院，村里已上门看望",
    "两名退役士兵咨询就业创业扶持政策，已答复",
    "一名伤残军人反映住房漏雨，已报乡镇民政办",
    "一名“三属”家属去世，已告知家属办理抚恤金停发手续",
    "一名老复员军人生活困难，建议临时救助",
    "部分参战退役人员询问生活补助调标，已解释政策",
    "一名带病回乡退役军人就医费用较高，已告知医疗一站式结算",
};
const char* const kReporters[] = {"刘德明", "王建华", "陈小平", "李秀英", "张国强",
                                  "周玉兰", "赵志刚", "黄丽娟", "吴海军"};

class DemoClock
{
public:
    explicit DemoClock(Database& db) : m_db(db), m_saved(db.sharedClock()) {}
    ~DemoClock() { m_db.setClock(m_saved); }
    void at(const QDateTime& local)
    {
        m_db.setClock(std::make_shared<FixedClock>(
            QDateTime(local.date(), local.time(), QTimeZone::systemTimeZone()).toUTC()));
    }

private:
    Database& m_db;
    std::shared_ptr<Clock> m_saved;
};
} // namespace

Result<ZeroDemoCounts> ZeroReportDemo::generate(Database& db, const Actor& clerk, quint32 seed)
{
    ZeroReportStore store(db);
    auto townships = store.activeTownships();
    if (!townships)
        return townships.status();
    auto persons = store.personsByTownship(20);
    if (!persons)
        return persons.status();
    const QDateTime now = store.now();
    const QDate today = now.date();
    const QDate first = today.addYears(-1);
    // The National Day holiday (1–5 October) within the year shown.
    QDate holiday(today.year(), 10, 1);
    if (holiday >= today.addDays(-2))
        holiday = holiday.addYears(-1);
    std::mt19937 rng(seed);
    auto chance = [&rng](int percent) { return int(rng() % 100) < percent; };
    ZeroDemoCounts counts;
    DemoClock clock(db);
    const int n = int(townships->size());
    for (int i = 0; i < n; ++i) {
        const Township& t = townships->at(i);
        QHash<QDate, QList<ZeroLink>> links;
        auto candidates = store.linkCandidates(t.code);
        if (!candidates)
            return candidates.status();
        for (const ZeroLink& l : candidates.value())
            links[l.on] << l;
        const bool forgetful = i == 4 % n; // forgot over the holiday
        const bool oftenLate = i == 7 % n;
        const QList<qint64> people = persons->value(t.code);
        for (QDate day = first; day < today; day = day.addDays(1)) {
            const bool yesterday = day == today.addDays(-1);
            if (yesterday && i % 2 == 1)
                continue; // not yet in this morning
            if ((forgetful && day >= holiday && day < holiday.addDays(5)) ||
                (!yesterday && chance(1))) {
                ++counts.missing;
                continue;
            }
            ZeroReport r;
            r.townshipCode = t.code;
            r.day = day;
            r.reporter = QString::fromUtf8(kReporters[(i + int(rng() % 3)) % 9]);
            r.channel = chance(70) ? ZeroChannel::Phone : ZeroChannel::Message;
            // The next morning as a rule; now and then the same evening; late ones days on.
            QDateTime at =
                chance(15) ? QDateTime(day, QTime(17 + int(rng() % 4), int(rng() % 60)))
                           : QDateTime(day.addDays(1), QTime(8 + int(rng() % 3), int(rng() % 60)));
            if (!yesterday && (oftenLate ? chance(35) : chance(3)))
                at = QDateTime(day.addDays(2 + int(rng() % 3)), QTime(9, int(rng() % 60)));
            if (yesterday)
                at = QDateTime(today, QTime(8, int(rng() % 30)));
            if (at > now)
                continue;
            // Items: about one day in 25; a linked case or warning of the township that day.
            const QList<ZeroLink> linked = links.value(day);
            if (!linked.isEmpty() || (!people.isEmpty() && chance(4))) {
                r.nothing = false;
                ZeroReportItem it;
                it.summary = QString::fromUtf8(kItems[rng() % (sizeof kItems / sizeof *kItems)]);
                if (!people.isEmpty())
                    it.personIds << people.at(int(rng() % people.size()));
                if (!linked.isEmpty()) {
                    it.outcome = linked.first().kind;
                    (it.outcome == ZeroOutcome::Case ? it.caseId : it.warningId) =
                        linked.first().id;
                    it.summary += it.outcome == ZeroOutcome::Case
                                      ? QString::fromUtf8("（已登记为信访件）")
                                      : QString::fromUtf8("（已登记为预警）");
                }
                r.items << it;
                ++counts.withItems;
            }
            r.receivedAt = at;
            clock.at(at);
            auto id = store.record(clerk, r);
            if (!id)
                return id.status();
            ++counts.reports;
            if (ZeroReportRules::isLate(day, at, ZeroReportRules::kDefaultDeadlineHours))
                ++counts.late;
        }
    }
    return counts;
}

} // namespace youfu::core
