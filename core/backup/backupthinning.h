#pragma once

#include <QDateTime>
#include <QList>

namespace youfu::core {

// How many automatic backups survive: the newest of each of the last `daily` days that have
// one, of the last `weekly` ISO weeks and of the last `monthly` months. The newest backup of
// all is always kept.
struct ThinningPolicy
{
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
};

// Pure: given when each backup was taken (local time, any order), which to keep. The answer
// holds the kept times, newest first.
QList<QDateTime> backupsToKeep(const QList<QDateTime>& takenAt, const ThinningPolicy& policy = {});

} // namespace youfu::core
