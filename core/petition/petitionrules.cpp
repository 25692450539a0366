#include "petition/petitionrules.h"

#include "common/isotime.h"

#include <QCoreApplication>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::PetitionRules)
};

bool blank(const QString& s)
{
    return s.trimmed().isEmpty();
}

QDate plus(const QDate& from, int days)
{
    return from.isValid() ? from.addDays(days) : QDate();
}

bool answeredStage(CaseStatus s)
{
    return s == CaseStatus::Answered || s == CaseStatus::Closed;
}

// The day `on` must be valid and not before `earliest` (when that is known).
void checkDay(QStringList& problems, const QDate& on, const QDate& earliest, const QString& missing,
              const QString& tooEarly)
{
    if (!on.isValid())
        problems << missing;
    else if (earliest.isValid() && on < earliest)
        problems << tooEarly.arg(chineseDate(earliest));
}

} // namespace

QDate PetitionRules::receivedOn(const PetitionCase& c)
{
    return c.receivedAt.isValid() ? c.receivedAt.toLocalTime().date() : QDate();
}

QDate PetitionRules::acceptanceDeadline(const QDate& received)
{
    return plus(received, kAcceptDays);
}

QDate PetitionRules::answerDeadline(const QDate& accepted, int extensionDays)
{
    return plus(accepted, kAnswerDays + qBound(0, extensionDays, kMaxExtensionDays));
}

QDate PetitionRules::reviewRequestDeadline(const QDate& answered)
{
    return plus(answered, kReviewRequestDays);
}

QDate PetitionRules::reviewDecisionDeadline(const QDate& requested)
{
    return plus(requested, kReviewDecisionDays);
}

ClockKind PetitionRules::clock(const PetitionCase& c)
{
    switch (c.status) {
    case CaseStatus::Registered:
        return ClockKind::Acceptance;
    case CaseStatus::Accepted:
        return ClockKind::Answer;
    case CaseStatus::Reviewing:
        return ClockKind::ReviewDecision;
    case CaseStatus::Rereviewing:
        return ClockKind::RereviewDecision;
    case CaseStatus::NotAccepted:
    case CaseStatus::Forwarded:
    case CaseStatus::Answered:
    case CaseStatus::Closed:
        break;
    }
    return ClockKind::None;
}

QDate PetitionRules::deadline(const PetitionCase& c)
{
    switch (clock(c)) {
    case ClockKind::Acceptance:
        return acceptanceDeadline(receivedOn(c));
    case ClockKind::Answer:
        return answerDeadline(c.decidedOn, c.extensionDays);
    case ClockKind::ReviewDecision:
        return reviewDecisionDeadline(c.reviewRequestedOn);
    case ClockKind::RereviewDecision:
        return reviewDecisionDeadline(c.rereviewRequestedOn);
    case ClockKind::None:
        break;
    }
    return QDate();
}

int PetitionRules::daysLeft(const QDate& deadline, const QDate& today)
{
    if (!deadline.isValid() || !today.isValid())
        return 0;
    return int(today.daysTo(deadline));
}

DeadlineBadge PetitionRules::badge(const QDate& deadline, const QDate& today)
{
    if (!deadline.isValid() || !today.isValid())
        return DeadlineBadge::None;
    const int left = daysLeft(deadline, today);
    if (left < 0)
        return DeadlineBadge::Overdue;
    if (left <= kSoonDays)
        return DeadlineBadge::Soon;
    return DeadlineBadge::Ok;
}

bool PetitionRules::isGroup(int petitionerCount, bool byHand)
{
    return byHand || petitionerCount >= kGroupSize;
}

bool PetitionRules::acceptedOnTime(const QDate& received, const QDate& decided)
{
    return received.isValid() && decided.isValid() && decided <= acceptanceDeadline(received);
}

bool PetitionRules::answeredOnTime(const QDate& accepted, int extensionDays, const QDate& answered)
{
    return accepted.isValid() && answered.isValid() &&
           answered <= answerDeadline(accepted, extensionDays);
}

QStringList PetitionRules::checkRegistration(const PetitionCase& c, const QDate& today)
{
    QStringList problems;
    if (c.petitioners.isEmpty())
        problems << Tr::tr("Name at least one petitioner.");
    else
        for (const Petitioner& p : c.petitioners)
            if (blank(p.name)) {
                problems << Tr::tr("Every petitioner needs a name.");
                break;
            }
    const QDate received = receivedOn(c);
    if (!received.isValid())
        problems << Tr::tr("Give the day the case was received.");
    else if (today.isValid() && received > today)
        problems << Tr::tr("The day of receipt cannot be in the future.");
    if (channelKey(c.channel).isEmpty())
        problems << Tr::tr("Choose how the case came in (letter, visit, phone…).");
    else if (c.channel == PetitionChannel::Forwarded && blank(c.forwardedBy))
        problems << Tr::tr("A case forwarded from above needs the office that forwarded it.");
    if (subjectKey(c.subject).isEmpty())
        problems << Tr::tr("Choose what the case is about.");
    if (c.status != CaseStatus::Registered)
        problems << Tr::tr("This case is already registered.");
    return problems;
}

QStringList PetitionRules::checkDecision(const PetitionCase& c, AcceptDecision d,
                                         const QString& reasonOrOffice, const QDate& on,
                                         const QString& responsibleName,
                                         const QString& responsibleUnit)
{
    QStringList problems;
    if (c.status != CaseStatus::Registered)
        problems << Tr::tr("Whether to accept this case was already decided.");
    checkDay(problems, on, receivedOn(c), Tr::tr("Give the day of the decision."),
             Tr::tr("The decision cannot be dated before the case was received (%1)."));
    switch (d) {
    case AcceptDecision::Accept:
        if (blank(responsibleName) && blank(responsibleUnit))
            problems << Tr::tr("Name the responsible person or unit.");
        break;
    case AcceptDecision::NotAccept:
        if (blank(reasonOrOffice))
            problems << Tr::tr("Say why the case is not accepted.");
        break;
    case AcceptDecision::Forward:
        if (blank(reasonOrOffice))
            problems << Tr::tr("Name the competent office the case is forwarded to.");
        break;
    }
    return problems;
}

QStringList PetitionRules::checkExtension(const PetitionCase& c, int days, const QString& reason,
                                          const QDate& on)
{
    QStringList problems;
    if (c.status != CaseStatus::Accepted)
        problems << Tr::tr("Only a case being handled can be extended.");
    else if (c.extensionDays > 0)
        problems << Tr::tr("The case was already extended once; it cannot be extended again.");
    if (days < 1 || days > kMaxExtensionDays)
        problems << Tr::tr("An extension is from 1 to %1 days.").arg(kMaxExtensionDays);
    if (blank(reason))
        problems << Tr::tr("Give the reason for the extension.");
    checkDay(problems, on, c.decidedOn, Tr::tr("Give the day of the extension."),
             Tr::tr("The extension cannot be dated before the case was accepted (%1)."));
    if (on.isValid() && c.status == CaseStatus::Accepted && c.decidedOn.isValid()) {
        const QDate due = answerDeadline(c.decidedOn, 0);
        if (on > due)
            problems << Tr::tr("The answer was due on %1: a case cannot be extended after its "
                               "deadline has passed.")
                            .arg(chineseDate(due));
    }
    return problems;
}

QStringList PetitionRules::checkAnswer(const PetitionCase& c, AnswerResult result,
                                       const QString& text, const QDate& on)
{
    QStringList problems;
    QDate earliest;
    QString tooEarly;
    switch (c.status) {
    case CaseStatus::Accepted:
        earliest = c.decidedOn;
        tooEarly = Tr::tr("The answer cannot be dated before the case was accepted (%1).");
        break;
    case CaseStatus::Reviewing:
        earliest = c.reviewRequestedOn;
        tooEarly = Tr::tr("The answer cannot be dated before the review was asked for (%1).");
        break;
    case CaseStatus::Rereviewing:
        earliest = c.rereviewRequestedOn;
        tooEarly = Tr::tr("The answer cannot be dated before the re-review was asked for (%1).");
        break;
    default:
        problems << Tr::tr("Only an accepted case, or one under review, can be answered.");
        break;
    }
    if (result == AnswerResult::None || resultKey(result).isEmpty())
        problems << Tr::tr("Choose the result of the answer.");
    if (blank(text))
        problems << Tr::tr("Write the answer.");
    checkDay(problems, on, earliest, Tr::tr("Give the day of the answer."), tooEarly);
    return problems;
}

QStringList PetitionRules::checkReturnVisit(const PetitionCase& c, Satisfaction s, const QDate& on)
{
    QStringList problems;
    if (!answeredStage(c.status) || !c.answeredOn.isValid())
        problems << Tr::tr("A return visit comes after the answer.");
    if (s == Satisfaction::None || satisfactionKey(s).isEmpty())
        problems << Tr::tr("Record how satisfied the petitioner is.");
    const QDate lastAnswer = c.rereviewAnsweredOn.isValid() ? c.rereviewAnsweredOn
                             : c.reviewAnsweredOn.isValid() ? c.reviewAnsweredOn
                                                            : c.answeredOn;
    checkDay(problems, on, lastAnswer, Tr::tr("Give the day of the return visit."),
             Tr::tr("The return visit cannot be dated before the answer (%1)."));
    return problems;
}

QStringList PetitionRules::checkClose(const PetitionCase& c, const QDate& on)
{
    QStringList problems;
    if (c.status == CaseStatus::Closed)
        problems << Tr::tr("The case is already closed.");
    else if (c.status != CaseStatus::Answered || !c.answeredOn.isValid() ||
             c.result == AnswerResult::None)
        problems << Tr::tr("A case closes only with an answer and a result.");
    checkDay(problems, on, c.answeredOn, Tr::tr("Give the day the case is closed."),
             Tr::tr("The case cannot be closed before it was answered (%1)."));
    return problems;
}

ClockKind PetitionRules::nextReview(const PetitionCase& c)
{
    if (!answeredStage(c.status) || c.rereviewRequestedOn.isValid())
        return ClockKind::None;
    if (c.reviewAnsweredOn.isValid())
        return ClockKind::RereviewDecision;
    if (c.reviewRequestedOn.isValid() || !c.answeredOn.isValid())
        return ClockKind::None;
    return ClockKind::ReviewDecision;
}

QDate PetitionRules::reviewWindowEnd(const PetitionCase& c)
{
    switch (nextReview(c)) {
    case ClockKind::ReviewDecision:
        return reviewRequestDeadline(c.answeredOn);
    case ClockKind::RereviewDecision:
        return reviewRequestDeadline(c.reviewAnsweredOn);
    default:
        break;
    }
    return QDate();
}

QStringList PetitionRules::checkReviewRequest(const PetitionCase& c, const QDate& on)
{
    QStringList problems;
    if (c.rereviewRequestedOn.isValid() || c.status == CaseStatus::Rereviewing) {
        problems << Tr::tr("The re-review was the last step: no further review can be asked for.");
        return problems;
    }
    if (c.status == CaseStatus::Reviewing) {
        problems << Tr::tr("A review of this case is already under way.");
        return problems;
    }
    const ClockKind next = nextReview(c);
    if (next == ClockKind::None) {
        problems << Tr::tr("Only an answered case can be reviewed.");
        return problems;
    }
    const bool rereview = next == ClockKind::RereviewDecision;
    const QDate answer = rereview ? c.reviewAnsweredOn : c.answeredOn;
    checkDay(problems, on, answer, Tr::tr("Give the day the review was asked for."),
             rereview ? Tr::tr("A re-review cannot be asked for before the review's answer (%1).")
                      : Tr::tr("A review cannot be asked for before the answer (%1)."));
    const QDate end = reviewWindowEnd(c);
    if (on.isValid() && end.isValid() && on > end)
        problems << (rereview ? Tr::tr("A re-review can be asked for only within %1 days of the "
                                       "review's answer; the time ended on %2.")
                              : Tr::tr("A review can be asked for only within %1 days of the "
                                       "answer; the time ended on %2."))
                        .arg(kReviewRequestDays)
                        .arg(chineseDate(end));
    return problems;
}

QString PetitionRules::defaultNumberFormat()
{
    return QStringLiteral("武优信〔{year}〕{seq:04}号");
}

// Titles.

QString PetitionRules::channelTitle(PetitionChannel v)
{
    switch (v) {
    case PetitionChannel::Letter:
        return Tr::tr("Letter");
    case PetitionChannel::Visit:
        return Tr::tr("Visit in person");
    case PetitionChannel::Phone:
        return Tr::tr("Phone call");
    case PetitionChannel::Online:
        return Tr::tr("Online petition");
    case PetitionChannel::Leader:
        return Tr::tr("Assigned by a leader");
    case PetitionChannel::Forwarded:
        return Tr::tr("Forwarded from above");
    }
    return QString();
}

QString PetitionRules::subjectTitle(PetitionSubject v)
{
    switch (v) {
    case PetitionSubject::Benefit:
        return Tr::tr("Benefits");
    case PetitionSubject::Status:
        return Tr::tr("Status recognition");
    case PetitionSubject::Medical:
        return Tr::tr("Medical care");
    case PetitionSubject::Housing:
        return Tr::tr("Housing");
    case PetitionSubject::Employment:
        return Tr::tr("Employment and placement");
    case PetitionSubject::Other:
        return Tr::tr("Other");
    }
    return QString();
}

QString PetitionRules::beyondTitle(BeyondLevel v)
{
    switch (v) {
    case BeyondLevel::None:
        return Tr::tr("Not beyond level");
    case BeyondLevel::City:
        return Tr::tr("To the city");
    case BeyondLevel::Province:
        return Tr::tr("To the province");
    case BeyondLevel::Beijing:
        return Tr::tr("To Beijing");
    }
    return QString();
}

QString PetitionRules::statusTitle(CaseStatus v)
{
    switch (v) {
    case CaseStatus::Registered:
        return Tr::tr("Awaiting acceptance");
    case CaseStatus::Accepted:
        return Tr::tr("Being handled");
    case CaseStatus::NotAccepted:
        return Tr::tr("Not accepted");
    case CaseStatus::Forwarded:
        return Tr::tr("Forwarded");
    case CaseStatus::Answered:
        return Tr::tr("Answered");
    case CaseStatus::Reviewing:
        return Tr::tr("Under review");
    case CaseStatus::Rereviewing:
        return Tr::tr("Under re-review");
    case CaseStatus::Closed:
        return Tr::tr("Closed");
    }
    return QString();
}

QString PetitionRules::resultTitle(AnswerResult v)
{
    switch (v) {
    case AnswerResult::None:
        return Tr::tr("No result yet");
    case AnswerResult::Solved:
        return Tr::tr("Solved");
    case AnswerResult::Partly:
        return Tr::tr("Partly solved");
    case AnswerResult::Explained:
        return Tr::tr("Explained");
    case AnswerResult::Unsupported:
        return Tr::tr("Not supported");
    }
    return QString();
}

QString PetitionRules::wayTitle(AnswerWay v)
{
    switch (v) {
    case AnswerWay::Written:
        return Tr::tr("In writing");
    case AnswerWay::InPerson:
        return Tr::tr("In person");
    case AnswerWay::Phone:
        return Tr::tr("By phone");
    }
    return QString();
}

QString PetitionRules::satisfactionTitle(Satisfaction v)
{
    switch (v) {
    case Satisfaction::None:
        return Tr::tr("No return visit yet");
    case Satisfaction::Satisfied:
        return Tr::tr("Satisfied");
    case Satisfaction::Basically:
        return Tr::tr("Basically satisfied");
    case Satisfaction::Dissatisfied:
        return Tr::tr("Dissatisfied");
    case Satisfaction::NoView:
        return Tr::tr("No view given");
    }
    return QString();
}

QString PetitionRules::clockTitle(ClockKind v)
{
    switch (v) {
    case ClockKind::None:
        return Tr::tr("No deadline");
    case ClockKind::Acceptance:
        return Tr::tr("Acceptance deadline");
    case ClockKind::Answer:
        return Tr::tr("Handling deadline");
    case ClockKind::ReviewDecision:
        return Tr::tr("Review deadline");
    case ClockKind::RereviewDecision:
        return Tr::tr("Re-review deadline");
    }
    return QString();
}

QString PetitionRules::stepTitle(const QString& stepKind)
{
    static const struct
    {
        const char* key;
        const char* title;
    } steps[] = {
        {"register", QT_TRANSLATE_NOOP("youfu::core::PetitionRules", "Registered")},
        {"accept", QT_TRANSLATE_NOOP("youfu::core::PetitionRules", "Accepted")},
        {"not_accept", QT_TRANSLATE_NOOP("youfu::core::PetitionRules", "Not accepted")},
        {"forward", QT_TRANSLATE_NOOP("youfu::core::PetitionRules", "Forwarded")},
        {"assign", QT_TRANSLATE_NOOP("youfu::core::PetitionRules", "Assigned")},
        {"extend", QT_TRANSLATE_NOOP("youfu::core::PetitionRules", "Extended")},
        {"answer", QT_TRANSLATE_NOOP("youfu::core::PetitionRules", "Answered")},
        {"return_visit", QT_TRANSLATE_NOOP("youfu::core::PetitionRules", "Return visit")},
        {"review_request", QT_TRANSLATE_NOOP("youfu::core::PetitionRules", "Review asked for")},
        {"review_answer", QT_TRANSLATE_NOOP("youfu::core::PetitionRules", "Review answered")},
        {"rereview_request",
         QT_TRANSLATE_NOOP("youfu::core::PetitionRules", "Re-review asked for")},
        {"rereview_answer", QT_TRANSLATE_NOOP("youfu::core::PetitionRules", "Re-review answered")},
        {"close", QT_TRANSLATE_NOOP("youfu::core::PetitionRules", "Closed")},
        {"notify", QT_TRANSLATE_NOOP("youfu::core::PetitionRules", "Notice given")},
        {"note", QT_TRANSLATE_NOOP("youfu::core::PetitionRules", "Note")},
        {"flag", QT_TRANSLATE_NOOP("youfu::core::PetitionRules", "Flag changed")},
    };
    for (const auto& s : steps)
        if (stepKind == QLatin1String(s.key))
            return Tr::tr(s.title);
    return stepKind;
}

// Keys stored in the database (resources/migrations/0012_petitions.sql).

QString PetitionRules::channelKey(PetitionChannel v)
{
    switch (v) {
    case PetitionChannel::Letter:
        return QStringLiteral("letter");
    case PetitionChannel::Visit:
        return QStringLiteral("visit");
    case PetitionChannel::Phone:
        return QStringLiteral("phone");
    case PetitionChannel::Online:
        return QStringLiteral("online");
    case PetitionChannel::Leader:
        return QStringLiteral("leader");
    case PetitionChannel::Forwarded:
        return QStringLiteral("forwarded");
    }
    return QString();
}

Result<PetitionChannel> PetitionRules::channelFromKey(const QString& key)
{
    for (PetitionChannel v :
         {PetitionChannel::Letter, PetitionChannel::Visit, PetitionChannel::Phone,
          PetitionChannel::Online, PetitionChannel::Leader, PetitionChannel::Forwarded})
        if (channelKey(v) == key)
            return v;
    return Result<PetitionChannel>::failure(
        Tr::tr("The database holds an unknown petition channel \"%1\".").arg(key));
}

QString PetitionRules::subjectKey(PetitionSubject v)
{
    switch (v) {
    case PetitionSubject::Benefit:
        return QStringLiteral("benefit");
    case PetitionSubject::Status:
        return QStringLiteral("status");
    case PetitionSubject::Medical:
        return QStringLiteral("medical");
    case PetitionSubject::Housing:
        return QStringLiteral("housing");
    case PetitionSubject::Employment:
        return QStringLiteral("employment");
    case PetitionSubject::Other:
        return QStringLiteral("other");
    }
    return QString();
}

Result<PetitionSubject> PetitionRules::subjectFromKey(const QString& key)
{
    for (PetitionSubject v :
         {PetitionSubject::Benefit, PetitionSubject::Status, PetitionSubject::Medical,
          PetitionSubject::Housing, PetitionSubject::Employment, PetitionSubject::Other})
        if (subjectKey(v) == key)
            return v;
    return Result<PetitionSubject>::failure(
        Tr::tr("The database holds an unknown petition subject \"%1\".").arg(key));
}

QString PetitionRules::beyondKey(BeyondLevel v)
{
    switch (v) {
    case BeyondLevel::None:
        return QStringLiteral("");
    case BeyondLevel::City:
        return QStringLiteral("city");
    case BeyondLevel::Province:
        return QStringLiteral("province");
    case BeyondLevel::Beijing:
        return QStringLiteral("beijing");
    }
    return QString();
}

Result<BeyondLevel> PetitionRules::beyondFromKey(const QString& key)
{
    if (key.isEmpty())
        return BeyondLevel::None;
    for (BeyondLevel v : {BeyondLevel::City, BeyondLevel::Province, BeyondLevel::Beijing})
        if (beyondKey(v) == key)
            return v;
    return Result<BeyondLevel>::failure(
        Tr::tr("The database holds an unknown beyond-level mark \"%1\".").arg(key));
}

QString PetitionRules::statusKey(CaseStatus v)
{
    switch (v) {
    case CaseStatus::Registered:
        return QStringLiteral("registered");
    case CaseStatus::Accepted:
        return QStringLiteral("accepted");
    case CaseStatus::NotAccepted:
        return QStringLiteral("not_accepted");
    case CaseStatus::Forwarded:
        return QStringLiteral("forwarded");
    case CaseStatus::Answered:
        return QStringLiteral("answered");
    case CaseStatus::Reviewing:
        return QStringLiteral("reviewing");
    case CaseStatus::Rereviewing:
        return QStringLiteral("rereviewing");
    case CaseStatus::Closed:
        return QStringLiteral("closed");
    }
    return QString();
}

Result<CaseStatus> PetitionRules::statusFromKey(const QString& key)
{
    for (CaseStatus v : {CaseStatus::Registered, CaseStatus::Accepted, CaseStatus::NotAccepted,
                         CaseStatus::Forwarded, CaseStatus::Answered, CaseStatus::Reviewing,
                         CaseStatus::Rereviewing, CaseStatus::Closed})
        if (statusKey(v) == key)
            return v;
    return Result<CaseStatus>::failure(
        Tr::tr("The database holds an unknown case status \"%1\".").arg(key));
}

QString PetitionRules::resultKey(AnswerResult v)
{
    switch (v) {
    case AnswerResult::None:
        return QStringLiteral("");
    case AnswerResult::Solved:
        return QStringLiteral("solved");
    case AnswerResult::Partly:
        return QStringLiteral("partly");
    case AnswerResult::Explained:
        return QStringLiteral("explained");
    case AnswerResult::Unsupported:
        return QStringLiteral("unsupported");
    }
    return QString();
}

Result<AnswerResult> PetitionRules::resultFromKey(const QString& key)
{
    if (key.isEmpty())
        return AnswerResult::None;
    for (AnswerResult v : {AnswerResult::Solved, AnswerResult::Partly, AnswerResult::Explained,
                           AnswerResult::Unsupported})
        if (resultKey(v) == key)
            return v;
    return Result<AnswerResult>::failure(
        Tr::tr("The database holds an unknown answer result \"%1\".").arg(key));
}

QString PetitionRules::wayKey(AnswerWay v)
{
    switch (v) {
    case AnswerWay::Written:
        return QStringLiteral("written");
    case AnswerWay::InPerson:
        return QStringLiteral("in_person");
    case AnswerWay::Phone:
        return QStringLiteral("phone");
    }
    return QString();
}

Result<AnswerWay> PetitionRules::wayFromKey(const QString& key)
{
    for (AnswerWay v : {AnswerWay::Written, AnswerWay::InPerson, AnswerWay::Phone})
        if (wayKey(v) == key)
            return v;
    return Result<AnswerWay>::failure(
        Tr::tr("The database holds an unknown way of answering \"%1\".").arg(key));
}

QString PetitionRules::satisfactionKey(Satisfaction v)
{
    switch (v) {
    case Satisfaction::None:
        return QStringLiteral("");
    case Satisfaction::Satisfied:
        return QStringLiteral("satisfied");
    case Satisfaction::Basically:
        return QStringLiteral("basically");
    case Satisfaction::Dissatisfied:
        return QStringLiteral("dissatisfied");
    case Satisfaction::NoView:
        return QStringLiteral("no_view");
    }
    return QString();
}

Result<Satisfaction> PetitionRules::satisfactionFromKey(const QString& key)
{
    if (key.isEmpty())
        return Satisfaction::None;
    for (Satisfaction v : {Satisfaction::Satisfied, Satisfaction::Basically,
                           Satisfaction::Dissatisfied, Satisfaction::NoView})
        if (satisfactionKey(v) == key)
            return v;
    return Result<Satisfaction>::failure(
        Tr::tr("The database holds an unknown satisfaction \"%1\".").arg(key));
}

} // namespace youfu::core
