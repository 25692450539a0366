#pragma once

#include "common/result.h"
#include "petition/petition.h"
#include "security/actor.h"

#include <functional>

namespace youfu::core {

class Authority;
class Database;

// The case register and each case's way (tables of migration 0012). Every write through
// AuditedWrite, one audit entry each (petition.register, petition.update, petition.decide,
// petition.assign, petition.extend, petition.answer, petition.return_visit,
// petition.review_request, petition.close, petition.attach, petition.deputy, petition.notify,
// petition.note), one step row on
// the case's timeline, and the case's `deadline` column kept from PetitionRules::deadline.
// Rules are checked inside the transaction with PetitionRules; their words are returned.
class PetitionStore
{
public:
    explicit PetitionStore(Database& db) : m_db(db) {}

    // The setting holding the number pattern (ApprovalRules::formatNumber); unset or invalid =
    // PetitionRules::defaultNumberFormat().
    static const QString kNumberFormatKey;
    QString numberFormat() const;

    // Registration: numbers the case (per year of receipt, no gaps: max+1 inside the write
    // transaction, unique (year, seq)), stores petitioners, flags, attachments.
    // Permission::HandlePetitions.
    Result<qint64> registerCase(const Actor& actor, const PetitionCase& c);
    // Edits the registration fields of a case not yet ended (summary, demands, subject,
    // township, petitioners, flags by hand, beyond level, repeat link).
    Status updateRegistration(const Actor& actor, const PetitionCase& c);

    // 受理 (with 责任人/责任单位), 不予受理 (reason), 转送 (the competent office), on a date,
    // with the date the petitioner was notified in writing (may be set later by notify()).
    Status decide(const Actor& actor, qint64 caseId, AcceptDecision decision,
                  const QString& reasonOrOffice, const QDate& on, qint64 responsibleUserId,
                  const QString& responsibleName, const QString& responsibleUnit,
                  const QString& opinion);
    Status notify(const Actor& actor, qint64 caseId, const QDate& on);
    Status reassign(const Actor& actor, qint64 caseId, qint64 responsibleUserId,
                    const QString& responsibleName, const QString& responsibleUnit,
                    const QString& opinion);
    // One extension of ≤ 30 days, approved by the head of the bureau: the director
    // (Permission::ApprovePetitionExtension) or the deputy the director named.
    Status extend(const Actor& actor, qint64 caseId, int days, const QString& reason,
                  const QDate& on);
    Status answer(const Actor& actor, qint64 caseId, AnswerResult result, AnswerWay way,
                  const QString& text, const QDate& on);
    Status returnVisit(const Actor& actor, qint64 caseId, Satisfaction s, const QString& note,
                       const QDate& on);
    // 复查 after an answer, then 复核 after the review's answer: the case reopens.
    Status requestReview(const Actor& actor, qint64 caseId, const QString& reason, const QDate& on);
    Status close(const Actor& actor, qint64 caseId, const QString& opinion, const QDate& on);
    Status addNote(const Actor& actor, qint64 caseId, const QString& note);
    // Attachments: the file's bytes go to the scan store (content-addressed), the row here.
    Status attach(const Actor& actor, qint64 caseId, const QString& filePath, const QString& title);

    // The deputy who may approve extensions besides the director (0 = none). Set by the
    // director (Permission::ApprovePetitionExtension).
    Status nameExtensionDeputy(const Actor& actor, qint64 userId);
    Result<qint64> extensionDeputy() const;

    Result<PetitionCase> read(qint64 caseId) const; // with petitioners, attachments, steps
    // A visit's follow-up opened this case (and the visit links back): see VisitStore.
    Result<qint64> caseOfVisit(qint64 visitId) const; // 0 when none

private:
    // Checks the rule and moves the case; names the step's kind and opinion.
    using StepChange = std::function<Status(PetitionCase&, QString& kind, QString& opinion)>;
    Status step(const Actor& actor, const Authority& authority, const QString& action,
                qint64 caseId, const StepChange& change);

    Database& m_db;
};

} // namespace youfu::core
