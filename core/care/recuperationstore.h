#pragma once

#include "care/care.h"
#include "common/result.h"
#include "security/actor.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace youfu::core {

class Database;

// Which persons a batch may take.
struct CandidateFilter
{
    QSet<QString> categoryCodes; // current category in this set; empty = any current category
    QString townshipCode;        // empty = every township
    QString text;                // name contains
    bool keyPersonsOnly = false;
    int limit = 500;
};

// 短期疗养: batches and their participants (migration 0016). The only SQL on them; every
// write is one audited change that needs Permission::ManageCare.
class RecuperationStore
{
public:
    explicit RecuperationStore(Database& db) : m_db(db) {}

    // care.recuperation_interval_years (default 2).
    int intervalYears() const;

    // Newest first; year 0 = every year (by starts_on); text: title or place contains.
    Result<QList<RecuperationBatch>> batches(int year = 0, const QString& text = {}) const;
    Result<RecuperationBatch> batch(qint64 batchId) const;
    Result<QList<RecuperationParticipant>> participants(qint64 batchId) const;
    // Persons who may go on the batch: key persons first, then by name; each with the end of
    // the last batch they attended (another batch), their last health note and the interval.
    Result<QList<RecuperationCandidate>> candidates(qint64 batchId,
                                                    const CandidateFilter& filter) const;
    // The end of the last batch the person attended (other than `exceptBatch`); invalid = never.
    Result<QDate> lastAttendedEnd(qint64 personId, qint64 exceptBatch = 0) const;
    // Planned batches starting from `from` to `from + days` (the home card).
    Result<QList<RecuperationBatch>> upcoming(const QDate& from, int days) const;

    Result<qint64> addBatch(const Actor& actor, const BatchDraft& draft);
    Status cancelBatch(const Actor& actor, qint64 batchId, const QString& reason);
    // Adds persons to a planned batch; one within the interval needs an override reason.
    Status addParticipants(const Actor& actor, qint64 batchId,
                           const QList<ParticipantDraft>& persons);
    Status removeParticipant(const Actor& actor, qint64 batchId, qint64 personId);
    // Who came and what each cost; the batch is done afterwards. Everyone of the batch must be
    // in `entries`; the batch must have started.
    Status recordAttendance(const Actor& actor, qint64 batchId,
                            const QList<AttendanceEntry>& entries);

private:
    Database& m_db;
};

} // namespace youfu::core
