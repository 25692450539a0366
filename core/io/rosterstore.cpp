#include "io/rosterstore.h"

#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/sqlexec.h"

#include <QSqlQuery>

namespace youfu::core {

Result<QSet<QString>> RosterStore::existingCitizenIds(const QStringList& ids) const
{
    QSet<QString> found;
    // SQLite allows 32766 variables; a batch stays far below, and chunks keep it portable.
    constexpr int kChunk = 500;
    for (int start = 0; start < ids.size(); start += kChunk) {
        const QStringList part = ids.mid(start, kChunk);
        QStringList marks;
        marks.reserve(part.size());
        for (int i = 0; i < part.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT citizen_id FROM persons WHERE citizen_id IN (%1)")
                      .arg(marks.join(QLatin1Char(','))));
        for (const QString& id : part)
            q.addBindValue(id);
        if (Status s = runQuery(q); !s)
            return s;
        while (q.next())
            found.insert(q.value(0).toString());
    }
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
