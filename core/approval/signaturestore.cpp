#include "approval/signaturestore.h"

#include "approval/approvalrules.h"
#include "common/isotime.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "db/sqlvalues.h"
#include "security/role.h"

#include <QSqlQuery>

namespace youfu::core {

QString SignatureStore::table() const
{
    switch (m_owner) {
    case Owner::Application:
        return QStringLiteral("application_steps");
    case Owner::Campaign:
        return QStringLiteral("campaign_steps");
    case Owner::PaymentRoll:
        return QStringLiteral("payment_steps");
    }
    return QString();
}

QString SignatureStore::ownerColumn() const
{
    switch (m_owner) {
    case Owner::Application:
        return QStringLiteral("application_id");
    case Owner::Campaign:
        return QStringLiteral("campaign_id");
    case Owner::PaymentRoll:
        return QStringLiteral("roll_id");
    }
    return QString();
}

Result<QList<ApprovalStep>> SignatureStore::of(qint64 ownerId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, round, step_index, role, decision, opinion, signer_id, "
                             "signer_name, signed_at FROM %1 WHERE %2 = ? ORDER BY id")
                  .arg(table(), ownerColumn()));
    q.addBindValue(ownerId);
    if (Status s = runQuery(q); !s)
        return s;
    QList<ApprovalStep> out;
    while (q.next()) {
        ApprovalStep s;
        s.id = q.value(0).toLongLong();
        s.round = q.value(1).toInt();
        s.stepIndex = q.value(2).toInt();
        roleFromKey(q.value(3).toString(), &s.role);
        ApprovalRules::decisionFromKey(q.value(4).toString(), &s.decision);
        s.opinion = q.value(5).toString();
        s.signerId = q.value(6).toLongLong();
        s.signerName = q.value(7).toString();
        s.signedAt = fromIsoUtc(q.value(8).toString());
        out << s;
    }
    return out;
}

Status SignatureStore::add(qint64 ownerId, int round, int step, Role role, StepDecision decision,
                           const QString& opinion, qint64 signerId, const QString& signerName,
                           const QString& signedAtIso)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO %1 (%2, round, step_index, role, decision, opinion, "
                             "signer_id, signer_name, signed_at) VALUES (?,?,?,?,?,?,?,?,?)")
                  .arg(table(), ownerColumn()));
    q.addBindValue(ownerId);
    q.addBindValue(round);
    q.addBindValue(step);
    q.addBindValue(roleKey(role));
    q.addBindValue(ApprovalRules::decisionKey(decision));
    q.addBindValue(textOrEmpty(opinion));
    q.addBindValue(signerId);
    q.addBindValue(textOrEmpty(signerName));
    q.addBindValue(signedAtIso);
    return runQuery(q);
}

} // namespace youfu::core
