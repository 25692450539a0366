#include "io/computedexport.h"

#include "db/auditedwrite.h"
#include "db/database.h"
#include "security/permission.h"

#include <QFileInfo>
#include <QJsonObject>

namespace youfu::core {

Result<qint64> exportComputedTable(Database& db, const Actor& actor, const QString& listKey,
                                   const QString& title, const QString& subtitle,
                                   const QStringList& headers, const QList<QStringList>& lines,
                                   const QString& path)
{
    if (Status s = require(actor, Permission::ViewBusiness); !s)
        return s;
    ExportOptions options;
    options.format = exportFormatForPath(path);
    options.exportedAt = db.clock().nowUtc();
    options.beforeCommit = [&](qint64 rows) -> Status {
        if (db.isReadOnly())
            return Status::success(); // a read-only file cannot record anything
        const QJsonObject after{{QStringLiteral("list"), listKey},
                                {QStringLiteral("rows"), rows},
                                {QStringLiteral("format"), exportFormatKey(options.format)},
                                {QStringLiteral("file"), QFileInfo(path).fileName()}};
        return AuditedWrite::run(
            db, actor, Authority::of(Permission::ViewBusiness),
            AuditNote(QStringLiteral("list.export"), listKey, QString(), QJsonObject(), after),
            [](WriteScope&) { return Status::success(); });
    };
    return exportTable(textTable(title, subtitle, headers, lines, {}, false), path, options);
}

} // namespace youfu::core
