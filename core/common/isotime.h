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
inline QString toIsoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
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
