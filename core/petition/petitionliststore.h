#pragma once

#include "common/result.h"
#include "petition/petition.h"

namespace youfu::core {

class Database;

// Reads over many cases: the lazy case list (keyset, newest first), counts for the home
// cards and youfuctl, a person's cases, and the statistics. Read only; no writes here.
class PetitionListStore
{
public:
    explicit PetitionListStore(Database& db) : m_db(db) {}

    // `limit` lines after `after` (nullptr = from the start); `today` decides overdue/badges.
    Result<QList<CaseLine>> page(const CaseFilter& filter, const CaseCursor* after, int limit,
                                 const QDate& today) const;
    // The keyset position of a line (its received_at is held as a day only).
    Result<CaseCursor> cursorOf(qint64 caseId) const;
    Result<int> count(const CaseFilter& filter, const QDate& today) const;
    Result<PetitionCounts> homeCounts(const QDate& today) const;
    Result<QList<CaseLine>> casesOf(qint64 personId, const QDate& today) const;

    enum class Dimension
    {
        Month,
        Channel,
        Subject,
        Township
    };
    // Cases received in [from, to], grouped; a last row "合计" sums them all.
    Result<QList<PetitionStatRow>> statistics(Dimension d, const QDate& from, const QDate& to,
                                              const QDate& today) const;

private:
    Database& m_db;
};

} // namespace youfu::core
