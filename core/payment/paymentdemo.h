#pragma once

#include "common/result.h"
#include "security/actor.h"

#include <QDate>

namespace youfu::core {

class Database;

struct PaymentDemoCounts
{
    int rolls = 0;        // regular and re-issue
    int lines = 0;        // lines of the approved regular rolls
    int failed = 0;       // lines the bank returned
    int reissued = 0;     // paid again by a re-issue roll
    int backPayItems = 0; // months of back pay after the raise
    int recoveries = 0;   // proposed (the late death)
    bool raised = false;  // the 1 August raise announced in November was added
};

// The demo's payments (youfuctl demo): the last `months` monthly rolls drafted by the clerk,
// signed by the section chief and the director, their bank returns (a few failures: 账户不存在,
// 户名不符…; the account corrected and the line re-issued, paid late), three persons whose card
// was cancelled half-way (their lines held), one 1 August raise announced in November with back
// pay, one death reported late with its recovery (confirmed by the section chief). This month's
// roll is left as a draft and last month's failures wait for the clerk. Every write through
// the stores, in the users' names, each on its day of the past (the database's clock is put
// back when done).
class PaymentDemo
{
public:
    static Result<PaymentDemoCounts> seed(Database& db, const Actor& clerk, const Actor& chief,
                                          const Actor& director, const QDate& today,
                                          int months = 24);
};

} // namespace youfu::core
