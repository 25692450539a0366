#pragma once

#include "common/result.h"
#include "security/actor.h"

namespace youfu::core {

class Database;

struct FestivalDemoCounts
{
    int amounts = 0;   // lines of the festival amount table added
    int campaigns = 0; // approved campaigns made
    int lines = 0;     // persons on their lists
    int delivered = 0;
    int notDelivered = 0;
    int receptionDays = 0; // this month's Wednesdays
    int symposiums = 0;
};

// The demo's festival campaigns (issue 12): an illustrative amount table (basis 演示〔示意〕,
// not official amounts) and last year's 八一 and 春节 campaigns over every category, approved
// through the duty chain, with deliveries recorded (most delivered, a few not, with a reason;
// the first 400 lines of each list, so a large demo stays quick); this month's reception roster
// (every Wednesday the director, the second taken by the section chief); last year's two
// symposiums (春节, 八一) with issues and answers. Every write is the stores'
// own audited write as the actor named. Call after the demo persons exist, e.g. in youfuctl's
// `demo` command after DemoGenerator::generate, inside its transaction.
class FestivalDemo
{
public:
    static Result<FestivalDemoCounts> generate(Database& db, const Actor& clerk, const Actor& chief,
                                               const Actor& inspector, const Actor& director);
};

} // namespace youfu::core
