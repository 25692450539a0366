#include "visit/visitrules.h"

#include "visit/lunarcalendar.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::VisitRules)
};

const QString kBayi = QStringLiteral("八一");
const QString kSpringFestival = QStringLiteral("春节");

// The k-th due date of the plan's rhythm, always counted from the start (never from the
// previous due date): 31 January + 1 month is the last day of February, + 2 months 31 March.
QDate rhythmOccurrence(const VisitPlan& plan, int k)
{
    switch (plan.rhythm) {
    case Rhythm::EveryNWeeks:
        return plan.start.addDays(qint64(7) * plan.everyWeeks * k);
    case Rhythm::Monthly:
        return plan.start.addMonths(k);
    case Rhythm::Quarterly:
        return plan.start.addMonths(3 * k);
    case Rhythm::Yearly:
        return plan.start.addYears(k);
    case Rhythm::None:
        break;
    }
    return QDate();
}

// A k from which counting up reaches `day` without skipping a due date on or after it.
int firstIndexNear(const VisitPlan& plan, const QDate& day)
{
    if (day <= plan.start)
        return 0;
    const int months = (day.year() - plan.start.year()) * 12 + day.month() - plan.start.month();
    switch (plan.rhythm) {
    case Rhythm::EveryNWeeks:
        return int(plan.start.daysTo(day) / (qint64(7) * plan.everyWeeks));
    case Rhythm::Monthly:
        return std::max(0, months - 1);
    case Rhythm::Quarterly:
        return std::max(0, months / 3 - 1);
    case Rhythm::Yearly:
        return std::max(0, day.year() - plan.start.year() - 1);
    case Rhythm::None:
        break;
    }
    return 0;
}

bool hasRhythm(const VisitPlan& plan)
{
    if (plan.rhythm == Rhythm::None)
        return false;
    return plan.rhythm != Rhythm::EveryNWeeks || (plan.everyWeeks >= 1 && plan.everyWeeks <= 52);
}

bool blank(const QString& s)
{
    return s.trimmed().isEmpty();
}

} // namespace

QStringList VisitRules::checkPlan(const VisitPlan& plan)
{
    QStringList problems;
    if (blank(plan.title))
        problems << Tr::tr("Give the plan a title.");
    if (plan.personId == 0 && plan.categoryCodes.isEmpty())
        problems << Tr::tr("Choose the person the plan covers, or at least one category for a "
                           "group plan.");
    if (plan.personId != 0 && !plan.categoryCodes.isEmpty())
        problems << Tr::tr("A plan covers one person or a group, not both.");
    for (int grade : plan.grades)
        if (grade < 1 || grade > 10) {
            problems << Tr::tr("Disability grades run from 1 to 10.");
            break;
        }
    if (plan.rhythm == Rhythm::EveryNWeeks && (plan.everyWeeks < 1 || plan.everyWeeks > 52))
        problems << Tr::tr("Visits every N weeks: N must be between 1 and 52.");
    if (plan.rhythm == Rhythm::None && !plan.beforeBayi && !plan.beforeSpringFestival)
        problems << Tr::tr("Choose how often the visits fall due, or a festival visit (before 1 "
                           "August, before the Spring Festival).");
    if (plan.visitorUserIds.isEmpty() &&
        std::all_of(plan.visitorNames.begin(), plan.visitorNames.end(), blank))
        problems << Tr::tr("Name at least one visitor.");
    if (!plan.start.isValid())
        problems << Tr::tr("Give the day the plan starts.");
    else if (plan.end.isValid() && plan.end < plan.start)
        problems << Tr::tr("The plan cannot end before it starts.");
    if (plan.pausedFrom.isValid() != plan.pausedUntil.isValid())
        problems << Tr::tr("Give both the first and the last day of the pause.");
    else if (plan.pausedFrom.isValid() && plan.pausedUntil < plan.pausedFrom)
        problems << Tr::tr("The pause cannot end before it begins.");
    if (plan.beforeSpringFestival && plan.start.isValid() &&
        (plan.start.year() > LunarCalendar::lastYear() ||
         (plan.end.isValid() && plan.end.year() < LunarCalendar::firstYear())))
        problems << Tr::tr("The program knows the date of the Spring Festival only for %1–%2: "
                           "a Spring Festival visit cannot be planned outside these years.")
                        .arg(LunarCalendar::firstYear())
                        .arg(LunarCalendar::lastYear());
    if (!plan.active && blank(plan.stoppedReason) &&
        !(plan.end.isValid() && plan.start.isValid() && plan.end >= plan.start))
        problems << Tr::tr("Say why the plan was stopped.");
    return problems;
}

QStringList VisitRules::checkKeyPerson(const KeyPersonRecord& record)
{
    QStringList problems;
    if (record.personId == 0)
        problems << Tr::tr("Choose the person.");
    if (record.reason == KeyPersonReason::Other && blank(record.reasonText))
        problems << Tr::tr("The reason is \"Other\": say what it is.");
    if (record.leaderUserId == 0 && blank(record.leaderName))
        problems << Tr::tr("Name the responsible leader.");
    if (record.workerUserId == 0 && blank(record.workerName))
        problems << Tr::tr("Name the responsible worker.");
    if (!record.since.isValid())
        problems << Tr::tr("Give the day since when the person is a key person.");
    else {
        if (record.until.isValid() && record.until < record.since)
            problems << Tr::tr("The record cannot end before it starts.");
        if (record.reviewOn.isValid() && record.reviewOn < record.since)
            problems << Tr::tr("The review date cannot be before the record starts.");
    }
    return problems;
}

QStringList VisitRules::checkVisit(const VisitRecord& visit, const QDate& today)
{
    QStringList problems;
    if (!visit.date.isValid())
        problems << Tr::tr("Give the day of the visit.");
    else if (today.isValid() && visit.date > today)
        problems << Tr::tr("A visit cannot be recorded for a day still to come.");
    if (visit.personIds.isEmpty())
        problems << Tr::tr("Name at least one person met.");
    else if (QSet<qint64>(visit.personIds.begin(), visit.personIds.end()).size() !=
             visit.personIds.size())
        problems << Tr::tr("A person is listed twice among the persons met.");
    if (visit.personIds.contains(0))
        problems << Tr::tr("Every person met must be chosen from the registry.");
    if (visit.visitorUserIds.isEmpty() &&
        std::all_of(visit.visitorNames.begin(), visit.visitorNames.end(), blank))
        problems << Tr::tr("Name at least one visitor.");
    if (visit.moneyFen < 0)
        problems << Tr::tr("The money given cannot be negative.");
    static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{64}$"));
    for (const QString& photo : visit.photoShas)
        if (!sha.match(photo).hasMatch()) {
            problems << Tr::tr("A photo is not stored properly; add it again.");
            break;
        }
    if (visit.followUp == FollowUpKind::ChiefNote && blank(visit.followUpNote))
        problems << Tr::tr("Write the note for the section chief.");
    return problems;
}

QList<DueOccurrence> VisitRules::dueDates(const VisitPlan& plan, const QDate& from,
                                          const QDate& until)
{
    QList<DueOccurrence> out;
    if (!plan.start.isValid() || !from.isValid() || !until.isValid())
        return out;
    const QDate lo = std::max(from, plan.start);
    const QDate hi = plan.end.isValid() ? std::min(until, plan.end) : until;
    if (hi < lo)
        return out;
    const bool pauses = plan.pausedFrom.isValid() && plan.pausedUntil.isValid();
    const auto kept = [&](const QDate& d) {
        return d.isValid() && d >= lo && d <= hi &&
               !(pauses && d >= plan.pausedFrom && d <= plan.pausedUntil);
    };

    QMap<QDate, QString> dues; // the day → its festival, empty for the rhythm
    if (hasRhythm(plan)) {
        for (int k = firstIndexNear(plan, lo);; ++k) {
            const QDate d = rhythmOccurrence(plan, k);
            if (!d.isValid() || d > hi)
                break;
            if (kept(d))
                dues.insert(d, QString());
        }
    }
    for (int year = lo.year(); year <= hi.year(); ++year) {
        // A festival due on a rhythm due is one due, marked with the festival.
        const QDate bayi(year, 8, 1);
        if (plan.beforeBayi && kept(bayi))
            dues.insert(bayi, kBayi);
        // Outside the table there is no date, and no due: never a guessed date
        // (springFestivalGaps() says which years are missing).
        const QDate newYear = LunarCalendar::springFestival(year);
        if (plan.beforeSpringFestival && kept(newYear))
            dues.insert(newYear, kSpringFestival);
    }
    out.reserve(dues.size());
    for (auto it = dues.cbegin(); it != dues.cend(); ++it) {
        DueOccurrence o;
        o.due = it.key();
        o.festival = it.value();
        out << o;
    }
    return out;
}

QStringList VisitRules::springFestivalGaps(const VisitPlan& plan, const QDate& from,
                                           const QDate& until)
{
    QStringList gaps;
    if (!plan.beforeSpringFestival || !plan.start.isValid() || !from.isValid() || !until.isValid())
        return gaps;
    const QDate lo = std::max(from, plan.start);
    const QDate hi = plan.end.isValid() ? std::min(until, plan.end) : until;
    for (int year = lo.year(); year <= hi.year(); ++year)
        if (!LunarCalendar::springFestival(year).isValid())
            gaps << Tr::tr("The program does not know the date of the Spring Festival in %1 "
                           "(its table covers %2–%3): no Spring Festival visit is listed for "
                           "that year.")
                        .arg(year)
                        .arg(LunarCalendar::firstYear())
                        .arg(LunarCalendar::lastYear());
    return gaps;
}

QList<DueOccurrence> VisitRules::match(QList<DueOccurrence> dues, const QList<QDate>& visits,
                                       const QDate& today)
{
    std::stable_sort(dues.begin(), dues.end(),
                     [](const DueOccurrence& a, const DueOccurrence& b) { return a.due < b.due; });
    QList<QDate> chosen(dues.size());
    if (!dues.isEmpty()) {
        for (const QDate& visit : visits) {
            if (!visit.isValid())
                continue;
            // The first due on or after the visit, and the one before it: the nearer wins, a
            // tie goes to the earlier.
            const auto after =
                std::lower_bound(dues.cbegin(), dues.cend(), visit,
                                 [](const DueOccurrence& o, const QDate& d) { return o.due < d; });
            qsizetype i = after - dues.cbegin();
            if (i == dues.size() ||
                (i > 0 && dues[i - 1].due.daysTo(visit) <= visit.daysTo(dues[i].due)))
                --i;
            // Each due is satisfied once, by the visit nearest to it (a tie: the earlier).
            const qint64 distance = qAbs(dues[i].due.daysTo(visit));
            const QDate& held = chosen[i];
            if (!held.isValid() || distance < qAbs(dues[i].due.daysTo(held)) ||
                (distance == qAbs(dues[i].due.daysTo(held)) && visit < held))
                chosen[i] = visit;
        }
    }
    for (qsizetype i = 0; i < dues.size(); ++i) {
        DueOccurrence& o = dues[i];
        o.doneOn = chosen[i];
        if (o.doneOn.isValid())
            o.state = DueState::Done;
        else
            o.state = o.due < today ? DueState::Overdue : DueState::Due;
    }
    return dues;
}

QDate VisitRules::endOfWeek(const QDate& day)
{
    if (!day.isValid())
        return QDate();
    return day.addDays(7 - day.dayOfWeek());
}

QString VisitRules::reasonTitle(KeyPersonReason r)
{
    switch (r) {
    case KeyPersonReason::LongPetition:
        return Tr::tr("Long-standing petitioner");
    case KeyPersonReason::Hardship:
        return Tr::tr("Living in hardship");
    case KeyPersonReason::SeriousIllness:
        return Tr::tr("Seriously ill");
    case KeyPersonReason::ElderlyAlone:
        return Tr::tr("Elderly, living alone");
    case KeyPersonReason::MentalDisorder:
        return Tr::tr("Mental disorder");
    case KeyPersonReason::Other:
        return Tr::tr("Other reason");
    }
    return QString();
}

QString VisitRules::riskTitle(RiskLevel r)
{
    switch (r) {
    case RiskLevel::Normal:
        return Tr::tr("Normal risk");
    case RiskLevel::Elevated:
        return Tr::tr("Elevated risk");
    case RiskLevel::High:
        return Tr::tr("High risk");
    }
    return QString();
}

QString VisitRules::rhythmTitle(const VisitPlan& plan)
{
    QStringList parts;
    switch (plan.rhythm) {
    case Rhythm::EveryNWeeks:
        parts << (plan.everyWeeks == 1 ? Tr::tr("Weekly")
                                       : Tr::tr("Every %1 weeks").arg(plan.everyWeeks));
        break;
    case Rhythm::Monthly:
        parts << Tr::tr("Monthly");
        break;
    case Rhythm::Quarterly:
        parts << Tr::tr("Quarterly");
        break;
    case Rhythm::Yearly:
        parts << Tr::tr("Yearly");
        break;
    case Rhythm::None:
        break;
    }
    if (plan.beforeBayi)
        parts << Tr::tr("before 1 August");
    if (plan.beforeSpringFestival)
        parts << Tr::tr("before the Spring Festival");
    if (parts.isEmpty())
        return Tr::tr("No schedule");
    return parts.join(Tr::tr(", "));
}

QString VisitRules::formTitle(VisitForm f)
{
    switch (f) {
    case VisitForm::Home:
        return Tr::tr("Home visit");
    case VisitForm::Phone:
        return Tr::tr("Phone call");
    case VisitForm::AtBureau:
        return Tr::tr("At the bureau");
    case VisitForm::Symposium:
        return Tr::tr("Symposium");
    }
    return QString();
}

QString VisitRules::followUpTitle(FollowUpKind k)
{
    switch (k) {
    case FollowUpKind::None:
        return Tr::tr("No follow-up");
    case FollowUpKind::PetitionCase:
        return Tr::tr("Letters-and-visits case");
    case FollowUpKind::AssistanceDraft:
        return Tr::tr("Temporary assistance application");
    case FollowUpKind::ChiefNote:
        return Tr::tr("Note for the section chief");
    }
    return QString();
}

QString VisitRules::stateTitle(DueState s)
{
    switch (s) {
    case DueState::Done:
        return Tr::tr("Visited");
    case DueState::Due:
        return Tr::tr("Due");
    case DueState::Overdue:
        return Tr::tr("Overdue");
    }
    return QString();
}

QString VisitRules::reasonKey(KeyPersonReason r)
{
    switch (r) {
    case KeyPersonReason::LongPetition:
        return QStringLiteral("long_petition");
    case KeyPersonReason::Hardship:
        return QStringLiteral("hardship");
    case KeyPersonReason::SeriousIllness:
        return QStringLiteral("serious_illness");
    case KeyPersonReason::ElderlyAlone:
        return QStringLiteral("elderly_alone");
    case KeyPersonReason::MentalDisorder:
        return QStringLiteral("mental_disorder");
    case KeyPersonReason::Other:
        return QStringLiteral("other");
    }
    return QString();
}

Result<KeyPersonReason> VisitRules::reasonFromKey(const QString& key)
{
    for (KeyPersonReason r :
         {KeyPersonReason::LongPetition, KeyPersonReason::Hardship, KeyPersonReason::SeriousIllness,
          KeyPersonReason::ElderlyAlone, KeyPersonReason::MentalDisorder, KeyPersonReason::Other})
        if (reasonKey(r) == key)
            return r;
    return Result<KeyPersonReason>::failure(
        Tr::tr("The database holds an unknown key-person reason \"%1\".").arg(key));
}

QString VisitRules::riskKey(RiskLevel r)
{
    switch (r) {
    case RiskLevel::Normal:
        return QStringLiteral("normal");
    case RiskLevel::Elevated:
        return QStringLiteral("elevated");
    case RiskLevel::High:
        return QStringLiteral("high");
    }
    return QString();
}

Result<RiskLevel> VisitRules::riskFromKey(const QString& key)
{
    for (RiskLevel r : {RiskLevel::Normal, RiskLevel::Elevated, RiskLevel::High})
        if (riskKey(r) == key)
            return r;
    return Result<RiskLevel>::failure(
        Tr::tr("The database holds an unknown risk level \"%1\".").arg(key));
}

QString VisitRules::rhythmKey(Rhythm r)
{
    switch (r) {
    case Rhythm::None:
        return QStringLiteral("none");
    case Rhythm::EveryNWeeks:
        return QStringLiteral("weeks");
    case Rhythm::Monthly:
        return QStringLiteral("monthly");
    case Rhythm::Quarterly:
        return QStringLiteral("quarterly");
    case Rhythm::Yearly:
        return QStringLiteral("yearly");
    }
    return QString();
}

Result<Rhythm> VisitRules::rhythmFromKey(const QString& key)
{
    for (Rhythm r :
         {Rhythm::None, Rhythm::EveryNWeeks, Rhythm::Monthly, Rhythm::Quarterly, Rhythm::Yearly})
        if (rhythmKey(r) == key)
            return r;
    return Result<Rhythm>::failure(
        Tr::tr("The database holds an unknown visit rhythm \"%1\".").arg(key));
}

QString VisitRules::formKey(VisitForm f)
{
    switch (f) {
    case VisitForm::Home:
        return QStringLiteral("home");
    case VisitForm::Phone:
        return QStringLiteral("phone");
    case VisitForm::AtBureau:
        return QStringLiteral("bureau");
    case VisitForm::Symposium:
        return QStringLiteral("symposium");
    }
    return QString();
}

Result<VisitForm> VisitRules::formFromKey(const QString& key)
{
    for (VisitForm f :
         {VisitForm::Home, VisitForm::Phone, VisitForm::AtBureau, VisitForm::Symposium})
        if (formKey(f) == key)
            return f;
    return Result<VisitForm>::failure(
        Tr::tr("The database holds an unknown form of visit \"%1\".").arg(key));
}

QString VisitRules::followUpKey(FollowUpKind k)
{
    switch (k) {
    case FollowUpKind::None:
        return QStringLiteral("none");
    case FollowUpKind::PetitionCase:
        return QStringLiteral("petition_case");
    case FollowUpKind::AssistanceDraft:
        return QStringLiteral("assistance_draft");
    case FollowUpKind::ChiefNote:
        return QStringLiteral("chief_note");
    }
    return QString();
}

Result<FollowUpKind> VisitRules::followUpFromKey(const QString& key)
{
    for (FollowUpKind k : {FollowUpKind::None, FollowUpKind::PetitionCase,
                           FollowUpKind::AssistanceDraft, FollowUpKind::ChiefNote})
        if (followUpKey(k) == key)
            return k;
    return Result<FollowUpKind>::failure(
        Tr::tr("The database holds an unknown follow-up \"%1\".").arg(key));
}

} // namespace youfu::core
