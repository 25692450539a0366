#include "io/rosterstore.h"

#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/sqlexec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace youfu::core {

Result<QSet<QString>> RosterStore::existingCitizenIds(const QStringList& ids) const
{
    QSet<QString> found;
    if (ids.isEmpty())
        return found;
    // The batch goes in as one JSON array bound to one statement: a statement with hundreds of
    // placeholders would be compiled again for every batch and bound value by value.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT citizen_id FROM persons WHERE citizen_id IN "
                             "(SELECT value FROM json_each(?))"));
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
    if (Status s = runQuery(q); !s)
        return s;
    while (q.next())
        found.insert(q.value(0).toString());
    return found;
}

Result<QString> RosterStore::rememberedMapping(const QString& settingKey) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(settingKey);
    if (Status s = runQuery(q); !s)
        return s;
    return q.next() ? q.value(0).toString() : QString();
}

Status RosterStore::rememberMapping(WriteScope& w, const QString& settingKey, const QString& json)
{
    QSqlQuery q(w.db().connection());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(settingKey);
    q.addBindValue(json);
    return runQuery(q);
}

} // namespace youfu::core
