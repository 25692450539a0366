#include "visit/receptionrules.h"

#include <QCoreApplication>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::ReceptionRules)
};
} // namespace

QList<QDate> ReceptionRules::weekdaysOf(int year, int month, int weekday)
{
    QList<QDate> out;
    const QDate first(year, month, 1);
    if (!first.isValid() || weekday < 1 || weekday > 7)
        return out;
    QDate d = first.addDays((weekday - first.dayOfWeek() + 7) % 7);
    for (; d.month() == month; d = d.addDays(7))
        out << d;
    return out;
}

QString ReceptionRules::weekdayTitle(const QDate& day)
{
    static const char* const names[] = {"一", "二", "三", "四", "五", "六", "日"};
    if (!day.isValid())
        return QString();
    return QStringLiteral("星期") + QString::fromUtf8(names[day.dayOfWeek() - 1]);
}

Status ReceptionRules::check(const ReceptionDay& day)
{
    if (!day.day.isValid())
        return Status::failure(Tr::tr("Enter the date of the reception day."));
    if (day.leaderName.trimmed().isEmpty())
        return Status::failure(Tr::tr("Name the leader on duty."));
    return Status::success();
}

QString ReceptionRules::remark(const ReceptionDay& day)
{
    QString text;
    if (!day.substituteFor.isEmpty())
        text = QStringLiteral("代%1接访").arg(day.substituteFor);
    if (!day.note.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("，")) + day.note;
    return text;
}

} // namespace youfu::core
