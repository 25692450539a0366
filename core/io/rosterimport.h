#pragma once

#include "io/roster.h"
#include "security/actor.h"

#include <atomic>
#include <functional>

namespace youfu::core {

class Database;

// Progress 0…1000 and a cancel flag that the caller may set from the UI thread.
struct ImportProgress
{
    std::function<void(int permille, const QString& stage)> report;
    const std::atomic_bool* cancel = nullptr;
};

struct RosterPreview
{
    QString path;
    QString formatName;
    QByteArray sha256Hex;
    RosterLayout layout;
    ColumnMapping mapping;
    QList<RowIssue> issues;         // every repaired, refused, skipped, duplicate row
    QList<ImportedPerson> toImport; // clean and repaired rows, first occurrence of each ID
    int rowsRead = 0, imported = 0, repaired = 0, refused = 0, skipped = 0, duplicates = 0;
    // Rows that add another category to the person of an earlier row (same ID, same person
    // fields, a category not yet held): rowsRead = imported + refused + skipped + duplicates
    // + merged rows.
    int merged = 0;
};

// Roster import: read → layout → mapping → clean → preview; then commit in one audited
// transaction (PersonImportStore), one entry naming the file, its SHA-256 and the counts.
class RosterImport
{
public:
    explicit RosterImport(Database& db) : m_db(db) {}
    // First look: the layout and a suggested mapping (remembered mapping for this signature wins).
    Result<RosterPreview> inspect(const QString& path);
    // Full pass with the confirmed layout and mapping. Nothing is written.
    Result<RosterPreview> preview(const QString& path, const RosterLayout& layout,
                                  const ColumnMapping& mapping,
                                  const ImportProgress& progress = {});
    // Writes preview.toImport; all or nothing; remembers the mapping. Requires EditRegistry.
    Result<ImportCounts> commit(const Actor& actor, const RosterPreview& preview,
                                const ImportProgress& progress = {});

    // Added: the error of a cancelled preview or commit ("已取消"), for the caller to recognise.
    static QString cancelledMessage();
    // The preview's issue table (as the clerk filtered it) to xlsx or CSV by the file's name,
    // through the export engine, 0600, with one audit entry ("import.issues_export"): the table
    // holds the file's cells and tells which of its IDs the registry already has.
    Result<qint64> exportIssues(const Actor& actor, const QString& rosterFile,
                                const QStringList& headers, const QList<QStringList>& lines,
                                const QList<int>& identifierColumns, const QString& path);
    // Added: stable keys of the fields ("citizen_id") for the remembered mapping and youfuctl.
    static QString fieldKey(RosterField f);
    static RosterField fieldFromKey(const QString& key, bool* ok = nullptr);
    // Added: the settings key the mapping of a layout is remembered under,
    // import.mapping.<sha1 of the signature>.
    static QString mappingSettingKey(const QString& signature);
    static QString mappingToJson(const ColumnMapping& mapping);
    // Applies a remembered mapping (JSON column → field key) over `mapping`; false if unusable.
    static bool applyMappingJson(const QString& json, int columnCount, ColumnMapping& mapping);

private:
    Database& m_db;
};

} // namespace youfu::core
