#include "db/transaction.h"

#include "db/database.h"
#include "db/sqlerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::Transaction)
};

bool run(Database& db, const QString& sql, QString* error)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql))
        return true;
    if (error)
        *error = describeSqlError(q.lastError());
    return false;
}
} // namespace

Transaction::Transaction(Database& db) : m_db(db)
{
    if (db.isReadOnly()) {
        m_error = Tr::tr("The database is open read-only (%1); nothing can be changed.")
                      .arg(db.readOnlyReason());
        return;
    }
    m_level = db.transactionDepth();
    QString why;
    const QString sql = m_level == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                     : QStringLiteral("SAVEPOINT yf_%1").arg(m_level);
    if (!run(db, sql, &why)) {
        m_error = Tr::tr("Cannot start a change: %1").arg(why);
        return;
    }
    ++db.transactionDepth();
    m_active = true;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_error.isEmpty() ? Tr::tr("No change is in progress.") : m_error);
    QString why;
    const QString sql = m_level == 0 ? QStringLiteral("COMMIT")
                                     : QStringLiteral("RELEASE yf_%1").arg(m_level);
    if (!run(m_db, sql, &why)) {
        rollback();
        return Status::failure(Tr::tr("The change could not be saved: %1").arg(why));
    }
    m_active = false;
    --m_db.transactionDepth();
    return Status::success();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_level == 0) {
        run(m_db, QStringLiteral("ROLLBACK"), nullptr);
    } else {
        run(m_db, QStringLiteral("ROLLBACK TO yf_%1").arg(m_level), nullptr);
        run(m_db, QStringLiteral("RELEASE yf_%1").arg(m_level), nullptr);
    }
    m_active = false;
    --m_db.transactionDepth();
}

} // namespace youfu::core
