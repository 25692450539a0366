#include "db/bulkpragmas.h"

#include <QSqlQuery>
#include <QVariant>

namespace youfu::core {

BulkPragmas::BulkPragmas(QSqlDatabase conn, int cacheKib) : m_conn(std::move(conn))
{
    QSqlQuery q(m_conn);
    if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
        m_cache = q.value(0).toString();
    if (q.exec(QStringLiteral("PRAGMA temp_store")) && q.next())
        m_temp = q.value(0).toString();
    q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKib));
    q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
}

BulkPragmas::~BulkPragmas()
{
    QSqlQuery q(m_conn);
    if (!m_cache.isEmpty())
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cache));
    if (!m_temp.isEmpty())
        q.exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_temp));
}

} // namespace youfu::core
