#include "visit/visitfollowup.h"

#include "approval/applicationrules.h"
#include "approval/approvalrules.h"
#include "approval/approvalstore.h"
#include "common/clock.h"
#include "db/database.h"
#include "db/transaction.h"
#include "petition/petitionrules.h"
#include "petition/petitionstore.h"
#include "registry/personstore.h"
#include "security/permission.h"
#include "visit/visitstore.h"

#include <QCoreApplication>

#include <algorithm>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::VisitFollowUp)
};
} // namespace

Result<qint64> VisitFollowUp::record(const Actor& actor, const VisitRecord& visit,
                                     PetitionSubject subject)
{
    VisitRecord v = visit;
    v.followUpId = 0;
    if (v.followUp == FollowUpKind::None || v.followUp == FollowUpKind::ChiefNote)
        return VisitStore(m_db).recordVisit(actor, v);
    if (v.personIds.isEmpty())
        return Result<qint64>::failure(
            Tr::tr("Choose the person met: what follows the visit is opened for them."));
    // Said before anything is written: the whole visit is refused otherwise.
    const Permission needed = v.followUp == FollowUpKind::PetitionCase
                                  ? Permission::HandlePetitions
                                  : Permission::DraftApplication;
    if (Status s = require(actor, needed); !s)
        return s;

    Transaction tx(m_db);
    if (Status s = tx.status(); !s)
        return s;
    qint64 visitId = 0;
    if (v.followUp == FollowUpKind::AssistanceDraft) {
        ApplicationDraft d;
        d.type = ApplicationType::TemporaryAssistance;
        d.personId = v.personIds.first();
        d.facts = v.difficulties.trimmed().isEmpty() ? v.demands : v.difficulties;
        d.reason = v.demands;
        d.effectiveDate = v.date;
        auto app = ApprovalStore(m_db).create(actor, d);
        if (!app)
            return app.status();
        v.followUpId = app.value();
        auto id = VisitStore(m_db).recordVisit(actor, v);
        if (!id)
            return id.status();
        visitId = id.value();
    } else {
        auto id = VisitStore(m_db).recordVisit(actor, v);
        if (!id)
            return id.status();
        visitId = id.value();
        auto recorded = VisitStore(m_db).visit(visitId);
        if (!recorded)
            return recorded.status();
        PetitionCase c;
        // Received on the day of the visit, at the time it is recorded (never in the future).
        const QDateTime now = m_db.clock().nowUtc().toLocalTime();
        c.receivedAt = std::min(QDateTime(v.date, now.time()), now);
        c.channel = v.form == VisitForm::Phone ? PetitionChannel::Phone : PetitionChannel::Visit;
        c.subject = subject;
        c.summary = v.demands.trimmed().isEmpty() ? v.difficulties : v.demands;
        c.demands = v.demands;
        c.visitId = visitId;
        c.receptionDayId = recorded->receptionDayId;
        PersonStore persons(m_db);
        for (qint64 personId : v.personIds) {
            auto p = persons.byId(personId);
            if (!p)
                return p.status();
            if (c.townshipCode.isEmpty())
                c.townshipCode = p->townshipCode;
            Petitioner who;
            who.personId = personId;
            who.name = p->name;
            c.petitioners << who;
        }
        auto caseId = PetitionStore(m_db).registerCase(actor, c);
        if (!caseId)
            return caseId.status();
    }
    if (Status s = tx.commit(); !s)
        return s;
    return visitId;
}

Result<FollowUpLink> VisitFollowUp::linkOf(const VisitRecord& visit) const
{
    FollowUpLink link;
    link.kind = visit.followUp;
    if (visit.followUp == FollowUpKind::PetitionCase) {
        auto caseId = PetitionStore(m_db).caseOfVisit(visit.id);
        if (!caseId)
            return caseId.status();
        if (caseId.value() == 0)
            return link;
        auto c = PetitionStore(m_db).read(caseId.value());
        if (!c)
            return c.status();
        link.id = c->id;
        link.number = c->number;
        link.title = Tr::tr("Letters-and-visits case %1 (%2)")
                         .arg(c->number, PetitionRules::statusTitle(c->status));
    } else if (visit.followUp == FollowUpKind::AssistanceDraft && visit.followUpId > 0) {
        auto app = ApprovalStore(m_db).byId(visit.followUpId);
        if (!app)
            return app.status();
        link.id = app->id;
        link.number = app->number;
        link.title =
            Tr::tr("%1 application (%2)")
                .arg(ApplicationRules::typeTitle(app->draft.type),
                     app->number.isEmpty() ? ApprovalRules::stateTitle(app->state) : app->number);
    }
    return link;
}

Result<qint64> VisitFollowUp::visitOfApplication(qint64 applicationId) const
{
    return VisitStore(m_db).visitOfFollowUp(FollowUpKind::AssistanceDraft, applicationId);
}

} // namespace youfu::core
