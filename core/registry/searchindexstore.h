#pragma once

#include "common/result.h"

#include <QString>

namespace youfu::core {

class Database;

// The trigram search table person_fts (name, citizen ID, village name per person). Written by
// the person stores inside their transactions: SQLite refuses triggers that write a virtual
// table while trusted_schema is off, as it is here.
class SearchIndexStore
{
public:
    explicit SearchIndexStore(Database& db) : m_db(db) {}
    Status put(qint64 personId, const QString& name, const QString& citizenId,
               const QString& villageCode);

private:
    Database& m_db;
};

} // namespace youfu::core
