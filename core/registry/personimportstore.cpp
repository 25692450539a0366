#include "registry/personimportstore.h"

#include "audit/auditlog.h"
#include "common/isotime.h"
#include "common/phasetimer.h"
#include "db/database.h"
#include "db/deferredindexes.h"
#include "db/rawstatement.h"
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

#include <future>
#include <vector>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::PersonImportStore)
};

constexpr int kBatch = 256; // persons prepared ahead of the writing, and between checkpoints

// What the import knows before it writes: the categories, townships and villages, the key.
struct ImportContext
{
    QHash<QString, Category> categories;
    QSet<QString> townships;
    QHash<QString, QString> villageTownship;
    std::shared_ptr<const FieldCipher> cipher;
    QDate today;
    bool pinyinColumns = false;
};

// One person checked and turned into the values its rows are written with: everything of a
// row that is not SQL, done on a helper thread one batch ahead of the writing.
struct PreparedPerson
{
    ImportedPerson item;
    CheckedPerson checked;
    QString error; // why it cannot be written (the first rule it breaks)
    QString phoneEnc, phoneIndex, bankAccountEnc, summary;
    PinyinName pinyin;
};

void prepare(PreparedPerson& p, const ImportContext& cx)
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

void bindTextOrNull(RawStatement& q, int index, const QString& text)
{
    if (text.isEmpty())
        q.bindNull(index);
    else
        q.bind(index, text);
}

// A QString as QSqlQuery bound it: a null string is NULL (an empty one is '').
void bindValue(RawStatement& q, int index, const QString& text)
{
    if (text.isNull())
        q.bindNull(index);
    else
        q.bind(index, text);
}

void bindDateOrNull(RawStatement& q, int index, const QDate& date)
{
    if (date.isValid())
        q.bind(index, toIsoDate(date));
    else
        q.bindNull(index);
}

std::vector<PreparedPerson> prepareBatch(std::vector<PreparedPerson> batch, const ImportContext& cx)
{
    for (PreparedPerson& p : batch)
        prepare(p, cx);
    return batch;
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

    // For the duration of the import: every INSERT (persons with its ten indexes, the trigram
    // table) runs inside the import's savepoint and opens a statement journal; with the default
    // temp_store those journals are temporary FILES, some fifty pwrite calls per person
    // (measured with strace: 2.2 million for 40,000 persons). In memory they cost nothing. A
    // larger page cache keeps the index pages of a big import from spilling into the WAL. Both
    // are set back afterwards.
    struct ImportPragmas
    {
        QSqlDatabase conn;
        QString cacheBefore, tempBefore, threadsBefore;
        explicit ImportPragmas(QSqlDatabase c) : conn(std::move(c))
        {
            QSqlQuery q(conn);
            if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
                cacheBefore = q.value(0).toString();
            if (q.exec(QStringLiteral("PRAGMA temp_store")) && q.next())
                tempBefore = q.value(0).toString();
            if (q.exec(QStringLiteral("PRAGMA threads")) && q.next())
                threadsBefore = q.value(0).toString();
            q.exec(QStringLiteral("PRAGMA cache_size = -32768"));
            // Building the indexes again at the end sorts with a helper thread (two cores).
            q.exec(QStringLiteral("PRAGMA threads = 2"));
            q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        }
        ~ImportPragmas()
        {
            QSqlQuery q(conn);
            if (!cacheBefore.isEmpty())
                q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheBefore));
            if (!threadsBefore.isEmpty())
                q.exec(QStringLiteral("PRAGMA threads = %1").arg(threadsBefore));
            if (!tempBefore.isEmpty())
                q.exec(QStringLiteral("PRAGMA temp_store = %1").arg(tempBefore));
        }
    } pragmas(m_db.connection());
    return AuditedWrite::produce<ImportCounts>(
        m_db, actor, Authority::of(Permission::EditRegistry), {},
        [&](WriteScope& w) -> Result<ImportCounts> {
            PhaseTimer phase("import");
            const QSqlDatabase conn = m_db.connection();
            QSqlQuery probe(conn);
            if (Status s = runQuery(
                    probe, QStringLiteral("SELECT coalesce(max(id), 0), count(*) FROM persons"));
                !s)
                return s;
            probe.next();
            const qint64 lastIdBefore = probe.value(0).toLongLong();
            const qint64 personsBefore = probe.value(1).toLongLong();
            probe.finish(); // DROP INDEX needs no statement running on the connection
            DeferredIndexes deferred(m_db);
            if (DeferredIndexes::pays(hooks.expectedRows, personsBefore)) {
                // Kept: the unique citizen ID (a constraint) and person_categories_person, which
                // the archive-completeness trigger on persons looks rows up by.
                if (Status s = deferred.drop({QStringLiteral("persons"),
                                              QStringLiteral("person_categories"),
                                              QStringLiteral("person_status_changes"),
                                              QStringLiteral("archive_completeness")},
                                             {QStringLiteral("person_categories_person")});
                    !s)
                    return s;
                // This trigger copies a new person's categories into archive_completeness; a
                // person this import writes has none yet when inserted (they follow it, and
                // their own trigger fills the table), so it would only search in vain per row.
                if (Status s = deferred.holdTriggers(
                        {QStringLiteral("archive_completeness_person_insert")});
                    !s)
                    return s;
            }
            // Prepared after the indexes went (a schema change would make SQLite prepare them
            // again). Bound by position without QVariant: three statements for each of 200,000
            // persons, where QSqlQuery's per-value bookkeeping cost more than the inserts.
            const bool pinyinColumns = cx.pinyinColumns;
            RawStatement insPerson(
                m_db, pinyinColumns
                          ? "INSERT INTO persons (name, sex, ethnicity, citizen_id, birth_date, "
                            "phone_enc, phone_index, township_code, village_code, address, "
                            "bank_name, bank_account_enc, status, status_since, status_reason, "
                            "key_person, risk_note, categories_summary, created_at, created_by, "
                            "updated_at, name_pinyin, name_spell, name_initials) "
                            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                          // Before migration 0007 (tests of upgrades) there is no pinyin.
                          : "INSERT INTO persons (name, sex, ethnicity, citizen_id, birth_date, "
                            "phone_enc, phone_index, township_code, village_code, address, "
                            "bank_name, bank_account_enc, status, status_since, status_reason, "
                            "key_person, risk_note, categories_summary, created_at, created_by, "
                            "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
            RawStatement insCategory(
                m_db, "INSERT INTO person_categories (person_id, category_code, start_date, "
                      "end_date, end_reason, grade, nature, relation, serviceman_name, "
                      "enlisted_on, discharged_on, created_at, created_by) "
                      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
            RawStatement insStatus(
                m_db, "INSERT INTO person_status_changes (person_id, status, since, reason, "
                      "recorded_at, recorded_by) VALUES (?,?,?,?,?,?)");
            for (const RawStatement* q : {&insPerson, &insCategory, &insStatus})
                if (Status s = q->prepared(); !s)
                    return Status::failure(Tr::tr("The import cannot start: %1").arg(s.error()));
            phase.lap("prepare, drop indexes");
            QElapsedTimer spent;
            qint64 waitNs = 0;
            const QDate today = cx.today;
            const QString now = toIsoUtc(m_db.clock().nowUtc());
            // The user column: NULL for the bootstrap actor (no user row yet), as idOrNull.
            const auto bindUser = [&actor](RawStatement& q, int index) {
                if (actor.userId > 0)
                    q.bind(index, qint64(actor.userId));
                else
                    q.bindNull(index);
            };
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
            // and prepared on a helper thread while the batch before it is written.
            bool more = true;
            auto readBatch = [&]() {
                std::vector<PreparedPerson> batch;
                batch.reserve(kBatch);
                while (more && int(batch.size()) < kBatch) {
                    PreparedPerson p;
                    more = next(p.item);
                    if (more)
                        batch.push_back(std::move(p));
                }
                return batch;
            };
            auto ahead = std::async(std::launch::async, prepareBatch, readBatch(), std::cref(cx));
            while (true) {
                if (hooks.checkpoint)
                    if (Status s = hooks.checkpoint(); !s)
                        return s;
                spent.start();
                std::vector<PreparedPerson> batch = ahead.get();
                waitNs += spent.nsecsElapsed();
                if (batch.empty())
                    break;
                ahead = std::async(std::launch::async, prepareBatch, readBatch(), std::cref(cx));
                for (PreparedPerson& prepared : batch) {
                    const ImportedPerson& item = prepared.item;
                    const CheckedPerson& c = prepared.checked;
                    const qint64 rowNumber = counts.persons + 1;
                    auto rowError = [&](const QString& why) {
                        return Status::failure(
                            Tr::tr("Person %1 (%2): %3").arg(rowNumber).arg(item.person.name, why));
                    };
                    if (!prepared.error.isEmpty())
                        return rowError(prepared.error);
                    const QDate registered =
                        item.registeredOn.isValid() ? item.registeredOn : today;
                    const bool changed = item.status != PersonStatus::Active;
                    // A person who died or moved away is no longer a key person (as when the
                    // status changes in the registry): their mark is not taken over.
                    const bool keyPerson = item.person.keyPerson &&
                                           item.status != PersonStatus::Deceased &&
                                           item.status != PersonStatus::MovedAway;
                    bindValue(insPerson, 1, c.name);
                    bindValue(insPerson, 2, sexKey(c.sex));
                    bindValue(insPerson, 3, c.ethnicity);
                    bindValue(insPerson, 4, c.citizenId);
                    bindValue(insPerson, 5, toIsoDate(c.birthDate));
                    insPerson.bind(6, prepared.phoneEnc);
                    insPerson.bind(7, prepared.phoneIndex);
                    bindValue(insPerson, 8, item.person.townshipCode);
                    bindTextOrNull(insPerson, 9, item.person.villageCode);
                    insPerson.bind(10, item.person.address.trimmed());
                    insPerson.bind(11, item.person.bankName.trimmed());
                    insPerson.bind(12, prepared.bankAccountEnc);
                    bindValue(insPerson, 13, personStatusKey(item.status));
                    bindValue(insPerson, 14, toIsoDate(changed ? item.statusSince : registered));
                    insPerson.bind(15, changed ? item.statusReason : QString());
                    insPerson.bind(16, qint64(keyPerson ? 1 : 0));
                    insPerson.bind(17, item.person.riskNote.trimmed());
                    insPerson.bind(18, prepared.summary);
                    bindValue(insPerson, 19, now);
                    bindUser(insPerson, 20);
                    bindValue(insPerson, 21, now);
                    if (pinyinColumns) {
                        bindValue(insPerson, 22, prepared.pinyin.sortKey);
                        bindValue(insPerson, 23, prepared.pinyin.spelling);
                        bindValue(insPerson, 24, prepared.pinyin.initials);
                    }
                    if (Status s = insPerson.run(); !s)
                        return rowError(citizenIdTaken(c.citizenId)
                                            ? Tr::tr("the citizen ID is already registered")
                                            : s.error());
                    const qint64 personId = insPerson.lastInsertId();

                    for (const PersonCategory& pc : item.categories) {
                        const Category& cat = *cx.categories.constFind(pc.categoryCode);
                        insCategory.bind(1, personId);
                        bindValue(insCategory, 2, pc.categoryCode);
                        bindValue(insCategory, 3, toIsoDate(pc.startDate));
                        bindDateOrNull(insCategory, 4, pc.endDate);
                        insCategory.bind(5, pc.endReason);
                        if (cat.needsDisability) {
                            insCategory.bind(6, qint64(pc.grade));
                            bindValue(insCategory, 7, pc.nature);
                        } else {
                            insCategory.bindNull(6);
                            insCategory.bindNull(7);
                        }
                        if (cat.needsSurvivor) {
                            bindValue(insCategory, 8, pc.relation);
                            bindValue(insCategory, 9, pc.servicemanName);
                        } else {
                            insCategory.bindNull(8);
                            insCategory.bindNull(9);
                        }
                        bindDateOrNull(insCategory, 10, pc.enlistedOn);
                        bindDateOrNull(insCategory, 11, pc.dischargedOn);
                        bindValue(insCategory, 12, now);
                        bindUser(insCategory, 13);
                        if (Status s = insCategory.run(); !s)
                            return rowError(s.error());
                        ++counts.categories;
                    }
                    const auto writeStatus = [&](PersonStatus status, const QDate& since,
                                                 const QString& reason) {
                        insStatus.bind(1, personId);
                        bindValue(insStatus, 2, personStatusKey(status));
                        bindValue(insStatus, 3, toIsoDate(since));
                        insStatus.bind(4, reason);
                        bindValue(insStatus, 5, now);
                        bindUser(insStatus, 6);
                        return insStatus.run();
                    };
                    if (Status s =
                            writeStatus(PersonStatus::Active, registered, registeredReasonCode());
                        !s)
                        return rowError(s.error());
                    if (changed)
                        if (Status s =
                                writeStatus(item.status, item.statusSince, item.statusReason);
                            !s)
                            return rowError(s.error());
                    ++counts.persons;
                    counts.keyPersons += keyPerson ? 1 : 0;
                    counts.deceased += item.status == PersonStatus::Deceased ? 1 : 0;
                    counts.movedAway += item.status == PersonStatus::MovedAway ? 1 : 0;
                    counts.suspended += item.status == PersonStatus::Suspended ? 1 : 0;
                }
            }
            if (qEnvironmentVariableIsSet("YOUFU_PHASES"))
                std::fprintf(stderr, "  [import] waiting for the prepared persons: %lld ms\n",
                             waitNs / 1000000);
            phase.lap("insert persons, categories, statuses");
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

} // namespace youfu::core
