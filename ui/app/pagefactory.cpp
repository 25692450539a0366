#include "app/pagefactory.h"

#include "pages/approvalpage.h"
#include "pages/archivepage.h"
#include "pages/auditpage.h"
#include "pages/homepage.h"
#include "pages/policypage.h"
#include "pages/registrypage.h"
#include "pages/userspage.h"
#include "security/permission.h"

namespace youfu::ui {

QList<Page*> createPages(Session& session, QWidget* parent)
{
    using core::Permission;
    const core::Roles roles = session.actor.roles;
    QList<Page*> pages;
    pages << new HomePage(session, parent);
    if (core::isAllowed(roles, Permission::ViewBusiness)) {
        pages << new RegistryPage(session, parent) << new ArchivePage(session, parent);
        pages << new ApprovalPage(session, parent) << new PolicyPage(session, parent);
    } else if (core::isAllowed(roles, Permission::ManageSettings)) {
        pages << new ApprovalPage(session, parent); // approval chains and the number format only
    }
    if (core::isAllowed(roles, Permission::ManageUsers))
        pages << new UsersPage(session, parent);
    if (core::isAllowed(roles, Permission::ReadAudit))
        pages << new AuditPage(session, parent);
    return pages;
}

} // namespace youfu::ui
