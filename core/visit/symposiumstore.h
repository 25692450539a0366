#pragma once

#include "common/result.h"
#include "security/actor.h"
#include "visit/symposium.h"

#include <QList>

namespace youfu::core {

class Database;

// Symposiums (tables of migration 0011). Saving writes the whole record (attendees and issues
// replaced) with Permission::RecordVisits and one audit entry "symposium.save".
class SymposiumStore
{
public:
    explicit SymposiumStore(Database& db) : m_db(db) {}

    static QString kindKey(SymposiumKind k); // "bayi" / "spring" / "other"
    static QString kindTitle(SymposiumKind k);
    static Status check(const Symposium& s);

    Result<qint64> save(const Actor& actor, const Symposium& s); // id 0 = new
    Result<Symposium> byId(qint64 id) const;
    Result<QList<Symposium>> ofYear(int year) const; // by date, without attendees and issues

private:
    Database& m_db;
};

} // namespace youfu::core
