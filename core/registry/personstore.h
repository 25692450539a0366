#pragma once

#include "common/result.h"
#include "db/auditedwrite.h"
#include "registry/person.h"
#include "registry/personrules.h"
#include "security/actor.h"

#include <QJsonObject>
#include <QList>

#include <functional>

namespace youfu::core {

class Database;

// The outcome of registering or changing a person. On a refused duplicate citizen ID,
// duplicateOfId names the existing person so the window can offer to open them; field says
// which editor field the reason belongs to.
struct PersonSaveResult
{
    qint64 id = 0;
    Status status;
    PersonField field = PersonField::None;
    qint64 duplicateOfId = 0;
    QString note; // told to the clerk on success, e.g. the 15-digit ID conversion

    bool isOk() const { return status.isOk(); }
    explicit operator bool() const { return status.isOk(); }
    const QString& error() const { return status.error(); }
};

// Persons, their categories and status history. The only SQL on those tables (search is
// RegistrySearchStore, bulk import PersonImportStore). Every write checks
// Permission::EditRegistry, runs in one transaction and writes one audit entry (entity
// "person", id = the person's id) whose JSON shows phone and bank account masked.
// A person's history: AuditLog(db).forEntity("person", QString::number(id)), see PersonHistory.
class PersonStore
{
public:
    explicit PersonStore(Database& db) : m_db(db) {}

    PersonSaveResult add(const Actor& actor, const PersonDraft& draft);
    PersonSaveResult update(const Actor& actor, qint64 personId, const PersonDraft& draft);
    // 在册/暂停/死亡/迁出 with its date and reason; kept in the status history.
    Status changeStatus(const Actor& actor, qint64 personId, PersonStatus status,
                        const QDate& since, const QString& reason);
    Result<qint64> addCategory(const Actor& actor, qint64 personId, const PersonCategory& held);
    Status endCategory(const Actor& actor, qint64 personCategoryId, const QDate& endDate,
                       const QString& reason);

    // The same changes ordered by an approved application: authority is
    // Authority::approval(number), taken by the director inside the approval's change, and
    // each entry records "applied_by_approval". No role is borrowed.
    Status changeStatus(const Actor& actor, const Authority& authority, qint64 personId,
                        PersonStatus status, const QDate& since, const QString& reason);
    Result<qint64> addCategory(const Actor& actor, const Authority& authority, qint64 personId,
                               const PersonCategory& held);
    Status endCategory(const Actor& actor, const Authority& authority, qint64 personCategoryId,
                       const QDate& endDate, const QString& reason);

    // Masked phone and bank account.
    Result<Person> byId(qint64 personId) const;
    // Full phone and bank account: Permission::RevealSensitive, audited as "person.reveal".
    Result<Person> byIdRevealed(const Actor& actor, qint64 personId);
    // Any typed form of the ID (15 digits, lower-case x, full-width); fails when nobody has it.
    Result<Person> byCitizenId(const QString& typed) const;
    Result<QList<PersonStatusChange>> statusHistory(qint64 personId) const;
    Result<qint64> count() const;

    // The audit JSON of a person: phone and bank account masked, never plain.
    static QJsonObject auditJson(const Person& p);

private:
    Result<Person> read(qint64 personId, bool reveal) const;
    PersonSaveResult save(const Actor& actor, qint64 personId, const PersonDraft& draft);
    Status refreshSummary(qint64 personId);
    Status insertStatusChange(WriteScope& w, qint64 personId, PersonStatus status,
                              const QDate& since, const QString& reason);
    Status changePerson(const Actor& actor, const Authority& authority, const QString& action,
                        qint64 personId,
                        const std::function<Status(WriteScope&, const Person&)>& change);

    Database& m_db;
};

} // namespace youfu::core
