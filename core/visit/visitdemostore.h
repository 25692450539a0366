#pragma once

#include "common/result.h"
#include "security/actor.h"

namespace youfu::core {

class Database;

struct VisitDemoOptions
{
    quint64 seed = 1;
    int keyPersons = -1; // -1: the persons the registry demo marked as key persons
    int groupPlans = 3;  // up to 20 different group plans
    int years = 1;       // of plans and visits before today
};

struct VisitDemoCounts
{
    int keyPersons = 0;
    int plans = 0;
    int visits = 0;
    int scheduled = 0; // due dates in the schedule
};

// Demo visits for a demo registry: key-person records, a single plan each (monthly for higher
// risk, quarterly otherwise), a few group plans, and visits over the past years, most on time,
// some late, some missed (so the due list shows overdue ones). The same for the same seed.
// One audited change ("visit.demo"), written with prepared statements for speed; the schedule
// is then built by VisitScheduleStore from the rules, as for every other write.
class VisitDemoStore
{
public:
    explicit VisitDemoStore(Database& db) : m_db(db) {}
    Result<VisitDemoCounts> generate(const Actor& clerk, const VisitDemoOptions& options);

private:
    Database& m_db;
};

} // namespace youfu::core
