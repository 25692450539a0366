#pragma once

#include "common/result.h"
#include "registry/area.h"
#include "security/actor.h"
#include "township/zeroreport.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

namespace youfu::core {

class Database;

// The daily zero reports (migration 0016): all their SQL. Writes through AuditedWrite with
// Permission::ManageTownships (zero_report.record, zero_report.correct, zero_report.import,
// zero_report.deadline); reading needs nothing beyond the open database (the window shows
// it to ViewBusiness). "Now" is the database clock in local time.
class ZeroReportStore
{
public:
    static const QString kDeadlineSetting; // zero_report.deadline_hours

    explicit ZeroReportStore(Database& db) : m_db(db) {}

    // The deadline setting in hours after the day's end (24 when unset or unreadable).
    int deadlineHours() const;
    // Sets it (ManageTownships: the section that keeps the register decides its deadline).
    Status setDeadlineHours(const Actor& actor, int hours);

    Result<qint64> record(const Actor& actor, const ZeroReport& report);
    // Several reports in one change (an import): one audit entry for all, listing them.
    Result<QList<qint64>> recordAll(const Actor& actor, const QList<ZeroReport>& reports,
                                    const QString& fileName);
    // Corrects a report (id set): township and day stay; the rest is replaced.
    Status correct(const Actor& actor, const ZeroReport& report);

    Result<ZeroReport> report(qint64 id) const;
    // The id of the township's report on `day`, 0 when there is none.
    Result<qint64> reportIdOn(const QString& townshipCode, const QDate& day) const;
    // Of the given (township, day) pairs ("code|yyyy-MM-dd"), those already reported.
    Result<QSet<QString>> existing(const QDate& from, const QDate& to) const;

    Result<QList<Township>> activeTownships() const;

    // Active townships × days of the month with their status at now; one query. An empty
    // `townshipCode` means every township.
    Result<ZeroMonthGrid> monthGrid(int year, int month, const QString& townshipCode = {}) const;
    // Active townships without a report on `day` (overdue or not yet).
    Result<QList<ZeroMissing>> missing(const QDate& day) const;
    // Missing reports of the last 7 days whose deadline passed, every township and day.
    Result<QList<ZeroMissing>> missingLast7() const;
    Result<ZeroHomeCounts> homeCounts() const;
    // Every active township × the 12 months of `year` (month 1..12 in order), as of now: the
    // reporting rate that feeds the year-end appraisal.
    Result<QList<ZeroMonthRate>> monthlyRates(int year) const;

    // The cases and warnings of a township, newest first (at most 200 of each), to link items.
    Result<QList<ZeroLink>> linkCandidates(const QString& townshipCode) const;
    // Up to `perTownship` persons in care of each active township (the demo's items).
    Result<QHash<QString, QList<qint64>>> personsByTownship(int perTownship) const;

    // Now as the office's wall clock (local time without a zone), as received_at is kept.
    QDateTime now() const;

private:
    Database& m_db;
};

} // namespace youfu::core
