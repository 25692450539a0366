#include "approval/applicationrules.h"

#include "common/isotime.h"
#include "policy/policyrules.h"
#include "registry/categoryrules.h"

#include <QCoreApplication>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::ApplicationRules)
};

const Category* findCategory(const QList<Category>& list, const QString& code)
{
    for (const Category& c : list)
        if (c.code == code)
            return &c;
    return nullptr;
}

bool holdsAnyOn(const QList<PersonCategory>& held, const QDate& on)
{
    for (const PersonCategory& c : held)
        if (c.isCurrent(on))
            return true;
    return false;
}

// Temporary assistance and recuperation: the first category held decides a category-specific
// line of the book, if any (the book falls back to the line for every category).
QString firstHeldCode(const QList<PersonCategory>& held, const QDate& on)
{
    for (const PersonCategory& c : held)
        if (c.isCurrent(on))
            return c.categoryCode;
    return QString();
}
} // namespace

QList<ApplicationType> ApplicationRules::allTypes()
{
    return {ApplicationType::Recognition,         ApplicationType::DisabilityGrade,
            ApplicationType::StandardChange,      ApplicationType::TemporaryAssistance,
            ApplicationType::Recuperation,        ApplicationType::StopBenefits};
}

QString ApplicationRules::typeKey(ApplicationType t)
{
    switch (t) {
    case ApplicationType::Recognition: return QStringLiteral("recognition");
    case ApplicationType::DisabilityGrade: return QStringLiteral("disability_grade");
    case ApplicationType::StandardChange: return QStringLiteral("standard_change");
    case ApplicationType::TemporaryAssistance: return QStringLiteral("temporary_assistance");
    case ApplicationType::Recuperation: return QStringLiteral("recuperation");
    case ApplicationType::StopBenefits: return QStringLiteral("stop_benefits");
    }
    return QString();
}

bool ApplicationRules::typeFromKey(const QString& key, ApplicationType* out)
{
    for (ApplicationType t : allTypes())
        if (typeKey(t) == key) {
            *out = t;
            return true;
        }
    return false;
}

QString ApplicationRules::typeTitle(ApplicationType t)
{
    switch (t) {
    case ApplicationType::Recognition: return Tr::tr("Recognition of a category");
    case ApplicationType::DisabilityGrade: return Tr::tr("Disability grade assessment or change");
    case ApplicationType::StandardChange: return Tr::tr("Change of standard");
    case ApplicationType::TemporaryAssistance: return Tr::tr("Temporary assistance");
    case ApplicationType::Recuperation: return Tr::tr("Short-term recuperation");
    case ApplicationType::StopBenefits: return Tr::tr("Stop of benefits");
    }
    return QString();
}

QStringList ApplicationRules::assistanceReasonKeys()
{
    return {QStringLiteral("housing"), QStringLiteral("destitute"), QStringLiteral("illness"),
            QStringLiteral("accident"), QStringLiteral("other")};
}

QString ApplicationRules::assistanceReasonTitle(const QString& key)
{
    if (key == QLatin1String("housing"))
        return Tr::tr("Housing difficulty");
    if (key == QLatin1String("destitute"))
        return Tr::tr("Destitute");
    if (key == QLatin1String("illness"))
        return Tr::tr("Serious illness");
    if (key == QLatin1String("accident"))
        return Tr::tr("Accident");
    if (key == QLatin1String("other"))
        return Tr::tr("Other");
    return QString();
}

std::optional<PersonCategory> ApplicationRules::heldOn(const QList<PersonCategory>& held, const QString& code,
                                                       const QDate& on)
{
    for (const PersonCategory& c : held)
        if (c.categoryCode == code && c.isCurrent(on))
            return c;
    return std::nullopt;
}

QStringList ApplicationRules::problems(const ApplicationDraft& d, const ApplicantContext& p)
{
    QStringList out;
    if (d.personId <= 0)
        out << Tr::tr("Choose the person the application is for.");
    if (p.status == PersonStatus::Deceased || p.status == PersonStatus::MovedAway)
        out << Tr::tr("The person is “%1” in the registry; no application can be made for them.")
                   .arg(personStatusTitle(p.status));
    if (!d.effectiveDate.isValid())
        out << Tr::tr("Enter the effective date.");
    if (d.facts.trimmed().isEmpty())
        out << Tr::tr("Write the facts (基本情况).");
    if (d.reason.trimmed().isEmpty())
        out << Tr::tr("Write the reason for the application.");
    for (qint64 id : d.documentIds)
        if (!p.verifiedDocumentIds.contains(id))
            out << Tr::tr("Supporting document no. %1 is not a verified entry of the person's archive.").arg(id);
    const QDate on = d.effectiveDate.isValid() ? d.effectiveDate : p.today;
    const Category* cat = findCategory(p.categories, d.categoryCode);
    switch (d.type) {
    case ApplicationType::Recognition:
    case ApplicationType::DisabilityGrade: {
        if (!cat) {
            out << Tr::tr("Choose the category.");
            break;
        }
        if (d.type == ApplicationType::DisabilityGrade && !cat->needsDisability) {
            out << Tr::tr("“%1” has no disability grade; choose a disability category.").arg(cat->name);
            break;
        }
        const auto current = heldOn(p.held, d.categoryCode, on);
        if (d.type == ApplicationType::Recognition && current)
            out << Tr::tr("The person already holds “%1” since %2.").arg(cat->name, toIsoDate(current->startDate));
        if (d.type == ApplicationType::DisabilityGrade && current && current->grade == d.grade &&
            current->nature == d.nature)
            out << Tr::tr("The person already holds %1 %2 %3; the grade or nature must change.")
                       .arg(cat->name, CategoryRules::gradeTitle(d.grade), d.nature);
        PersonCategory candidate;
        candidate.categoryCode = d.categoryCode;
        candidate.startDate = on;
        candidate.grade = d.grade;
        candidate.nature = d.nature;
        candidate.relation = d.relation;
        candidate.servicemanName = d.servicemanName;
        candidate.enlistedOn = d.enlistedOn;
        candidate.dischargedOn = d.dischargedOn;
        if (Status s = CategoryRules::checkDetails(*cat, candidate, p.birthDate, p.today); !s)
            out << s.error();
        break;
    }
    case ApplicationType::StandardChange:
        if (!cat)
            out << Tr::tr("Choose the category whose standard changes.");
        else if (!heldOn(p.held, d.categoryCode, on))
            out << Tr::tr("The person does not hold “%1” on %2.").arg(cat->name, toIsoDate(on));
        break;
    case ApplicationType::TemporaryAssistance:
        if (d.requestedAmountFen <= 0)
            out << Tr::tr("Enter the amount of assistance requested.");
        if (d.assistanceReason.isEmpty())
            out << Tr::tr("Choose why assistance is needed (housing difficulty, destitute, "
                          "serious illness, accident or other).");
        else if (!assistanceReasonKeys().contains(d.assistanceReason))
            out << Tr::tr("“%1” is not a reason of temporary assistance.").arg(d.assistanceReason);
        [[fallthrough]];
    case ApplicationType::Recuperation:
        if (!holdsAnyOn(p.held, on))
            out << Tr::tr("The person holds no category on %1.").arg(toIsoDate(on));
        break;
    case ApplicationType::StopBenefits:
        if (d.stopStatus != QLatin1String("deceased") && d.stopStatus != QLatin1String("moved"))
            out << Tr::tr("Choose why the benefits stop: death or moving away.");
        if (d.effectiveDate.isValid() && p.today.isValid() && d.effectiveDate > p.today)
            out << Tr::tr("The date of death or moving away %1 is in the future.").arg(toIsoDate(d.effectiveDate));
        if (d.effectiveDate.isValid() && p.statusSince.isValid() && d.effectiveDate < p.statusSince)
            out << Tr::tr("The date %1 is before the person's current status began (%2).")
                       .arg(toIsoDate(d.effectiveDate), toIsoDate(p.statusSince));
        break;
    }
    return out;
}

std::optional<StandardKey> ApplicationRules::standardKey(const ApplicationDraft& d, const ApplicantContext& p)
{
    const QDate on = d.effectiveDate.isValid() ? d.effectiveDate : p.today;
    StandardKey k;
    k.residence = p.residence;
    switch (d.type) {
    case ApplicationType::Recognition:
    case ApplicationType::DisabilityGrade: {
        k.item = StandardItem::Annual;
        k.categoryCode = d.categoryCode;
        const Category* cat = findCategory(p.categories, d.categoryCode);
        if (cat && cat->needsDisability) {
            k.grade = d.grade;
            k.nature = d.nature;
        }
        return k;
    }
    case ApplicationType::StandardChange: {
        k.item = StandardItem::Annual;
        k.categoryCode = d.categoryCode;
        if (const auto h = heldOn(p.held, d.categoryCode, on)) {
            k.grade = h->grade;
            k.nature = h->nature;
        }
        return k;
    }
    case ApplicationType::TemporaryAssistance:
    case ApplicationType::Recuperation:
        k.item = d.type == ApplicationType::TemporaryAssistance ? StandardItem::TemporaryAssistance
                                                                : StandardItem::Recuperation;
        k.categoryCode = firstHeldCode(p.held, on);
        return k;
    case ApplicationType::StopBenefits:
        return std::nullopt;
    }
    return std::nullopt;
}

Result<ComputedBenefit> ApplicationRules::computeBenefit(const ApplicationDraft& d, const ApplicantContext& p,
                                                         const Lookup& lookup)
{
    ComputedBenefit b;
    const auto key = standardKey(d, p);
    if (!key) {
        b.basis = Tr::tr("Benefits stop from %1.").arg(toIsoDate(d.effectiveDate));
        return b;
    }
    auto standard = lookup(*key, d.effectiveDate);
    if (!standard)
        return standard.status();
    b.standardId = standard->id;
    b.basis = standard->basis();
    switch (standard->item) {
    case StandardItem::Annual:
        b.annualFen = standard->amountFen;
        break;
    case StandardItem::TemporaryAssistance:
        if (d.requestedAmountFen > standard->amountFen)
            return Result<ComputedBenefit>::failure(
                Tr::tr("The assistance requested, %1 yuan, is more than the ceiling of %2 yuan in the "
                       "policy book (%3).")
                    .arg(PolicyRules::yuan(d.requestedAmountFen), PolicyRules::yuan(standard->amountFen),
                         standard->basis()));
        b.oneOffFen = d.requestedAmountFen;
        break;
    case StandardItem::Recuperation:
        b.oneOffFen = standard->amountFen;
        break;
    }
    return b;
}

QString ApplicationRules::describeRequest(const ApplicationDraft& d, const QString& categoryName)
{
    switch (d.type) {
    case ApplicationType::Recognition:
        return d.grade > 0 ? QStringLiteral("申请认定为%1（%2，%3）").arg(categoryName, CategoryRules::gradeTitle(d.grade), d.nature)
                           : QStringLiteral("申请认定为%1").arg(categoryName);
    case ApplicationType::DisabilityGrade:
        return QStringLiteral("申请评定（调整）残疾等级为%1%2").arg(CategoryRules::gradeTitle(d.grade), d.nature);
    case ApplicationType::StandardChange:
        return QStringLiteral("申请按现行标准调整%1抚恤补助").arg(categoryName);
    case ApplicationType::TemporaryAssistance:
        return QStringLiteral("申请临时救助%1元").arg(PolicyRules::yuan(d.requestedAmountFen));
    case ApplicationType::Recuperation:
        return QStringLiteral("申请参加短期疗养");
    case ApplicationType::StopBenefits:
        return d.stopStatus == QLatin1String("deceased") ? QStringLiteral("因死亡申请停发抚恤补助")
                                                         : QStringLiteral("因迁出申请停发抚恤补助");
    }
    return QString();
}

} // namespace youfu::core
