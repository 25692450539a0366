#pragma once

#include "common/result.h"
#include "db/auditedwrite.h"
#include "policy/benefitstandard.h"
#include "security/actor.h"

#include <QList>
#include <QPair>

namespace youfu::core {

class Database;

// The policy book (抚恤补助标准). The only SQL on benefit_standards. Lines are only ever
// added (Permission::EditPolicyBook, one transaction, audited as "policy.add"); the database
// refuses to change or delete them.
class PolicyStore
{
public:
    // The basis number of the illustrative demo book: amounts for demonstration, not official.
    static const QString kIllustrativeBasis;

    explicit PolicyStore(Database& db) : m_db(db) {}

    // Every line, by category order, key, then effective date (history oldest first).
    QList<BenefitStandard> all() const;
    Result<BenefitStandard> byId(qint64 id) const;
    // The standard for `key` on day `on` (PolicyRules::lookup over the rows that may apply).
    Result<BenefitStandard> lookup(const StandardKey& key, const QDate& on) const;
    bool hasIllustrative() const;

    Result<qint64> add(const Actor& actor, const BenefitStandard& standard);
    // Adds the illustrative demo book (two editions) to an empty book; refused otherwise.
    Result<int> seedIllustrative(const Actor& actor);

private:
    Result<QPair<qint64, AuditNote>> insert(WriteScope& w, const BenefitStandard& standard);
    Result<int> seedIn(WriteScope& w);
    Database& m_db;
};

} // namespace youfu::core
