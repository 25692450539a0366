#pragma once

#include "appraisal/appraisal.h"
#include "common/result.h"
#include "security/actor.h"

#include <QList>

namespace youfu::core {

class Database;

// The one place with SQL on appraisal_schemes and appraisal_indicators. Drafts are saved by
// the section chief (ManageAppraisal) and approved by the director (ApproveAppraisal), never
// by who drafted; an approved scheme is frozen (the store refuses, and so do the triggers of
// migration 0017): a later year copies it and edits the copy.
class SchemeStore
{
public:
    explicit SchemeStore(Database& db) : m_db(db) {}

    // Saves a draft (id 0: a new one for its year and kind) with its indicators; returns its id.
    Result<qint64> saveDraft(const Actor& actor, const AppraisalScheme& scheme);
    Status approve(const Actor& actor, qint64 id);
    // A new draft for `year` with the scheme's indicators, thresholds and vetoes; its
    // copied_from names the source. Refused when that year already has a scheme of the kind.
    Result<qint64> copyToYear(const Actor& actor, qint64 id, int year);

    Result<AppraisalScheme> byId(qint64 id) const;
    // The year's scheme of that kind; id 0 when there is none.
    Result<AppraisalScheme> forYear(int year, SchemeKind kind) const;
    // Every scheme, newest year first (indicators included).
    Result<QList<AppraisalScheme>> list() const;

private:
    Result<qint64> save(const Actor& actor, const AppraisalScheme& scheme, const QString& action);

    Database& m_db;
};

} // namespace youfu::core
