#include "db/deferredindexes.h"

#include "db/database.h"
#include "db/sqlexec.h"

#include <QSqlQuery>

namespace youfu::core {

bool DeferredIndexes::pays(qint64 rowsToAdd, qint64 rowsPresent)
{
    constexpr qint64 kMinimumRows = 5000;
    return rowsToAdd >= kMinimumRows && rowsToAdd * 2 >= rowsPresent;
}

Status DeferredIndexes::drop(const QStringList& tables, const QStringList& keep)
{
    return dropObjects(QStringLiteral("index"), QStringLiteral("tbl_name"), tables, keep);
}

Status DeferredIndexes::holdTriggers(const QStringList& names)
{
    return dropObjects(QStringLiteral("trigger"), QStringLiteral("name"), names, {});
}

Status DeferredIndexes::dropObjects(const QString& type, const QString& column,
                                    const QStringList& values, const QStringList& keep)
{
    QSqlQuery q(m_db.connection());
    for (const QString& value : values) {
        // `type` and `column` are this file's own literals, never input.
        q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = ? AND %1 = ? "
                                 "AND sql IS NOT NULL ORDER BY name")
                      .arg(column));
        q.addBindValue(type);
        q.addBindValue(value);
        if (Status s = runQuery(q); !s)
            return s;
        QList<QPair<QString, QString>> found;
        while (q.next())
            if (!keep.contains(q.value(0).toString()))
                found.append({q.value(0).toString(), q.value(1).toString()});
        q.finish();
        for (const auto& object : found) {
            // The name comes from sqlite_schema itself; quoted as an identifier all the same.
            QString quoted = object.first;
            quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            if (Status s =
                    runQuery(q, QStringLiteral("DROP %1 \"%2\"").arg(type.toUpper(), quoted));
                !s)
                return s;
            m_dropped.append(object);
        }
    }
    return Status::success();
}

Status DeferredIndexes::restore()
{
    QSqlQuery q(m_db.connection());
    while (!m_dropped.isEmpty()) {
        if (Status s = runQuery(q, m_dropped.first().second); !s)
            return s;
        m_dropped.removeFirst();
    }
    return Status::success();
}

QStringList DeferredIndexes::droppedNames() const
{
    QStringList names;
    for (const auto& index : m_dropped)
        names << index.first;
    return names;
}

} // namespace youfu::core
