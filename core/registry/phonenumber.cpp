#include "registry/phonenumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::PhoneNumber)
};
} // namespace

QString PhoneNumber::digitsOf(const QString& typed)
{
    QString d;
    for (QChar ch : typed) {
        const char16_t u = ch.unicode();
        if (u >= '0' && u <= '9')
            d += ch;
        else if (u >= 0xFF10 && u <= 0xFF19)
            d += QChar(u - 0xFF10 + '0');
    }
    if (d.size() == 13 && d.startsWith(QLatin1String("86")) && d.at(2) == QLatin1Char('1'))
        d = d.mid(2);
    return d;
}

PhoneCheck PhoneNumber::check(const QString& typed)
{
    PhoneCheck c;
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty()) {
        c.valid = true; // a phone is optional
        return c;
    }
    static const QRegularExpression allowed(QStringLiteral("^[+0-9０-９ \\-－()（）]+$"));
    if (!allowed.match(trimmed).hasMatch()) {
        c.message = Tr::tr("A phone number has only digits (and a dash after the area code).");
        return c;
    }
    const QString d = digitsOf(trimmed);
    static const QRegularExpression mobile(QStringLiteral("^1[3-9][0-9]{9}$"));
    static const QRegularExpression landline(
        QStringLiteral("^(0[1-9][0-9]{1,2})([2-9][0-9]{6,7})$"));
    if (mobile.match(d).hasMatch()) {
        c.valid = true;
        c.canonical = d;
        c.digits = d;
        return c;
    }
    if (d.startsWith(QLatin1Char('1'))) {
        c.message = d.size() != 11
                        ? Tr::tr("A mobile number has 11 digits; this one has %1.").arg(d.size())
                        : Tr::tr("A mobile number starts with 13 to 19.");
        return c;
    }
    if (!d.startsWith(QLatin1Char('0'))) {
        c.message = Tr::tr("Write a landline number with its area code, e.g. 0739-4221234.");
        return c;
    }
    // Area codes are 010, 02x (3 digits) or 0xxx (4 digits).
    const int areaLen =
        (d.startsWith(QLatin1String("010")) || d.startsWith(QLatin1String("02"))) ? 3 : 4;
    const QString area = d.left(areaLen);
    const QString local = d.mid(areaLen);
    if (!landline.match(d).hasMatch() || local.size() < 7 || local.size() > 8 ||
        local.at(0) < QLatin1Char('2')) {
        c.message =
            Tr::tr("A landline number is the area code and 7 or 8 digits, e.g. 0739-4221234.");
        return c;
    }
    c.valid = true;
    c.canonical = area + QLatin1Char('-') + local;
    c.digits = d;
    return c;
}

QString PhoneNumber::mask(const QString& canonical)
{
    if (canonical.isEmpty())
        return QString();
    const int dash = canonical.indexOf(QLatin1Char('-'));
    if (dash > 0) {
        const QString local = canonical.mid(dash + 1);
        return canonical.left(dash + 1) + QString(qMax(0, local.size() - 4), QLatin1Char('*')) +
               local.right(4);
    }
    if (canonical.size() <= 7)
        return QString(canonical.size(), QLatin1Char('*'));
    return canonical.left(3) + QString(canonical.size() - 7, QLatin1Char('*')) + canonical.right(4);
}

} // namespace youfu::core
