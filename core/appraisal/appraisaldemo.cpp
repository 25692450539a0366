#include "appraisal/appraisaldemo.h"

#include "appraisal/schemerules.h"
#include "appraisal/schemestore.h"
#include "db/database.h"
#include "registry/areastore.h"
#include "registry/personstore.h"
#include "registry/registrysearchstore.h"
#include "visit/visitschedulestore.h"

#include <QTimeZone>

#include <algorithm>

namespace youfu::core {

namespace {
constexpr int kMoves = 5;

// Sets the database's clock for the writes of one day, and gives the real one back.
class DemoClock
{
public:
    explicit DemoClock(Database& db) : m_db(db), m_saved(db.sharedClock()) {}
    ~DemoClock() { restore(); }
    void at(const QDate& day)
    {
        m_db.setClock(std::make_shared<FixedClock>(
            QDateTime(day, QTime(10, 30), QTimeZone::systemTimeZone()).toUTC()));
    }
    void restore() { m_db.setClock(m_saved); }

private:
    Database& m_db;
    std::shared_ptr<Clock> m_saved;
};

AppraisalScheme demoScheme(int year, SchemeKind kind)
{
    AppraisalScheme s;
    s.year = year;
    s.kind = kind;
    const bool staff = kind == SchemeKind::Staff;
    s.title = staff ? QStringLiteral("%1年度优抚工作人员岗位目标考核方案").arg(year)
                    : QStringLiteral("%1年度优抚工作目标管理考核方案").arg(year);
    s.basis = staff ? QStringLiteral("武民发〔%1〕4号 关于开展机关工作人员岗位目标管理考核的通知"
                                     "（示例）")
                          .arg(year)
                    : QStringLiteral("武民发〔%1〕3号 关于印发%1年度乡镇（街道）优抚工作目标管理"
                                     "考核办法的通知（示例）")
                          .arg(year);
    s.excellentAt = 900;
    s.goodAt = staff ? 700 : 800;
    s.passAt = 600;
    s.indicators = SchemeRules::defaultIndicators(kind);
    return s;
}
} // namespace

Result<AppraisalDemoCounts> AppraisalDemo::seed(Database& db, const Actor& clerk,
                                                const Actor& chief, const Actor& director, int year)
{
    AppraisalDemoCounts counts;
    SchemeStore schemes(db);
    const QDate today = db.clock().today();
    {
        // Drafted and approved at the start of their year (today when that is still ahead).
        DemoClock clock(db);
        auto on = [&](const QDate& day) {
            if (day < today)
                clock.at(day);
            else
                clock.restore();
        };
        for (int y : {year - 1, year}) {
            for (SchemeKind kind : {SchemeKind::Unit, SchemeKind::Staff}) {
                on(QDate(y, 1, 6));
                auto id = schemes.saveDraft(chief, demoScheme(y, kind));
                if (!id)
                    return id.status();
                on(QDate(y, 1, 12));
                if (Status st = schemes.approve(director, id.value()); !st)
                    return st;
                ++counts.schemes;
            }
        }
    }

    // A few persons move to the next township in the middle of the year, a week apart.
    const QList<Township> townships = AreaStore(db).townships();
    if (townships.size() < 2)
        return counts;
    RegistryQuery query;
    query.status = PersonStatus::Active;
    query.sort = RegistryQuery::Sort::Registered;
    auto rows = RegistrySearchStore(db).pageOrError(query, 0, kMoves * 7);
    if (!rows)
        return rows.status();
    QDate day(year, 6, 8);
    if (day >= today.addDays(-kMoves * 7))
        day = day.addYears(-1);
    PersonStore persons(db);
    QList<qint64> moved;
    {
        DemoClock clock(db);
        const int step = std::max(1, int(rows->size()) / kMoves);
        for (int i = 0; i < rows->size() && moved.size() < kMoves; i += step) {
            auto p = persons.byId(rows->at(i).id);
            if (!p)
                return p.status();
            int at = 0;
            for (int t = 0; t < townships.size(); ++t)
                if (townships.at(t).code == p->townshipCode)
                    at = t;
            PersonDraft d = p->toDraft();
            d.townshipCode = townships.at((at + 1) % townships.size()).code;
            const QList<Village> villages = AreaStore(db).villages(d.townshipCode);
            d.villageCode = villages.isEmpty() ? QString() : villages.first().code;
            d.address.clear();
            clock.at(day.addDays(7 * int(moved.size())));
            const PersonSaveResult r = persons.update(clerk, p->id, d);
            if (!r.status)
                return r.status;
            moved << p->id;
        }
    }
    // The visits due list as of today, not as of the day of the move.
    for (qint64 id : moved)
        if (Status st = VisitScheduleStore(db).refreshPerson(id); !st)
            return st;
    counts.moves = int(moved.size());
    return counts;
}

} // namespace youfu::core
