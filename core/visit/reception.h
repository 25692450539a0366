#pragma once

#include <QDate>
#include <QString>

namespace youfu::core {

// One reception day (接访日): the leader on duty, and whom they replaced when substituted.
struct ReceptionDay
{
    qint64 id = 0;
    QDate day;
    qint64 leaderUserId = 0; // a user, or 0 when the leader has no login
    QString leaderName;
    QString place;         // 县信访接待室
    QString substituteFor; // the leader first on duty; empty when not substituted
    QString note;          // why substituted, or a remark
    int received = 0;      // visits and cases taken on the day (read only)
};

} // namespace youfu::core
