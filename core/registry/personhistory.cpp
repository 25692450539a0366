#include "registry/personhistory.h"

#include "registry/personstatus.h"
#include "registry/sex.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::PersonHistory)
};

QJsonObject parse(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString show(const QString& key, const QJsonValue& v)
{
    if (key == QLatin1String("status")) {
        PersonStatus s;
        if (personStatusFromKey(v.toString(), &s))
            return personStatusTitle(s);
    }
    if (key == QLatin1String("sex") && sexFromKey(v.toString()) != Sex::Unknown)
        return sexTitle(sexFromKey(v.toString()));
    if (v.isBool())
        return v.toBool() ? Tr::tr("yes") : Tr::tr("no");
    const QString s = v.toVariant().toString();
    return s.isEmpty() ? Tr::tr("(empty)") : s;
}

// Field order as in the editor.
const char* const kFields[] = {
    "name",         "sex",           "ethnicity",  "citizen_id", "birth_date",   "phone",
    "township",     "village",       "address",    "bank_name",  "bank_account", "status",
    "status_since", "status_reason", "key_person", "risk_note",  "categories"};
} // namespace

QString PersonHistory::fieldTitle(const QString& key)
{
    if (key == QLatin1String("name"))
        return Tr::tr("name");
    if (key == QLatin1String("sex"))
        return Tr::tr("sex");
    if (key == QLatin1String("ethnicity"))
        return Tr::tr("ethnicity");
    if (key == QLatin1String("citizen_id"))
        return Tr::tr("citizen ID");
    if (key == QLatin1String("birth_date"))
        return Tr::tr("birth date");
    if (key == QLatin1String("phone"))
        return Tr::tr("phone");
    if (key == QLatin1String("township"))
        return Tr::tr("township");
    if (key == QLatin1String("village"))
        return Tr::tr("village");
    if (key == QLatin1String("address"))
        return Tr::tr("address");
    if (key == QLatin1String("bank_name"))
        return Tr::tr("bank");
    if (key == QLatin1String("bank_account"))
        return Tr::tr("bank account");
    if (key == QLatin1String("status"))
        return Tr::tr("status");
    if (key == QLatin1String("status_since"))
        return Tr::tr("status since");
    if (key == QLatin1String("status_reason"))
        return Tr::tr("reason");
    if (key == QLatin1String("key_person"))
        return Tr::tr("key person");
    if (key == QLatin1String("risk_note"))
        return Tr::tr("risk");
    if (key == QLatin1String("categories"))
        return Tr::tr("categories");
    return key;
}

QString PersonHistory::describe(const AuditEntry& e)
{
    const QJsonObject before = parse(e.beforeJson);
    const QJsonObject after = parse(e.afterJson);
    if (e.action == QLatin1String("person.add"))
        return Tr::tr("registered %1 (%2)")
            .arg(after.value(QStringLiteral("name")).toString(),
                 after.value(QStringLiteral("categories")).toString());
    if (e.action == QLatin1String("person.reveal"))
        return Tr::tr("looked at the full phone and bank account numbers");
    QStringList changes;
    for (const char* f : kFields) {
        const QString key = QString::fromLatin1(f);
        const QJsonValue b = before.value(key);
        const QJsonValue a = after.value(key);
        if (b != a)
            changes << Tr::tr("%1 %2 → %3").arg(fieldTitle(key), show(key, b), show(key, a));
    }
    QString what;
    if (e.action == QLatin1String("person.status"))
        what = Tr::tr("changed the status");
    else if (e.action == QLatin1String("person.category_add"))
        what = Tr::tr("added a category");
    else if (e.action == QLatin1String("person.category_end"))
        what = Tr::tr("ended a category");
    else if (e.action == QLatin1String("person.update"))
        what = Tr::tr("changed");
    else
        what = e.action;
    return changes.isEmpty() ? what
                             : what + QStringLiteral(": ") + changes.join(QStringLiteral("; "));
}

QString PersonHistory::line(const AuditEntry& e)
{
    return QStringLiteral("%1 %2: %3")
        .arg(e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), e.actorLogin,
             describe(e));
}

QStringList PersonHistory::lines(const QList<AuditEntry>& entries)
{
    QStringList out;
    for (const AuditEntry& e : entries)
        out << line(e);
    return out;
}

} // namespace youfu::core
