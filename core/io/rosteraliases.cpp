#include "io/rosteraliases.h"

#include "db/database.h"
#include "registry/areastore.h"
#include "registry/categorystore.h"
#include "settings/settingsstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::RosterAliases)
};

const QStringList& townshipSuffixes()
{
    static const QStringList s = {QStringLiteral("街道办事处"), QStringLiteral("办事处"),
                                  QStringLiteral("街道"), QStringLiteral("镇"),
                                  QStringLiteral("乡")};
    return s;
}

const QStringList& villageSuffixes()
{
    static const QStringList s = {QStringLiteral("村民委员会"), QStringLiteral("居民委员会"),
                                  QStringLiteral("社区"), QStringLiteral("村")};
    return s;
}

QHash<QString, QString> fromJson(const QJsonObject& o)
{
    QHash<QString, QString> h;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!it.key().trimmed().isEmpty() && !it.value().toString().isEmpty())
            h.insert(it.key().trimmed(), it.value().toString());
    return h;
}

QJsonObject toJson(const QHash<QString, QString>& h)
{
    QJsonObject o;
    for (auto it = h.cbegin(); it != h.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}
} // namespace

const QString RosterAliases::kSettingKey = QStringLiteral("import.aliases");

QString RosterAliases::shortName(const QString& name, const QStringList& suffixes)
{
    // 农村籍退役士兵(60周岁以上) → 农村籍退役士兵; 龙溪镇 → 龙溪.
    static const QRegularExpression bracket(QStringLiteral("[(（][^)）]*[)）]$"));
    QString s = name.trimmed();
    s.remove(bracket);
    for (const QString& suffix : suffixes)
        if (s.endsWith(suffix) && s.size() - suffix.size() >= 2)
            return s.left(s.size() - suffix.size());
    return s;
}

Result<OfficeAliases> RosterAliases::office() const
{
    const QString text = SettingsStore(m_db).value(kSettingKey);
    OfficeAliases a;
    if (text.isEmpty())
        return a;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (!doc.isObject())
        return Status::failure(
            Tr::tr("The office's import synonyms cannot be read (%1); save them again in the "
                   "settings.")
                .arg(error.errorString()));
    a.townships = fromJson(doc.object().value(QStringLiteral("townships")).toObject());
    a.categories = fromJson(doc.object().value(QStringLiteral("categories")).toObject());
    return a;
}

Result<AliasTables> RosterAliases::tables() const
{
    AliasTables t;
    AreaStore areas(m_db);
    const QList<Township> townships = areas.townships();
    if (townships.isEmpty())
        return Status::failure(Tr::tr("The townships of the county could not be read."));
    for (const Township& town : townships) {
        t.townships.insert(town.name, town.code);
        const QString shortTown = shortName(town.name, townshipSuffixes());
        if (!t.townships.contains(shortTown))
            t.townships.insert(shortTown, town.code);
        for (const Village& v : areas.villages(town.code)) {
            const QString prefix = town.code + QLatin1Char('|');
            t.villages.insert(prefix + v.name, v.code);
            const QString shortVillage = shortName(v.name, villageSuffixes());
            if (!t.villages.contains(prefix + shortVillage))
                t.villages.insert(prefix + shortVillage, v.code);
        }
    }
    const QList<Category> categories = CategoryStore(m_db).all(false);
    if (categories.isEmpty())
        return Status::failure(Tr::tr("The categories of entitled persons could not be read."));
    for (const Category& c : categories) {
        t.categories.insert(c.name, c.code);
        const QString shortCat = shortName(c.name, {});
        if (!t.categories.contains(shortCat))
            t.categories.insert(shortCat, c.code);
    }
    auto office = this->office();
    if (!office)
        return office.status();
    // The office's synonyms are what the clerk decided: they win over a derived short name.
    for (auto it = office.value().townships.cbegin(); it != office.value().townships.cend(); ++it)
        t.townships.insert(it.key(), it.value());
    for (auto it = office.value().categories.cbegin(); it != office.value().categories.cend(); ++it)
        t.categories.insert(it.key(), it.value());
    return t;
}

Status RosterAliases::setOffice(const Actor& actor, const OfficeAliases& aliases)
{
    QSet<QString> townCodes, categoryCodes;
    for (const Township& t : AreaStore(m_db).townships())
        townCodes.insert(t.code);
    for (const Category& c : CategoryStore(m_db).all(true))
        categoryCodes.insert(c.code);
    for (auto it = aliases.townships.cbegin(); it != aliases.townships.cend(); ++it)
        if (!townCodes.contains(it.value()))
            return Status::failure(
                Tr::tr("The synonym “%1” names a township that does not exist (%2).")
                    .arg(it.key(), it.value()));
    for (auto it = aliases.categories.cbegin(); it != aliases.categories.cend(); ++it)
        if (!categoryCodes.contains(it.value()))
            return Status::failure(
                Tr::tr("The synonym “%1” names a category that does not exist (%2).")
                    .arg(it.key(), it.value()));
    const QJsonObject o{{QStringLiteral("townships"), toJson(aliases.townships)},
                        {QStringLiteral("categories"), toJson(aliases.categories)}};
    return SettingsStore(m_db).set(
        actor, kSettingKey, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

} // namespace youfu::core
