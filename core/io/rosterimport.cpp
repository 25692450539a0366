#include "io/rosterimport.h"

#include "common/isotime.h"
#include "common/phasetimer.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "io/aliasmemo.h"
#include "io/cellcleaner.h"
#include "io/rosteraliases.h"
#include "io/rosterheaders.h"
#include "io/rosterstore.h"
#include "io/tableexport.h"
#include "registry/categoryrules.h"
#include "registry/categorystore.h"
#include "registry/pinyin.h"
#include "security/permission.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <array>
#include <utility>

#include <algorithm>
#include <deque>
#include <future>
#include <vector>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::RosterImport)
};

constexpr int kInspectRows = 40;
constexpr int kRegistryBatch = 1000; // IDs per registry query
constexpr int kCleanBatch = 512;     // rows cleaned on the helper thread at a time

using FieldKey = std::pair<RosterField, const char*>;
constexpr std::array<FieldKey, 24> kFieldKeys = {{
    {RosterField::Ignore, "ignore"},
    {RosterField::Name, "name"},
    {RosterField::Sex, "sex"},
    {RosterField::Ethnicity, "ethnicity"},
    {RosterField::CitizenId, "citizen_id"},
    {RosterField::BirthDate, "birth_date"},
    {RosterField::Township, "township"},
    {RosterField::Village, "village"},
    {RosterField::Address, "address"},
    {RosterField::Phone, "phone"},
    {RosterField::Category, "category"},
    {RosterField::Grade, "grade"},
    {RosterField::Nature, "nature"},
    {RosterField::Relation, "relation"},
    {RosterField::ServicemanName, "serviceman_name"},
    {RosterField::EnlistedOn, "enlisted_on"},
    {RosterField::DischargedOn, "discharged_on"},
    {RosterField::StartDate, "start_date"},
    {RosterField::BankName, "bank_name"},
    {RosterField::BankAccount, "bank_account"},
    {RosterField::Amount, "amount"},
    {RosterField::KeyPerson, "key_person"},
    {RosterField::RiskNote, "risk_note"},
    {RosterField::Note, "note"},
}};

// The order persons are written in: by township, then by the pinyin of their names, as the
// registry's lists and most of its indexes sort them. The import builds those indexes once
// after the last row, and SQLite sorts rows that arrive nearly in order faster (measured with
// 200,000 persons: 3.4 s of index building in the file's order, 2.0 s in this one). Only an
// order for the writing: the last three digits of the township code, then the first ten
// letters of the pinyin, five bits each, in one number worked out on the cleaning threads.
quint64 writingKey(const PersonDraft& person)
{
    const quint64 township = quint64(person.townshipCode.right(3).toUInt()) & 0x3ff;
    const QString pinyin = Pinyin::ofName(person.name).sortKey;
    quint64 letters = 0;
    for (int i = 0; i < 10; ++i) {
        const char16_t c = i < pinyin.size() ? pinyin.at(i).unicode() : u' ';
        letters = letters << 5 | (c >= u'a' && c <= u'z' ? quint64(c - u'a' + 1) : 0);
    }
    return township << 54 | letters;
}

std::vector<int> writingOrder(const QList<ImportedPerson>& persons)
{
    std::vector<std::pair<quint64, int>> keys(size_t(persons.size()));
    for (int i = 0; i < persons.size(); ++i)
        keys[size_t(i)] = {persons.at(i).writingOrder, i};
    std::sort(keys.begin(), keys.end()); // the same key: in the file's order
    std::vector<int> order(keys.size());
    for (size_t i = 0; i < keys.size(); ++i)
        order[i] = keys[i].second;
    return order;
}

Result<QByteArray> sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Status::failure(Tr::tr("The file “%1” cannot be read: %2")
                                   .arg(QFileInfo(path).fileName(), f.errorString()));
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return Status::failure(
            Tr::tr("The file “%1” cannot be read to the end.").arg(QFileInfo(path).fileName()));
    return h.result().toHex();
}

int issueRank(const RowIssue& i)
{
    return i.kind == RowIssue::Kind::Refused ? 0 : 1;
}

// One row waiting for the registry's answer on its ID, with its issues, in file order.
struct Pending
{
    int row = 0;
    QString idShown; // the ID cell as the file shows it
    QList<RowIssue> issues;
    bool hasPerson = false;
    bool repaired = false;
    ImportedPerson person;
    // A further category of the person first seen on an earlier row (whose canonical ID this is).
    QString mergeInto;
    PersonCategory mergedCategory;
};

// The first row of each ID and where its person is: among the pending rows, then in toImport
// once the registry answered. Kept small (no copy of the person): a roster has 200,000 of them.
struct FirstRow
{
    int row = 0;
    qsizetype pendingAt = -1;     // index in the pending rows until flushed …
    qsizetype importAt = -1;      // … then in toImport
    bool inRegistry = false;      // the registry already has the ID
    bool countedRepaired = false; // counted once in `repaired`
};

// The first person field in which two rows of the same ID disagree; empty when they agree.
QString differingField(const PersonDraft& a, const PersonDraft& b)
{
    using F = RosterField;
    const std::pair<bool, F> checks[] = {
        {a.name == b.name, F::Name},
        {a.sex == b.sex, F::Sex},
        {a.ethnicity == b.ethnicity, F::Ethnicity},
        {a.birthDate == b.birthDate, F::BirthDate},
        {a.townshipCode == b.townshipCode, F::Township},
        {a.villageCode == b.villageCode, F::Village},
        {a.address == b.address, F::Address},
        {a.phone.value_or(QString()) == b.phone.value_or(QString()), F::Phone},
        {a.bankName == b.bankName, F::BankName},
        {a.bankAccount.value_or(QString()) == b.bankAccount.value_or(QString()), F::BankAccount},
        {a.keyPerson == b.keyPerson, F::KeyPerson},
        {a.riskNote == b.riskNote, F::RiskNote},
    };
    for (const auto& c : checks)
        if (!c.first)
            return RosterRules::fieldTitle(c.second);
    return QString();
}
} // namespace

QString RosterImport::cancelledMessage()
{
    return Tr::tr("Cancelled.");
}

QString RosterImport::fieldKey(RosterField f)
{
    for (const FieldKey& k : kFieldKeys)
        if (k.first == f)
            return QLatin1String(k.second);
    return QStringLiteral("ignore");
}

RosterField RosterImport::fieldFromKey(const QString& key, bool* ok)
{
    for (const FieldKey& k : kFieldKeys)
        if (key == QLatin1String(k.second)) {
            if (ok)
                *ok = true;
            return k.first;
        }
    if (ok)
        *ok = false;
    return RosterField::Ignore;
}

QString RosterImport::mappingSettingKey(const QString& signature)
{
    return QStringLiteral("import.mapping.") +
           QString::fromLatin1(
               QCryptographicHash::hash(signature.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString RosterImport::mappingToJson(const ColumnMapping& mapping)
{
    QJsonObject o;
    for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it)
        o.insert(QString::number(it.key()), fieldKey(it.value()));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool RosterImport::applyMappingJson(const QString& json, int columnCount, ColumnMapping& mapping)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return false;
    QHash<int, RosterField> columns;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool okColumn = false, okField = false;
        const int column = it.key().toInt(&okColumn);
        const RosterField f = fieldFromKey(it.value().toString(), &okField);
        if (!okColumn || !okField || column < 0 || column >= columnCount)
            return false;
        if (f != RosterField::Ignore)
            columns.insert(column, f);
    }
    mapping.columns = columns;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        mapping.unmatched.remove(it.key());
    return true;
}

Result<RosterPreview> RosterImport::inspect(const QString& path)
{
    auto reader = openSheet(path);
    if (!reader)
        return reader.status();
    QList<SheetRow> first;
    SheetRow row;
    while (first.size() < kInspectRows) {
        const Result<bool> more = reader.value()->next(row);
        if (!more)
            return more.status();
        if (!more.value())
            break;
        first << row;
    }
    auto layout = RosterRules::detectLayout(first);
    if (!layout)
        return layout.status();
    RosterPreview p;
    p.path = path;
    p.formatName = reader.value()->formatName();
    p.layout = layout.value();
    p.mapping = RosterRules::suggestMapping(p.layout);
    auto remembered = RosterStore(m_db).rememberedMapping(mappingSettingKey(p.mapping.signature));
    if (!remembered)
        return remembered.status();
    if (!remembered.value().isEmpty())
        applyMappingJson(remembered.value(), p.layout.headers.size(), p.mapping);
    return p;
}

Result<RosterPreview> RosterImport::preview(const QString& path, const RosterLayout& layout,
                                            const ColumnMapping& mapping,
                                            const ImportProgress& progress)
{
    auto cancelled = [&] { return progress.cancel && progress.cancel->load(); };
    auto report = [&](int permille, const QString& stage) {
        if (progress.report)
            progress.report(permille, stage);
    };
    if (!mapping.columns.values().contains(RosterField::CitizenId))
        return Status::failure(
            Tr::tr("No column is read as the citizen ID number; choose it in the mapping."));
    report(0, Tr::tr("Checking the file"));
    PhaseTimer phase("preview");
    auto sha = sha256Of(path);
    if (!sha)
        return sha.status();
    auto reader = openSheet(path);
    if (!reader)
        return reader.status();
    auto aliases = RosterAliases(m_db).tables();
    if (!aliases)
        return aliases.status();
    QHash<QString, Category> categories;
    for (const Category& c : CategoryStore(m_db).all(true))
        categories.insert(c.code, c);
    const QDate today = m_db.clock().today();
    RosterStore store(m_db);
    phase.lap("sha256, aliases, categories");
    QElapsedTimer spent;
    qint64 readNs = 0, waitNs = 0, settleNs = 0, registryNs = 0;

    RosterPreview p;
    p.path = path;
    p.formatName = reader.value()->formatName();
    p.sha256Hex = sha.value();
    p.layout = layout;
    p.mapping = mapping;
    const int idColumn = mapping.columns.key(RosterField::CitizenId, -1);
    const int categoryColumn = mapping.columns.key(RosterField::Category, -1);
    auto columnName = [&](int c) {
        return c < 0 ? QString()
                     : RosterHeaders::columnLetter(c) + QLatin1Char(' ') +
                           layout.headers.value(c).section(QLatin1Char('/'), -1);
    };
    QHash<QString, FirstRow> firstRowOf;     // canonical ID → the row it was first seen on
    QHash<QString, QStringList> mergedCodes; // IDs on several rows: the categories merged in
    QList<Pending> pending;
    QStringList pendingIds;
    auto inRegistry = [&](const Pending& e) {
        RowIssue d;
        d.kind = RowIssue::Kind::Duplicate;
        d.row = e.row;
        d.column = columnName(idColumn);
        d.original = e.idShown;
        d.message = Tr::tr("Already in the registry; not imported again.");
        p.issues << d;
        ++p.duplicates;
    };
    auto flush = [&]() -> Status {
        QSet<QString> existing;
        if (!pendingIds.isEmpty()) {
            QElapsedTimer asked;
            asked.start();
            auto found = store.existingCitizenIds(pendingIds);
            if (!found)
                return found.status();
            existing = found.value();
            registryNs += asked.nsecsElapsed();
        }
        for (Pending& e : pending) {
            if (!e.mergeInto.isEmpty()) {
                // The first row of the ID came earlier in the file, so it is settled by now.
                FirstRow& first = firstRowOf[e.mergeInto];
                if (first.inRegistry || first.importAt < 0) {
                    inRegistry(e);
                    continue;
                }
                for (RowIssue& i : e.issues)
                    p.issues << std::move(i);
                p.toImport[first.importAt].categories << e.mergedCategory;
                ++p.merged;
                if (e.repaired && !first.countedRepaired) {
                    first.countedRepaired = true;
                    ++p.repaired;
                }
                continue;
            }
            if (e.hasPerson && existing.contains(e.person.person.citizenId)) {
                FirstRow& first = firstRowOf[e.person.person.citizenId];
                first.inRegistry = true;
                first.pendingAt = -1;
                inRegistry(e);
                continue;
            }
            for (RowIssue& i : e.issues)
                p.issues << std::move(i);
            if (e.hasPerson) {
                FirstRow& first = firstRowOf[e.person.person.citizenId];
                first.pendingAt = -1;
                first.importAt = p.toImport.size();
                first.countedRepaired = e.repaired;
                p.toImport << std::move(e.person);
                p.repaired += e.repaired ? 1 : 0;
            }
        }
        pending.clear();
        pendingIds.clear();
        return Status::success();
    };

    // Cleaning a row is pure (RosterRules, CategoryRules): a helper thread cleans each batch of
    // rows while this thread reads the next one from the file and settles the batch before it
    // (duplicates, merges, the registry check), in the file's order.
    struct CleanedRow
    {
        SheetRow row;
        QString skip;
        RowOutcome out;
    };
    const AliasTables& aliasTables = aliases.value();
    auto cleanBatch = [&layout, &mapping, &aliasTables, &categories, &columnName, today,
                       categoryColumn](std::vector<SheetRow> rows) {
        std::vector<CleanedRow> cleaned(rows.size());
        AliasMemo memo;
        for (size_t i = 0; i < rows.size(); ++i) {
            CleanedRow& c = cleaned[i];
            c.row = std::move(rows[i]);
            c.skip = RosterRules::skipReason(c.row, layout, mapping);
            if (!c.skip.isEmpty())
                continue;
            c.out = RosterRules::cleanRow(c.row, layout, mapping, aliasTables, today, &memo);
            RowOutcome& out = c.out;
            if (out.verdict == RowOutcome::Verdict::Import)
                out.person.writingOrder = writingKey(out.person.person);
            if (out.verdict == RowOutcome::Verdict::Import) {
                for (const PersonCategory& pc : out.person.categories) {
                    const auto cat = categories.constFind(pc.categoryCode);
                    if (cat == categories.constEnd())
                        continue;
                    if (Status s = CategoryRules::checkDetails(*cat, pc,
                                                               out.person.person.birthDate, today);
                        !s) {
                        RowIssue r;
                        r.kind = RowIssue::Kind::Refused;
                        r.row = c.row.number;
                        r.column = columnName(categoryColumn);
                        r.original = cat->name;
                        r.message = s.error();
                        out.issues << r;
                        out.verdict = RowOutcome::Verdict::Refused;
                    }
                }
            }
            if (out.verdict == RowOutcome::Verdict::Refused)
                std::stable_sort(out.issues.begin(), out.issues.end(),
                                 [](const RowIssue& a, const RowIssue& b) {
                                     return issueRank(a) < issueRank(b);
                                 });
        }
        return cleaned;
    };
    // Read on a thread of its own, one batch ahead (an xlsx sheet's XML costs more than the
    // rest of the preview): the reader is only ever used by one thread at a time.
    struct ReadBatch
    {
        std::vector<SheetRow> rows;
        Status failure = Status::success();
        int permille = 0;
    };
    auto readBatch = [&reader]() {
        ReadBatch b;
        b.rows.reserve(kCleanBatch);
        SheetRow row;
        while (int(b.rows.size()) < kCleanBatch) {
            const Result<bool> more = reader.value()->next(row);
            if (!more) {
                b.failure = more.status();
                break;
            }
            if (!more.value())
                break;
            b.rows.push_back(row);
        }
        b.permille = reader.value()->progressPermille();
        return b;
    };
    auto settle = [&](CleanedRow& c) -> Status {
        const SheetRow& row = c.row;
        RowOutcome& out = c.out;
        ++p.rowsRead;
        Pending e;
        e.row = row.number;
        if (!c.skip.isEmpty()) {
            RowIssue s;
            s.kind = RowIssue::Kind::Skipped;
            s.row = row.number;
            s.message = c.skip;
            QStringList texts;
            for (const SheetCell& cell : row.cells)
                if (!cell.isEmpty())
                    texts << cell.shown.trimmed();
            s.original = texts.join(QLatin1Char(' ')).left(80);
            ++p.skipped;
            e.issues << s;
            pending << std::move(e);
            return Status::success();
        }
        if (out.verdict == RowOutcome::Verdict::Refused) {
            ++p.refused;
            e.issues = std::move(out.issues);
            pending << std::move(e);
            return Status::success();
        }
        const QString id = out.person.person.citizenId;
        e.idShown = CellCleaner::shown(row.cells.value(idColumn));
        if (const auto first = firstRowOf.find(id); first != firstRowOf.end()) {
            const QString code = out.person.categories.isEmpty()
                                     ? QString()
                                     : out.person.categories.constFirst().categoryCode;
            if (first->inRegistry) {
                // Settled by the registry check: this row is already registered too.
                e.mergeInto = id;
                pending << std::move(e);
                return Status::success();
            }
            // Several rows of one ID are one person holding several categories, when the
            // person's own cells agree and each row brings a category not yet held.
            const ImportedPerson& held = first->importAt >= 0 ? p.toImport.at(first->importAt)
                                                              : pending.at(first->pendingAt).person;
            const QString differs = differingField(held.person, out.person.person);
            QStringList& merged = mergedCodes[id];
            const bool holds =
                merged.contains(code) ||
                std::any_of(held.categories.cbegin(), held.categories.cend(),
                            [&](const PersonCategory& pc) { return pc.categoryCode == code; });
            RowIssue d;
            d.row = row.number;
            d.column = columnName(idColumn);
            d.original = e.idShown;
            if (differs.isEmpty() && !code.isEmpty() && !holds) {
                merged << code;
                d.kind = RowIssue::Kind::Merged;
                d.column = columnName(categoryColumn);
                d.original = CellCleaner::shown(row.cells.value(categoryColumn));
                d.message = Tr::tr("Another category of the person of row %1; added to that "
                                   "person.")
                                .arg(first->row);
                e.repaired = !out.issues.isEmpty();
                e.issues = std::move(out.issues);
                e.issues << d;
                e.mergeInto = id;
                e.mergedCategory = out.person.categories.constFirst();
                pending << std::move(e);
                return Status::success();
            }
            d.kind = RowIssue::Kind::Duplicate;
            d.message = !differs.isEmpty()
                            ? Tr::tr("The same citizen ID as row %1, but %2 differs from that "
                                     "row; not imported. Correct one of the two rows.")
                                  .arg(first->row)
                                  .arg(differs)
                            : Tr::tr("The same person and category as row %1; imported once.")
                                  .arg(first->row);
            ++p.duplicates;
            e.issues << d;
            pending << std::move(e);
            return Status::success();
        }
        FirstRow first;
        first.row = row.number;
        first.pendingAt = pending.size();
        firstRowOf.insert(id, first);
        e.issues = std::move(out.issues);
        e.repaired = !e.issues.isEmpty();
        e.hasPerson = true;
        e.person = std::move(out.person);
        e.person.sourceRow = row.number;
        pending << std::move(e);
        pendingIds << id;
        if (pendingIds.size() >= kRegistryBatch)
            return flush();
        return Status::success();
    };

    // Two batches are cleaned at a time, on two helper threads, while a third reads ahead;
    // this thread settles the batches in the file's order.
    constexpr int kCleaning = 2;
    Status readFailure = Status::success();
    std::future<ReadBatch> reading = std::async(std::launch::async, readBatch);
    std::deque<std::future<std::vector<CleanedRow>>> ahead;
    const auto launch = [&]() {
        ReadBatch b; // none left to read: an empty batch ends the loop below
        if (reading.valid()) {
            spent.restart();
            b = reading.get();
            readNs += spent.nsecsElapsed();
            if (!b.failure)
                readFailure = b.failure;
            else if (!b.rows.empty())
                reading = std::async(std::launch::async, readBatch);
            report(b.permille * 9 / 10, Tr::tr("Reading the rows"));
        }
        ahead.push_back(std::async(std::launch::async, cleanBatch, std::move(b.rows)));
    };
    spent.start();
    for (int i = 0; i < kCleaning; ++i)
        launch();
    while (true) {
        spent.restart();
        std::vector<CleanedRow> cleaned = ahead.front().get();
        ahead.pop_front();
        waitNs += spent.nsecsElapsed();
        if (!readFailure)
            return readFailure;
        if (cancelled())
            return Status::failure(cancelledMessage());
        if (cleaned.empty())
            break;
        launch();
        spent.restart();
        for (CleanedRow& c : cleaned)
            if (Status s = settle(c); !s)
                return s;
        settleNs += spent.nsecsElapsed();
    }
    if (Status s = flush(); !s)
        return s;
    if (qEnvironmentVariableIsSet("YOUFU_PHASES"))
        std::fprintf(
            stderr,
            "  [preview] main thread: waiting for the reading %lld ms, for the cleaning %lld ms, "
            "settle %lld ms (of which the registry check %lld ms)\n",
            readNs / 1000000, waitNs / 1000000, settleNs / 1000000, registryNs / 1000000);
    phase.lap("read, clean, settle");
    p.imported = p.toImport.size();
    report(1000, Tr::tr("Preview ready"));
    return p;
}

Result<ImportCounts> RosterImport::commit(const Actor& actor, const RosterPreview& preview,
                                          const ImportProgress& progress)
{
    // Checked here too, before anything is read: a clerk without the right learns it at once.
    if (Status s = require(actor, Permission::EditRegistry); !s)
        return s;
    if (preview.toImport.isEmpty())
        return Status::failure(Tr::tr("There is no person to import in this file."));
    // The file must still be the one the clerk saw in the preview.
    PhaseTimer phase("commit");
    auto sha = sha256Of(preview.path);
    if (!sha)
        return sha.status();
    if (sha.value() != preview.sha256Hex)
        return Status::failure(
            Tr::tr(
                "The file “%1” has changed since the preview; look at it again before importing.")
                .arg(QFileInfo(preview.path).fileName()));
    const QJsonObject details{
        {QStringLiteral("file"), QFileInfo(preview.path).fileName()},
        {QStringLiteral("sha256"), QString::fromLatin1(preview.sha256Hex)},
        {QStringLiteral("format"), preview.formatName},
        {QStringLiteral("rows_read"), preview.rowsRead},
        {QStringLiteral("to_import"), preview.imported},
        {QStringLiteral("repaired"), preview.repaired},
        {QStringLiteral("refused"), preview.refused},
        {QStringLiteral("skipped"), preview.skipped},
        {QStringLiteral("duplicates"), preview.duplicates},
    };
    const int total = preview.toImport.size();
    int index = 0;
    ImportHooks hooks;
    hooks.expectedRows = total;
    hooks.checkpoint = [&]() -> Status {
        if (progress.cancel && progress.cancel->load())
            return Status::failure(cancelledMessage());
        if (progress.report)
            progress.report(int(qint64(index) * 1000 / qMax(1, total)),
                            Tr::tr("Writing the persons"));
        return Status::success();
    };
    const QString mappingJson = mappingToJson(preview.mapping);
    const QString mappingKey = mappingSettingKey(preview.mapping.signature);
    hooks.inTransaction = [&](WriteScope& w) -> Status {
        return preview.mapping.signature.isEmpty()
                   ? Status::success()
                   : RosterStore(m_db).rememberMapping(w, mappingKey, mappingJson);
    };
    phase.lap("sha256 again");
    const std::vector<int> order = writingOrder(preview.toImport);
    phase.lap("writing order");
    auto counts = PersonImportStore(m_db).importAll(
        actor,
        [&](ImportedPerson& out) {
            if (index >= total)
                return false;
            out = preview.toImport.at(order[size_t(index++)]);
            return true;
        },
        QStringLiteral("registry.import"), details, hooks);
    phase.lap("import and its transaction (the rest: audit entry, COMMIT)");
    if (counts && progress.report)
        progress.report(1000, Tr::tr("Import done"));
    return counts;
}

Result<qint64> RosterImport::exportIssues(const Actor& actor, const QString& rosterFile,
                                          const QStringList& headers,
                                          const QList<QStringList>& lines,
                                          const QList<int>& identifierColumns, const QString& path)
{
    if (Status s = require(actor, Permission::EditRegistry); !s)
        return s;
    ExportOptions options;
    options.format = exportFormatForPath(path);
    options.exportedAt = QDateTime::currentDateTime();
    options.beforeCommit = [&](qint64 rows) -> Status {
        if (m_db.isReadOnly())
            return Status::success(); // a dry run on a read-only file cannot record anything
        const QJsonObject after{{QStringLiteral("file"), QFileInfo(path).fileName()},
                                {QStringLiteral("roster"), QFileInfo(rosterFile).fileName()},
                                {QStringLiteral("rows"), rows},
                                {QStringLiteral("format"), exportFormatKey(options.format)}};
        return AuditedWrite::run(m_db, actor, Authority::of(Permission::EditRegistry),
                                 AuditNote(QStringLiteral("import.issues_export"),
                                           QStringLiteral("roster"), QString(), QJsonObject(),
                                           after),
                                 [](WriteScope&) { return Status::success(); });
    };
    return exportTable(textTable(Tr::tr("Import issues: %1").arg(QFileInfo(rosterFile).fileName()),
                                 QString(), headers, lines, identifierColumns, true),
                       path, options);
}

} // namespace youfu::core
