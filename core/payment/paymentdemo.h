#pragma once

#include "common/result.h"
#include "security/actor.h"

#include <QDate>

namespace youfu::core {

class Database;

// The demo's payments (youfuctl demo): the last two years of monthly rolls drafted by the
// clerk, signed by the section chief and the director, their bank returns (a few failures:
// 账户不存在, 户名不符; the account corrected and the line re-issued), one 1 August raise
// announced in November with back pay, one death reported late with its recovery. Every
// write through the stores, in the users' names.
class PaymentDemo
{
public:
    static Status seed(Database& db, const Actor& clerk, const Actor& chief,
                       const Actor& director, const QDate& today);
};

} // namespace youfu::core
