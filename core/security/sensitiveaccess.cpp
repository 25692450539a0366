#include "security/sensitiveaccess.h"

#include "audit/auditlog.h"
#include "db/database.h"
#include "db/transaction.h"
#include "security/permission.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::SensitiveAccess)
};
} // namespace

Status recordReveal(Database& db, const Actor& actor, const QString& entity,
                    const QString& entityId, const QString& field)
{
    if (field.isEmpty() || entity.isEmpty())
        return Status::failure(Tr::tr("Internal error: say which field is shown."));
    // Without an audit entry nothing may be shown, so a read-only database shows masks only.
    return AuditedWrite::run(
        db, actor, Authority::of(Permission::RevealSensitive), {}, [&](WriteScope& w) -> Status {
            w.entry() = AuditNote{QStringLiteral("sensitive.reveal"),
                                  entity,
                                  entityId,
                                  {},
                                  QJsonObject{{QStringLiteral("field"), field}}};
            return Status::success();
        });
}

} // namespace youfu::core
