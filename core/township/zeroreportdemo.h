#pragma once

#include "common/result.h"
#include "security/actor.h"

namespace youfu::core {

class Database;

struct ZeroDemoCounts
{
    int reports = 0;
    int withItems = 0;
    int late = 0;
    int missing = 0; // township-days without a report whose deadline has passed
};

// The demo's zero reports (youfuctl demo): a year up to yesterday for every active township,
// entered by the clerk as they arrived (mostly "nothing", the next morning by phone or
// message; now and then items about registry persons of the township, a few linked to the
// township's cases or warnings). Realistic gaps: one township forgot over the National Day
// holiday, one is often late, a few days here and there are missing; of yesterday's reports
// about half are in this morning. Through the store, on the database clock of each arrival
// (put back when done).
class ZeroReportDemo
{
public:
    static Result<ZeroDemoCounts> generate(Database& db, const Actor& clerk, quint32 seed = 15);
};

} // namespace youfu::core
