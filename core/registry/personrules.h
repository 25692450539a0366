#pragma once

#include "registry/person.h"

#include <QDate>
#include <QList>
#include <QString>

namespace youfu::core {

// The fields of the person editor; a failed rule names its field so the window can show the
// reason beside it.
enum class PersonField
{
    None,
    Name,
    Sex,
    Ethnicity,
    CitizenId,
    BirthDate,
    Phone,
    Township,
    Village,
    Address,
    BankName,
    BankAccount,
    RiskNote,
    Status,
    Category
};

struct FieldError
{
    PersonField field = PersonField::None;
    QString message;
};

// A draft that passed the rules, in the form it is stored.
struct CheckedPerson
{
    QString name;
    Sex sex = Sex::Unknown;
    QString ethnicity;
    QString citizenId; // canonical
    QDate birthDate;
    QString phone;       // canonical, "" when none
    QString phoneDigits; // for the blind index
    QString bankAccount; // digits only, "" when none
    QString note;        // e.g. the 15-digit ID conversion, told to the clerk
};

// Pure rules of a person's fields. No database: townships, villages and duplicates are the
// store's part.
class PersonRules
{
public:
    static QString checkName(const QString& name);           // "" when fine
    static QString checkBankAccount(const QString& account); // "" when fine
    static QString normaliseBankAccount(const QString& account);
    static QString maskBankAccount(const QString& digits); // ************1234
    // Every field rule; errors in the order of the editor's fields.
    static QList<FieldError> check(const PersonDraft& draft, const QDate& today,
                                   CheckedPerson* out);
    // A status change: a reason and a date between birth and today; the same status twice is
    // no change.
    static QString checkStatusChange(PersonStatus from, QDate fromSince, PersonStatus to,
                                     const QDate& since, const QString& reason,
                                     const QDate& birthDate, const QDate& today);
};

} // namespace youfu::core
