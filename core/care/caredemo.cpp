#include "care/caredemo.h"

#include "care/medicalstore.h"
#include "care/recuperationstore.h"
#include "common/clock.h"
#include "db/database.h"

#include <QTimeZone>

#include <memory>

namespace youfu::core {

namespace {

// Puts the database's clock on a day of the demo's past and back when done.
class CareDemoTime
{
public:
    explicit CareDemoTime(Database& db) : m_db(db), m_saved(db.sharedClock()) {}
    ~CareDemoTime() { m_db.setClock(m_saved); }
    void at(const QDate& day, int hour = 10)
    {
        m_db.setClock(std::make_shared<FixedClock>(
            QDateTime(day, QTime(hour, 0), QTimeZone::systemTimeZone()).toUTC()));
    }

private:
    Database& m_db;
    std::shared_ptr<Clock> m_saved;
};

const char* const kHealth[] = {"高血压，需按时服药", "腰腿旧伤，行动稍慢", "糖尿病，饮食需注意",
                               "身体状况良好",       "慢性支气管炎",       "听力下降，需专人陪护",
                               "冠心病，随身带药",   "身体状况良好"};
const char* const kHospitals[] = {"武冈市人民医院",    "武冈市中医医院",   "武冈市人民医院",
                                  "邵阳市中心医院",    "武冈市妇幼保健院", "邵阳市第一人民医院",
                                  "武冈市第二人民医院"};

quint64 step(quint64& state)
{
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return state >> 33;
}

} // namespace

Result<CareDemoCounts> CareDemo::seed(Database& db, const Actor& clerk, const QDate& today,
                                      quint64 seed)
{
    CareDemoCounts counts;
    CareDemoTime time(db);
    RecuperationStore recup(db);
    MedicalStore medical(db);
    quint64 rnd = seed * 7919 + 17;

    // Last spring's batch, done.
    const int springYear = today.month() >= 5 ? today.year() : today.year() - 1;
    const QDate springStart(springYear, 4, 14);
    time.at(springStart.addDays(-30));
    BatchDraft spring;
    spring.title = QStringLiteral("%1年春季重点优抚对象短期疗养").arg(springYear);
    spring.place = QStringLiteral("南岳衡山优抚疗养中心");
    spring.startsOn = springStart;
    spring.endsOn = springStart.addDays(6);
    spring.escort = clerk.displayName.isEmpty() ? clerk.login : clerk.displayName;
    spring.note = QStringLiteral("每人体检一次，往返包车");
    auto springId = recup.addBatch(clerk, spring);
    if (!springId)
        return springId.status();
    ++counts.batches;
    CandidateFilter all;
    all.limit = 60;
    auto pool = recup.candidates(springId.value(), all);
    if (!pool)
        return pool.status();
    QList<ParticipantDraft> springPeople;
    for (int i = 0; i < pool->size() && springPeople.size() < 8; ++i)
        springPeople << ParticipantDraft{
            pool->at(i).personId, QString::fromUtf8(kHealth[springPeople.size() % 8]), {}};
    if (!springPeople.isEmpty()) {
        if (Status s = recup.addParticipants(clerk, springId.value(), springPeople); !s)
            return s;
        counts.participants += int(springPeople.size());
        time.at(spring.endsOn.addDays(3));
        QList<AttendanceEntry> came;
        for (int i = 0; i < springPeople.size(); ++i)
            came << AttendanceEntry{springPeople.at(i).personId, i != 3,
                                    qint64(180000 + qint64(step(rnd) % 80) * 1000)};
        if (Status s = recup.recordAttendance(clerk, springId.value(), came); !s)
            return s;
    }

    // Next month's batch, planned with its persons.
    // Starting in 12 days: the home page shows it as the batch starting soon.
    const QDate nextStart = today.addDays(12);
    time.at(today.addDays(-5));
    BatchDraft autumn;
    autumn.title =
        QStringLiteral("%1年%2月重点优抚对象短期疗养").arg(nextStart.year()).arg(nextStart.month());
    autumn.place = QStringLiteral("张家界武陵源疗养院");
    autumn.startsOn = nextStart;
    autumn.endsOn = nextStart.addDays(6);
    autumn.escort = spring.escort;
    auto nextId = recup.addBatch(clerk, autumn);
    if (!nextId)
        return nextId.status();
    ++counts.batches;
    auto nextPool = recup.candidates(nextId.value(), all);
    if (!nextPool)
        return nextPool.status();
    QList<ParticipantDraft> nextPeople;
    bool againTaken = false;
    for (const RecuperationCandidate& c : nextPool.value()) {
        if (nextPeople.size() >= 6)
            break;
        if (c.interval.within) {
            if (againTaken)
                continue;
            againTaken = true;
            nextPeople << ParticipantDraft{c.personId, c.lastHealth,
                                           QStringLiteral("旧伤复发，医院建议继续疗养")};
            continue;
        }
        nextPeople << ParticipantDraft{
            c.personId, QString::fromUtf8(kHealth[(nextPeople.size() + 3) % 8]), {}};
    }
    if (!nextPeople.isEmpty()) {
        if (Status s = recup.addParticipants(clerk, nextId.value(), nextPeople); !s)
            return s;
        counts.participants += int(nextPeople.size());
    }

    // Medical settlements over this year.
    const QDate yearStart(today.year(), 1, 1);
    const int days = qMax(1, int(yearStart.daysTo(today)));
    const int persons = int(qMin<qsizetype>(30, nextPool->size()));
    for (int i = 0; i < persons; ++i) {
        const qint64 personId = nextPool->at(nextPool->size() - 1 - i).personId;
        const bool big = i == 4;
        const int bills = big ? 2 : 1 + int(step(rnd) % 2);
        for (int b = 0; b < bills; ++b) {
            const QDate settled = yearStart.addDays(qint64(step(rnd) % quint64(days)));
            MedicalDraft d;
            d.personId = personId;
            d.hospital = QString::fromUtf8(kHospitals[step(rnd) % 7]);
            d.dischargedOn = settled;
            d.admittedOn = settled.addDays(-qint64(3 + step(rnd) % 12));
            d.settledOn = settled;
            d.totalFen = qint64(200000 + step(rnd) % 1800000);
            if (big && b == 1)
                d.totalFen = 2600000;
            d.insuranceFen = d.totalFen * 60 / 100;
            d.subsidyFen = big ? d.totalFen * 35 / 100 : d.totalFen * 25 / 100;
            d.selfFen = d.totalFen - d.insuranceFen - d.subsidyFen;
            auto cap = medical.capFor(personId, settled.year(), d.subsidyFen);
            if (!cap)
                return cap.status();
            if (cap->exceeds) {
                d.capOverride = QStringLiteral("重大疾病住院，经局务会研究同意超限额补助");
                ++counts.overCap;
            }
            time.at(settled, 15);
            auto id = medical.add(clerk, d);
            if (!id)
                return id.status();
            ++counts.settlements;
            if (i == 7 && b == 0) {
                time.at(settled.addDays(2), 9);
                if (Status s = medical.voidSettlement(clerk, id.value(),
                                                      QStringLiteral("医院重开结算单，作废重录"));
                    !s)
                    return s;
            }
        }
    }
    return counts;
}

} // namespace youfu::core
