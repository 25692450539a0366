#include "appraisal/staffrules.h"

#include "appraisal/schemerules.h"
#include "petition/petitionrules.h"

#include <QCoreApplication>

#include <algorithm>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::StaffRules)
};

constexpr int kFullPoints = 1000;

Status gradedAlready()
{
    return Status::failure(
        Tr::tr("This person's appraisal is graded already; it can no longer change."));
}
} // namespace

bool StaffRules::isStaff(Roles roles)
{
    return (roles & (Role::Clerk | Role::SectionChief | Role::Inspector | Role::Director)) !=
           Roles();
}

QList<StaffTarget> StaffRules::effectiveTargets(const AppraisalScheme& scheme,
                                                const QList<StaffTarget>& adjusted)
{
    QList<StaffTarget> out;
    for (const AppraisalIndicator& i : scheme.indicators) {
        StaffTarget t;
        t.code = i.code;
        t.title = SchemeRules::shownTitle(i);
        t.weight = i.weight;
        t.target = i.target;
        t.days = i.days;
        for (const StaffTarget& a : adjusted) {
            if (a.code != i.code)
                continue;
            t.weight = a.weight;
            t.target = a.target;
            t.note = a.note;
            t.adjusted = true;
        }
        out << t;
    }
    return out;
}

QStringList StaffRules::targetProblems(const QList<StaffTarget>& targets)
{
    QStringList out;
    int weights = 0;
    for (const StaffTarget& t : targets) {
        const QString title = t.title.isEmpty() ? SchemeRules::indicatorTitle(t.code) : t.title;
        if (t.weight < 0 || t.weight > kFullPoints)
            out << Tr::tr("The weight of “%1” must be between 0 and 100 points.").arg(title);
        weights += t.weight;
        if (SchemeRules::isRate(t.code) && (t.target <= 0 || t.target > 1000))
            out << Tr::tr("The target of “%1” must be a rate above 0% and at most 100%.")
                       .arg(title);
        if (!SchemeRules::isRate(t.code) && t.target <= 0)
            out << Tr::tr("The target of “%1” must be at least 1.").arg(title);
    }
    if (weights != kFullPoints)
        out << Tr::tr("The weights add up to %1 points; they must add up to 100 points.")
                   .arg(SchemeRules::pointsText(weights));
    return out;
}

bool StaffRules::withinDays(const QDateTime& from, const QDateTime& to, int days)
{
    if (!from.isValid() || !to.isValid())
        return false;
    return from.secsTo(to) <= qint64(days) * 24 * 3600;
}

CaseCount StaffRules::countCase(const StaffCaseFact& c, int year, const QDate& today)
{
    if (!c.accepted.isValid())
        return CaseCount::NotCounted;
    const QDate deadline = PetitionRules::answerDeadline(c.accepted, c.extensionDays);
    if (c.answered.isValid()) {
        if (c.answered.year() != year)
            return CaseCount::NotCounted;
        return c.answered <= deadline ? CaseCount::OnTime : CaseCount::Late;
    }
    if (deadline.year() == year && deadline < today)
        return CaseCount::Late;
    return CaseCount::NotCounted;
}

IndicatorResult StaffRules::score(const StaffTarget& target, const QString& subject,
                                  qint64 numerator, qint64 denominator, bool hasRecords)
{
    IndicatorResult r;
    r.subject = subject;
    r.indicatorCode = target.code;
    r.numerator = std::max<qint64>(0, numerator);
    r.denominator = std::max<qint64>(0, denominator);
    r.hasRecords = hasRecords;
    if (!hasRecords || target.target <= 0)
        return r;
    qint64 achieved = 0; // per mille for a rate, a count for a count
    if (SchemeRules::isRate(target.code)) {
        if (r.denominator == 0) {
            r.hasRecords = false;
            return r;
        }
        achieved = r.numerator * 1000 / r.denominator;
    } else {
        achieved = r.numerator;
    }
    achieved = std::min<qint64>(achieved, target.target);
    r.score = int((qint64(target.weight) * achieved * 2 + target.target) / (2 * target.target));
    return r;
}

int StaffRules::total(const QList<IndicatorResult>& results, const QList<StaffTarget>& targets)
{
    qint64 scored = 0;
    qint64 weights = 0;
    for (const IndicatorResult& r : results) {
        if (!r.hasRecords)
            continue;
        for (const StaffTarget& t : targets) {
            if (t.code == r.indicatorCode)
                weights += t.weight;
        }
        scored += r.score;
    }
    if (weights <= 0)
        return -1;
    return int((scored * kFullPoints * 2 + weights) / (2 * weights));
}

QString StaffRules::subject(qint64 userId)
{
    return QStringLiteral("user:%1").arg(userId);
}

Status StaffRules::checkTargets(const StaffAppraisal& a)
{
    if (a.isGraded())
        return gradedAlready();
    return Status::success();
}

Status StaffRules::checkSelf(const Actor& actor, const StaffMember& person, const StaffAppraisal& a)
{
    if (actor.userId != person.userId)
        return Status::failure(
            Tr::tr("Only %1 can write their own self-assessment.").arg(person.name));
    if (!isStaff(actor.roles))
        return Status::failure(Tr::tr("Only staff members write a self-assessment."));
    if (a.hasOpinion() || a.isGraded())
        return Status::failure(Tr::tr("The section chief has given an opinion already; the "
                                      "self-assessment can no longer change."));
    return Status::success();
}

Status StaffRules::checkOpinion(const Actor& actor, const StaffMember& person,
                                const StaffAppraisal& a)
{
    if (actor.userId == person.userId)
        return Status::failure(
            Tr::tr("Nobody appraises themselves: another section chief gives the opinion on %1.")
                .arg(person.name));
    if (gradedByLevelAbove(person))
        return Status::failure(Tr::tr("%1 is a director: the level above grades the director, "
                                      "the section does not give an opinion.")
                                   .arg(person.name));
    if (a.isGraded())
        return gradedAlready();
    if (!a.hasSelf())
        return Status::failure(
            Tr::tr("%1 has not written a self-assessment yet; the opinion comes after it.")
                .arg(person.name));
    return Status::success();
}

Status StaffRules::checkGrade(const Actor& actor, const StaffMember& person,
                              const StaffAppraisal& a)
{
    if (actor.userId == person.userId)
        return Status::failure(Tr::tr("Nobody appraises themselves: the director cannot grade "
                                      "their own appraisal."));
    if (gradedByLevelAbove(person))
        return Status::failure(Tr::tr("%1 is a director: the level above grades the director, "
                                      "and the section chief records that grade.")
                                   .arg(person.name));
    if (a.isGraded())
        return gradedAlready();
    if (a.chiefId == actor.userId)
        return Status::failure(Tr::tr("You gave the section chief's opinion on %1: another "
                                      "person grades the same appraisal.")
                                   .arg(person.name));
    if (!a.hasSelf())
        return Status::failure(
            Tr::tr("%1 has not written a self-assessment yet.").arg(person.name));
    // A section chief has nobody above them in the section: the director grades them directly.
    if (!a.hasOpinion() && !person.roles.testFlag(Role::SectionChief))
        return Status::failure(
            Tr::tr("The section chief's opinion on %1 comes before the grade.").arg(person.name));
    return Status::success();
}

Status StaffRules::checkRecordFromAbove(const Actor& actor, const StaffMember& person,
                                        const StaffAppraisal& a, const QString& note)
{
    if (actor.userId == person.userId)
        return Status::failure(Tr::tr("Nobody appraises themselves: another person records the "
                                      "grade of the level above."));
    if (!gradedByLevelAbove(person))
        return Status::failure(Tr::tr("Only a director's grade comes from the level above; the "
                                      "director grades %1.")
                                   .arg(person.name));
    if (a.isGraded())
        return gradedAlready();
    if (note.trimmed().isEmpty())
        return Status::failure(
            Tr::tr("Name the level above's paper that gives the grade (its number and date)."));
    return Status::success();
}

bool StaffRules::gradedByLevelAbove(const StaffMember& person)
{
    return person.roles.testFlag(Role::Director);
}

} // namespace youfu::core
