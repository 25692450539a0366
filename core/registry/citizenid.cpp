#include "registry/citizenid.h"

#include <QCoreApplication>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::CitizenId)
};

// Province-level codes in use (GB/T 2260), plus 83 of the residence permits of Taiwan residents.
bool knownProvince(int code)
{
    static const int codes[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34,
                                35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
                                53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83};
    for (int c : codes)
        if (c == code)
            return true;
    return false;
}

CitizenIdCheck fail(CitizenIdProblem problem, QString message)
{
    CitizenIdCheck c;
    c.problem = problem;
    c.message = std::move(message);
    return c;
}

bool allDigits(const QString& s)
{
    for (QChar ch : s)
        if (ch < QLatin1Char('0') || ch > QLatin1Char('9'))
            return false;
    return true;
}

// The first character that is neither a digit nor a final X, or a null QChar.
QChar firstBadCharacter(const QString& s)
{
    for (int i = 0; i < s.size(); ++i) {
        const QChar ch = s.at(i);
        const bool digit = ch >= QLatin1Char('0') && ch <= QLatin1Char('9');
        const bool finalX = ch == QLatin1Char('X') && i == s.size() - 1 && s.size() == 18;
        if (!digit && !finalX)
            return ch;
    }
    return QChar();
}
} // namespace

QString CitizenId::normalise(const QString& typed)
{
    QString out;
    out.reserve(typed.size());
    for (QChar ch : typed) {
        const char16_t u = ch.unicode();
        if (ch.isSpace())
            continue;
        if (u >= 0xFF10 && u <= 0xFF19) // full-width digits
            out += QChar(u - 0xFF10 + '0');
        else if (u == 0xFF38 || u == 0xFF58 || u == 'x') // Ｘ ｘ x
            out += QLatin1Char('X');
        else
            out += ch;
    }
    return out;
}

QChar CitizenId::checkCharacter(const QString& first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char table[] = "10X98765432";
    if (first17.size() != 17 || !allDigits(first17))
        return QLatin1Char('?');
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - '0') * weights[i];
    return QLatin1Char(table[sum % 11]);
}

QString CitizenId::mask(const QString& canonical)
{
    if (canonical.size() <= 10)
        return QString(canonical.size(), QLatin1Char('*'));
    return canonical.left(6) + QString(canonical.size() - 10, QLatin1Char('*')) +
           canonical.right(4);
}

CitizenIdCheck CitizenId::check(const QString& typed, const QDate& today)
{
    QString s = normalise(typed);
    if (s.isEmpty())
        return fail(CitizenIdProblem::Empty, Tr::tr("Enter the citizen ID number."));
    if (s.size() != 18 && s.size() != 15)
        return fail(CitizenIdProblem::WrongLength,
                    Tr::tr("A citizen ID number has 18 characters (old ones 15); this one has %1.")
                        .arg(s.size()));
    if (const QChar bad = firstBadCharacter(s); !bad.isNull())
        return fail(CitizenIdProblem::BadCharacter,
                    s.size() == 18 && bad == QLatin1Char('X')
                        ? Tr::tr("X may only be the last character.")
                        : Tr::tr("“%1” does not belong in a citizen ID number: only digits, and X "
                                 "as the last character.")
                              .arg(bad));

    bool converted = false;
    if (s.size() == 15) {
        const QString first17 = s.left(6) + QStringLiteral("19") + s.mid(6);
        s = first17 + checkCharacter(first17);
        converted = true;
    }
    if (!knownProvince(s.left(2).toInt()))
        return fail(CitizenIdProblem::BadAreaCode,
                    Tr::tr("The area code %1 is not a Chinese province, region or municipality.")
                        .arg(s.left(6)));
    // The digits were checked above; QDate's format parser is slow on a 200,000-row import.
    const QDate birth(s.mid(6, 4).toInt(), s.mid(10, 2).toInt(), s.mid(12, 2).toInt());
    if (!birth.isValid() || birth.year() < 1900)
        return fail(CitizenIdProblem::BadBirthDate,
                    Tr::tr("The birth date %1 in the number is not a real date.").arg(s.mid(6, 8)));
    if (today.isValid() && birth > today)
        return fail(CitizenIdProblem::FutureBirthDate,
                    Tr::tr("The birth date %1 in the number is in the future.")
                        .arg(birth.toString(Qt::ISODate)));
    const QChar expected = checkCharacter(s.left(17));
    if (s.at(17) != expected)
        return fail(CitizenIdProblem::BadCheckCharacter,
                    Tr::tr("The check character should be %1.").arg(expected));

    CitizenIdCheck c;
    c.canonical = s;
    c.birthDate = birth;
    c.sex = (s.at(16).unicode() - '0') % 2 == 1 ? Sex::Male : Sex::Female;
    c.converted = converted;
    if (converted)
        c.note = Tr::tr("The old 15-digit number was converted to the 18-digit number %1.").arg(s);
    return c;
}

} // namespace youfu::core
