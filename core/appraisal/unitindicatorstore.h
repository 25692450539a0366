#pragma once

#include "appraisal/appraisal.h"
#include "appraisal/unitevidence.h"
#include "appraisal/unitrules.h"
#include "common/result.h"

#include <QHash>
#include <QPair>
#include <QString>

#include <functional>

namespace youfu::core {

class Database;

// Numerator and denominator of one indicator for one township.
struct UnitCount
{
    qint64 numerator = 0;
    qint64 denominator = 0;
};

// township code → indicator code → count.
using UnitCounts = QHash<QString, QHash<QString, UnitCount>>;

// The SQL that reads the year's records behind the township indicators: zero reports, cases,
// scheduled visits, archive completeness, township workers' training, failed payments. Each
// record is judged by UnitRules and counted in the township it belonged to at the time (a person
// who moved mid-year: UnitRules::townshipOn with person_township_moves). Reads only.
class UnitIndicatorStore
{
public:
    explicit UnitIndicatorStore(Database& db) : m_db(db) {}

    // Every active township × every indicator of the scheme, as of the database clock.
    Result<UnitCounts> counts(const AppraisalScheme& scheme) const;
    // The township's cases of the year that the veto looks at (group, beyond-level, serious).
    Result<QHash<QString, QList<VetoCase>>> vetoCases(int year) const;
    // The records behind one figure, `limit` rows from `offset` (the list pages lazily).
    Result<UnitEvidencePage> evidence(const AppraisalScheme& scheme, const QString& townshipCode,
                                      const QString& indicatorCode, int offset, int limit) const;

private:
    // Called per record: its township, how it counts, and (evidence only) its cells.
    using Visit = std::function<void(const QString& township, const UnitTally& tally,
                                     const std::function<QStringList()>& cells)>;
    Status walk(const AppraisalScheme& scheme, const AppraisalIndicator& indicator,
                const QString& township, const Visit& visit) const;
    Status walkZero(const AppraisalScheme& scheme, bool onTime, const QString& township,
                    const Visit& visit) const;
    Status walkPetitions(const AppraisalScheme& scheme, const AppraisalIndicator& indicator,
                         const QString& township, const Visit& visit) const;
    Status walkVisits(const AppraisalScheme& scheme, const QString& township,
                      const Visit& visit) const;
    Status walkArchive(const AppraisalScheme& scheme, const QString& township,
                       const Visit& visit) const;
    Status walkTraining(const AppraisalScheme& scheme, const QString& township,
                        const Visit& visit) const;
    Status walkPayments(const AppraisalScheme& scheme, const AppraisalIndicator& indicator,
                        const QString& township, const Visit& visit) const;
    Result<QHash<qint64, QList<TownshipMove>>> moves() const;

    Database& m_db;
};

} // namespace youfu::core
