#pragma once

#include "common/result.h"
#include "visit/reception.h"

#include <QList>

namespace youfu::core {

// Pure rules of the reception roster. No database.
class ReceptionRules
{
public:
    // Every `weekday` (Qt::Monday = 1 … Sunday = 7) of the month, in order.
    static QList<QDate> weekdaysOf(int year, int month, int weekday);
    static QString weekdayTitle(const QDate& day); // 星期三
    static Status check(const ReceptionDay& day);
    // The remark a roster prints: "（代张三接访）原因" or the note.
    static QString remark(const ReceptionDay& day);
};

} // namespace youfu::core
