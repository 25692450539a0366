#pragma once

#include "io/sheet.h"
#include "registry/personimportstore.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace youfu::core {

class AliasMemo;

// What a roster column may hold. Ignore = the clerk said "do not import this column".
enum class RosterField
{
    Ignore,
    Name,
    Sex,
    Ethnicity,
    CitizenId,
    BirthDate,
    Township,
    Village,
    Address,
    Phone,
    Category,
    Grade,
    Nature,
    Relation,
    ServicemanName,
    EnlistedOn,
    DischargedOn,
    StartDate,
    BankName,
    BankAccount,
    Amount,
    KeyPerson,
    RiskNote, // 风险说明: why a key person is one (the registry requires it)
    Note
};

// How the rows of a sheet are laid out, found by RosterRules::detectLayout and confirmed
// (or corrected) by the clerk.
struct RosterLayout
{
    int firstHeaderRow = 0; // Excel row numbers
    int lastHeaderRow = 0;  // == firstHeaderRow for a one-level header
    QStringList headers;    // per column: "group/caption" joined for two levels, trimmed
};

// Column index (0-based) → field; a column missing from the map is ignored.
struct ColumnMapping
{
    QHash<int, RosterField> columns;
    // Identifies files of the same layout (normalised header texts), to remember the mapping.
    QString signature;
    // Added: column → why its header was not matched (unknown, or a second column for a field
    // already taken), for the mapping step.
    QMap<int, QString> unmatched;
};

// Aliases the office keeps (editable): 龙溪 → township code, 烈属 → category code.
struct AliasTables
{
    QHash<QString, QString> townships;  // alias or full name → township code
    QHash<QString, QString> villages;   // "township code|alias" → village code
    QHash<QString, QString> categories; // alias or full name → category code
};

// Why a row was not imported, or what was repaired in it.
struct RowIssue
{
    enum class Kind
    {
        Repaired,
        Refused,
        Skipped,
        Duplicate,
        Merged // another category of the person of an earlier row (same ID, same person)
    };
    Kind kind = Kind::Refused;
    int row = 0;      // as Excel shows it
    QString column;   // "D 身份证号" (letter and header), empty for the whole row
    QString original; // the cell as shown
    QString message;  // the repair ("15位身份证号已升为18位") or the reason, clerk's words
    QString value;    // Added: what the cell became (Repaired); empty otherwise
};

struct RowOutcome
{
    enum class Verdict
    {
        Import,
        Refused,
        Skipped
    };
    Verdict verdict = Verdict::Skipped;
    ImportedPerson person; // when Import
    QList<RowIssue> issues;
    // Added: the columns ImportedPerson has no place for.
    std::optional<qint64> amountFen; // 金额 / 月标准, in fen
    QString note;                    // 备注
};

// The pure rules of reading a roster: no database, no files. Tested data-driven.
class RosterRules
{
public:
    // From the first rows (up to ~40): where the header is, its one or two levels.
    static Result<RosterLayout> detectLayout(const QList<SheetRow>& firstRows);
    // Added: the layout of a header the clerk placed on rows `top`…`bottom` (the same row for
    // one level), as detectLayout builds it for the rows it found.
    static RosterLayout headerLayout(const SheetRow& top, const SheetRow& bottom);
    // Header texts → fields, by synonyms (身份证号 / 公民身份号码 / 身份证号码 …). Ambiguous or
    // unknown headers map to Ignore and are listed for the clerk.
    static ColumnMapping suggestMapping(const RosterLayout& layout);
    // A row that is not a person (blank, repeated header, 小计, 合计, title, signature footer):
    // the reason in the clerk's words; empty for a data row.
    static QString skipReason(const SheetRow& row, const RosterLayout& layout,
                              const ColumnMapping& m);
    // Cleans one data row: certain repairs are made and reported, the rest refused with reasons.
    // `memo` (optional) remembers the alias lookups across the rows of a batch.
    static RowOutcome cleanRow(const SheetRow& row, const RosterLayout& layout,
                               const ColumnMapping& mapping, const AliasTables& aliases,
                               const QDate& today, AliasMemo* memo = nullptr);
    static QString fieldTitle(RosterField f); // 姓名, 公民身份号码 … (tr)
};

} // namespace youfu::core
