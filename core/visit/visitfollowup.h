#pragma once

#include "common/result.h"
#include "petition/petition.h"
#include "security/actor.h"
#include "visit/visit.h"

namespace youfu::core {

class Database;

// What a visit opened, linked both ways.
struct FollowUpLink
{
    FollowUpKind kind = FollowUpKind::None;
    qint64 id = 0;  // the case or the application
    QString number; // the case's number; an application's number once approved, else ""
    QString title;  // "信访案件 武优信〔2026〕0003号" / "临时救助申请（草稿）"
};

// A visit and what follows from it, in one transaction (each record with its own audit entry:
// visit.record and petition.register or application.create):
// - PetitionCase: a letters-and-visits case registered from the visit (petitioners = the persons
//   met, demands = what they asked, channel 来访 or 电话 by the visit's form, the township of
//   the first person, the reception day if any); the case names the visit (visit_id), and the
//   visit finds its case through it.
// - AssistanceDraft: a temporary-assistance application drafted for the first person met (facts
//   = the difficulties found, reason = what they asked), for the clerk to complete and submit;
//   the visit names the application (follow_up_id), the application finds its visit back
//   through visitOfApplication.
// - ChiefNote / None: the visit alone.
// Refused as a whole when the actor may not open what follows (a section chief may record a
// visit but not draft an application).
class VisitFollowUp
{
public:
    explicit VisitFollowUp(Database& db) : m_db(db) {}

    // `subject` is the case's subject (PetitionCase only).
    Result<qint64> record(const Actor& actor, const VisitRecord& visit,
                          PetitionSubject subject = PetitionSubject::Other);
    // What a visit opened (kind None when nothing).
    Result<FollowUpLink> linkOf(const VisitRecord& visit) const;
    // The visit that opened an application (0 when none).
    Result<qint64> visitOfApplication(qint64 applicationId) const;

private:
    Database& m_db;
};

} // namespace youfu::core
