#pragma once

#include "common/result.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace youfu::core {

class Database;
class WriteScope;

// The roster import's own SQL: which IDs of a batch the registry already holds, and the
// mapping remembered for a file layout (a row of the settings table).
class RosterStore
{
public:
    explicit RosterStore(Database& db) : m_db(db) {}
    // One query per call (the caller passes a batch of about a thousand IDs).
    Result<QSet<QString>> existingCitizenIds(const QStringList& ids) const;
    // The JSON the last import of this layout was confirmed with, or "" when none.
    Result<QString> rememberedMapping(const QString& settingKey) const;
    // Inside the import's own audited write (its audit entry names the mapping).
    Status rememberMapping(WriteScope& w, const QString& settingKey, const QString& json);

private:
    Database& m_db;
};

} // namespace youfu::core
