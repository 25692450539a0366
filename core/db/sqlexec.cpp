#include "db/sqlexec.h"

#include "db/sqlerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::SqlExec)
};

} // namespace

Status sqlFailure(const QSqlQuery& q)
{
    return Status::failure(
        Tr::tr("The database refused the change: %1").arg(describeSqlError(q.lastError())));
}

Status runQuery(QSqlQuery& q)
{
    return q.exec() ? Status::success() : sqlFailure(q);
}

Status runQuery(QSqlQuery& q, const QString& sql)
{
    return q.exec(sql) ? Status::success() : sqlFailure(q);
}

Status runSingle(QSqlQuery& q, const QString& notFound)
{
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return Status::failure(notFound);
    return Status::success();
}

Result<QList<int>> readIntColumn(QSqlQuery& q, const QString& sql)
{
    if (Status s = runQuery(q, sql); !s)
        return s;
    QList<int> values;
    while (q.next())
        values << q.value(0).toInt();
    if (q.lastError().isValid())
        return sqlFailure(q);
    return values;
}

} // namespace youfu::core
