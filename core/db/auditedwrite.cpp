#include "db/auditedwrite.h"

#include "audit/auditlog.h"
#include "db/database.h"
#include "db/transaction.h"

#include <QCoreApplication>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::AuditedWrite)
};
} // namespace

Status Authority::check(const Actor& actor) const
{
    switch (m_kind) {
    case Kind::Permission: {
        Status s = require(actor, m_permission);
        if (!s && m_alternative && require(actor, *m_alternative))
            return Status::success();
        if (!s && m_namedUserId > 0 && actor.userId == m_namedUserId &&
            require(actor, Permission::ViewBusiness))
            return Status::success();
        return s;
    }
    case Kind::Approval:
        if (m_approvalNumber.isEmpty())
            return Status::failure(
                Tr::tr("Internal error: an approval effect without its number."));
        return require(actor, m_permission);
    case Kind::OwnAccount:
    case Kind::FirstUser:
    case Kind::System:
        if (actor.login.isEmpty())
            return Status::failure(Tr::tr("Internal error: a change without a named user."));
        return Status::success();
    }
    return Status::failure(Tr::tr("Internal error: a change without a named user."));
}

Status AuditedWrite::run(Database& db, const Actor& actor, const Authority& authority,
                         AuditNote note, const Change& change)
{
    if (Status s = authority.check(actor); !s)
        return s;
    if (authority.isApproval() && db.transactionDepth() == 0)
        return Status::failure(
            Tr::tr("Internal error: an approval's effect outside the approval itself."));
    Transaction tx(db);
    if (!tx.isActive())
        return tx.status();
    WriteScope scope(db, actor, db.clock().nowUtc(), std::move(note));
    if (Status s = change(scope); !s)
        return s; // tx rolls back
    AuditLog log(db);
    for (AuditNote& e : scope.m_entries) {
        if (e.action.isEmpty() || e.entity.isEmpty())
            return Status::failure(Tr::tr("Internal error: a change without an audit action."));
        if (authority.isApproval())
            e.after.insert(QStringLiteral("applied_by_approval"), authority.approvalNumber());
        if (Status s = log.record(AuditPass(), actor, e); !s)
            return s;
    }
    return tx.commit();
}

} // namespace youfu::core
