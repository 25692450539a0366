#include "township/publicityrules.h"

#include "common/isotime.h"

#include <QCoreApplication>
#include <QHash>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::PublicityRules)
};
} // namespace

QString PublicityRules::kindKey(PublicityKind kind)
{
    return kind == PublicityKind::Session ? QStringLiteral("session") : QStringLiteral("materials");
}

bool PublicityRules::kindFromKey(const QString& key, PublicityKind* out)
{
    if (key == QLatin1String("materials"))
        *out = PublicityKind::Materials;
    else if (key == QLatin1String("session"))
        *out = PublicityKind::Session;
    else
        return false;
    return true;
}

QString PublicityRules::kindTitle(PublicityKind kind)
{
    return kind == PublicityKind::Session ? Tr::tr("Policy session")
                                          : Tr::tr("Materials handed out");
}

QStringList PublicityRules::problems(const PublicityRecord& r, const QDate& today)
{
    QStringList out;
    if (!r.onDate.isValid())
        out << Tr::tr("Enter the date.");
    else if (today.isValid() && r.onDate > today)
        out << Tr::tr("%1 is in the future; record publicity once it is done.")
                   .arg(chineseDate(r.onDate));
    if (r.title.trimmed().isEmpty())
        out << (r.kind == PublicityKind::Session
                    ? Tr::tr("Enter the subject of the session.")
                    : Tr::tr("Enter which materials were handed out."));
    if (r.kind == PublicityKind::Materials) {
        if (r.copies <= 0)
            out << Tr::tr("Enter how many copies were handed out.");
        if (r.audience != 0)
            out << Tr::tr("Materials handed out have no audience; record a session for that.");
    } else {
        if (r.audience <= 0)
            out << Tr::tr("Enter how many people came to the session.");
        if (r.place.trimmed().isEmpty())
            out << Tr::tr("Enter where the session was held.");
    }
    if (r.copies < 0 || r.audience < 0)
        out << Tr::tr("Copies and audience cannot be negative.");
    return out;
}

QList<PublicityTotal> PublicityRules::totals(const QList<PublicityRecord>& records,
                                             PublicityTotal* sum)
{
    QList<PublicityTotal> parts;
    for (const PublicityRecord& r : records) {
        PublicityTotal t;
        t.townshipCode = r.townshipCode;
        t.townshipName = r.townshipName;
        if (r.kind == PublicityKind::Materials) {
            t.handouts = 1;
            t.copies = r.copies;
        } else {
            t.sessions = 1;
            t.audience = r.audience;
        }
        parts << t;
    }
    return merge(parts, sum);
}

QList<PublicityTotal> PublicityRules::merge(const QList<PublicityTotal>& parts, PublicityTotal* sum)
{
    QList<PublicityTotal> out;
    QHash<QString, int> at;
    PublicityTotal county;
    bool anyCounty = false;
    PublicityTotal all;
    for (const PublicityTotal& p : parts) {
        PublicityTotal* line = nullptr;
        if (p.townshipCode.isEmpty()) {
            line = &county;
            anyCounty = true;
        } else {
            auto it = at.constFind(p.townshipCode);
            if (it == at.constEnd()) {
                at.insert(p.townshipCode, int(out.size()));
                PublicityTotal fresh;
                fresh.townshipCode = p.townshipCode;
                fresh.townshipName = p.townshipName;
                out << fresh;
                line = &out.last();
            } else {
                line = &out[*it];
            }
        }
        for (PublicityTotal* t : {line, &all}) {
            t->handouts += p.handouts;
            t->copies += p.copies;
            t->sessions += p.sessions;
            t->audience += p.audience;
        }
    }
    if (anyCounty)
        out << county;
    if (sum)
        *sum = all;
    return out;
}

} // namespace youfu::core
