#pragma once

#include "common/result.h"
#include "security/actor.h"

namespace youfu::core {

class Database;

struct AppraisalDemoCounts
{
    int schemes = 0; // approved schemes added
    int moves = 0;   // persons who moved township mid-year
};

// The demo's appraisal (issue 16): for `year` and the year before, an approved unit scheme and
// an approved staff scheme from the default catalogue, drafted by the section chief and
// approved by the director, their title and basis document plainly illustrative (示例); and a
// handful of persons who moved township in the middle of `year` (or of the year before when
// `year` has not reached its middle yet), moved through PersonStore by the clerk so that the
// move rows and audit entries are the real ones. Call inside youfuctl `demo`'s transaction,
// after the registry is generated.
class AppraisalDemo
{
public:
    static Result<AppraisalDemoCounts> seed(Database& db, const Actor& clerk, const Actor& chief,
                                            const Actor& director, int year);
};

} // namespace youfu::core
