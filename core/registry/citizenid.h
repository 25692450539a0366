#pragma once

#include "registry/sex.h"

#include <QDate>
#include <QString>

namespace youfu::core {

// Which rule of GB 11643-1999 a typed number broke. The window shows message(); tests
// check the rule.
enum class CitizenIdProblem
{
    None,
    Empty,             // nothing typed
    WrongLength,       // not 18 (or 15) characters
    BadCharacter,      // a letter or sign where a digit belongs, or X not last
    BadAreaCode,       // the first two digits are no province, region or municipality
    BadBirthDate,      // the eight birth-date digits are no real date (or before 1900)
    FutureBirthDate,   // born after "today"
    BadCheckCharacter, // the 18th character does not fit the other 17
};

struct CitizenIdCheck
{
    CitizenIdProblem problem = CitizenIdProblem::None;
    QString message;   // the reason in the clerk's words; empty when valid
    QString canonical; // 18 characters, upper-case X; empty when invalid
    QDate birthDate;
    Sex sex = Sex::Unknown;
    bool converted = false; // an old 15-digit number was turned into 18 digits
    QString note;           // told to the clerk when converted

    bool isValid() const { return problem == CitizenIdProblem::None; }
};

// Pure rules of the citizen ID number (公民身份号码). No database.
class CitizenId
{
public:
    // Checks a typed number. Accepts lower-case x, full-width digits and X, spaces around and
    // inside; converts 15-digit numbers. "today" bounds the birth date.
    static CitizenIdCheck check(const QString& typed, const QDate& today);

    // The ISO 7064 MOD 11-2 check character of the first 17 digits ('?' if they are not digits).
    static QChar checkCharacter(const QString& first17);

    // Half-width, upper-case, without spaces: what the rules look at.
    static QString normalise(const QString& typed);

    // 430581********123X: the first six and the last four characters.
    static QString mask(const QString& canonical);
};

} // namespace youfu::core
