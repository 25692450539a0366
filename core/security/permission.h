#pragma once

#include "common/result.h"
#include "security/actor.h"

#include <QList>
#include <QString>

namespace youfu::core {

// What a user may do. Checked in core by every store before it writes, not only by hiding
// buttons in the window.
enum class Permission
{
    ViewBusiness,           // see persons, archives, applications
    EditRegistry,           // register and change persons
    RevealSensitive,        // show full citizen ID and bank account numbers
    FileArchive,            // file archive entries and scans
    VerifyArchive,          // verify or return archive entries of others
    LendArchive,            // lend and take back paper files
    EditPolicyBook,         // benefit standards
    DraftApplication,       // draft, amend, resubmit applications
    ReviewApplication,      // section chief step
    CountersignApplication, // discipline inspector step
    ApproveApplication,     // director step
    ManageUsers,
    ManageSettings,
    ReadAudit,
    Backup,
    Restore,
    RecordVisits,    // key persons, visit plans and records, reception days, symposiums
    ManageCampaigns, // festival campaign lists and their delivery (approved like applications)
    HandlePetitions, // letters-and-visits cases, information staff and their warnings
    ApprovePetitionExtension, // extend a case's answer period (head of the bureau)
    ManagePayments,           // draft payment rolls, take bank returns, re-issue, disclosure lists
    ExportBankFile,           // write the bank batch file (decrypts bank accounts)
    ManageTownships,          // township workers, zero reports, training, publicity
    ManageCare,               // recuperation batches, medical settlements, free clinics
    ManageAppraisal,          // appraisal schemes, computing, adjustments, the chief's opinion
    ApproveAppraisal, // approve appraisal schemes, grade the staff, mark a case's serious effect
};

QList<Permission> allPermissions();
QString permissionTitle(Permission p);
bool isAllowed(Roles roles, Permission p);
// Success, or the reason in the clerk's words ("您的角色无权…").
Status require(const Actor& actor, Permission p);

} // namespace youfu::core
