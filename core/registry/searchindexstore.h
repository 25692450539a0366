#pragma once

#include "common/result.h"

#include <QString>

namespace youfu::core {

class Database;

// What the registry's search and sort look at besides the person's own columns: the trigram
// table person_fts (name, citizen ID, village name per person) and the pinyin of the name
// (persons.name_pinyin, name_spell, name_initials). Written by the person stores inside their
// transactions: SQLite refuses triggers that write a virtual table while trusted_schema is off,
// as it is here, and SQL cannot spell Chinese.
class SearchIndexStore
{
public:
    explicit SearchIndexStore(Database& db) : m_db(db) {}
    Status put(qint64 personId, const QString& name, const QString& citizenId,
               const QString& villageCode);

    // Spells the names of persons written before the program knew pinyin (migration 0007 adds
    // the columns empty). One system change with one audit entry, "registry.pinyin_backfill";
    // nothing when every name is spelled or the database is open read-only. Cheap to call on
    // every search: one index probe when there is nothing to do.
    Status fillMissingPinyin();

private:
    Database& m_db;
};

} // namespace youfu::core
