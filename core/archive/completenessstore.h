#pragma once

#include "archive/completeness.h"
#include "common/result.h"
#include "security/actor.h"

#include <QList>

namespace youfu::core {

class Database;

// The archive-wide completeness view: which active persons lack a verified document their
// categories require, counted by township and category. Read-only SQL, one query per view,
// over archive_completeness (migration 0005: per held category the number of missing kinds,
// kept exact by triggers on every write) — 200,000 persons in well under a second, see
// tests/bench/bench_archive.cpp.
class CompletenessStore
{
public:
    explicit CompletenessStore(Database& db) : m_db(db) {}

    // One row per township and category held today, in official order. A view that cannot be
    // read is an error, never an empty list.
    Result<QList<CompletenessSummaryRow>> summary(const CompletenessFilter& filter = {}) const;
    // The persons with missing documents, ordered by township and name: the ids first (the
    // list model pages through them), then the rows of a window of ids.
    Result<QList<qint64>> incompletePersonIds(const CompletenessFilter& filter = {}) const;
    Result<QList<IncompletePersonRow>> incompleteRows(const QList<qint64>& personIds,
                                                      const CompletenessFilter& filter = {}) const;

    // CSV (UTF-8 with BOM, written atomically) of the summary, or of every incomplete person.
    // Permission::ViewBusiness. Citizen IDs are masked.
    Status exportSummaryCsv(const Actor& actor, const QString& path,
                            const CompletenessFilter& filter = {}) const;
    Status exportIncompleteCsv(const Actor& actor, const QString& path,
                               const CompletenessFilter& filter = {}) const;

    static QStringList summaryHeader();
    static QStringList incompleteHeader();

private:
    Database& m_db;
};

} // namespace youfu::core
