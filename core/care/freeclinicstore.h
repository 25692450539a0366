#pragma once

#include "care/freeclinic.h"
#include "common/result.h"
#include "security/actor.h"

#include <QList>

namespace youfu::core {

class Database;

// The one place with SQL on free_clinics and free_clinic_persons. Every write is one audited
// change by a named actor holding ManageCare.
class FreeClinicStore
{
public:
    explicit FreeClinicStore(Database& db) : m_db(db) {}

    // Records a new clinic (id 0) or corrects one; returns its id.
    Result<qint64> save(const Actor& actor, const FreeClinic& clinic);
    // Records a registry person as seen (or corrects the finding of one already recorded).
    Status setPerson(const Actor& actor, qint64 clinicId, const FreeClinicPerson& person);
    Status removePerson(const Actor& actor, qint64 clinicId, qint64 personId);

    Result<FreeClinic> byId(qint64 id) const; // with its persons
    // The register, newest first, `limit` rows from `offset` (persons not read).
    Result<QList<FreeClinic>> page(const FreeClinicFilter& filter, int offset, int limit) const;
    Result<int> count(const FreeClinicFilter& filter) const;
    Result<QList<int>> years() const; // years with a clinic, newest first

private:
    Database& m_db;
};

} // namespace youfu::core
