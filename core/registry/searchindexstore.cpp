#include "registry/searchindexstore.h"

#include "db/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::SearchIndexStore)
};
} // namespace

Status SearchIndexStore::put(qint64 personId, const QString& name, const QString& citizenId,
                             const QString& villageCode)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM person_fts WHERE rowid = ?"));
    q.addBindValue(personId);
    if (!q.exec())
        return Status::failure(
            Tr::tr("The search index cannot be updated: %1").arg(q.lastError().text()));
    q.prepare(
        QStringLiteral("INSERT INTO person_fts (rowid, name, citizen_id, village) VALUES "
                       "(?, ?, ?, coalesce((SELECT name FROM villages WHERE code = ?), ''))"));
    q.addBindValue(personId);
    q.addBindValue(name);
    q.addBindValue(citizenId);
    q.addBindValue(villageCode.isEmpty() ? QStringLiteral("") : villageCode);
    if (!q.exec())
        return Status::failure(
            Tr::tr("The search index cannot be updated: %1").arg(q.lastError().text()));
    return Status::success();
}

} // namespace youfu::core
