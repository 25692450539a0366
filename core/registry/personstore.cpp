#include "registry/personstore.h"

#include "common/isotime.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "db/sqlvalues.h"
#include "registry/areastore.h"
#include "registry/categoryrules.h"
#include "registry/categorystore.h"
#include "registry/citizenid.h"
#include "registry/phonenumber.h"
#include "registry/searchindexstore.h"
#include "security/fieldcipher.h"
#include "security/permission.h"
#include "visit/keypersonflagstore.h"
#include "visit/visitschedulestore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::PersonStore)
};

PersonSaveResult failed(QString message, PersonField field = PersonField::None)
{
    PersonSaveResult r;
    r.status = Status::failure(std::move(message));
    r.field = field;
    return r;
}

const char* const kPersonColumns =
    "p.id, p.name, p.sex, p.ethnicity, p.citizen_id, p.birth_date, p.phone_enc, p.township_code, "
    "t.name, p.village_code, v.name, p.address, p.bank_name, p.bank_account_enc, p.status, "
    "p.status_since, p.status_reason, p.key_person, p.risk_note, p.categories_summary, "
    "p.created_at, p.updated_at";
} // namespace

QJsonObject PersonStore::auditJson(const Person& p)
{
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("sex"), sexKey(p.sex)},
            {QStringLiteral("ethnicity"), p.ethnicity},
            {QStringLiteral("citizen_id"), p.citizenId},
            {QStringLiteral("birth_date"), toIsoDate(p.birthDate)},
            {QStringLiteral("phone"), p.maskedPhone},
            {QStringLiteral("township"), p.townshipName},
            {QStringLiteral("village"), p.villageName},
            {QStringLiteral("address"), p.address},
            {QStringLiteral("bank_name"), p.bankName},
            {QStringLiteral("bank_account"), p.maskedBankAccount},
            {QStringLiteral("status"), personStatusKey(p.status)},
            {QStringLiteral("status_since"), toIsoDate(p.statusSince)},
            {QStringLiteral("status_reason"), p.statusReason},
            {QStringLiteral("key_person"), p.keyPerson},
            {QStringLiteral("risk_note"), p.riskNote},
            {QStringLiteral("categories"), p.categoriesSummary}};
}

Result<qint64> PersonStore::count() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM persons"));
    if (Status s = runSingle(q, QString()); !s)
        return s;
    return q.value(0).toLongLong();
}

Result<Person> PersonStore::read(qint64 personId, bool reveal) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM persons p JOIN townships t ON t.code = p.township_code "
                       "LEFT JOIN villages v ON v.code = p.village_code WHERE p.id = ?")
            .arg(QLatin1String(kPersonColumns)));
    q.addBindValue(personId);
    if (Status s = runSingle(q, Tr::tr("There is no person number %1.").arg(personId)); !s)
        return s;
    auto cipher = FieldCipher::forDatabase(m_db);
    if (!cipher)
        return cipher.status();
    Person p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.sex = sexFromKey(q.value(2).toString());
    p.ethnicity = q.value(3).toString();
    p.citizenId = q.value(4).toString();
    p.maskedCitizenId = CitizenId::mask(p.citizenId);
    p.birthDate = fromIsoDate(q.value(5).toString());
    auto phone = cipher.value()->decrypt(q.value(6).toString());
    if (!phone)
        return phone.status();
    p.maskedPhone = PhoneNumber::mask(phone.value());
    p.townshipCode = q.value(7).toString();
    p.townshipName = q.value(8).toString();
    p.villageCode = q.value(9).toString();
    p.villageName = q.value(10).toString();
    p.address = q.value(11).toString();
    p.bankName = q.value(12).toString();
    auto account = cipher.value()->decrypt(q.value(13).toString());
    if (!account)
        return account.status();
    p.maskedBankAccount = PersonRules::maskBankAccount(account.value());
    if (reveal) {
        p.revealed = true;
        p.phone = phone.value();
        p.bankAccount = account.value();
    }
    personStatusFromKey(q.value(14).toString(), &p.status);
    p.statusSince = fromIsoDate(q.value(15).toString());
    p.statusReason = q.value(16).toString();
    p.keyPerson = q.value(17).toBool();
    p.riskNote = q.value(18).toString();
    p.categoriesSummary = q.value(19).toString();
    p.createdAt = fromIsoUtc(q.value(20).toString());
    p.updatedAt = fromIsoUtc(q.value(21).toString());

    QSqlQuery c(m_db.connection());
    c.prepare(QStringLiteral(
        "SELECT pc.id, pc.category_code, c.name, pc.start_date, pc.end_date, pc.end_reason, "
        "pc.grade, "
        "pc.nature, pc.relation, pc.serviceman_name, pc.enlisted_on, pc.discharged_on "
        "FROM person_categories pc JOIN categories c ON c.code = pc.category_code "
        "WHERE pc.person_id = ? ORDER BY pc.start_date, pc.id"));
    c.addBindValue(personId);
    if (Status s = runQuery(c); !s)
        return s;
    {
        while (c.next()) {
            PersonCategory pc;
            pc.id = c.value(0).toLongLong();
            pc.personId = personId;
            pc.categoryCode = c.value(1).toString();
            pc.categoryName = c.value(2).toString();
            pc.startDate = fromIsoDate(c.value(3).toString());
            pc.endDate = fromIsoDate(c.value(4).toString());
            pc.endReason = c.value(5).toString();
            pc.grade = c.value(6).toInt();
            pc.nature = c.value(7).toString();
            pc.relation = c.value(8).toString();
            pc.servicemanName = c.value(9).toString();
            pc.enlistedOn = fromIsoDate(c.value(10).toString());
            pc.dischargedOn = fromIsoDate(c.value(11).toString());
            p.categories << pc;
        }
    }
    return p;
}

Result<Person> PersonStore::byId(qint64 personId) const
{
    return read(personId, false);
}

Result<Person> PersonStore::byIdRevealed(const Actor& actor, qint64 personId)
{
    // Who looked at full numbers is itself worth keeping; nothing is shown unless recorded.
    return AuditedWrite::produce<Person>(
        m_db, actor, Authority::of(Permission::RevealSensitive),
        {QStringLiteral("person.reveal"), QStringLiteral("person"), QString::number(personId)},
        [&](WriteScope&) { return read(personId, true); });
}

Result<Person> PersonStore::byCitizenId(const QString& typed) const
{
    const CitizenIdCheck id = CitizenId::check(typed, QDate());
    if (!id.isValid())
        return Status::failure(id.message);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM persons WHERE citizen_id = ?"));
    q.addBindValue(id.canonical);
    if (Status s = runSingle(q, Tr::tr("Nobody with the citizen ID %1 is registered.")
                                    .arg(CitizenId::mask(id.canonical)));
        !s)
        return s;
    return read(q.value(0).toLongLong(), false);
}

PersonSaveResult PersonStore::add(const Actor& actor, const PersonDraft& draft)
{
    return save(actor, 0, draft);
}

PersonSaveResult PersonStore::update(const Actor& actor, qint64 personId, const PersonDraft& draft)
{
    if (personId <= 0)
        return failed(Tr::tr("There is no person number %1.").arg(personId));
    return save(actor, personId, draft);
}

// add and update share the rules; personId 0 = a new person.
PersonSaveResult PersonStore::save(const Actor& actor, qint64 personId, const PersonDraft& draft)
{
    if (Status s = require(actor, Permission::EditRegistry); !s)
        return failed(s.error());
    CheckedPerson c;
    const QList<FieldError> errors = PersonRules::check(draft, m_db.clock().today(), &c);
    if (!errors.isEmpty())
        return failed(errors.first().message, errors.first().field);
    AreaStore areas(m_db);
    if (!areas.township(draft.townshipCode))
        return failed(Tr::tr("Choose the township."), PersonField::Township);
    if (!draft.villageCode.isEmpty()) {
        auto v = areas.village(draft.villageCode);
        if (!v || v->townshipCode != draft.townshipCode)
            return failed(Tr::tr("The village or community does not belong to the township."),
                          PersonField::Village);
    }
    auto cipher = FieldCipher::forDatabase(m_db);
    if (!cipher)
        return failed(cipher.error());

    const bool isNew = personId == 0;
    PersonSaveResult r;
    r.id = personId;
    const AuditNote note{isNew ? QStringLiteral("person.add") : QStringLiteral("person.update"),
                         QStringLiteral("person"),
                         QString::number(personId),
                         {},
                         {}};
    r.status = AuditedWrite::run(
        m_db, actor, Authority::of(Permission::EditRegistry), note, [&](WriteScope& w) -> Status {
            QSqlQuery dup(m_db.connection());
            dup.prepare(QStringLiteral(
                "SELECT p.id, p.name, p.birth_date, t.name FROM persons p JOIN townships t "
                "ON t.code = p.township_code WHERE p.citizen_id = ? AND p.id <> ?"));
            dup.addBindValue(c.citizenId);
            dup.addBindValue(personId);
            if (Status s = runQuery(dup); !s)
                return s;
            if (dup.next()) {
                r.field = PersonField::CitizenId;
                r.duplicateOfId = dup.value(0).toLongLong();
                return Status::failure(
                    Tr::tr("The citizen ID %1 is already registered for %2 (born %3, "
                           "%4). Open that record instead of registering the person twice.")
                        .arg(CitizenId::mask(c.citizenId), dup.value(1).toString(),
                             QString::number(fromIsoDate(dup.value(2).toString()).year()),
                             dup.value(3).toString()));
            }
            QString movedFrom; // the township before, when this change moves the person
            if (!isNew) {
                auto b = read(personId, false);
                if (!b)
                    return b.status();
                w.entry().before = auditJson(b.value());
                if (b->townshipCode != draft.townshipCode)
                    movedFrom = b->townshipCode;
            }
            const QString now = toIsoUtc(w.now());
            QSqlQuery q(m_db.connection());
            if (isNew) {
                q.prepare(
                    QStringLiteral("INSERT INTO persons (name, sex, ethnicity, citizen_id, "
                                   "birth_date, phone_enc, phone_index, "
                                   "township_code, village_code, address, bank_name, "
                                   "bank_account_enc, status, status_since, "
                                   "key_person, risk_note, created_at, created_by, updated_at) "
                                   "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'active',?,?,?,?,?,?)"));
            } else {
                // Sensitive fields not given are kept as stored.
                q.prepare(QStringLiteral(
                    "UPDATE persons SET name = ?, sex = ?, ethnicity = ?, citizen_id = ?, "
                    "birth_date = ?, phone_enc = coalesce(?, phone_enc), "
                    "phone_index = coalesce(?, phone_index), township_code = ?, village_code = ?, "
                    "address = ?, bank_name = ?, bank_account_enc = coalesce(?, bank_account_enc), "
                    "key_person = ?, risk_note = ?, updated_at = ? WHERE id = ?"));
            }
            q.addBindValue(c.name);
            q.addBindValue(sexKey(c.sex));
            q.addBindValue(c.ethnicity);
            q.addBindValue(c.citizenId);
            q.addBindValue(toIsoDate(c.birthDate));
            q.addBindValue(draft.phone || isNew
                               ? QVariant(textOrEmpty(cipher.value()->encrypt(c.phone)))
                               : QVariant());
            q.addBindValue(draft.phone || isNew
                               ? QVariant(textOrEmpty(cipher.value()->blindIndex(c.phoneDigits)))
                               : QVariant());
            q.addBindValue(draft.townshipCode);
            q.addBindValue(draft.villageCode.isEmpty() ? QVariant() : QVariant(draft.villageCode));
            q.addBindValue(textOrEmpty(draft.address.trimmed()));
            q.addBindValue(textOrEmpty(draft.bankName.trimmed()));
            q.addBindValue(draft.bankAccount || isNew
                               ? QVariant(textOrEmpty(cipher.value()->encrypt(c.bankAccount)))
                               : QVariant());
            if (isNew)
                q.addBindValue(toIsoDate(m_db.clock().today()));
            q.addBindValue(draft.keyPerson ? 1 : 0);
            q.addBindValue(textOrEmpty(draft.riskNote.trimmed()));
            q.addBindValue(now);
            if (isNew) {
                q.addBindValue(idOrNull(actor.userId));
                q.addBindValue(now);
            } else {
                q.addBindValue(personId);
            }
            if (Status s = runQuery(q); !s)
                return s;
            r.id = isNew ? q.lastInsertId().toLongLong() : personId;
            w.entry().entityId = QString::number(r.id);
            if (isNew) {
                if (Status s = insertStatusChange(w, r.id, PersonStatus::Active,
                                                  m_db.clock().today(), registeredReasonCode());
                    !s)
                    return s;
            }
            // Where the person lived when: the year-end appraisal counts a person who moved
            // mid-year in the township they belonged to at the time.
            if (!movedFrom.isEmpty()) {
                QSqlQuery m(m_db.connection());
                m.prepare(QStringLiteral(
                    "INSERT INTO person_township_moves (person_id, from_code, to_code, moved_on, "
                    "created_at, created_by) VALUES (?,?,?,?,?,?)"));
                m.addBindValue(r.id);
                m.addBindValue(movedFrom);
                m.addBindValue(draft.townshipCode);
                m.addBindValue(toIsoDate(w.now().toLocalTime().date()));
                m.addBindValue(now);
                m.addBindValue(idOrNull(actor.userId));
                if (Status s = runQuery(m); !s)
                    return s;
            }
            if (Status s = SearchIndexStore(m_db).put(r.id, c.name, c.citizenId, draft.villageCode);
                !s)
                return s;
            // The key-person mark and the visits page's key-person record agree.
            if (Status s =
                    KeyPersonFlagStore(m_db).follow(r.id, m_db.clock().today(), actor.userId, now);
                !s)
                return s;
            // A new name or township moves the person in the visits due list.
            if (!isNew)
                if (Status s = VisitScheduleStore(m_db).refreshPerson(r.id); !s)
                    return s;
            auto after = read(r.id, false);
            if (!after)
                return after.status();
            w.entry().after = auditJson(after.value());
            if (!movedFrom.isEmpty())
                w.entry().after.insert(QStringLiteral("moved_on"),
                                       toIsoDate(w.now().toLocalTime().date()));
            return Status::success();
        });
    if (r.status)
        r.note = c.note;
    return r;
}

Status PersonStore::insertStatusChange(WriteScope& w, qint64 personId, PersonStatus status,
                                       const QDate& since, const QString& reason)
{
    QSqlQuery h(m_db.connection());
    h.prepare(QStringLiteral("INSERT INTO person_status_changes (person_id, status, since, reason, "
                             "recorded_at, recorded_by) VALUES (?,?,?,?,?,?)"));
    h.addBindValue(personId);
    h.addBindValue(personStatusKey(status));
    h.addBindValue(toIsoDate(since));
    h.addBindValue(textOrEmpty(reason.trimmed()));
    h.addBindValue(toIsoUtc(w.now()));
    h.addBindValue(idOrNull(w.actor().userId));
    return runQuery(h);
}

// Runs a change of one person's record: the entry's before and after are the person as read
// before and after the change.
Status PersonStore::changePerson(const Actor& actor, const Authority& authority,
                                 const QString& action, qint64 personId,
                                 const std::function<Status(WriteScope&, const Person&)>& change)
{
    return AuditedWrite::run(m_db, actor, authority,
                             {action, QStringLiteral("person"), QString::number(personId), {}, {}},
                             [&](WriteScope& w) -> Status {
                                 auto before = read(personId, false);
                                 if (!before)
                                     return before.status();
                                 w.entry().before = auditJson(before.value());
                                 if (Status s = change(w, before.value()); !s)
                                     return s;
                                 // Status and categories decide which visit plans cover them.
                                 if (Status s = VisitScheduleStore(m_db).refreshPerson(personId);
                                     !s)
                                     return s;
                                 auto after = read(personId, false);
                                 if (!after)
                                     return after.status();
                                 w.entry().after = auditJson(after.value());
                                 return Status::success();
                             });
}

Status PersonStore::changeStatus(const Actor& actor, qint64 personId, PersonStatus status,
                                 const QDate& since, const QString& reason)
{
    return changeStatus(actor, Authority::of(Permission::EditRegistry), personId, status, since,
                        reason);
}

Status PersonStore::changeStatus(const Actor& actor, const Authority& authority, qint64 personId,
                                 PersonStatus status, const QDate& since, const QString& reason)
{
    return changePerson(
        actor, authority, QStringLiteral("person.status"), personId,
        [&](WriteScope& w, const Person& before) -> Status {
            const QString why =
                PersonRules::checkStatusChange(before.status, before.statusSince, status, since,
                                               reason, before.birthDate, m_db.clock().today());
            if (!why.isEmpty())
                return Status::failure(why);
            QSqlQuery q(m_db.connection());
            // A person who died or moved away is no longer a key person to visit.
            const bool gone = status == PersonStatus::Deceased || status == PersonStatus::MovedAway;
            q.prepare(QStringLiteral("UPDATE persons SET status = ?, status_since = ?, "
                                     "status_reason = ?, updated_at = ?, "
                                     "key_person = CASE WHEN ? THEN 0 ELSE key_person END "
                                     "WHERE id = ?"));
            q.addBindValue(personStatusKey(status));
            q.addBindValue(toIsoDate(since));
            q.addBindValue(textOrEmpty(reason.trimmed()));
            q.addBindValue(toIsoUtc(w.now()));
            q.addBindValue(gone ? 1 : 0);
            q.addBindValue(personId);
            if (Status s = runQuery(q); !s)
                return s;
            if (Status s = insertStatusChange(w, personId, status, since, reason); !s)
                return s;
            // They drop out of every visit plan, their key-person record ends (the reason kept).
            if (gone)
                return VisitScheduleStore(m_db).personLeft(
                    personId, since,
                    personStatusTitle(status) + QStringLiteral(": ") + reason.trimmed());
            return Status::success();
        });
}

Result<QList<PersonStatusChange>> PersonStore::statusHistory(qint64 personId) const
{
    QList<PersonStatusChange> list;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT h.id, h.status, h.since, h.reason, h.recorded_at, "
                       "coalesce(u.display_name, u.login, '') "
                       "FROM person_status_changes h LEFT JOIN users u ON u.id = h.recorded_by "
                       "WHERE h.person_id = ? ORDER BY h.id"));
    q.addBindValue(personId);
    if (Status s = runQuery(q); !s)
        return s;
    while (q.next()) {
        PersonStatusChange c;
        c.id = q.value(0).toLongLong();
        personStatusFromKey(q.value(1).toString(), &c.status);
        c.since = fromIsoDate(q.value(2).toString());
        c.reason = q.value(3).toString();
        c.recordedAt = fromIsoUtc(q.value(4).toString());
        c.recordedBy = q.value(5).toString();
        list << c;
    }
    return list;
}

Status PersonStore::refreshSummary(qint64 personId)
{
    auto p = read(personId, false);
    if (!p)
        return p.status();
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE persons SET categories_summary = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(textOrEmpty(CategoryRules::summary(p->categories, m_db.clock().today())));
    q.addBindValue(toIsoUtc(m_db.clock().nowUtc()));
    q.addBindValue(personId);
    return runQuery(q);
}

Result<qint64> PersonStore::addCategory(const Actor& actor, qint64 personId,
                                        const PersonCategory& held)
{
    return addCategory(actor, Authority::of(Permission::EditRegistry), personId, held);
}

Result<qint64> PersonStore::addCategory(const Actor& actor, const Authority& authority,
                                        qint64 personId, const PersonCategory& held)
{
    auto category = CategoryStore(m_db).byCode(held.categoryCode);
    if (!category)
        return category.status();
    qint64 id = 0;
    const Status done = changePerson(
        actor, authority, QStringLiteral("person.category_add"), personId,
        [&](WriteScope& w, const Person& before) -> Status {
            PersonCategory candidate = held;
            candidate.id = 0;
            candidate.categoryName = category->name;
            if (Status s = CategoryRules::checkDetails(category.value(), candidate,
                                                       before.birthDate, m_db.clock().today());
                !s)
                return s;
            if (Status s = CategoryRules::checkNoOverlap(before.categories, candidate); !s)
                return s;
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "INSERT INTO person_categories (person_id, category_code, start_date, end_date, "
                "grade, nature, relation, serviceman_name, enlisted_on, discharged_on, "
                "created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
            q.addBindValue(personId);
            q.addBindValue(candidate.categoryCode);
            q.addBindValue(toIsoDate(candidate.startDate));
            q.addBindValue(dateOrNull(candidate.endDate));
            q.addBindValue(category->needsDisability ? QVariant(candidate.grade) : QVariant());
            q.addBindValue(category->needsDisability ? QVariant(candidate.nature) : QVariant());
            q.addBindValue(category->needsSurvivor ? QVariant(candidate.relation) : QVariant());
            q.addBindValue(category->needsSurvivor ? QVariant(candidate.servicemanName.trimmed())
                                                   : QVariant());
            q.addBindValue(dateOrNull(candidate.enlistedOn));
            q.addBindValue(dateOrNull(candidate.dischargedOn));
            q.addBindValue(toIsoUtc(w.now()));
            q.addBindValue(idOrNull(actor.userId));
            if (Status s = runQuery(q); !s)
                return s;
            id = q.lastInsertId().toLongLong();
            return refreshSummary(personId);
        });
    if (!done)
        return done;
    return id;
}

Status PersonStore::endCategory(const Actor& actor, qint64 personCategoryId, const QDate& endDate,
                                const QString& reason)
{
    return endCategory(actor, Authority::of(Permission::EditRegistry), personCategoryId, endDate,
                       reason);
}

Status PersonStore::endCategory(const Actor& actor, const Authority& authority,
                                qint64 personCategoryId, const QDate& endDate,
                                const QString& reason)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT person_id, start_date, end_date FROM person_categories WHERE id = ?"));
    q.addBindValue(personCategoryId);
    if (Status s = runSingle(q, Tr::tr("That category entry does not exist.")); !s)
        return s;
    const qint64 personId = q.value(0).toLongLong();
    const QDate start = fromIsoDate(q.value(1).toString());
    if (!q.value(2).isNull())
        return Status::failure(
            Tr::tr("The category already ended on %1.").arg(q.value(2).toString()));
    if (!endDate.isValid() || endDate < start)
        return Status::failure(
            Tr::tr("The end date must be on or after the start date %1.").arg(toIsoDate(start)));
    if (reason.trimmed().isEmpty())
        return Status::failure(Tr::tr("Give the reason the category ends."));
    return changePerson(actor, authority, QStringLiteral("person.category_end"), personId,
                        [&](WriteScope&, const Person&) -> Status {
                            QSqlQuery u(m_db.connection());
                            u.prepare(QStringLiteral("UPDATE person_categories SET end_date = ?, "
                                                     "end_reason = ? WHERE id = ? AND "
                                                     "end_date IS NULL"));
                            u.addBindValue(toIsoDate(endDate));
                            u.addBindValue(reason.trimmed());
                            u.addBindValue(personCategoryId);
                            if (Status s = runQuery(u); !s)
                                return s;
                            if (u.numRowsAffected() != 1)
                                return Status::failure(Tr::tr(
                                    "The category entry was changed meanwhile; look again."));
                            return refreshSummary(personId);
                        });
}

} // namespace youfu::core
