#include "appraisal/unitrules.h"

#include "appraisal/schemerules.h"
#include "common/isotime.h"
#include "petition/petitionrules.h"
#include "township/zeroreportrules.h"

#include <QCoreApplication>

#include <algorithm>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::UnitRules)
};

qint64 halfUp(qint64 num, qint64 den)
{
    return den > 0 ? (2 * num + den) / (2 * den) : 0;
}

UnitTally tally(bool due, bool done)
{
    return UnitTally{due, due && done};
}
} // namespace

qint64 UnitRules::ratePermille(qint64 numerator, qint64 denominator)
{
    return denominator > 0 ? numerator * 1000 / denominator : 0;
}

int UnitRules::score(const AppraisalIndicator& indicator, qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return 0;
    const qint64 rate = ratePermille(numerator, denominator);
    if (indicator.target <= 0 || rate >= indicator.target)
        return indicator.weight;
    return int(halfUp(qint64(indicator.weight) * rate, indicator.target));
}

int UnitRules::points(const QList<AppraisalIndicator>& indicators, QList<IndicatorResult>& results)
{
    qint64 allWeight = 0;
    qint64 weightWithRecords = 0;
    qint64 earned = 0;
    for (const AppraisalIndicator& ind : indicators) {
        allWeight += ind.weight;
        for (IndicatorResult& r : results) {
            if (r.indicatorCode != ind.code)
                continue;
            r.hasRecords = r.denominator > 0;
            r.score = score(ind, r.numerator, r.denominator);
            if (r.hasRecords) {
                weightWithRecords += ind.weight;
                earned += r.score;
            }
        }
    }
    if (weightWithRecords <= 0)
        return 0;
    return int(halfUp(earned * allWeight, weightWithRecords));
}

int UnitRules::adjustment(const QList<AppraisalAdjustment>& adjustments)
{
    int sum = 0;
    for (const AppraisalAdjustment& a : adjustments) {
        if (!a.voided)
            sum += a.commendation ? a.points : -a.points;
    }
    return sum;
}

int UnitRules::total(int points, int adjustment)
{
    return std::max(0, points + adjustment);
}

UnitVeto UnitRules::veto(const AppraisalScheme& scheme, QList<VetoCase> cases)
{
    std::sort(cases.begin(), cases.end(), [](const VetoCase& a, const VetoCase& b) {
        if (a.received != b.received)
            return a.received < b.received;
        return a.number < b.number;
    });
    for (const VetoCase& c : cases) {
        if ((scheme.vetoGroup && c.group) || (scheme.vetoBeyondLevel && !c.beyondLevel.isEmpty()) ||
            (scheme.vetoSeriousEffect && c.seriousEffect))
            return UnitVeto{c.id, vetoReason(scheme, c)};
    }
    return {};
}

QString UnitRules::vetoReason(const AppraisalScheme& scheme, const VetoCase& c)
{
    QStringList why;
    if (scheme.vetoGroup && c.group)
        why << Tr::tr("Group petition");
    if (scheme.vetoBeyondLevel && !c.beyondLevel.isEmpty()) {
        BeyondLevel level = BeyondLevel::None;
        if (const auto l = PetitionRules::beyondFromKey(c.beyondLevel))
            level = l.value();
        const QString title = PetitionRules::beyondTitle(level);
        why << (title.isEmpty() ? Tr::tr("Beyond-level petition")
                                : Tr::tr("Beyond-level petition (%1)").arg(title));
    }
    if (scheme.vetoSeriousEffect && c.seriousEffect)
        why << Tr::tr("Serious effect");
    return Tr::tr("%1 %2 (%3)").arg(why.join(Tr::tr(", ")), c.number, chineseDate(c.received));
}

Grade UnitRules::grade(const AppraisalScheme& scheme, int total, bool vetoed)
{
    return vetoed ? Grade::Fail : SchemeRules::gradeFor(scheme, total);
}

QString UnitRules::townshipOn(const QString& currentCode, const QList<TownshipMove>& moves,
                              const QDate& day)
{
    const TownshipMove* next = nullptr;
    for (const TownshipMove& m : moves) {
        // A move on the day itself: the person is already in the new township that day.
        if (m.movedOn > day && (!next || m.movedOn < next->movedOn))
            next = &m;
    }
    return next ? next->fromCode : currentCode;
}

QDate UnitRules::cutoff(int year, const QDate& today)
{
    const QDate last(year, 12, 31);
    return today < last ? today : last;
}

UnitTally UnitRules::zeroReportMade(const QDate& day, const QDateTime& received,
                                    const QDateTime& now, int deadlineHours)
{
    const bool reported = received.isValid();
    const bool due = reported || ZeroReportRules::deadline(day, deadlineHours) <= now;
    return tally(due, reported);
}

UnitTally UnitRules::zeroReportOnTime(const QDate& day, const QDateTime& received,
                                      int deadlineHours)
{
    const bool reported = received.isValid();
    return tally(reported, reported && !ZeroReportRules::isLate(day, received, deadlineHours));
}

UnitTally UnitRules::petitionAccepted(const QDate& received, const QDate& decided,
                                      const QDate& today, int days)
{
    if (!received.isValid())
        return {};
    const QDate limit = received.addDays(days);
    const bool due = decided.isValid() || limit < today;
    return tally(due, decided.isValid() && decided <= limit);
}

UnitTally UnitRules::petitionAnswered(const QDate& accepted, int extensionDays,
                                      const QDate& answered, const QDate& today)
{
    if (!accepted.isValid())
        return {};
    const QDate limit = PetitionRules::answerDeadline(accepted, extensionDays);
    const bool due = answered.isValid() || limit < today;
    return tally(due, answered.isValid() && answered <= limit);
}

UnitTally UnitRules::petitionSatisfied(const QString& key)
{
    const bool satisfied = key == QLatin1String("satisfied") || key == QLatin1String("basically");
    return tally(satisfied || key == QLatin1String("dissatisfied"), satisfied);
}

UnitTally UnitRules::visitDone(const QString& state)
{
    return tally(state != QLatin1String("dropped"), state == QLatin1String("done"));
}

UnitTally UnitRules::archiveComplete(bool complete)
{
    return tally(true, complete);
}

UnitTally UnitRules::workerTrained(bool attended)
{
    return tally(true, attended);
}

UnitTally UnitRules::paymentFixed(const QDate& failedOn, const QDate& fixedOn, const QDate& today,
                                  int days)
{
    if (!failedOn.isValid())
        return {};
    const QDate limit = failedOn.addDays(days);
    const bool due = fixedOn.isValid() || limit < today;
    return tally(due, fixedOn.isValid() && fixedOn <= limit);
}

QStringList UnitRules::evidenceHeaders(const QString& code)
{
    using namespace unitindicator;
    if (code == QLatin1String(ZeroReportRate) || code == QLatin1String(ZeroReportOnTime))
        return {Tr::tr("Day"), Tr::tr("Deadline"), Tr::tr("Received")};
    if (code == QLatin1String(PetitionAccepted))
        return {Tr::tr("Case"), Tr::tr("Received"), Tr::tr("Deadline"), Tr::tr("Decided")};
    if (code == QLatin1String(PetitionAnswered))
        return {Tr::tr("Case"), Tr::tr("Accepted"), Tr::tr("Deadline"), Tr::tr("Answered")};
    if (code == QLatin1String(PetitionSatisfied))
        return {Tr::tr("Case"), Tr::tr("Answered"), Tr::tr("Satisfaction")};
    if (code == QLatin1String(VisitsDone))
        return {Tr::tr("Person"), Tr::tr("Due"), Tr::tr("Done")};
    if (code == QLatin1String(ArchiveComplete))
        return {Tr::tr("Person"), Tr::tr("Documents missing")};
    if (code == QLatin1String(TrainingAttended))
        return {Tr::tr("Worker"), Tr::tr("Sessions attended")};
    if (code == QLatin1String(PaymentFailuresFixed))
        return {Tr::tr("Person"), Tr::tr("Failed on"), Tr::tr("Deadline"), Tr::tr("Paid again")};
    return {Tr::tr("Record")};
}

} // namespace youfu::core
