#include "policy/policyrules.h"

#include "common/isotime.h"
#include "registry/categoryrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::PolicyRules)
};

bool sameGroup(const BenefitStandard& s, const StandardKey& k)
{
    return s.item == k.item && s.grade == k.grade && s.nature == k.nature;
}
} // namespace

QList<StandardItem> PolicyRules::allItems()
{
    return {StandardItem::Annual, StandardItem::TemporaryAssistance, StandardItem::Recuperation};
}

QString PolicyRules::itemKey(StandardItem item)
{
    switch (item) {
    case StandardItem::Annual: return QStringLiteral("annual");
    case StandardItem::TemporaryAssistance: return QStringLiteral("temporary_assistance");
    case StandardItem::Recuperation: return QStringLiteral("recuperation");
    }
    return QString();
}

bool PolicyRules::itemFromKey(const QString& key, StandardItem* out)
{
    for (StandardItem i : allItems())
        if (itemKey(i) == key) {
            *out = i;
            return true;
        }
    return false;
}

QString PolicyRules::itemTitle(StandardItem item)
{
    switch (item) {
    case StandardItem::Annual: return Tr::tr("Annual benefit");
    case StandardItem::TemporaryAssistance: return Tr::tr("Temporary assistance (ceiling)");
    case StandardItem::Recuperation: return Tr::tr("Short-term recuperation (per stay)");
    }
    return QString();
}

QString PolicyRules::residenceKey(Residence r)
{
    switch (r) {
    case Residence::All: return QStringLiteral("all");
    case Residence::Urban: return QStringLiteral("urban");
    case Residence::Rural: return QStringLiteral("rural");
    }
    return QString();
}

bool PolicyRules::residenceFromKey(const QString& key, Residence* out)
{
    for (Residence r : {Residence::All, Residence::Urban, Residence::Rural})
        if (residenceKey(r) == key) {
            *out = r;
            return true;
        }
    return false;
}

QString PolicyRules::residenceTitle(Residence r)
{
    switch (r) {
    case Residence::All: return Tr::tr("urban and rural");
    case Residence::Urban: return Tr::tr("urban");
    case Residence::Rural: return Tr::tr("rural");
    }
    return QString();
}

Residence PolicyRules::residenceOf(const QString& townshipKind, const QString& villageKind)
{
    if (villageKind == QLatin1String("community"))
        return Residence::Urban;
    if (villageKind == QLatin1String("village"))
        return Residence::Rural;
    return townshipKind == QLatin1String("street") ? Residence::Urban : Residence::Rural;
}

QString PolicyRules::describe(const StandardKey& key, const QString& categoryName)
{
    QStringList parts;
    parts << itemTitle(key.item);
    if (!key.categoryCode.isEmpty())
        parts << (categoryName.isEmpty() ? key.categoryCode : categoryName);
    if (key.grade > 0)
        parts << CategoryRules::gradeTitle(key.grade);
    if (!key.nature.isEmpty())
        parts << key.nature;
    if (key.residence != Residence::All)
        parts << residenceTitle(key.residence);
    return parts.join(QLatin1Char(' '));
}

Result<BenefitStandard> PolicyRules::lookup(const QList<BenefitStandard>& book, const StandardKey& key,
                                            const QDate& on, const QString& categoryName)
{
    const QString what = describe(key, categoryName);
    if (!on.isValid())
        return Result<BenefitStandard>::failure(Tr::tr("Enter the effective date to find the standard for %1.").arg(what));
    auto inForce = [&](const QString& category, QDate* edition, QDate* earliest) {
        QList<BenefitStandard> rows;
        for (const BenefitStandard& s : book) {
            if (!sameGroup(s, key) || s.categoryCode != category)
                continue;
            if (s.effectiveFrom > on) {
                if (!earliest->isValid() || s.effectiveFrom < *earliest)
                    *earliest = s.effectiveFrom;
                continue;
            }
            if (!edition->isValid() || s.effectiveFrom > *edition)
                *edition = s.effectiveFrom;
            rows << s;
        }
        return rows;
    };
    QDate edition, earliest;
    QList<BenefitStandard> rows = inForce(key.categoryCode, &edition, &earliest);
    if (rows.isEmpty() && !key.categoryCode.isEmpty())
        rows = inForce(QString(), &edition, &earliest);
    if (rows.isEmpty()) {
        if (earliest.isValid())
            return Result<BenefitStandard>::failure(
                Tr::tr("The policy book has no standard for %1 in force on %2; the first one takes "
                       "effect on %3.")
                    .arg(what, toIsoDate(on), toIsoDate(earliest)));
        return Result<BenefitStandard>::failure(
            Tr::tr("The policy book has no standard for %1. A section chief must enter it, with its "
                   "basis document, before this can be submitted.")
                .arg(what));
    }
    const BenefitStandard* forAll = nullptr;
    const BenefitStandard* forResidence = nullptr;
    for (const BenefitStandard& s : rows) {
        if (s.effectiveFrom != edition)
            continue;
        if (s.residence == Residence::All)
            forAll = &s;
        else if (s.residence == key.residence)
            forResidence = &s;
    }
    if (forResidence)
        return *forResidence;
    if (forAll)
        return *forAll;
    if (key.residence == Residence::All)
        return Result<BenefitStandard>::failure(
            Tr::tr("The standard for %1 of %2 differs between urban and rural residents; the "
                   "person's residence is not known.")
                .arg(what, toIsoDate(edition)));
    return Result<BenefitStandard>::failure(
        Tr::tr("The standard for %1 of %2 has no line for %3 residents.")
            .arg(what, toIsoDate(edition), residenceTitle(key.residence)));
}

Status PolicyRules::checkNew(const BenefitStandard& c, const QList<BenefitStandard>& sameKeyRows,
                             bool categoryHasDisability)
{
    if (c.item == StandardItem::Annual && c.categoryCode.isEmpty())
        return Status::failure(Tr::tr("Choose the category the annual standard is for."));
    if (categoryHasDisability && c.item == StandardItem::Annual) {
        if (c.grade < 1 || c.grade > 10)
            return Status::failure(Tr::tr("Choose the disability grade, 一级 to 十级."));
        if (!CategoryRules::natures().contains(c.nature))
            return Status::failure(Tr::tr("Choose the nature of the disability: 因战, 因公 or 因病."));
        if (c.nature == QStringLiteral("因病") && c.grade > CategoryRules::kMaxIllnessGrade)
            return Status::failure(Tr::tr("A disability caused by illness (因病) is only recognised "
                                          "for grades 一级 to 六级."));
    } else if (c.grade != 0 || !c.nature.isEmpty()) {
        return Status::failure(Tr::tr("Grade and nature apply only to disability standards."));
    }
    if (c.amountFen <= 0)
        return Status::failure(Tr::tr("Enter the amount, more than 0 yuan."));
    if (!c.effectiveFrom.isValid())
        return Status::failure(Tr::tr("Enter the date the standard takes effect."));
    if (c.basisNumber.trimmed().isEmpty() || c.basisTitle.trimmed().isEmpty())
        return Status::failure(Tr::tr("Enter the basis document: its number and its title."));
    for (const BenefitStandard& s : sameKeyRows) {
        if (s.item != c.item || s.categoryCode != c.categoryCode || s.grade != c.grade ||
            s.nature != c.nature || s.effectiveFrom != c.effectiveFrom)
            continue;
        if (s.residence == c.residence)
            return Status::failure(Tr::tr("The book already has this standard from %1 (%2 yuan); "
                                          "a new one must take effect on another day.")
                                       .arg(toIsoDate(s.effectiveFrom), yuan(s.amountFen)));
        if (s.residence == Residence::All || c.residence == Residence::All)
            return Status::failure(Tr::tr("From %1 the book already has a standard for %2; one "
                                          "edition is either for all residents or split into "
                                          "urban and rural.")
                                       .arg(toIsoDate(s.effectiveFrom), residenceTitle(s.residence)));
    }
    return Status::success();
}

QString PolicyRules::yuan(qint64 fen)
{
    const bool negative = fen < 0;
    const qint64 a = negative ? -fen : fen;
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

bool PolicyRules::parseYuan(const QString& text, qint64* fen)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(','));
    t.remove(QChar(0xFF0C));
    static const QRegularExpression re(QStringLiteral("^(\\d{1,12})(?:\\.(\\d{1,2}))?$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return false;
    qint64 v = m.captured(1).toLongLong() * 100;
    QString cents = m.captured(2);
    if (!cents.isEmpty())
        v += cents.leftJustified(2, QLatin1Char('0')).toInt();
    *fen = v;
    return true;
}

} // namespace youfu::core
