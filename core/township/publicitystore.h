#pragma once

#include "common/result.h"
#include "security/actor.h"
#include "township/publicity.h"

#include <QList>

namespace youfu::core {

class Database;

// The one place with SQL on publicity_records. Writes are audited changes by a named actor
// holding ManageTownships.
class PublicityStore
{
public:
    explicit PublicityStore(Database& db) : m_db(db) {}

    // Records new publicity (id 0) or corrects a record; returns its id.
    Result<qint64> save(const Actor& actor, const PublicityRecord& record);

    Result<PublicityRecord> byId(qint64 id) const;
    // The register, newest first, `limit` rows from `offset`.
    Result<QList<PublicityRecord>> page(const PublicityFilter& filter, int offset, int limit) const;
    Result<int> count(const PublicityFilter& filter) const;
    Result<QList<int>> years() const; // newest first

    // The year's publicity: one line per township in official order (every active township,
    // with zeros where nothing was done), then the county-wide line when there is one.
    // `sum` gets the year's sum over all lines.
    Result<QList<PublicityTotal>> yearTotals(int year, PublicityTotal* sum = nullptr) const;

private:
    Database& m_db;
};

} // namespace youfu::core
