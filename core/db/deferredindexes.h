#pragma once

#include "common/result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace youfu::core {

class Database;

// A bulk write's secondary indexes, dropped for the write and built again at its end, inside
// the same transaction (SQLite's DDL is transactional: a rollback brings them back unchanged).
// Inserting 200,000 rows into a table with fourteen indexes costs a B-tree descent and a page
// rewrite per index per row; building each index afterwards is one sort. The indexes come back
// from their own CREATE statements in sqlite_master, so nothing of the schema is retyped here.
// UNIQUE constraints (automatic indexes) and the indexes named in `keep` (those a trigger
// looks rows up by during the write) stay in place.
class DeferredIndexes
{
public:
    explicit DeferredIndexes(Database& db) : m_db(db) {}
    // Must run inside the caller's transaction.
    Status drop(const QStringList& tables, const QStringList& keep = {});
    // Also holds off the named triggers until restore(): only those the caller has shown to do
    // nothing for the rows it writes (e.g. a trigger that looks for rows not yet written).
    Status holdTriggers(const QStringList& names);
    // Builds every dropped index and trigger again (and clears the list); a failure fails the
    // write.
    Status restore();
    QStringList droppedNames() const;

    // Whether rebuilding pays: the rows to add are many in absolute terms and against what the
    // table already holds (a sort of everything against a descent per new row and index).
    static bool pays(qint64 rowsToAdd, qint64 rowsPresent);

private:
    Database& m_db;
    QList<QPair<QString, QString>> m_dropped; // name, CREATE statement
    Status dropObjects(const QString& type, const QString& column, const QStringList& args,
                       const QStringList& keep);
};

} // namespace youfu::core
