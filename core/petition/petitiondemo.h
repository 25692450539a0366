#pragma once

#include "common/result.h"
#include "security/actor.h"

namespace youfu::core {

class Database;

struct PetitionDemoCounts
{
    int cases = 0;
    int group = 0;    // 集体访 (five or more petitioners)
    int beyond = 0;   // 越级访
    int extended = 0; // approved by the director
    int reviewed = 0; // 复查 asked for and answered
    int overdue = 0;  // left past their deadline on purpose
    int closed = 0;
    int staff = 0;    // information staff members
    int warnings = 0; // of which one open high-risk
};

// The demo's letters and visits (issue 13): about `cases` cases over the past two years through
// PetitionStore, as the clerk (the extensions as the director): letters, visits, calls, online
// and forwarded ones; group petitions, beyond-level ones (to the city, the province, Beijing),
// not accepted and forwarded ones, extended, reviewed, overdue and closed ones with the
// petitioner's satisfaction. The petitioners are demo persons of the registry (a few outsiders
// beside them). Then information staff in every township (some inside high-risk groups, one
// who has left) and a few warnings through WarningStore: one open high-risk ("计划集体赴省
// 上访"), others open or followed to resolution. The same for the same seed. Call after the
// demo persons exist, inside youfuctl `demo`'s transaction; every write is the stores' own
// audited write.
class PetitionDemo
{
public:
    static Result<PetitionDemoCounts> generate(Database& db, const Actor& clerk,
                                               const Actor& director, quint64 seed = 1,
                                               int cases = 300);
};

} // namespace youfu::core
