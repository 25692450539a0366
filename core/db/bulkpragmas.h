#pragma once

#include <QSqlDatabase>
#include <QString>

namespace youfu::core {

// A bulk write's settings (as the roster import): statement journals and sorts in memory
// instead of temporary files (one per statement otherwise), a larger page cache so the rows
// written do not spill into the WAL before the commit and the rows looked up (foreign keys)
// stay at hand. Set before the write's transaction, set back afterwards.
class BulkPragmas
{
public:
    explicit BulkPragmas(QSqlDatabase conn, int cacheKib = 32768);
    ~BulkPragmas();
    BulkPragmas(const BulkPragmas&) = delete;
    BulkPragmas& operator=(const BulkPragmas&) = delete;

private:
    QSqlDatabase m_conn;
    QString m_cache;
    QString m_temp;
};

} // namespace youfu::core
