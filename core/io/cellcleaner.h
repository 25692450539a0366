#pragma once

#include "io/sheet.h"
#include "registry/sex.h"

#include <QDate>
#include <QString>

namespace youfu::core {

// One cell after cleaning: its value, and whether it was taken as it was, repaired (with the
// repair in the clerk's words) or refused (with the reason).
struct CleanCell
{
    enum class State
    {
        Empty,
        Clean,
        Repaired,
        Refused
    };
    State state = State::Empty;
    QString text;           // the value as text (canonical ID, 汉族, 三级, 2026-01-01 …)
    QDate date;             // date cells
    bool monthOnly = false; // the date gave only year and month: the 1st is stored
    qint64 fen = 0;         // amounts
    int number = 0;         // grades
    Sex sex = Sex::Unknown;
    bool flag = false; // 重点对象
    QString message;   // the repair or the reason
    QString display;   // what the clerk reads when `text` is a code (the alias's full name)

    bool isEmpty() const { return state == State::Empty; }
    bool refused() const { return state == State::Refused; }
};

// Cell-level repairs of an old roster. Pure: no database, no files. A repair is made only when
// it is certain; everything else is refused with its reason, never guessed.
class CellCleaner
{
public:
    enum class DateKind
    {
        Birth,
        Service,
        Start
    };

    static QString shown(const SheetCell& cell); // the text the clerk sees in Excel
    static QString halfWidth(const QString& s);  // full-width letters/digits, U+3000 → ASCII
    static QString withoutSpaces(const QString& s);

    static CleanCell name(const SheetCell& cell);
    static CleanCell citizenId(const SheetCell& cell, const QDate& today);
    static CleanCell sex(const SheetCell& cell);
    static CleanCell ethnicity(const SheetCell& cell);
    // Service dates alone may have a two-digit year (70.12), read only where it is certain:
    // 19xx when 20xx is still to come, or 20xx when 19xx is before the person turned 16.
    static CleanCell date(const SheetCell& cell, DateKind kind, const QDate& today,
                          int birthYear = 0);
    static CleanCell amount(const SheetCell& cell);
    static CleanCell grade(const SheetCell& cell);
    static CleanCell nature(const SheetCell& cell);
    static CleanCell relation(const SheetCell& cell);
    static CleanCell phone(const SheetCell& cell);
    static CleanCell bankAccount(const SheetCell& cell);
    static CleanCell keyPerson(const SheetCell& cell);
    static CleanCell plainText(const SheetCell& cell); // address, bank, note: spaces tidied
};

} // namespace youfu::core
