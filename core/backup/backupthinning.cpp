#include "backup/backupthinning.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace youfu::core {

QList<QDateTime> backupsToKeep(const QList<QDateTime>& takenAt, const ThinningPolicy& policy)
{
    QList<QDateTime> sorted = takenAt;
    std::sort(sorted.begin(), sorted.end(), std::greater<QDateTime>());
    QSet<int> keep;
    if (!sorted.isEmpty())
        keep.insert(0);
    // Walking newest first, the first backup met in a new period is that period's newest.
    auto pick = [&](int limit, const std::function<qint64(const QDate&)>& period) {
        QSet<qint64> seen;
        for (int i = 0; i < sorted.size() && seen.size() < limit; ++i) {
            const qint64 key = period(sorted[i].date());
            if (seen.contains(key))
                continue;
            seen.insert(key);
            keep.insert(i);
        }
    };
    pick(policy.daily, [](const QDate& d) { return d.toJulianDay(); });
    pick(policy.weekly, [](const QDate& d) {
        int year = 0;
        const int week = d.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    pick(policy.monthly, [](const QDate& d) { return qint64(d.year()) * 100 + d.month(); });
    QList<QDateTime> kept;
    for (int i = 0; i < sorted.size(); ++i)
        if (keep.contains(i))
            kept << sorted[i];
    return kept;
}

} // namespace youfu::core
