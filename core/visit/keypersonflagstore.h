#pragma once

#include "common/result.h"

#include <QDate>
#include <QString>

namespace youfu::core {

class Database;

// Keeps the key-person records (key_person_records of migration 0009) in step with the registry's
// key-person flag when the flag is set outside the visits page: the person editor's checkbox and
// the roster import. A flag without a record gets one (reason 其他 with the registry's risk note,
// risk 一般, since `on`, the acting user as 责任人 until the visits page names another); a record
// without the flag is ended ("the mark was removed in the registry"). Runs inside the caller's
// audited write and adds no audit entry of its own: the caller's entry (person update, import)
// records the flag and the note. The visits page's own writes go through VisitStore, which keeps
// the flag in step the other way.
class KeyPersonFlagStore
{
public:
    explicit KeyPersonFlagStore(Database& db) : m_db(db) {}

    // One person, after the registry wrote their flag.
    Status follow(qint64 personId, const QDate& on, qint64 userId, const QString& nowIso);
    // Every person (after an import): two set statements, no per-person loop.
    Status followAll(const QDate& on, qint64 userId, const QString& nowIso);

private:
    Status sync(const QString& personCondition, const QVariantList& values, const QDate& on,
                qint64 userId, const QString& nowIso);

    Database& m_db;
};

} // namespace youfu::core
