#pragma once

#include "common/result.h"
#include "security/actor.h"

#include <QDate>
#include <QString>

namespace youfu::core {

class Database;

// Whether a letters-and-visits case caused a serious effect, as the director marked it.
struct SeriousEffectMark
{
    bool serious = false;
    qint64 byUserId = 0;
    QString byName; // the director's display name
    QDate on;
};

// The director's mark on a petition case that it caused a serious effect (造成严重影响): a veto
// of the township's year-end grade when the unit scheme says so. The only SQL on
// petition_cases.serious_effect*; the mark and its removal are audited with their reason.
class SeriousEffectStore
{
public:
    explicit SeriousEffectStore(Database& db) : m_db(db) {}

    // ApproveAppraisal only; the reason is required both ways and kept in the audit entry.
    Status mark(const Actor& actor, qint64 caseId, bool serious, const QString& reason);
    // False for an unknown case.
    bool isSerious(qint64 caseId) const;
    Result<SeriousEffectMark> read(qint64 caseId) const;

private:
    Database& m_db;
};

} // namespace youfu::core
