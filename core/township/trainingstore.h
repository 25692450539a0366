#pragma once

#include "common/result.h"
#include "security/actor.h"
#include "township/training.h"

#include <QByteArray>
#include <QList>
#include <QSet>

namespace youfu::core {

class Database;

// Which sessions a list shows.
struct TrainingFilter
{
    int year = 0;  // 0 = every year
    int kind = -1; // -1 = every kind, else int(TrainingKind)
    QString text;  // part of the topic, trainer or place
};

// The training register (migration 0016): sessions, who was asked and who came, materials in
// the scan store. Every write through AuditedWrite with Permission::ManageTownships
// (township.training_save, township.training_invite, township.training_attendance,
// township.training_material). Reads check nothing: the pages that show them need
// ViewBusiness, as for the other registers.
class TrainingStore
{
public:
    explicit TrainingStore(Database& db) : m_db(db) {}

    Result<qint64> saveSession(const Actor& actor, const TrainingSession& s); // id 0 = new
    // Who is asked to come: replaces the list; those who stay keep their attendance.
    Status setAttendees(const Actor& actor, qint64 sessionId,
                        const QList<TrainingAttendee>& attendees);
    // Who came (attendee ids); the session is held from then on.
    Status recordAttendance(const Actor& actor, qint64 sessionId, const QSet<qint64>& came);
    // Stores the file (pdf, png, jpg) content-addressed beside the database and lists it
    // under the session. Returns its place (ord).
    Result<int> attachMaterial(const Actor& actor, qint64 sessionId, const QString& title,
                               const QString& filePath);

    Result<TrainingSession> session(qint64 id) const;
    // A page of sessions, newest first.
    Result<QList<TrainingSession>> sessions(const TrainingFilter& filter, int offset,
                                            int limit) const;
    Result<qint64> count(const TrainingFilter& filter) const;
    // Township workers first (township order), then the bureau's staff.
    Result<QList<TrainingAttendee>> attendees(qint64 sessionId) const;
    Result<QList<TrainingMaterial>> materials(qint64 sessionId) const;
    // The file's bytes, only when they still have their hash.
    Result<QByteArray> materialBytes(const TrainingMaterial& m) const;
    // Every township worker's place in the sessions of `year` (for TrainingRules).
    Result<QList<TrainingAttendance>> attendance(int year) const;
    // The bureau's staff who may be asked to come (id, name), by name: enabled users with a
    // business role (not the administrator's or the auditor's account alone).
    Result<QList<TrainingAttendee>> bureauStaff() const;

private:
    Database& m_db;
};

} // namespace youfu::core
