#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace youfu::core {

// Dates and times are stored as ISO text: portable to PostgreSQL and readable in the file.
inline QString toIsoUtc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
inline QDateTime fromIsoUtc(const QString& s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}
// The local day of a stored time, whether it was written in UTC ("…Z") or as local time.
inline QDate localDayOf(const QString& s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    if (!t.isValid())
        return QDate::fromString(s.left(10), Qt::ISODate);
    return t.timeSpec() == Qt::LocalTime ? t.date() : t.toLocalTime().date();
}
// "1952-03-01". Written digit by digit (QDate::toString goes through a printf: an import of
// 200,000 persons writes a million dates); years outside 0–9999 as QDate writes them.
inline QString toIsoDate(const QDate& d)
{
    if (!d.isValid())
        return QString();
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    if (y < 0 || y > 9999)
        return d.toString(Qt::ISODate);
    QString s(10, Qt::Uninitialized);
    QChar* p = s.data();
    const auto digit = [](int v) { return QChar(char16_t(u'0' + v)); };
    p[0] = digit(y / 1000);
    p[1] = digit(y / 100 % 10);
    p[2] = digit(y / 10 % 10);
    p[3] = digit(y % 10);
    p[4] = QLatin1Char('-');
    p[5] = digit(m / 10);
    p[6] = digit(m % 10);
    p[7] = QLatin1Char('-');
    p[8] = digit(day / 10);
    p[9] = digit(day % 10);
    return s;
}
inline QDate fromIsoDate(const QString& s)
{
    return QDate::fromString(s, Qt::ISODate);
}
// 2026年11月29日, as official papers write dates.
inline QString chineseDate(const QDate& d)
{
    if (!d.isValid())
        return QString();
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

} // namespace youfu::core
