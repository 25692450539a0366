#include "db/migrator.h"

#include "db/database.h"
#include "db/sqlscript.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::Migrator)
};
} // namespace

QVector<Migrator::Migration> Migrator::available()
{
    QVector<Migration> list;
    const QDir dir(QStringLiteral(":/migrations"));
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        bool ok = false;
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (!ok || version <= 0)
            continue;
        list.append({version, name, dir.filePath(name)});
    }
    std::sort(list.begin(), list.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return list;
}

int Migrator::latestVersion()
{
    const auto list = available();
    return list.isEmpty() ? 0 : list.last().version;
}

Status Migrator::migrate(Database& db, int targetVersion)
{
    const int from = db.schemaVersion();
    for (const Migration& m : available()) {
        if (m.version <= from || m.version > targetVersion)
            continue;
        QFile f(m.resourcePath);
        if (!f.open(QIODevice::ReadOnly))
            return Status::failure(Tr::tr("The upgrade %1 is missing from the program.").arg(m.name));
        const QString script = QString::fromUtf8(f.readAll());
        Transaction tx(db);
        if (!tx.isActive())
            return tx.status();
        QSqlQuery q(db.connection());
        for (const QString& stmt : splitSqlScript(script)) {
            if (!q.exec(stmt))
                return Status::failure(Tr::tr("Upgrade %1 of the database failed: %2")
                                           .arg(m.name, q.lastError().text()));
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)))
            return Status::failure(Tr::tr("Upgrade %1 could not record its version: %2")
                                       .arg(m.name, q.lastError().text()));
        if (Status s = tx.commit(); !s)
            return s;
    }
    return Status::success();
}

} // namespace youfu::core
