#include "registry/personrules.h"

#include "common/isotime.h"
#include "common/textlimits.h"
#include "registry/citizenid.h"
#include "registry/ethnicity.h"
#include "registry/phonenumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::PersonRules)
};
} // namespace

QString PersonRules::checkName(const QString& name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return Tr::tr("Enter the person's name.");
    if (n.size() > TextLimits::kName)
        return Tr::tr("A name has at most %1 characters.").arg(TextLimits::kName);
    // Letters, and the middle dot of names such as 阿依古丽·买买提.
    static const QRegularExpression re(QStringLiteral("^[\\p{L}·•．. ]+$"));
    if (!re.match(n).hasMatch())
        return Tr::tr("A name has only letters (and “·” between parts).");
    return QString();
}

QString PersonRules::normaliseBankAccount(const QString& account)
{
    QString d;
    for (QChar ch : account) {
        const char16_t u = ch.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            d += QChar(u - 0xFF10 + '0');
        else if (!ch.isSpace() && ch != QLatin1Char('-'))
            d += ch;
    }
    return d;
}

QString PersonRules::checkBankAccount(const QString& account)
{
    const QString d = normaliseBankAccount(account);
    if (d.isEmpty())
        return QString();
    static const QRegularExpression re(QStringLiteral("^[0-9]+$"));
    if (!re.match(d).hasMatch())
        return Tr::tr("A bank account number has only digits.");
    if (d.size() < 12 || d.size() > 30)
        return Tr::tr("A bank account number has 12 to 30 digits; this one has %1.").arg(d.size());
    return QString();
}

QString PersonRules::maskBankAccount(const QString& digits)
{
    if (digits.isEmpty())
        return QString();
    if (digits.size() <= 4)
        return QString(digits.size(), QLatin1Char('*'));
    return QString(digits.size() - 4, QLatin1Char('*')) + digits.right(4);
}

QList<FieldError> PersonRules::check(const PersonDraft& d, const QDate& today, CheckedPerson* out)
{
    QList<FieldError> errors;
    CheckedPerson p;
    p.name = d.name.trimmed();
    if (QString m = checkName(d.name); !m.isEmpty())
        errors.append({PersonField::Name, m});

    const CitizenIdCheck id = CitizenId::check(d.citizenId, today);
    if (!id.isValid()) {
        errors.append({PersonField::CitizenId, id.message});
    } else {
        p.citizenId = id.canonical;
        p.note = id.note;
        p.sex = d.sex == Sex::Unknown ? id.sex : d.sex;
        p.birthDate = d.birthDate.isValid() ? d.birthDate : id.birthDate;
        if (d.sex != Sex::Unknown && d.sex != id.sex)
            errors.append({PersonField::Sex, Tr::tr("The citizen ID says the person is %1 "
                                                    "(odd sequence number: male, even: female).")
                                                 .arg(sexTitle(id.sex))});
        if (d.birthDate.isValid() && d.birthDate != id.birthDate)
            errors.append(
                {PersonField::BirthDate, Tr::tr("The citizen ID says the person was born on %1.")
                                             .arg(toIsoDate(id.birthDate))});
    }
    p.ethnicity =
        d.ethnicity.trimmed().isEmpty() ? Ethnicity::defaultName() : d.ethnicity.trimmed();
    if (!Ethnicity::isKnown(p.ethnicity))
        errors.append({PersonField::Ethnicity, Tr::tr("Choose one of the 56 ethnic groups.")});
    if (d.phone) {
        const PhoneCheck phone = PhoneNumber::check(*d.phone);
        if (!phone.valid)
            errors.append({PersonField::Phone, phone.message});
        p.phone = phone.canonical;
        p.phoneDigits = phone.digits;
    }
    if (d.townshipCode.trimmed().isEmpty())
        errors.append({PersonField::Township, Tr::tr("Choose the township.")});
    if (QString m = TextRules::check(d.address, TextLimits::kAddress, Tr::tr("An address"));
        !m.isEmpty())
        errors.append({PersonField::Address, m});
    if (QString m = TextRules::check(d.bankName, TextLimits::kShort, Tr::tr("A bank name"));
        !m.isEmpty())
        errors.append({PersonField::BankName, m});
    if (d.bankAccount) {
        if (QString m = checkBankAccount(*d.bankAccount); !m.isEmpty())
            errors.append({PersonField::BankAccount, m});
        p.bankAccount = normaliseBankAccount(*d.bankAccount);
        if (!p.bankAccount.isEmpty() && d.bankName.trimmed().isEmpty())
            errors.append({PersonField::BankName, Tr::tr("Enter the bank of the account.")});
    }
    if (QString m = TextRules::check(d.riskNote, TextLimits::kNote, Tr::tr("The risk note"), true);
        !m.isEmpty())
        errors.append({PersonField::RiskNote, m});
    else if (d.keyPerson && d.riskNote.trimmed().isEmpty())
        errors.append(
            {PersonField::RiskNote, Tr::tr("Say why the person is a key person (the risk).")});
    if (out)
        *out = p;
    return errors;
}

QString PersonRules::checkStatusChange(PersonStatus from, QDate fromSince, PersonStatus to,
                                       const QDate& since, const QString& reason,
                                       const QDate& birthDate, const QDate& today)
{
    if (from == to)
        return Tr::tr("The person is already “%1”.").arg(personStatusTitle(to));
    if (!since.isValid())
        return Tr::tr("Enter the date of the change.");
    if (today.isValid() && since > today)
        return Tr::tr("The date %1 is in the future.").arg(toIsoDate(since));
    if (birthDate.isValid() && since < birthDate)
        return Tr::tr("The date %1 is before the person's birth.").arg(toIsoDate(since));
    // An active person may be found dead or gone before the registration date; a later
    // change never goes back before an earlier one.
    if (from != PersonStatus::Active && fromSince.isValid() && since < fromSince)
        return Tr::tr("The date %1 is before the current status began (%2).")
            .arg(toIsoDate(since), toIsoDate(fromSince));
    if (reason.trimmed().isEmpty())
        return Tr::tr("Give the reason for the change.");
    if (QString m = TextRules::check(reason, TextLimits::kNote, Tr::tr("The reason"), true);
        !m.isEmpty())
        return m;
    return QString();
}

} // namespace youfu::core
