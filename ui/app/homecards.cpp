#include "app/homecards.h"

#include "audit/auditlog.h"
#include "registry/registrysearchstore.h"
#include "security/permission.h"
#include "security/userstore.h"

#include <QCoreApplication>

namespace youfu::ui {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::ui::HomeCards)
};
} // namespace

QList<HomeCard> homeCards(const Session& session)
{
    using core::Permission;
    QList<HomeCard> cards;
    const core::Roles roles = session.actor.roles;
    if (core::isAllowed(roles, Permission::ViewBusiness)) {
        const core::RegistrySearchStore search(*session.db);
        core::RegistryQuery active;
        active.status = core::PersonStatus::Active;
        core::RegistryQuery key = active;
        key.keyPersonsOnly = true;
        cards << HomeCard{Tr::tr("Registry"), QString::number(search.count(core::RegistryQuery())),
                          Tr::tr("persons registered, %1 in care").arg(search.count(active)), false};
        cards << HomeCard{Tr::tr("Key persons"), QString::number(search.count(key)),
                          Tr::tr("in care, visited on a schedule"), false};
    }
    if (core::isAllowed(roles, Permission::ManageUsers)) {
        const auto users = core::UserStore(*session.db).all();
        int active = 0;
        for (const auto& u : users)
            active += u.disabled ? 0 : 1;
        cards << HomeCard{Tr::tr("Users"), QString::number(active),
                          Tr::tr("active accounts of %1").arg(users.size()), false};
    }
    if (core::isAllowed(roles, Permission::ReadAudit)) {
        const core::AuditVerifyReport r = core::AuditLog(*session.db).verify();
        cards << HomeCard{Tr::tr("Audit log"), QString::number(r.entries),
                          r.intact ? Tr::tr("entries, chain intact")
                                   : Tr::tr("BROKEN at entry %1").arg(r.firstBrokenId),
                          !r.intact};
    }
    return cards;
}

} // namespace youfu::ui
