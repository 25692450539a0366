#pragma once

#include "approval/applicationliststore.h"
#include "archive/completeness.h"
#include "audit/auditquery.h"
#include "common/result.h"
#include "io/tableexport.h"
#include "payment/paymentliststore.h"
#include "petition/petition.h"
#include "registry/registryquery.h"
#include "security/actor.h"
#include "visit/visit.h"

namespace youfu::core {

class Database;

// The lists of the window that export, each read from its own store page by page.
enum class ExportList
{
    Registry,            // 优抚对象花名册, with the registry page's search and filters
    CompletenessSummary, // archive completeness by township and category
    CompletenessPersons, // the persons with missing documents
    Approvals,           // the register of applications
    Audit,               // the audit log, in the words of its page
    Roster,              // one row per current category held, re-importable (io/rosterexport.h)
    Campaign,            // a festival campaign's list (visit/campaignexport.h), IDs masked
    VisitsDue,           // the visits due, with the visits page's filters (io/visitdueexport.h)
    Petitions, // the letters-and-visits cases, with the 信访 page's filters (io/petitionexport.h)
    PaymentRoll, // a roll's lines, with the 资金发放 page's filter (io/paymentexport.h); never
                 // accounts
};
QString exportListKey(ExportList list); // "registry", "completeness", ... as youfuctl takes them
QString exportListTitle(ExportList list);
Result<ExportList> exportListFromKey(const QString& key);

struct ListExportRequest
{
    ExportList list = ExportList::Registry;
    RegistryQuery registry;
    CompletenessFilter completeness;
    ApplicationFilter approvals;
    AuditFilter audit;
    qint64 campaignId = 0;   // ExportList::Campaign
    DueFilter visitsDue;     // ExportList::VisitsDue
    CaseFilter petitions;    // ExportList::Petitions
    LineFilter paymentLines; // ExportList::PaymentRoll (rollId required)
    QString subtitle;        // the filters in words, as the page shows them; may be empty
    bool fullIds = false;    // full citizen IDs: Permission::RevealSensitive, audited
    int pageSize = 0; // rows read at a time; 0 = the engine's own (tests ask for small pages)
};

// Whether the list has citizen IDs that this actor may ask to see in full.
bool mayExportFullIds(const Actor& actor, ExportList list);

// The permission that lets the actor see the list (ViewBusiness, or ReadAudit for the log).
Status mayExport(const Actor& actor, ExportList list);

// The list as a table that reads its rows in pages when written. `db` must outlive it.
// Checks the permission to see the list, and to see full numbers when asked.
Result<ExportTable> listExportTable(Database& db, const Actor& actor,
                                    const ListExportRequest& request);

// Builds the table, writes the file and records the export in one audit entry (which list,
// how many rows, format, full or masked IDs) before the file is put in place: an export that
// cannot be recorded is not written. Returns the number of rows.
Result<qint64> exportList(Database& db, const Actor& actor, const ListExportRequest& request,
                          const QString& path, ExportOptions options);

} // namespace youfu::core
