#include "security/permission.h"

#include <QCoreApplication>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::Permission)
};

Roles rolesFor(Permission p)
{
    switch (p) {
    case Permission::ViewBusiness:
        return Role::Clerk | Role::SectionChief | Role::Inspector | Role::Director;
    case Permission::EditRegistry:
    case Permission::RevealSensitive:
    case Permission::FileArchive:
    case Permission::LendArchive:
    case Permission::RecordVisits:
    case Permission::ManageCampaigns:
    case Permission::HandlePetitions:
    case Permission::ManageTownships:
    case Permission::ManageCare:
        return Role::Clerk | Role::SectionChief;
    case Permission::VerifyArchive:
    case Permission::EditPolicyBook:
    case Permission::ReviewApplication:
    case Permission::ManageAppraisal:
        return Role::SectionChief;
    case Permission::DraftApplication:
    case Permission::ManagePayments:
    case Permission::ExportBankFile:
        return Role::Clerk;
    case Permission::CountersignApplication:
        return Role::Inspector;
    case Permission::ApproveApplication:
    case Permission::ApprovePetitionExtension:
    case Permission::ApproveAppraisal:
        return Role::Director;
    case Permission::ManageUsers:
    case Permission::ManageSettings:
    case Permission::Restore:
        return Role::Admin;
    case Permission::ReadAudit:
        return Role::Auditor;
    case Permission::Backup:
        return Role::Admin | Role::Clerk | Role::SectionChief;
    }
    return Roles();
}
} // namespace

QList<Permission> allPermissions()
{
    return {Permission::ViewBusiness,
            Permission::EditRegistry,
            Permission::RevealSensitive,
            Permission::FileArchive,
            Permission::VerifyArchive,
            Permission::LendArchive,
            Permission::EditPolicyBook,
            Permission::DraftApplication,
            Permission::ReviewApplication,
            Permission::CountersignApplication,
            Permission::ApproveApplication,
            Permission::ManageUsers,
            Permission::ManageSettings,
            Permission::ReadAudit,
            Permission::Backup,
            Permission::Restore,
            Permission::RecordVisits,
            Permission::ManageCampaigns,
            Permission::HandlePetitions,
            Permission::ApprovePetitionExtension,
            Permission::ManagePayments,
            Permission::ExportBankFile,
            Permission::ManageTownships,
            Permission::ManageCare,
            Permission::ManageAppraisal,
            Permission::ApproveAppraisal};
}

QString permissionTitle(Permission p)
{
    switch (p) {
    case Permission::ViewBusiness:
        return Tr::tr("view business records");
    case Permission::EditRegistry:
        return Tr::tr("change the registry of entitled persons");
    case Permission::RevealSensitive:
        return Tr::tr("show full ID and bank account numbers");
    case Permission::FileArchive:
        return Tr::tr("file archive entries");
    case Permission::VerifyArchive:
        return Tr::tr("verify archive entries");
    case Permission::LendArchive:
        return Tr::tr("lend archive files");
    case Permission::EditPolicyBook:
        return Tr::tr("change the benefit standards");
    case Permission::DraftApplication:
        return Tr::tr("draft applications");
    case Permission::ReviewApplication:
        return Tr::tr("review applications as section chief");
    case Permission::CountersignApplication:
        return Tr::tr("countersign applications as discipline inspector");
    case Permission::ApproveApplication:
        return Tr::tr("approve applications as director");
    case Permission::ManageUsers:
        return Tr::tr("manage users");
    case Permission::ManageSettings:
        return Tr::tr("change settings");
    case Permission::ReadAudit:
        return Tr::tr("read the audit log");
    case Permission::Backup:
        return Tr::tr("make backups");
    case Permission::Restore:
        return Tr::tr("restore backups");
    case Permission::RecordVisits:
        return Tr::tr("record key persons, visits, reception days and symposiums");
    case Permission::ManageCampaigns:
        return Tr::tr("draft festival visit lists and record their delivery");
    case Permission::HandlePetitions:
        return Tr::tr("register and handle letters-and-visits cases and early warnings");
    case Permission::ApprovePetitionExtension:
        return Tr::tr("approve the extension of a letters-and-visits case");
    case Permission::ManagePayments:
        return Tr::tr("draft payment rolls, record bank returns and publish disclosure lists");
    case Permission::ExportBankFile:
        return Tr::tr("write the bank's batch file with full account numbers");
    case Permission::ManageTownships:
        return Tr::tr("record township workers, zero reports, training and publicity");
    case Permission::ManageCare:
        return Tr::tr("record recuperation, medical settlements and free clinics");
    case Permission::ManageAppraisal:
        return Tr::tr("draft appraisal schemes, compute the appraisal and adjust it with a reason");
    case Permission::ApproveAppraisal:
        return Tr::tr("approve appraisal schemes and grade the staff as director");
    }
    return QString();
}

bool isAllowed(Roles roles, Permission p)
{
    return (roles & rolesFor(p)) != Roles();
}

Status require(const Actor& actor, Permission p)
{
    if (!actor.isValid())
        return Status::failure(Tr::tr("Nobody is logged in."));
    if (!isAllowed(actor.roles, p))
        return Status::failure(
            Tr::tr("%1 (%2) may not %3.")
                .arg(actor.displayName, roleTitles(actor.roles), permissionTitle(p)));
    return Status::success();
}

} // namespace youfu::core
