#include "registry/categoryrules.h"

#include "common/isotime.h"
#include "common/textlimits.h"

#include <QCoreApplication>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::CategoryRules)
};

const char* const kGrades[] = {"一级", "二级", "三级", "四级", "五级",
                               "六级", "七级", "八级", "九级", "十级"};
} // namespace

QStringList CategoryRules::natures()
{
    return {QStringLiteral("因战"), QStringLiteral("因公"), QStringLiteral("因病")};
}

QStringList CategoryRules::survivorRelations()
{
    return {QStringLiteral("父亲"), QStringLiteral("母亲"),     QStringLiteral("配偶"),
            QStringLiteral("子女"), QStringLiteral("兄弟姐妹"), QStringLiteral("其他亲属")};
}

QString CategoryRules::gradeTitle(int grade)
{
    if (grade < 1 || grade > 10)
        return QString();
    return QString::fromUtf8(kGrades[grade - 1]);
}

int CategoryRules::gradeFromTitle(const QString& title)
{
    for (int g = 1; g <= 10; ++g)
        if (title.trimmed() == QString::fromUtf8(kGrades[g - 1]))
            return g;
    return 0;
}

int CategoryRules::ageOn(const QDate& birthDate, const QDate& day)
{
    if (!birthDate.isValid() || !day.isValid())
        return 0;
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() ||
        (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

Status CategoryRules::checkDetails(const Category& category, const PersonCategory& held,
                                   const QDate& birthDate, const QDate& today)
{
    if (!held.startDate.isValid())
        return Status::failure(
            Tr::tr("Enter the date from which the person holds “%1”.").arg(category.name));
    if (birthDate.isValid() && held.startDate < birthDate)
        return Status::failure(Tr::tr("The start date %1 is before the person's birth.")
                                   .arg(toIsoDate(held.startDate)));
    if (held.endDate.isValid() && held.endDate < held.startDate)
        return Status::failure(Tr::tr("The end date %1 is before the start date %2.")
                                   .arg(toIsoDate(held.endDate), toIsoDate(held.startDate)));
    if (category.minAge > 0 && ageOn(birthDate, held.startDate) < category.minAge)
        return Status::failure(Tr::tr("“%1” is for persons aged %2 or more; on %3 the person "
                                      "was %4.")
                                   .arg(category.name)
                                   .arg(category.minAge)
                                   .arg(toIsoDate(held.startDate))
                                   .arg(ageOn(birthDate, held.startDate)));
    if (category.needsDisability) {
        if (held.grade < 1 || held.grade > 10)
            return Status::failure(Tr::tr("Choose the disability grade, 一级 to 十级."));
        if (!natures().contains(held.nature))
            return Status::failure(
                Tr::tr("Choose the nature of the disability: 因战, 因公 or 因病."));
        if (held.nature == QStringLiteral("因病") && held.grade > kMaxIllnessGrade)
            return Status::failure(Tr::tr("A disability caused by illness (因病) is only "
                                          "recognised for grades 一级 to 六级, not %1.")
                                       .arg(gradeTitle(held.grade)));
    }
    if (category.needsSurvivor) {
        if (!survivorRelations().contains(held.relation))
            return Status::failure(Tr::tr("Choose the relation to the serviceman."));
        if (held.servicemanName.trimmed().isEmpty())
            return Status::failure(Tr::tr("Enter the serviceman's name."));
    }
    if (QString m = TextRules::check(held.servicemanName, TextLimits::kName,
                                     Tr::tr("The serviceman's name"));
        !m.isEmpty())
        return Status::failure(m);
    if (QString m = TextRules::check(held.endReason, TextLimits::kNote, Tr::tr("The reason"), true);
        !m.isEmpty())
        return Status::failure(m);
    const bool hasService = held.enlistedOn.isValid() || held.dischargedOn.isValid();
    if (category.needsService || hasService) {
        if (!held.enlistedOn.isValid())
            return Status::failure(Tr::tr("Enter the date of enlistment."));
        if (!held.dischargedOn.isValid())
            return Status::failure(Tr::tr("Enter the date of discharge."));
        if (birthDate.isValid() && ageOn(birthDate, held.enlistedOn) < kMinEnlistmentAge)
            return Status::failure(Tr::tr("On the enlistment date %1 the person was %2; the "
                                          "minimum age is %3.")
                                       .arg(toIsoDate(held.enlistedOn))
                                       .arg(ageOn(birthDate, held.enlistedOn))
                                       .arg(kMinEnlistmentAge));
        if (held.dischargedOn <= held.enlistedOn)
            return Status::failure(
                Tr::tr("The discharge date %1 must be after the enlistment "
                       "date %2.")
                    .arg(toIsoDate(held.dischargedOn), toIsoDate(held.enlistedOn)));
        if (today.isValid() && held.dischargedOn > today)
            return Status::failure(Tr::tr("The discharge date %1 is in the future.")
                                       .arg(toIsoDate(held.dischargedOn)));
    }
    return Status::success();
}

Status CategoryRules::checkNoOverlap(const QList<PersonCategory>& existing,
                                     const PersonCategory& candidate)
{
    const QDate farFuture(9999, 12, 31);
    const QDate cEnd = candidate.endDate.isValid() ? candidate.endDate : farFuture;
    for (const PersonCategory& e : existing) {
        if (e.id == candidate.id && e.id != 0)
            continue;
        if (e.categoryCode != candidate.categoryCode)
            continue;
        const QDate eEnd = e.endDate.isValid() ? e.endDate : farFuture;
        // Periods are [start, end): a category ended on a day may start again that day.
        if (candidate.startDate < eEnd && e.startDate < cEnd)
            return Status::failure(
                e.endDate.isValid()
                    ? Tr::tr("The person already holds “%1” from %2 to %3; the periods may not "
                             "overlap.")
                          .arg(e.categoryName.isEmpty() ? e.categoryCode : e.categoryName,
                               toIsoDate(e.startDate), toIsoDate(e.endDate))
                    : Tr::tr("The person already holds “%1” since %2; end it first.")
                          .arg(e.categoryName.isEmpty() ? e.categoryCode : e.categoryName,
                               toIsoDate(e.startDate)));
    }
    return Status::success();
}

QString CategoryRules::summary(const QList<PersonCategory>& held, const QDate& today)
{
    QStringList parts;
    for (const PersonCategory& c : held) {
        if (!c.isCurrent(today))
            continue;
        QString s = c.categoryName.isEmpty() ? c.categoryCode : c.categoryName;
        if (c.grade > 0)
            s += QStringLiteral("（%1）").arg(gradeTitle(c.grade));
        parts << s;
    }
    return parts.join(QStringLiteral("、"));
}

} // namespace youfu::core
