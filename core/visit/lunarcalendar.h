#pragma once

#include <QDate>

namespace youfu::core {

// The lunar new year (春节) from a table for 2000–2060 (published almanac dates, not a
// computation): invalid outside the table, and the callers say so rather than guess.
class LunarCalendar
{
public:
    static QDate springFestival(int year);
    static int firstYear() { return 2000; }
    static int lastYear() { return 2060; }
};

} // namespace youfu::core
