#include "visit/campaignrules.h"

#include <QCoreApplication>
#include <QSet>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::CampaignRules)
};
} // namespace

QString CampaignRules::festivalKey(Festival f)
{
    return f == Festival::Bayi ? QStringLiteral("bayi") : QStringLiteral("spring");
}

Result<Festival> CampaignRules::festivalFromKey(const QString& key)
{
    if (key == QLatin1String("bayi"))
        return Festival::Bayi;
    if (key == QLatin1String("spring"))
        return Festival::Spring;
    return Result<Festival>::failure(Tr::tr("Unknown festival “%1”.").arg(key));
}

QString CampaignRules::festivalTitle(Festival f)
{
    return f == Festival::Bayi ? Tr::tr("Army Day (1 August)") : Tr::tr("Spring Festival");
}

QString CampaignRules::deliveryKey(Delivery d)
{
    switch (d) {
    case Delivery::Open:
        return QStringLiteral("open");
    case Delivery::Delivered:
        return QStringLiteral("delivered");
    case Delivery::NotDelivered:
        return QStringLiteral("not_delivered");
    }
    return QString();
}

Result<Delivery> CampaignRules::deliveryFromKey(const QString& key)
{
    for (Delivery d : {Delivery::Open, Delivery::Delivered, Delivery::NotDelivered})
        if (deliveryKey(d) == key)
            return d;
    return Result<Delivery>::failure(Tr::tr("Unknown delivery state “%1”.").arg(key));
}

QString CampaignRules::deliveryTitle(Delivery d)
{
    switch (d) {
    case Delivery::Open:
        return Tr::tr("Not yet recorded");
    case Delivery::Delivered:
        return Tr::tr("Delivered");
    case Delivery::NotDelivered:
        return Tr::tr("Not delivered");
    }
    return QString();
}

QString CampaignRules::defaultTitle(Festival f, int year)
{
    // The paper's own words: printed on the roster whatever the program's language.
    return QStringLiteral("%1年%2慰问")
        .arg(year)
        .arg(f == Festival::Bayi ? QStringLiteral("八一") : QStringLiteral("春节"));
}

QStringList CampaignRules::checkDraft(const CampaignDraft& draft)
{
    QStringList problems;
    if (draft.year < 2000 || draft.year > 2100)
        problems << Tr::tr("Choose the year of the campaign.");
    if (draft.categoryCodes.isEmpty())
        problems << Tr::tr("Choose at least one category.");
    if (QSet<QString>(draft.categoryCodes.begin(), draft.categoryCodes.end()).size() !=
        draft.categoryCodes.size())
        problems << Tr::tr("A category is chosen twice.");
    return problems;
}

CampaignAmount CampaignRules::amountFor(const QStringList& held,
                                        const QStringList& campaignCategories,
                                        const QHash<QString, qint64>& amounts)
{
    CampaignAmount best;
    for (const QString& code : campaignCategories) {
        if (!held.contains(code) || !amounts.contains(code))
            continue;
        const qint64 fen = amounts.value(code);
        if (best.categoryCode.isEmpty() || fen > best.amountFen)
            best = {code, fen};
    }
    return best;
}

QStringList CampaignRules::missingAmounts(const QStringList& campaignCategories,
                                          const QHash<QString, qint64>& amounts)
{
    QStringList missing;
    for (const QString& code : campaignCategories)
        if (amounts.value(code) <= 0)
            missing << code;
    return missing;
}

Status CampaignRules::checkDelivery(Delivery d, const QDate& on, const QString& note)
{
    if (d == Delivery::NotDelivered && note.trimmed().isEmpty())
        return Status::failure(Tr::tr("Write why it was not delivered."));
    if (d == Delivery::Delivered && !on.isValid())
        return Status::failure(Tr::tr("Enter the day it was delivered."));
    return Status::success();
}

QList<QPair<int, int>> CampaignRules::pages(int count, int perPage)
{
    QList<QPair<int, int>> out;
    if (perPage < 1)
        perPage = 1;
    for (int first = 0; first < count; first += perPage)
        out << qMakePair(first, qMin(perPage, count - first));
    if (out.isEmpty())
        out << qMakePair(0, 0);
    return out;
}

qint64 CampaignRules::total(const QList<CampaignLine>& lines)
{
    qint64 sum = 0;
    for (const CampaignLine& l : lines)
        sum += l.amountFen;
    return sum;
}

QList<TownshipTotal> CampaignRules::townshipTotals(const QList<CampaignLine>& lines)
{
    QList<TownshipTotal> out;
    QHash<QString, int> index;
    for (const CampaignLine& l : lines) {
        auto it = index.constFind(l.townshipCode);
        if (it == index.constEnd()) {
            it = index.insert(l.townshipCode, int(out.size()));
            out << TownshipTotal{l.townshipCode, l.townshipName, 0, 0};
        }
        TownshipTotal& t = out[it.value()];
        ++t.persons;
        t.totalFen += l.amountFen;
    }
    return out;
}

QString CampaignRules::yuan(qint64 fen)
{
    const bool negative = fen < 0;
    const qint64 a = negative ? -fen : fen;
    QString whole = QString::number(a / 100);
    for (int i = int(whole.size()) - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    return (negative ? QStringLiteral("-") : QString()) + whole + QLatin1Char('.') +
           QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
}

} // namespace youfu::core
