#pragma once

#include "common/result.h"
#include "petition/petition.h"

#include <QStringList>

namespace youfu::core {

// The statutory clock of 《信访工作条例》(2022) and the case's way, as pure rules. Calendar days
// throughout (QDate::addDays: month ends and leap years need nothing special). No database.
class PetitionRules
{
public:
    static constexpr int kAcceptDays = 15;         // decide on acceptance after receipt
    static constexpr int kAnswerDays = 60;         // answer after acceptance
    static constexpr int kMaxExtensionDays = 30;   // one extension
    static constexpr int kReviewRequestDays = 30;  // ask for 复查 / 复核 after the answer
    static constexpr int kReviewDecisionDays = 30; // decide the 复查 / 复核
    static constexpr int kGroupSize = 5;           // 集体访 at five or more petitioners
    static constexpr int kSoonDays = 3;            // amber within 3 days

    // The office's calendar day of receipt (received_at is a date-time, UTC or local).
    static QDate receivedOn(const PetitionCase& c);

    static QDate acceptanceDeadline(const QDate& received);
    // From the day of acceptance (a case accepted late still has its full 60 days; the late
    // acceptance shows in the on-time rate instead), plus the extension.
    static QDate answerDeadline(const QDate& accepted, int extensionDays);
    static QDate reviewRequestDeadline(const QDate& answered); // the petitioner's window
    static QDate reviewDecisionDeadline(const QDate& requested);

    // Which clock runs for the case as it stands, and its deadline (invalid for None).
    static ClockKind clock(const PetitionCase& c);
    static QDate deadline(const PetitionCase& c);
    static int daysLeft(const QDate& deadline, const QDate& today); // negative when overdue
    static DeadlineBadge badge(const QDate& deadline, const QDate& today);

    static bool isGroup(int petitionerCount, bool byHand);
    static bool acceptedOnTime(const QDate& received, const QDate& decided);
    static bool answeredOnTime(const QDate& accepted, int extensionDays, const QDate& answered);

    // What is wrong, in the clerk's words; empty when the step may be taken on `today`.
    static QStringList checkRegistration(const PetitionCase& c, const QDate& today);
    static QStringList checkDecision(const PetitionCase& c, AcceptDecision d,
                                     const QString& reasonOrOffice, const QDate& on,
                                     const QString& responsibleName,
                                     const QString& responsibleUnit);
    static QStringList checkExtension(const PetitionCase& c, int days, const QString& reason,
                                      const QDate& on);
    static QStringList checkAnswer(const PetitionCase& c, AnswerResult result, const QString& text,
                                   const QDate& on);
    static QStringList checkReturnVisit(const PetitionCase& c, Satisfaction s, const QDate& on);
    // A case closes only with an answer and a result.
    static QStringList checkClose(const PetitionCase& c, const QDate& on);
    // Reopened only through 复查 (within 30 days of the answer) and then 复核 (within 30 days of
    // the review's answer); nothing after a 复核.
    static QStringList checkReviewRequest(const PetitionCase& c, const QDate& on);
    // The next review the petitioner may ask for: Rereviewing's clock kind for a 复核, the
    // ReviewDecision kind for a 复查, None when nothing more may be asked (or not yet).
    static ClockKind nextReview(const PetitionCase& c);
    // The last day the petitioner may ask for that review (invalid when none may be asked).
    static QDate reviewWindowEnd(const PetitionCase& c);

    // The case number: ApprovalRules::formatNumber with this default pattern.
    static QString defaultNumberFormat(); // 武优信〔{year}〕{seq:04}号

    // Titles in the clerk's words, and the keys stored in the database.
    static QString channelTitle(PetitionChannel v);
    static QString subjectTitle(PetitionSubject v);
    static QString beyondTitle(BeyondLevel v);
    static QString statusTitle(CaseStatus v);
    static QString resultTitle(AnswerResult v);
    static QString wayTitle(AnswerWay v);
    static QString satisfactionTitle(Satisfaction v);
    static QString clockTitle(ClockKind v);
    static QString stepTitle(const QString& stepKind);
    static QString channelKey(PetitionChannel v);
    static Result<PetitionChannel> channelFromKey(const QString& key);
    static QString subjectKey(PetitionSubject v);
    static Result<PetitionSubject> subjectFromKey(const QString& key);
    static QString beyondKey(BeyondLevel v);
    static Result<BeyondLevel> beyondFromKey(const QString& key);
    static QString statusKey(CaseStatus v);
    static Result<CaseStatus> statusFromKey(const QString& key);
    static QString resultKey(AnswerResult v);
    static Result<AnswerResult> resultFromKey(const QString& key);
    static QString wayKey(AnswerWay v);
    static Result<AnswerWay> wayFromKey(const QString& key);
    static QString satisfactionKey(Satisfaction v);
    static Result<Satisfaction> satisfactionFromKey(const QString& key);
};

} // namespace youfu::core
