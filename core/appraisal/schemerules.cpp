#include "appraisal/schemerules.h"

#include <QCoreApplication>
#include <QSet>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::SchemeRules)
};

constexpr int kFullPoints = 1000; // 100 points in tenths
} // namespace

QString SchemeRules::kindKey(SchemeKind kind)
{
    return kind == SchemeKind::Staff ? QStringLiteral("staff") : QStringLiteral("unit");
}

SchemeKind SchemeRules::kindFromKey(const QString& key)
{
    return key == QLatin1String("staff") ? SchemeKind::Staff : SchemeKind::Unit;
}

QString SchemeRules::kindTitle(SchemeKind kind)
{
    return kind == SchemeKind::Staff ? Tr::tr("Staff post appraisal")
                                     : Tr::tr("Township unit appraisal");
}

QString SchemeRules::gradeKey(Grade grade, SchemeKind kind)
{
    const bool staff = kind == SchemeKind::Staff;
    switch (grade) {
    case Grade::Excellent:
        return QStringLiteral("excellent");
    case Grade::Good:
        return staff ? QStringLiteral("competent") : QStringLiteral("good");
    case Grade::Pass:
        return staff ? QStringLiteral("basic") : QStringLiteral("pass");
    case Grade::Fail:
        return staff ? QStringLiteral("incompetent") : QStringLiteral("fail");
    case Grade::None:
        break;
    }
    return QString();
}

Grade SchemeRules::gradeFromKey(const QString& key)
{
    if (key == QLatin1String("excellent"))
        return Grade::Excellent;
    if (key == QLatin1String("good") || key == QLatin1String("competent"))
        return Grade::Good;
    if (key == QLatin1String("pass") || key == QLatin1String("basic"))
        return Grade::Pass;
    if (key == QLatin1String("fail") || key == QLatin1String("incompetent"))
        return Grade::Fail;
    return Grade::None;
}

QString SchemeRules::gradeTitle(Grade grade, SchemeKind kind)
{
    const bool staff = kind == SchemeKind::Staff;
    switch (grade) {
    case Grade::Excellent:
        return Tr::tr("Excellent");
    case Grade::Good:
        return staff ? Tr::tr("Competent") : Tr::tr("Good");
    case Grade::Pass:
        return staff ? Tr::tr("Basically competent") : Tr::tr("Pass");
    case Grade::Fail:
        return staff ? Tr::tr("Incompetent") : Tr::tr("Fail");
    case Grade::None:
        break;
    }
    return QString();
}

Grade SchemeRules::gradeFor(const AppraisalScheme& scheme, int total)
{
    if (total >= scheme.excellentAt)
        return Grade::Excellent;
    if (total >= scheme.goodAt)
        return Grade::Good;
    if (total >= scheme.passAt)
        return Grade::Pass;
    return Grade::Fail;
}

QList<AppraisalIndicator> SchemeRules::defaultIndicators(SchemeKind kind)
{
    // Illustrative weights (tenths of a point) and targets; each office sets its own.
    struct Row
    {
        const char* code;
        int weight;
        int target;
        int days;
    };
    static const Row unitRows[] = {
        {unitindicator::ZeroReportRate, 150, 1000, 0},
        {unitindicator::ZeroReportOnTime, 50, 950, 0},
        {unitindicator::PetitionAccepted, 100, 1000, 15},
        {unitindicator::PetitionAnswered, 150, 1000, 0},
        {unitindicator::PetitionSatisfied, 100, 900, 0},
        {unitindicator::VisitsDone, 150, 950, 0},
        {unitindicator::ArchiveComplete, 150, 950, 0},
        {unitindicator::TrainingAttended, 50, 1000, 0},
        {unitindicator::PaymentFailuresFixed, 100, 1000, 30},
    };
    static const Row staffRows[] = {
        {staffindicator::ApprovalsOnTime, 300, 950, 5},
        {staffindicator::CasesOnTime, 300, 1000, 0},
        {staffindicator::ArchiveFiled, 200, 950, 0},
        {staffindicator::VisitsMade, 200, 60, 0},
    };
    QList<AppraisalIndicator> out;
    auto add = [&](const Row& r) {
        AppraisalIndicator i;
        i.ord = int(out.size()) + 1;
        i.code = QString::fromLatin1(r.code);
        i.title = indicatorTitle(i.code);
        i.weight = r.weight;
        i.target = r.target;
        i.days = r.days;
        out << i;
    };
    if (kind == SchemeKind::Staff) {
        for (const Row& r : staffRows)
            add(r);
    } else {
        for (const Row& r : unitRows)
            add(r);
    }
    return out;
}

QStringList SchemeRules::indicatorCodes(SchemeKind kind)
{
    QStringList codes;
    for (const AppraisalIndicator& i : defaultIndicators(kind))
        codes << i.code;
    return codes;
}

namespace {
// Each indicator's default title; the English text is also what a scheme drafted in an English
// session stored, so it is recognised and shown in the reader's language.
struct IndicatorName
{
    const char* code;
    const char* title;
};
const IndicatorName kIndicatorNames[] = {
    {unitindicator::ZeroReportRate,
     QT_TRANSLATE_NOOP("youfu::core::SchemeRules", "Zero reports made")},
    {unitindicator::ZeroReportOnTime,
     QT_TRANSLATE_NOOP("youfu::core::SchemeRules", "Zero reports on time")},
    {unitindicator::PetitionAccepted,
     QT_TRANSLATE_NOOP("youfu::core::SchemeRules", "Letters and visits accepted in time")},
    {unitindicator::PetitionAnswered,
     QT_TRANSLATE_NOOP("youfu::core::SchemeRules", "Letters and visits answered on time")},
    {unitindicator::PetitionSatisfied,
     QT_TRANSLATE_NOOP("youfu::core::SchemeRules", "Petitioners satisfied")},
    {unitindicator::VisitsDone,
     QT_TRANSLATE_NOOP("youfu::core::SchemeRules", "Visits done against plan")},
    {unitindicator::ArchiveComplete,
     QT_TRANSLATE_NOOP("youfu::core::SchemeRules", "Archive files complete")},
    {unitindicator::TrainingAttended,
     QT_TRANSLATE_NOOP("youfu::core::SchemeRules", "Township workers trained")},
    {unitindicator::PaymentFailuresFixed,
     QT_TRANSLATE_NOOP("youfu::core::SchemeRules", "Failed payments put right in time")},
    {staffindicator::ApprovalsOnTime,
     QT_TRANSLATE_NOOP("youfu::core::SchemeRules", "Approvals handled in time")},
    {staffindicator::CasesOnTime,
     QT_TRANSLATE_NOOP("youfu::core::SchemeRules", "Cases handled on time")},
    {staffindicator::ArchiveFiled,
     QT_TRANSLATE_NOOP("youfu::core::SchemeRules", "Archive entries filed and verified")},
    {staffindicator::VisitsMade, QT_TRANSLATE_NOOP("youfu::core::SchemeRules", "Visits made")},
};

const IndicatorName* nameOf(const QString& code)
{
    for (const IndicatorName& n : kIndicatorNames)
        if (code == QLatin1String(n.code))
            return &n;
    return nullptr;
}
} // namespace

QString SchemeRules::indicatorTitle(const QString& code)
{
    const IndicatorName* n = nameOf(code);
    return n ? QCoreApplication::translate("youfu::core::SchemeRules", n->title) : QString();
}

QString SchemeRules::shownTitle(const AppraisalIndicator& indicator)
{
    const QString own = indicator.title.trimmed();
    const IndicatorName* n = nameOf(indicator.code);
    if (!own.isEmpty() && !(n && own == QLatin1String(n->title)))
        return own;
    return n ? indicatorTitle(indicator.code) : (own.isEmpty() ? indicator.code : own);
}

bool SchemeRules::isRate(const QString& code)
{
    return code != QLatin1String(staffindicator::VisitsMade);
}

bool SchemeRules::hasDays(const QString& code)
{
    return code == QLatin1String(unitindicator::PetitionAccepted) ||
           code == QLatin1String(unitindicator::PaymentFailuresFixed) ||
           code == QLatin1String(staffindicator::ApprovalsOnTime);
}

QStringList SchemeRules::problems(const AppraisalScheme& s)
{
    QStringList out;
    if (s.title.trimmed().isEmpty())
        out << Tr::tr("The scheme needs a title.");
    if (s.year < 2000 || s.year > 2100)
        out << Tr::tr("The year %1 is not a year the appraisal can be for.").arg(s.year);
    if (!(s.excellentAt >= s.goodAt && s.goodAt >= s.passAt && s.passAt >= 0))
        out << Tr::tr("The grade thresholds must go down from the highest grade to the lowest.");
    if (s.excellentAt > kFullPoints)
        out << Tr::tr("A threshold above 100 points can never be reached.");
    if (s.indicators.isEmpty())
        out << Tr::tr("The scheme has no indicators.");
    const QStringList known = indicatorCodes(s.kind);
    QSet<QString> seen;
    int weights = 0;
    for (const AppraisalIndicator& i : s.indicators) {
        const QString title = i.title.trimmed().isEmpty() ? i.code : i.title;
        if (!known.contains(i.code)) {
            out << Tr::tr("“%1” is not an indicator of this kind of appraisal.").arg(title);
            continue;
        }
        if (seen.contains(i.code))
            out << Tr::tr("“%1” is listed twice.").arg(title);
        seen.insert(i.code);
        if (i.weight < 0)
            out << Tr::tr("“%1” has a negative weight.").arg(title);
        weights += i.weight;
        if (isRate(i.code) && (i.target <= 0 || i.target > 1000))
            out << Tr::tr("The target of “%1” must be a rate above 0% and at most 100%.")
                       .arg(title);
        if (!isRate(i.code) && i.target <= 0)
            out << Tr::tr("The target of “%1” must be at least 1.").arg(title);
        if (hasDays(i.code) && i.days <= 0)
            out << Tr::tr("“%1” needs its period in days.").arg(title);
    }
    if (!s.indicators.isEmpty() && weights != kFullPoints)
        out << Tr::tr("The weights add up to %1 points; they must add up to 100 points.")
                   .arg(pointsText(weights));
    return out;
}

QString SchemeRules::pointsText(int tenths)
{
    return QString::number(tenths / 10.0, 'f', 1);
}

QString SchemeRules::permilleText(qint64 permille)
{
    return QString::number(permille / 10.0, 'f', 1) + QLatin1Char('%');
}

} // namespace youfu::core
