#pragma once

#include "common/result.h"
#include "security/actor.h"

#include <QDate>

namespace youfu::core {

class Database;

struct CareDemoCounts
{
    int batches = 0;      // recuperation batches
    int participants = 0; // persons on them
    int settlements = 0;  // medical settlements
    int overCap = 0;      // settlements over the year's cap, with a reason
};

// The demo's care (youfuctl demo): a recuperation batch done last spring (attendance, costs)
// and one planned next month with its persons (one sent again within the interval, with the
// reason); medical settlements of about 30 persons over this year at the county's hospitals,
// one over the cap with a reason, one voided. Through the stores, in the clerk's name, each on
// its day (the database's clock is put back when done).
class CareDemo
{
public:
    static Result<CareDemoCounts> seed(Database& db, const Actor& clerk, const QDate& today,
                                       quint64 seed = 1);
};

} // namespace youfu::core
