#include "db/bulkpragmas.h"

#include <QSqlQuery>
#include <QVariant>

namespace youfu::core {

BulkPragmas::BulkPragmas(QSqlDatabase conn, int cacheKib, ForeignKeys foreignKeys, int sortThreads)
    : m_conn(std::move(conn))
{
    QSqlQuery q(m_conn);
    if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
        m_cache = q.value(0).toString();
    if (q.exec(QStringLiteral("PRAGMA temp_store")) && q.next())
        m_temp = q.value(0).toString();
    if (foreignKeys == ForeignKeys::Trusted && q.exec(QStringLiteral("PRAGMA foreign_keys")) &&
        q.next())
        m_foreignKeys = q.value(0).toString();
    if (sortThreads > 0 && q.exec(QStringLiteral("PRAGMA threads")) && q.next())
        m_threads = q.value(0).toString();
    q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKib));
    if (!m_threads.isEmpty())
        q.exec(QStringLiteral("PRAGMA threads = %1").arg(sortThreads));
    if (!m_foreignKeys.isEmpty())
        q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
}

BulkPragmas::~BulkPragmas()
{
    QSqlQuery q(m_conn);
    if (!m_cache.isEmpty())
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cache));
    if (!m_temp.isEmpty())
        q.exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_temp));
    if (!m_foreignKeys.isEmpty())
        q.exec(QStringLiteral("PRAGMA foreign_keys = %1").arg(m_foreignKeys.toInt()));
    if (!m_threads.isEmpty())
        q.exec(QStringLiteral("PRAGMA threads = %1").arg(m_threads.toInt()));
}

} // namespace youfu::core
