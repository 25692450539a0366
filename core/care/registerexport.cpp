#include "care/registerexport.h"

#include "db/auditedwrite.h"
#include "db/database.h"
#include "settings/settingsstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::RegisterExport)
};
} // namespace

QString registerTitle(Database& db, const QString& title)
{
    const QString office = SettingsStore(db).officeName();
    return office.isEmpty() ? title : Tr::tr("%1 (%2)").arg(title, office);
}

Result<qint64> exportRegister(Database& db, const Actor& actor, ExportTable table,
                              const QString& listKey, const QString& path, ExportOptions options)
{
    if (Status s = require(actor, Permission::ViewBusiness); !s)
        return s;
    if (!options.exportedAt.isValid())
        options.exportedAt = db.clock().nowUtc();
    options.beforeCommit = [&](qint64 rows) -> Status {
        if (db.isReadOnly())
            return Status::success(); // masked lists only: nothing to record on a read-only file
        const QJsonObject after{{QStringLiteral("list"), listKey},
                                {QStringLiteral("rows"), rows},
                                {QStringLiteral("format"), exportFormatKey(options.format)},
                                {QStringLiteral("ids"), QStringLiteral("masked")},
                                {QStringLiteral("file"), QFileInfo(path).fileName()}};
        return AuditedWrite::run(
            db, actor, Authority::of(Permission::ViewBusiness),
            AuditNote(QStringLiteral("list.export"), listKey, QString(), QJsonObject(), after),
            [](WriteScope&) { return Status::success(); });
    };
    return exportTable(table, path, options);
}

} // namespace youfu::core
