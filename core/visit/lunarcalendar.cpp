#include "visit/lunarcalendar.h"

namespace youfu::core {

namespace {
// The first day of the first lunar month (正月初一) of each year 2000–2060, as the published
// almanacs give it (Purple Mountain Observatory / Hong Kong Observatory tables, Beijing time).
// Checked row by row in tst_visitrules against two independent almanac libraries and against
// ICU's astronomical calendar, which is one day off in 2027 and 2030 where the new moon falls
// within minutes of midnight: that is why the program keeps a table and computes nothing.
struct MonthDay
{
    unsigned char month;
    unsigned char day;
};
constexpr MonthDay kSpringFestival[] = {
    {2, 5},  {1, 24}, {2, 12}, {2, 1},  {1, 22}, {2, 9},  {1, 29}, {2, 18}, // 2000–2007
    {2, 7},  {1, 26}, {2, 14}, {2, 3},  {1, 23}, {2, 10}, {1, 31}, {2, 19}, // 2008–2015
    {2, 8},  {1, 28}, {2, 16}, {2, 5},  {1, 25}, {2, 12}, {2, 1},  {1, 22}, // 2016–2023
    {2, 10}, {1, 29}, {2, 17}, {2, 6},  {1, 26}, {2, 13}, {2, 3},  {1, 23}, // 2024–2031
    {2, 11}, {1, 31}, {2, 19}, {2, 8},  {1, 28}, {2, 15}, {2, 4},  {1, 24}, // 2032–2039
    {2, 12}, {2, 1},  {1, 22}, {2, 10}, {1, 30}, {2, 17}, {2, 6},  {1, 26}, // 2040–2047
    {2, 14}, {2, 2},  {1, 23}, {2, 11}, {2, 1},  {2, 19}, {2, 8},  {1, 28}, // 2048–2055
    {2, 15}, {2, 4},  {1, 24}, {2, 12}, {2, 2},                             // 2056–2060
};
static_assert(sizeof(kSpringFestival) / sizeof(kSpringFestival[0]) == 61,
              "one row for each year 2000–2060");
} // namespace

QDate LunarCalendar::springFestival(int year)
{
    if (year < firstYear() || year > lastYear())
        return QDate();
    const MonthDay& md = kSpringFestival[year - firstYear()];
    return QDate(year, md.month, md.day);
}

} // namespace youfu::core
