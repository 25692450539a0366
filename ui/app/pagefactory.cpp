#include "app/pagefactory.h"

#include "pages/appraisalpage.h"
#include "pages/approvalpage.h"
#include "pages/archivepage.h"
#include "pages/auditpage.h"
#include "pages/carepage.h"
#include "pages/homepage.h"
#include "pages/paymentpage.h"
#include "pages/petitionpage.h"
#include "pages/policypage.h"
#include "pages/registrypage.h"
#include "pages/statisticspage.h"
#include "pages/townshippage.h"
#include "pages/userspage.h"
#include "pages/visitpage.h"
#include "security/permission.h"

#include <QList>

namespace youfu::ui {

namespace {
using core::Permission;

template <typename P> Page* make(Session& session, QWidget* parent)
{
    return new P(session, parent);
}

// One area: the permissions that show it (any one of them; none = everybody) and its page.
// The navigation groups the pages by Page::group(), in this order within a group.
struct Area
{
    QList<Permission> anyOf;
    Page* (*create)(Session&, QWidget*);
};

} // namespace

QList<Page*> createPages(Session& session, QWidget* parent)
{
    const Area areas[] = {
        {{}, make<HomePage>},
        {{Permission::ViewBusiness}, make<RegistryPage>},
        {{Permission::ViewBusiness}, make<ArchivePage>},
        // The administrator sees the approval chains and the number format only.
        {{Permission::ViewBusiness, Permission::ManageSettings}, make<ApprovalPage>},
        {{Permission::ViewBusiness}, make<PolicyPage>},
        {{Permission::ViewBusiness}, make<VisitPage>},
        {{Permission::ViewBusiness}, make<PetitionPage>},
        {{Permission::ViewBusiness}, make<PaymentPage>},
        {{Permission::ViewBusiness}, make<TownshipPage>},
        {{Permission::ViewBusiness}, make<CarePage>},
        {{Permission::ViewBusiness}, make<AppraisalPage>},
        {{Permission::ViewBusiness}, make<StatisticsPage>},
        {{Permission::ManageUsers}, make<UsersPage>},
        {{Permission::ReadAudit}, make<AuditPage>},
    };
    const core::Roles roles = session.actor.roles;
    QList<Page*> pages;
    for (const Area& area : areas) {
        bool allowed = area.anyOf.isEmpty();
        for (Permission p : area.anyOf)
            allowed = allowed || core::isAllowed(roles, p);
        if (allowed)
            pages << area.create(session, parent);
    }
    return pages;
}

} // namespace youfu::ui
