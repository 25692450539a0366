#pragma once

#include <QString>

namespace youfu::core {

// Amounts in capital Chinese numerals (大写金额) as finance writing requires them on rosters and
// receipts, following the People's Bank rules for filling in bills: 壹贰叁… with 拾佰仟 and the
// sections 万 and 亿; one 零 for a run of zeros between non-zero digits; "整" after 元 or 角
// when there is no 分; "元零贰分" when the 角 is zero and the 分 is not; "壹拾" never "拾".
// Amounts under one yuan start at their first digit ("伍角整", "伍分"); zero is "零元整".
// A negative amount is written with a leading "负" (never silently as its absolute value).
class MoneyWords
{
public:
    static QString capital(qint64 fen);
};

} // namespace youfu::core
