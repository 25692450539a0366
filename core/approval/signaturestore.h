#pragma once

#include "approval/application.h"
#include "common/result.h"

#include <QList>
#include <QString>

namespace youfu::core {

class Database;

// The signatures of a record signed along a duty chain. Applications (application_steps),
// festival campaigns (campaign_steps) and payment rolls (payment_steps) keep them in tables of
// the same columns that differ only in the owner's column; this is the one SQL on them.
// Writes run inside the caller's AuditedWrite (the caller's audit entry covers them).
class SignatureStore
{
public:
    enum class Owner
    {
        Application,
        Campaign,
        PaymentRoll
    };

    SignatureStore(Database& db, Owner owner) : m_db(db), m_owner(owner) {}

    // Every signature of the record, every round, oldest first.
    Result<QList<ApprovalStep>> of(qint64 ownerId) const;
    // One act: the drafter's submission (step 0, role clerk, decision submit, no opinion) or a
    // signer's decision at `step`. `signerName` as the record prints it.
    [[nodiscard]] Status add(qint64 ownerId, int round, int step, Role role, StepDecision decision,
                             const QString& opinion, qint64 signerId, const QString& signerName,
                             const QString& signedAtIso);

private:
    QString table() const;
    QString ownerColumn() const;
    Database& m_db;
    Owner m_owner;
};

} // namespace youfu::core
