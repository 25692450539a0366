#pragma once

#include "common/result.h"
#include "io/roster.h"
#include "security/actor.h"

#include <QHash>
#include <QString>

namespace youfu::core {

class Database;

// The office's own synonyms (烈属 → 烈士遗属, 龙溪 → 龙溪镇), kept in the setting
// `import.aliases` as {"townships": {alias: code}, "categories": {alias: code}}.
struct OfficeAliases
{
    QHash<QString, QString> townships;  // alias → township code
    QHash<QString, QString> categories; // alias → category code
};

// Builds the alias tables of an import: every township, village and category of the database
// by its name and short name (龙溪镇 also as 龙溪), plus the office's synonyms.
class RosterAliases
{
public:
    static const QString kSettingKey; // import.aliases

    explicit RosterAliases(Database& db) : m_db(db) {}
    Result<AliasTables> tables() const;
    Result<OfficeAliases> office() const;
    // Replaces the office's synonyms (audited through SettingsStore: ManageSettings). An alias
    // naming a township or category the database does not have is refused.
    Status setOffice(const Actor& actor, const OfficeAliases& aliases);

    static QString shortName(const QString& name, const QStringList& suffixes);

private:
    Database& m_db;
};

} // namespace youfu::core
