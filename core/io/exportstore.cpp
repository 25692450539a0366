#include "io/exportstore.h"

#include "db/database.h"
#include "db/sqlexec.h"

#include <QSqlQuery>
#include <QStringList>

namespace youfu::core {

Result<QHash<qint64, QString>> ExportStore::lookup(const QString& sql,
                                                   const QList<qint64>& ids) const
{
    QHash<qint64, QString> out;
    // SQLite allows 999 values per statement in old builds: windows of 500.
    for (qsizetype i = 0; i < ids.size(); i += 500) {
        const QList<qint64> window = ids.mid(i, 500);
        QStringList marks;
        for (qsizetype k = 0; k < window.size(); ++k)
            marks << QStringLiteral("?");
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(sql.arg(marks.join(QLatin1Char(','))));
        for (qint64 id : window)
            q.addBindValue(id);
        if (Status s = runQuery(q); !s)
            return s;
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return out;
}

Result<QHash<qint64, QString>>
ExportStore::citizenIdsOfPersons(const QList<qint64>& personIds) const
{
    return lookup(QStringLiteral("SELECT id, citizen_id FROM persons WHERE id IN (%1)"), personIds);
}

Result<QHash<qint64, QString>>
ExportStore::citizenIdsOfApplications(const QList<qint64>& applicationIds) const
{
    return lookup(QStringLiteral("SELECT a.id, p.citizen_id FROM applications a JOIN persons p ON "
                                 "p.id = a.person_id WHERE a.id IN (%1)"),
                  applicationIds);
}

} // namespace youfu::core
