#include "registry/personimportstore.h"

#include "audit/auditlog.h"
#include "common/isotime.h"
#include "common/phasetimer.h"
#include "db/bulkinsert.h"
#include "db/bulkpragmas.h"
#include "db/database.h"
#include "db/deferredindexes.h"
#include "db/rawstatement.h"
#include "db/rowbatch.h"
#include "db/sqlexec.h"
#include "db/transaction.h"
#include "registry/categoryrules.h"
#include "registry/categorystore.h"
#include "registry/personrules.h"
#include "registry/personstatus.h"
#include "registry/pinyin.h"
#include "security/fieldcipher.h"
#include "security/permission.h"
#include "visit/keypersonflagstore.h"
#include "visit/visitschedulestore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <deque>
#include <future>
#include <vector>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::PersonImportStore)
};

constexpr int kBatch = 256; // persons prepared ahead of the writing, and between checkpoints

// What the import knows before it writes: the categories, townships and villages, the key,
// and what every row it writes carries (the time, the user).
struct ImportContext
{
    QHash<QString, Category> categories;
    QSet<QString> townships;
    QHash<QString, QString> villageTownship;
    std::shared_ptr<const FieldCipher> cipher;
    QDate today;
    QString now;
    qint64 userId = 0; // NULL in the rows for the bootstrap actor (no user row yet)
    bool pinyinColumns = false;
};

// One person checked: everything of a person that is not SQL, done on a helper thread one
// batch ahead of the writing.
struct PreparedPerson
{
    ImportedPerson item;
    CheckedPerson checked;
    QString error; // why it cannot be written (the first rule it breaks)
    QString phoneEnc, phoneIndex, bankAccountEnc, summary;
    PinyinName pinyin;
    bool keyPerson = false;
};

// A batch of persons with the rows they are written as, in UTF-8, ready to bind. Persons are
// numbered by the import (explicit ids: the import holds the write lock, the ids follow the
// highest one), so their categories and statuses are prepared here too.
struct PreparedBatch
{
    std::vector<PreparedPerson> persons;
    RowBatch personRows;
    RowBatch categoryRows{13};
    RowBatch statusRows{6};
    int firstError = -1; // the first person who cannot be written; rows stop before them
    explicit PreparedBatch(int personColumns) : personRows(personColumns) {}
};

int personColumns(bool pinyin)
{
    return pinyin ? 25 : 22;
}

void check(PreparedPerson& p, const ImportContext& cx)
{
    const QList<FieldError> errors = PersonRules::check(p.item.person, cx.today, &p.checked);
    if (!errors.isEmpty()) {
        p.error = errors.first().message;
        return;
    }
    if (!cx.townships.contains(p.item.person.townshipCode)) {
        p.error = Tr::tr("there is no township with the code %1").arg(p.item.person.townshipCode);
        return;
    }
    if (!p.item.person.villageCode.isEmpty() &&
        cx.villageTownship.value(p.item.person.villageCode) != p.item.person.townshipCode) {
        p.error = Tr::tr("the village or community does not belong to the township");
        return;
    }
    for (PersonCategory& pc : p.item.categories) {
        const auto it = cx.categories.constFind(pc.categoryCode);
        if (it == cx.categories.constEnd()) {
            p.error = Tr::tr("there is no category “%1”").arg(pc.categoryCode);
            return;
        }
        pc.categoryName = it->name;
        if (Status s = CategoryRules::checkDetails(*it, pc, p.checked.birthDate, cx.today); !s) {
            p.error = s.error();
            return;
        }
    }
    p.phoneEnc = cx.cipher->encrypt(p.checked.phone);
    p.phoneIndex = cx.cipher->blindIndex(p.checked.phoneDigits);
    p.bankAccountEnc = cx.cipher->encrypt(p.checked.bankAccount);
    p.summary = CategoryRules::summary(p.item.categories, cx.today);
    if (cx.pinyinColumns)
        p.pinyin = Pinyin::ofName(p.checked.name);
}

void addUser(RowBatch& rows, const ImportContext& cx)
{
    if (cx.userId > 0)
        rows.addInt(cx.userId);
    else
        rows.addNull();
}

void addDateOrNull(RowBatch& rows, const QDate& date)
{
    if (date.isValid())
        rows.addText(toIsoDate(date));
    else
        rows.addNull();
}

// The person's rows: persons, person_categories, person_status_changes (as PersonStore writes
// them: a null QString is NULL, the optional texts '').
void addRows(PreparedBatch& b, int index, qint64 personId, const ImportContext& cx)
{
    PreparedPerson& p = b.persons[size_t(index)];
    const ImportedPerson& item = p.item;
    const CheckedPerson& c = p.checked;
    const QDate registered = item.registeredOn.isValid() ? item.registeredOn : cx.today;
    const bool changed = item.status != PersonStatus::Active;
    // A person who died or moved away is no longer a key person (as when the status changes in
    // the registry): their mark is not taken over.
    p.keyPerson = item.person.keyPerson && item.status != PersonStatus::Deceased &&
                  item.status != PersonStatus::MovedAway;
    RowBatch& r = b.personRows;
    r.addInt(personId);
    r.addNullable(c.name);
    r.addNullable(sexKey(c.sex));
    r.addNullable(c.ethnicity);
    r.addNullable(c.citizenId);
    r.addNullable(toIsoDate(c.birthDate));
    r.addText(p.phoneEnc);
    r.addText(p.phoneIndex);
    r.addNullable(item.person.townshipCode);
    r.addTextOrNull(item.person.villageCode);
    r.addText(item.person.address.trimmed());
    r.addText(item.person.bankName.trimmed());
    r.addText(p.bankAccountEnc);
    r.addNullable(personStatusKey(item.status));
    r.addNullable(toIsoDate(changed ? item.statusSince : registered));
    r.addText(changed ? item.statusReason : QString());
    r.addInt(p.keyPerson ? 1 : 0);
    r.addText(item.person.riskNote.trimmed());
    r.addText(p.summary);
    r.addNullable(cx.now);
    addUser(r, cx);
    r.addNullable(cx.now);
    if (cx.pinyinColumns) {
        r.addNullable(p.pinyin.sortKey);
        r.addNullable(p.pinyin.spelling);
        r.addNullable(p.pinyin.initials);
    }
    r.endRow(index);

    for (const PersonCategory& pc : item.categories) {
        const Category& cat = *cx.categories.constFind(pc.categoryCode);
        RowBatch& k = b.categoryRows;
        k.addInt(personId);
        k.addNullable(pc.categoryCode);
        k.addNullable(toIsoDate(pc.startDate));
        addDateOrNull(k, pc.endDate);
        k.addText(pc.endReason);
        if (cat.needsDisability) {
            k.addInt(pc.grade);
            k.addNullable(pc.nature);
        } else {
            k.addNull();
            k.addNull();
        }
        if (cat.needsSurvivor) {
            k.addNullable(pc.relation);
            k.addNullable(pc.servicemanName);
        } else {
            k.addNull();
            k.addNull();
        }
        addDateOrNull(k, pc.enlistedOn);
        addDateOrNull(k, pc.dischargedOn);
        k.addNullable(cx.now);
        addUser(k, cx);
        k.endRow(index);
    }
    const auto addStatus = [&](PersonStatus status, const QDate& since, const QString& reason) {
        RowBatch& s = b.statusRows;
        s.addInt(personId);
        s.addNullable(personStatusKey(status));
        s.addNullable(toIsoDate(since));
        s.addText(reason);
        s.addNullable(cx.now);
        addUser(s, cx);
        s.endRow(index);
    };
    addStatus(PersonStatus::Active, registered, registeredReasonCode());
    if (changed)
        addStatus(item.status, item.statusSince, item.statusReason);
}

PreparedBatch prepareBatch(std::vector<PreparedPerson> persons, const ImportContext& cx,
                           qint64 firstId)
{
    PreparedBatch b(personColumns(cx.pinyinColumns));
    b.persons = std::move(persons);
    for (int i = 0; i < int(b.persons.size()); ++i) {
        check(b.persons[size_t(i)], cx);
        if (!b.persons[size_t(i)].error.isEmpty()) {
            b.firstError = i;
            break;
        }
        addRows(b, i, firstId + i, cx);
    }
    return b;
}

} // namespace

Result<ImportCounts> PersonImportStore::importAll(const Actor& actor,
                                                  const std::function<bool(ImportedPerson&)>& next,
                                                  const QString& auditAction,
                                                  const QJsonObject& auditDetails,
                                                  const ImportHooks& hooks)
{
    auto cipher = FieldCipher::forDatabase(m_db);
    if (!cipher)
        return cipher.status();
    ImportContext cx;
    cx.cipher = cipher.value();
    cx.today = m_db.clock().today();
    cx.pinyinColumns = m_db.schemaVersion() >= 7;
    cx.now = toIsoUtc(m_db.clock().nowUtc());
    cx.userId = actor.userId;
    for (const Category& c : CategoryStore(m_db).all(true))
        cx.categories.insert(c.code, c);
    {
        QSqlQuery q(m_db.connection());
        if (Status s = runQuery(q, QStringLiteral("SELECT code FROM townships")); !s)
            return s;
        while (q.next())
            cx.townships.insert(q.value(0).toString());
        if (Status s = runQuery(q, QStringLiteral("SELECT code, township_code FROM villages")); !s)
            return s;
        while (q.next())
            cx.villageTownship.insert(q.value(0).toString(), q.value(1).toString());
    }

    // For the duration of the import: statement journals in memory (in files, some fifty pwrite
    // calls per person: measured with strace, 2.2 million for 40,000 persons), a larger page
    // cache, and a helper thread for the sorts that build the indexes again at the end.
    const BulkPragmas pragmas(m_db.connection(), 32768, BulkPragmas::ForeignKeys::Checked, 2);
    return AuditedWrite::produce<ImportCounts>(
        m_db, actor, Authority::of(Permission::EditRegistry), {},
        [&](WriteScope& w) -> Result<ImportCounts> {
            PhaseTimer phase("import");
            const QSqlDatabase conn = m_db.connection();
            QSqlQuery probe(conn);
            if (Status s = runQuery(
                    probe, QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM persons), "
                                          "(SELECT count(*) FROM persons), "
                                          "(SELECT coalesce(max(id), 0) FROM person_categories)"));
                !s)
                return s;
            probe.next();
            const qint64 lastIdBefore = probe.value(0).toLongLong();
            const qint64 personsBefore = probe.value(1).toLongLong();
            const qint64 lastCategoryIdBefore = probe.value(2).toLongLong();
            probe.finish(); // DROP INDEX needs no statement running on the connection
            DeferredIndexes deferred(m_db);
            const bool bulk = DeferredIndexes::pays(hooks.expectedRows, personsBefore);
            if (bulk) {
                // Kept: the unique citizen ID (a constraint) and person_categories_person.
                if (Status s = deferred.drop({QStringLiteral("persons"),
                                              QStringLiteral("person_categories"),
                                              QStringLiteral("person_status_changes"),
                                              QStringLiteral("archive_completeness")},
                                             {QStringLiteral("person_categories_person")});
                    !s)
                    return s;
                // These two triggers copy each new category into archive_completeness, one
                // row at a time; the import fills that table in one statement instead, after
                // the last person (fillCompleteness below).
                if (Status s =
                        deferred.holdTriggers({QStringLiteral("archive_completeness_person_insert"),
                                               QStringLiteral("archive_completeness_pc_insert")});
                    !s)
                    return s;
            }
            // Prepared after the indexes went (a schema change would make SQLite prepare them
            // again). Sixty-four rows per statement, bound from UTF-8 prepared on the helper
            // thread: the writing thread only binds pointers and steps.
            const bool pinyinColumns = cx.pinyinColumns;
            BulkInsert insPerson(
                m_db,
                pinyinColumns
                    ? "INSERT INTO persons (id, name, sex, ethnicity, citizen_id, birth_date, "
                      "phone_enc, phone_index, township_code, village_code, address, "
                      "bank_name, bank_account_enc, status, status_since, status_reason, "
                      "key_person, risk_note, categories_summary, created_at, created_by, "
                      "updated_at, name_pinyin, name_spell, name_initials)"
                    // Before migration 0007 (tests of upgrades) there is no pinyin.
                    : "INSERT INTO persons (id, name, sex, ethnicity, citizen_id, birth_date, "
                      "phone_enc, phone_index, township_code, village_code, address, "
                      "bank_name, bank_account_enc, status, status_since, status_reason, "
                      "key_person, risk_note, categories_summary, created_at, created_by, "
                      "updated_at)",
                personColumns(pinyinColumns));
            BulkInsert insCategory(
                m_db,
                "INSERT INTO person_categories (person_id, category_code, start_date, "
                "end_date, end_reason, grade, nature, relation, serviceman_name, "
                "enlisted_on, discharged_on, created_at, created_by)",
                13);
            BulkInsert insStatus(m_db,
                                 "INSERT INTO person_status_changes (person_id, status, since, "
                                 "reason, recorded_at, recorded_by)",
                                 6);
            for (const BulkInsert* q : {&insPerson, &insCategory, &insStatus})
                if (Status s = q->prepared(); !s)
                    return Status::failure(Tr::tr("The import cannot start: %1").arg(s.error()));
            phase.lap("prepare, drop indexes");
            QElapsedTimer spent;
            qint64 waitNs = 0;
            // Only asked when a person cannot be written: whether the ID is what stopped it.
            const auto citizenIdTaken = [&](const QString& citizenId) {
                RawStatement q(m_db, "SELECT 1 FROM persons WHERE citizen_id = ?");
                q.bind(1, citizenId);
                const Result<bool> found = q.next();
                q.reset();
                return found && found.value();
            };
            ImportCounts counts;
            // The caller's next() runs here, on this thread; a batch of persons is then checked
            // and turned into rows on a helper thread while the batch before it is written.
            bool more = true;
            qint64 handedOut = 0; // persons given to the helpers so far
            std::deque<std::future<PreparedBatch>> ahead;
            auto launch = [&]() {
                std::vector<PreparedPerson> persons;
                persons.reserve(kBatch);
                while (more && int(persons.size()) < kBatch) {
                    PreparedPerson p;
                    more = next(p.item);
                    if (more)
                        persons.push_back(std::move(p));
                }
                const qint64 firstId = lastIdBefore + 1 + handedOut;
                handedOut += qint64(persons.size());
                ahead.push_back(std::async(std::launch::async, prepareBatch, std::move(persons),
                                           std::cref(cx), firstId));
            };
            // Two batches are prepared at a time, on two helper threads (two cores: this thread
            // mostly steps SQLite, and the helpers' checks, ciphers and pinyin cost as much).
            for (int i = 0; i < 2; ++i)
                launch();
            while (true) {
                if (hooks.checkpoint)
                    if (Status s = hooks.checkpoint(); !s)
                        return s;
                spent.start();
                PreparedBatch batch = ahead.front().get();
                ahead.pop_front();
                waitNs += spent.nsecsElapsed();
                if (batch.persons.empty())
                    break;
                launch();
                auto rowError = [&](int index, const QString& why) {
                    const ImportedPerson& item = batch.persons[size_t(index)].item;
                    if (item.sourceRow > 0)
                        return Status::failure(Tr::tr("Row %1 of the file (%2): %3")
                                                   .arg(item.sourceRow)
                                                   .arg(item.person.name, why));
                    return Status::failure(Tr::tr("Person %1 (%2): %3")
                                               .arg(counts.persons + index + 1)
                                               .arg(item.person.name, why));
                };
                if (Status s = insPerson.write(batch.personRows); !s) {
                    const int index = batch.personRows.owner(insPerson.failedRow());
                    return rowError(index,
                                    citizenIdTaken(batch.persons[size_t(index)].checked.citizenId)
                                        ? Tr::tr("the citizen ID is already registered")
                                        : s.error());
                }
                if (Status s = insCategory.write(batch.categoryRows); !s)
                    return rowError(batch.categoryRows.owner(insCategory.failedRow()), s.error());
                if (Status s = insStatus.write(batch.statusRows); !s)
                    return rowError(batch.statusRows.owner(insStatus.failedRow()), s.error());
                if (batch.firstError >= 0)
                    return rowError(batch.firstError,
                                    batch.persons[size_t(batch.firstError)].error);
                counts.categories += batch.categoryRows.rows();
                for (const PreparedPerson& p : batch.persons) {
                    ++counts.persons;
                    counts.keyPersons += p.keyPerson ? 1 : 0;
                    counts.deceased += p.item.status == PersonStatus::Deceased ? 1 : 0;
                    counts.movedAway += p.item.status == PersonStatus::MovedAway ? 1 : 0;
                    counts.suspended += p.item.status == PersonStatus::Suspended ? 1 : 0;
                }
            }
            if (qEnvironmentVariableIsSet("YOUFU_PHASES"))
                std::fprintf(stderr, "  [import] waiting for the prepared persons: %lld ms\n",
                             waitNs / 1000000);
            phase.lap("insert persons, categories, statuses");
            if (bulk) {
                if (Status s = fillCompleteness(lastCategoryIdBefore); !s)
                    return s;
                phase.lap("archive completeness");
            }
            if (hooks.checkpoint)
                if (Status s = hooks.checkpoint(); !s)
                    return s;
            // The search table in one statement over the new rows (the same village name as
            // SearchIndexStore::put writes), then the indexes in one sort each.
            QSqlQuery fill(conn);
            fill.prepare(QStringLiteral(
                "INSERT INTO person_fts (rowid, name, citizen_id, village) "
                "SELECT p.id, p.name, p.citizen_id, coalesce(v.name, '') FROM persons p "
                "LEFT JOIN villages v ON v.code = p.village_code WHERE p.id > ? ORDER BY p.id"));
            fill.addBindValue(lastIdBefore);
            if (Status s = runQuery(fill); !s)
                return s;
            phase.lap("search table");
            if (Status s = deferred.restore(); !s)
                return s;
            phase.lap("indexes again");
            // Imported key-person marks get their key-person records.
            if (Status s = KeyPersonFlagStore(m_db).followAll(m_db.clock().today(), actor.userId,
                                                              toIsoUtc(w.now()));
                !s)
                return s;
            // Imported persons join the group visit plans whose criteria they meet.
            if (Status s = VisitScheduleStore(m_db).refreshGroupPlans(); !s)
                return s;
            phase.lap("key persons, group plans");
            if (hooks.checkpoint)
                if (Status s = hooks.checkpoint(); !s)
                    return s;
            if (hooks.inTransaction)
                if (Status s = hooks.inTransaction(w); !s)
                    return s;
            QJsonObject after = auditDetails;
            after.insert(QStringLiteral("persons"), counts.persons);
            after.insert(QStringLiteral("categories"), counts.categories);
            after.insert(QStringLiteral("key_persons"), counts.keyPersons);
            after.insert(QStringLiteral("deceased"), counts.deceased);
            after.insert(QStringLiteral("moved_away"), counts.movedAway);
            after.insert(QStringLiteral("suspended"), counts.suspended);
            w.entry() = AuditNote{auditAction, QStringLiteral("registry"), QString(), {}, after};
            return counts;
        });
}

Status PersonImportStore::fillCompleteness(qint64 afterCategoryId)
{
    // The same row as the trigger archive_completeness_pc_insert writes (migration 0005): the
    // category, where and in which state its person is, and how many required documents are
    // not verified yet.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO archive_completeness (person_category_id, person_id, "
        "category_code, start_date, end_date, township_code, person_status, missing) "
        "SELECT pc.id, pc.person_id, pc.category_code, pc.start_date, pc.end_date, "
        "p.township_code, p.status, "
        "(SELECT count(*) FROM archive_required_kinds r WHERE r.category_code = pc.category_code "
        " AND NOT EXISTS (SELECT 1 FROM archive_documents d WHERE d.person_id = pc.person_id "
        " AND d.kind_code = r.kind_code AND d.status = 'verified' AND d.superseded_by IS NULL)) "
        "FROM person_categories pc JOIN persons p ON p.id = pc.person_id "
        "WHERE pc.id > ? ORDER BY pc.id"));
    q.addBindValue(afterCategoryId);
    return runQuery(q);
}

} // namespace youfu::core
