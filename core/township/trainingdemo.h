#pragma once

#include "common/result.h"
#include "security/actor.h"

namespace youfu::core {

class Database;

struct TrainingDemoCounts
{
    int careWorkers = 0; // 优抚专干 added, one per active township
    int sessions = 0;
    int missing = 0; // workers who missed this year's annual township training
    int materials = 0;
};

// The demo's township workers and training (issue 15): a 优抚专干 for every active township
// (the information staff the petition demo seeded stay 信息员), then four sessions this year
// through TrainingStore as the clerk: the annual township training (most workers came, two did
// not), two monthly studies of the section (the bureau's staff) and an experience exchange; one
// material attached when the database has a file to keep it beside. Call after the petition
// demo, inside youfuctl `demo`'s transaction.
class TrainingDemo
{
public:
    static Result<TrainingDemoCounts> generate(Database& db, const Actor& clerk,
                                               const Actor& chief);
};

} // namespace youfu::core
