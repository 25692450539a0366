#pragma once

#include "common/result.h"
#include "db/auditedwrite.h"
#include "registry/person.h"
#include "security/actor.h"

#include <QJsonObject>

#include <functional>

namespace youfu::core {

class Database;

// One person of a bulk import, with the categories held and the status reached.
struct ImportedPerson
{
    PersonDraft person;
    QList<PersonCategory> categories;
    PersonStatus status = PersonStatus::Active;
    QDate registeredOn; // when the person entered the registry
    QDate statusSince;  // for a status other than active
    QString statusReason;
    // Where the caller would like this person written among the others (the roster preview:
    // township, then the first letters of the name's pinyin, packed); an order, never stored.
    quint64 writingOrder = 0;
    // The row of the caller's file this person comes from (the roster's row as Excel numbers
    // it), to name it when the person cannot be written; 0 when there is no file.
    int sourceRow = 0;
};

// Optional hooks of a bulk import. `checkpoint` is asked every few hundred rows: a failure
// (the clerk cancelled) rolls everything back with that message. `inTransaction` runs after the
// last row inside the same transaction (e.g. remembering the import's column mapping), so it
// is covered by the import's one audit entry.
struct ImportHooks
{
    std::function<Status()> checkpoint;
    std::function<Status(WriteScope&)> inTransaction;
    // How many persons next() will give, when known: a large import relative to the registry
    // builds the secondary indexes and the search table once at the end instead of row by row.
    qint64 expectedRows = -1;
};

struct ImportCounts
{
    qint64 persons = 0;
    qint64 categories = 0;
    qint64 keyPersons = 0;
    qint64 deceased = 0;
    qint64 movedAway = 0;
    qint64 suspended = 0;
};

// Many persons at once (the demo generator; later the import of an old spreadsheet). The
// same rules as PersonStore, but one transaction, prepared statements reused for every row
// and ONE audit entry for the whole import: the audit log is a hash chain written row by
// row, and 200,000 entries that each say "imported" would bloat it by hundreds of megabytes
// and tell nobody more than one entry with the counts does. A failing row rolls back all.
class PersonImportStore
{
public:
    explicit PersonImportStore(Database& db) : m_db(db) {}

    // next() fills the next person and returns false when there are no more.
    Result<ImportCounts> importAll(const Actor& actor,
                                   const std::function<bool(ImportedPerson&)>& next,
                                   const QString& auditAction, const QJsonObject& auditDetails,
                                   const ImportHooks& hooks = {});

private:
    // archive_completeness for the categories written after `afterCategoryId`, in one statement
    // (what the triggers on persons and person_categories do row by row).
    Status fillCompleteness(qint64 afterCategoryId);

    Database& m_db;
};

} // namespace youfu::core
