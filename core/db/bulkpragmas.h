#pragma once

#include <QSqlDatabase>
#include <QString>

namespace youfu::core {

// A bulk write's settings (as the roster import): statement journals and sorts in memory
// instead of temporary files (one per statement otherwise), a larger page cache so the rows
// written do not spill into the WAL before the commit and the rows looked up (foreign keys)
// stay at hand. Set before the write's transaction, set back afterwards.
//
// ForeignKeys::Trusted turns foreign key checks off for the write (SQLite allows it only
// outside a transaction: inside one it changes nothing). Only for a write whose every
// reference holds by construction (ids read or inserted in the same transaction): the caller
// says why where it asks for it. They are on again when this object goes.
class BulkPragmas
{
public:
    enum class ForeignKeys
    {
        Checked,
        Trusted
    };
    // sortThreads > 0: SQLite may sort (CREATE INDEX) with that many helper threads.
    explicit BulkPragmas(QSqlDatabase conn, int cacheKib = 32768,
                         ForeignKeys foreignKeys = ForeignKeys::Checked, int sortThreads = 0);
    ~BulkPragmas();
    BulkPragmas(const BulkPragmas&) = delete;
    BulkPragmas& operator=(const BulkPragmas&) = delete;

private:
    QSqlDatabase m_conn;
    QString m_cache;
    QString m_temp;
    QString m_foreignKeys;
    QString m_threads;
};

} // namespace youfu::core
