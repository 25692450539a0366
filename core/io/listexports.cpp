#include "io/listexports.h"

#include "approval/applicationrules.h"
#include "approval/approvalrules.h"
#include "archive/completenessstore.h"
#include "audit/auditwording.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "io/exportstore.h"
#include "io/paymentexport.h"
#include "io/petitionexport.h"
#include "io/rosterexport.h"
#include "io/visitdueexport.h"
#include "registry/citizenid.h"
#include "registry/registrysearchstore.h"
#include "security/permission.h"
#include "settings/settingsstore.h"
#include "visit/campaignexport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

#include <memory>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::ListExports)
};

using Kind = ExportColumn::Kind;
constexpr int kPage = 1000;

// Rows of a list, one page at a time: `fetch` fills the next page (empty at the end).
template <typename Row> struct Pager
{
    std::function<Result<QList<Row>>()> fetch;
    std::function<void(const Row&, QVariantList&)> fill;
    QList<Row> rows;
    qsizetype at = 0;
    bool done = false;

    Result<bool> next(QVariantList& out)
    {
        if (at >= rows.size()) {
            if (done)
                return false;
            auto page = fetch();
            if (!page)
                return page.status();
            rows = page.takeValue();
            at = 0;
            if (rows.isEmpty()) {
                done = true;
                return false;
            }
        }
        fill(rows.at(at++), out);
        return true;
    }
};

int pageSize(const ListExportRequest& req)
{
    return req.pageSize > 0 ? req.pageSize : kPage;
}

template <typename Row>
std::function<Result<bool>(QVariantList&)> pagerNext(std::shared_ptr<Pager<Row>> p)
{
    return [p](QVariantList& row) { return p->next(row); };
}

QString titleWithOffice(Database& db, ExportList list)
{
    const QString office = SettingsStore(db).officeName();
    return office.isEmpty() ? exportListTitle(list)
                            : Tr::tr("%1 (%2)").arg(exportListTitle(list), office);
}

// Full IDs of a page of rows, looked up by `ids`; empty when masked.
template <typename Lookup>
Result<QHash<qint64, QString>> fullIdsOf(bool full, const QList<qint64>& ids, Lookup lookup)
{
    if (!full)
        return QHash<qint64, QString>();
    return lookup(ids);
}

ExportTable registryTable(Database& db, const ListExportRequest& req)
{
    ExportTable t;
    const bool full = req.fullIds;
    t.columns = {{Tr::tr("Name")},
                 {Tr::tr("Sex")},
                 {Tr::tr("Citizen ID"), Kind::Identifier},
                 // Where the ID is masked only the year: the full date would fill in the stars.
                 full ? ExportColumn{Tr::tr("Date of birth"), Kind::Date}
                      : ExportColumn{Tr::tr("Year of birth"), Kind::Integer},
                 {Tr::tr("Township")},
                 {Tr::tr("Village")},
                 {Tr::tr("Categories")},
                 {Tr::tr("Status")},
                 {Tr::tr("Key person")}};
    t.expectedRows = RegistrySearchStore(db).count(req.registry);
    auto p = std::make_shared<Pager<PersonRow>>();
    auto after = std::make_shared<QVariantList>(); // the sort key of the last row read
    auto ids = std::make_shared<QHash<qint64, QString>>();
    const RegistryQuery query = req.registry;
    const int size = pageSize(req);
    p->fetch = [&db, query, after, ids, full, size]() -> Result<QList<PersonRow>> {
        auto page = RegistrySearchStore(db).pageAfter(query, after.get(), size);
        if (!page)
            return page;
        QList<qint64> personIds;
        for (const PersonRow& r : page.value())
            personIds << r.id;
        auto found = fullIdsOf(full, personIds, [&db](const QList<qint64>& i) {
            return ExportStore(db).citizenIdsOfPersons(i);
        });
        if (!found)
            return found.status();
        *ids = found.takeValue();
        return page;
    };
    p->fill = [ids, full](const PersonRow& r, QVariantList& out) {
        out << r.name << r.sex << (full ? ids->value(r.id) : r.maskedCitizenId);
        if (full)
            out << r.birthDate;
        else
            out << (r.birthDate.isValid() ? QVariant(qint64(r.birthDate.year())) : QVariant());
        out << r.townshipName << r.villageName << r.categories << personStatusTitle(r.status)
            << (r.keyPerson ? Tr::tr("Yes") : QString());
    };
    t.next = pagerNext(p);
    return t;
}

ExportTable completenessSummaryTable(Database& db, const ListExportRequest& req)
{
    ExportTable t;
    t.columns = {{Tr::tr("Township")},
                 {Tr::tr("Category")},
                 {Tr::tr("Persons"), Kind::Integer},
                 {Tr::tr("Incomplete"), Kind::Integer},
                 {Tr::tr("Missing documents"), Kind::Integer}};
    auto p = std::make_shared<Pager<CompletenessSummaryRow>>();
    auto read = std::make_shared<bool>(false);
    const CompletenessFilter filter = req.completeness;
    // One row per township and category: small, read at once.
    p->fetch = [&db, filter, read]() -> Result<QList<CompletenessSummaryRow>> {
        if (*read)
            return QList<CompletenessSummaryRow>();
        *read = true;
        return CompletenessStore(db).summary(filter);
    };
    p->fill = [](const CompletenessSummaryRow& r, QVariantList& out) {
        out << r.townshipName << r.categoryName << r.persons << r.incomplete << r.missingDocuments;
    };
    t.next = pagerNext(p);
    return t;
}

Result<ExportTable> completenessPersonsTable(Database& db, const ListExportRequest& req)
{
    ExportTable t;
    const bool full = req.fullIds;
    t.columns = {{Tr::tr("Township")},
                 {Tr::tr("Name")},
                 {Tr::tr("Citizen ID"), Kind::Identifier},
                 {Tr::tr("Categories")},
                 {Tr::tr("Archive number"), Kind::Identifier},
                 {Tr::tr("Missing documents")},
                 {Tr::tr("Missing"), Kind::Integer}};
    const CompletenessFilter filter = req.completeness;
    // The ids only (what the page's model holds too), the rows in windows.
    auto read = CompletenessStore(db).incompletePersonIds(filter);
    if (!read)
        return read.status();
    auto all = std::make_shared<QList<qint64>>(read.takeValue());
    t.expectedRows = all->size();
    auto p = std::make_shared<Pager<IncompletePersonRow>>();
    auto offset = std::make_shared<qsizetype>(0);
    auto ids = std::make_shared<QHash<qint64, QString>>();
    p->fetch = [&db, filter, all, offset, ids, full]() -> Result<QList<IncompletePersonRow>> {
        if (*offset >= all->size())
            return QList<IncompletePersonRow>();
        const QList<qint64> window = all->mid(*offset, 500);
        *offset += window.size();
        auto found = fullIdsOf(full, window, [&db](const QList<qint64>& i) {
            return ExportStore(db).citizenIdsOfPersons(i);
        });
        if (!found)
            return found.status();
        *ids = found.takeValue();
        auto rows = CompletenessStore(db).incompleteRows(window, filter);
        if (rows && rows->isEmpty()) // completed meanwhile: the page would end the list early
            return Status::failure(Tr::tr("The list of incomplete archives could not be read."));
        return rows;
    };
    p->fill = [ids, full](const IncompletePersonRow& r, QVariantList& out) {
        out << r.townshipName << r.name << (full ? ids->value(r.personId) : r.maskedCitizenId)
            << r.categoryName << r.archiveNumber << r.missingKinds << qint64(r.missingCount);
    };
    t.next = pagerNext(p);
    return t;
}

Result<ExportTable> approvalsTable(Database& db, const ListExportRequest& req)
{
    ExportTable t;
    const bool full = req.fullIds;
    t.columns = {{Tr::tr("Number")},
                 {Tr::tr("Type")},
                 {Tr::tr("Person")},
                 {Tr::tr("Citizen ID"), Kind::Identifier},
                 {Tr::tr("Requested change")},
                 {Tr::tr("Effective")},
                 {Tr::tr("Per year (yuan)"), Kind::Money},
                 {Tr::tr("One-off (yuan)"), Kind::Money},
                 {Tr::tr("State")},
                 {Tr::tr("Drafted by")},
                 {Tr::tr("Drafted"), Kind::DateTime},
                 {Tr::tr("Days waiting"), Kind::Integer}};
    t.columns[5].kind = Kind::Date;
    const ApplicationFilter filter = req.approvals;
    auto count = ApplicationListStore(db).count(filter);
    if (!count)
        return count.status();
    t.expectedRows = count.value();
    auto p = std::make_shared<Pager<ApplicationRow>>();
    auto after = std::make_shared<QVariantList>(); // the sort key of the last row read
    auto ids = std::make_shared<QHash<qint64, QString>>();
    const int size = pageSize(req);
    p->fetch = [&db, filter, after, ids, full, size]() -> Result<QList<ApplicationRow>> {
        auto rows = ApplicationListStore(db).pageAfter(filter, after.get(), size);
        if (!rows)
            return rows;
        QList<qint64> appIds;
        for (const ApplicationRow& r : rows.value())
            appIds << r.id;
        auto found = fullIdsOf(full, appIds, [&db](const QList<qint64>& i) {
            return ExportStore(db).citizenIdsOfApplications(i);
        });
        if (!found)
            return found.status();
        *ids = found.takeValue();
        return rows;
    };
    p->fill = [ids, full](const ApplicationRow& r, QVariantList& out) {
        out << r.number << ApplicationRules::typeTitle(r.type) << r.personName
            << (full ? ids->value(r.id) : r.maskedCitizenId) << r.requestedChange << r.effectiveDate
            << (r.annualFen ? QVariant(r.annualFen) : QVariant())
            << (r.oneOffFen ? QVariant(r.oneOffFen) : QVariant())
            << ApprovalRules::stateTitle(r.state) << r.draftedByName << r.draftedAt
            << qint64(r.daysWaiting);
    };
    t.next = pagerNext(p);
    return t;
}

Result<ExportTable> auditTable(Database& db, const Actor& actor, const ListExportRequest& req)
{
    AuditQuery query(db);
    auto people = query.people(actor);
    if (!people)
        return people.status();
    auto count = query.count(actor, req.audit);
    if (!count)
        return count.status();
    ExportTable t;
    t.columns = {{Tr::tr("No."), Kind::Integer},
                 {Tr::tr("Time"), Kind::DateTime},
                 {Tr::tr("Done by")},
                 {Tr::tr("Action")},
                 {Tr::tr("Subject")},
                 {Tr::tr("Content")},
                 {Tr::tr("Hash")}};
    t.expectedRows = count.value();
    auto p = std::make_shared<Pager<AuditEntry>>();
    auto who = std::make_shared<AuditPeople>(people.takeValue());
    auto before = std::make_shared<qint64>(0);
    const AuditFilter filter = req.audit;
    // Keyset paging on the id: the 200,000th entry costs what the first does.
    p->fetch = [&db, actor, filter, who, before]() -> Result<QList<AuditEntry>> {
        AuditQuery q(db);
        auto page = q.page(actor, filter, *before, kPage);
        if (!page)
            return page;
        if (page->isEmpty())
            return page;
        if (Status s = q.addPersons(actor, page.value(), who.get()); !s)
            return s;
        *before = page->last().id;
        return page;
    };
    // Rendered from the masked copy that page() returns to an actor who may not reveal.
    p->fill = [who](const AuditEntry& e, QVariantList& out) {
        out << e.id << e.at << who->nameOf(e.actorLogin) << AuditWording::actionTitle(e.action)
            << AuditWording::recordText(e.entity, e.entityId, who->subjectName(e))
            << AuditWording::changeLines(e.entity, e.beforeJson, e.afterJson,
                                         who->categoryNameByCode)
                   .join(Tr::tr("; "))
            << e.hash;
    };
    t.next = pagerNext(p);
    return t;
}

} // namespace

QString exportListKey(ExportList list)
{
    switch (list) {
    case ExportList::Registry:
        return QStringLiteral("registry");
    case ExportList::CompletenessSummary:
        return QStringLiteral("completeness");
    case ExportList::CompletenessPersons:
        return QStringLiteral("completeness-persons");
    case ExportList::Approvals:
        return QStringLiteral("approvals");
    case ExportList::Audit:
        return QStringLiteral("audit");
    case ExportList::Roster:
        return QStringLiteral("roster");
    case ExportList::Campaign:
        return QStringLiteral("campaign");
    case ExportList::VisitsDue:
        return QStringLiteral("visits-due");
    case ExportList::Petitions:
        return QStringLiteral("petitions");
    case ExportList::PaymentRoll:
        return QStringLiteral("payment-roll");
    }
    return QString();
}

QString exportListTitle(ExportList list)
{
    switch (list) {
    case ExportList::Registry:
        return Tr::tr("Roster of entitled persons");
    case ExportList::CompletenessSummary:
        return Tr::tr("Archive completeness by township and category");
    case ExportList::CompletenessPersons:
        return Tr::tr("Persons whose archive lacks documents");
    case ExportList::Approvals:
        return Tr::tr("Register of applications");
    case ExportList::Audit:
        return Tr::tr("Audit log");
    case ExportList::Roster:
        return Tr::tr("Roster (one row per category, re-importable)");
    case ExportList::Campaign:
        return Tr::tr("Festival campaign list");
    case ExportList::VisitsDue:
        return Tr::tr("Visits due");
    case ExportList::Petitions:
        return Tr::tr("Letters-and-visits cases");
    case ExportList::PaymentRoll:
        return Tr::tr("Payment roll");
    }
    return QString();
}

Result<ExportList> exportListFromKey(const QString& key)
{
    for (ExportList l :
         {ExportList::Registry, ExportList::CompletenessSummary, ExportList::CompletenessPersons,
          ExportList::Approvals, ExportList::Audit, ExportList::Roster, ExportList::Campaign,
          ExportList::VisitsDue, ExportList::Petitions, ExportList::PaymentRoll})
        if (exportListKey(l) == key.trimmed())
            return l;
    return Status::failure(Tr::tr("Unknown list “%1”: use registry, roster, completeness, "
                                  "completeness-persons, approvals, audit, campaign, visits-due, "
                                  "petitions or payment-roll.")
                               .arg(key));
}

bool mayExportFullIds(const Actor& actor, ExportList list)
{
    // The audit log's before/after are masked by the log's own rule (AuditQuery).
    // The due list carries masked IDs only.
    return list != ExportList::Audit && list != ExportList::CompletenessSummary &&
           list != ExportList::Campaign && list != ExportList::VisitsDue &&
           list != ExportList::Petitions && isAllowed(actor.roles, Permission::RevealSensitive) &&
           mayExport(actor, list).isOk();
}

Status mayExport(const Actor& actor, ExportList list)
{
    return require(actor,
                   list == ExportList::Audit ? Permission::ReadAudit : Permission::ViewBusiness);
}

Result<ExportTable> listExportTable(Database& db, const Actor& actor,
                                    const ListExportRequest& request)
{
    if (Status s = mayExport(actor, request.list); !s)
        return s;
    if (request.fullIds) {
        if (Status s = require(actor, Permission::RevealSensitive); !s)
            return s;
        if (!mayExportFullIds(actor, request.list))
            return Status::failure(Tr::tr("This list has no citizen IDs to show in full."));
    }
    Result<ExportTable> table = ExportTable();
    switch (request.list) {
    case ExportList::Registry:
        table = registryTable(db, request);
        break;
    case ExportList::CompletenessSummary:
        table = completenessSummaryTable(db, request);
        break;
    case ExportList::CompletenessPersons:
        table = completenessPersonsTable(db, request);
        break;
    case ExportList::Approvals:
        table = approvalsTable(db, request);
        break;
    case ExportList::Audit:
        table = auditTable(db, actor, request);
        break;
    case ExportList::Roster:
        table = rosterExportTable(
            db, RosterExportFilter{request.registry.townshipCode, request.registry.categoryCode},
            request.fullIds);
        break;
    case ExportList::Campaign:
        table = campaignExportTable(db, request.campaignId);
        break;
    case ExportList::VisitsDue:
        table = visitsDueTable(db, request.visitsDue, request.pageSize);
        break;
    case ExportList::Petitions:
        table = petitionsTable(db, request.petitions, request.pageSize);
        break;
    case ExportList::PaymentRoll:
        if (request.paymentLines.rollId <= 0)
            return Status::failure(Tr::tr("Choose the roll to export."));
        table = paymentRollTable(db, request.paymentLines, request.fullIds, request.pageSize);
        break;
    }
    if (!table)
        return table;
    table.value().title = titleWithOffice(db, request.list);
    table.value().subtitle = request.subtitle;
    return table;
}

Result<qint64> exportList(Database& db, const Actor& actor, const ListExportRequest& request,
                          const QString& path, ExportOptions options)
{
    auto table = listExportTable(db, actor, request);
    if (!table)
        return table.status();
    if (request.fullIds && db.isReadOnly())
        return Status::failure(Tr::tr("Full citizen IDs cannot be exported while the database is "
                                      "open read-only: the export could not be recorded."));
    if (!options.exportedAt.isValid())
        options.exportedAt = db.clock().nowUtc();
    const bool audit = request.list == ExportList::Audit;
    const Permission permission = request.fullIds ? Permission::RevealSensitive
                                  : audit         ? Permission::ReadAudit
                                                  : Permission::ViewBusiness;
    options.beforeCommit = [&](qint64 rows) -> Status {
        // A read-only database cannot record anything: masked lists still export, as the
        // window shows them anyway; full numbers were refused above.
        if (db.isReadOnly())
            return Status::success();
        const QJsonObject after{{QStringLiteral("list"), exportListKey(request.list)},
                                {QStringLiteral("rows"), rows},
                                {QStringLiteral("format"), exportFormatKey(options.format)},
                                {QStringLiteral("ids"), request.fullIds ? QStringLiteral("full")
                                                                        : QStringLiteral("masked")},
                                {QStringLiteral("file"), QFileInfo(path).fileName()}};
        const QString action =
            audit ? QStringLiteral("audit.export") : QStringLiteral("list.export");
        const QString entity = audit ? QStringLiteral("audit_log") : exportListKey(request.list);
        return AuditedWrite::run(db, actor, Authority::of(permission),
                                 AuditNote(action, entity, QString(), QJsonObject(), after),
                                 [](WriteScope&) { return Status::success(); });
    };
    return exportTable(table.value(), path, options);
}

} // namespace youfu::core
