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

Status failed(const QSqlQuery& q)
{
    return Status::failure(Tr::tr("The database could not do this: %1")
                               .arg(describeSqlError(q.lastError())));
}
} // namespace

Status runQuery(QSqlQuery& q)
{
    return q.exec() ? Status::success() : failed(q);
}

Status runQuery(QSqlQuery& q, const QString& sql)
{
    return q.exec(sql) ? Status::success() : failed(q);
}

Status runSingle(QSqlQuery& q, const QString& notFound)
{
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return Status::failure(notFound);
    return Status::success();
}

} // namespace youfu::core
