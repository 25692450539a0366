#pragma once

#include "common/result.h"
#include "security/actor.h"
#include "visit/reception.h"

#include <QList>

namespace youfu::core {

class Database;

// The reception roster (table reception_days of migration 0011). Every write with
// Permission::RecordVisits and one audit entry (entity "reception_day"): reception.generate,
// reception.set, reception.substitute, reception.remove.
class ReceptionStore
{
public:
    explicit ReceptionStore(Database& db) : m_db(db) {}

    // Every `weekday` of the month with `leader` on duty (days already on the roster are kept
    // as they are). Returns the number of days added.
    Result<int> generateMonth(const Actor& actor, int year, int month, int weekday,
                              const ReceptionDay& leader);
    // Adds or changes one day (by its date).
    Result<qint64> setDay(const Actor& actor, const ReceptionDay& day);
    // Another leader takes the day: the one first on duty is kept as `substituteFor`.
    Status substitute(const Actor& actor, const QDate& day, qint64 leaderUserId,
                      const QString& leaderName, const QString& reason);
    Status removeDay(const Actor& actor, const QDate& day);

    Result<ReceptionDay> day(const QDate& day) const; // id 0 when none
    Result<QList<ReceptionDay>> month(int year, int month) const;

private:
    Database& m_db;
};

} // namespace youfu::core
