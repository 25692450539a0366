#pragma once

#include "care/care.h"
#include "common/result.h"
#include "security/actor.h"

#include <QDate>
#include <QList>
#include <QString>

namespace youfu::core {

class Database;

// Where a page of settlements continues: after this (settled_on, id), newest first.
struct MedicalCursor
{
    QDate settledOn;
    qint64 id = 0;
    bool isStart() const { return id == 0; }
};

// 医疗一站式结算 (migration 0016). The only SQL on medical_settlements; every write is one
// audited change that needs Permission::ManageCare. Settlements are voided, never deleted.
class MedicalStore
{
public:
    explicit MedicalStore(Database& db) : m_db(db) {}

    // care.medical_subsidy_cap_fen (default 1,000,000 fen = 10,000 yuan).
    qint64 capFen() const;

    // Up to `limit` settlements after `after`, newest settled first (keyset pages).
    Result<QList<MedicalSettlement>> page(const MedicalFilter& filter, const MedicalCursor& after,
                                          int limit) const;
    Result<int> count(const MedicalFilter& filter) const;
    Result<MedicalSettlement> settlement(qint64 id) const;
    // Every settlement of a person, newest first (voided ones too).
    Result<QList<MedicalSettlement>> ofPerson(qint64 personId) const;
    // The subsidy of the person's year, voided ones left out, against the cap, before a
    // settlement of `subsidyFen`.
    Result<CapCheck> capFor(qint64 personId, int year, qint64 subsidyFen = 0) const;

    Result<qint64> add(const Actor& actor, const MedicalDraft& draft);
    Status voidSettlement(const Actor& actor, qint64 id, const QString& reason);

private:
    Database& m_db;
};

} // namespace youfu::core
