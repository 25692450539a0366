#pragma once

#include "approval/application.h"
#include "common/result.h"
#include "payment/payment.h"
#include "security/actor.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace youfu::core {

class Database;
class WriteScope;

// What a bank's result file did to a roll (PaymentStore::recordReturn).
struct BankReturnSummary
{
    qint64 returnId = 0;
    int rows = 0;
    int paid = 0;
    int failed = 0;
    int unmatched = 0;
    int ambiguous = 0;
    int duplicate = 0;
    int done = 0;
};

// What drafting a roll made.
struct RollDraftResult
{
    qint64 rollId = 0;
    int lines = 0;
    int held = 0;          // lines held (no bank account …)
    int backPayItems = 0;  // months of back pay
    int recoveries = 0;    // recoveries proposed
    qint64 totalFen = 0;
    QStringList problems;  // keys without a standard, in the clerk's words
};

// Payments (tables of migration 0015): rolls, their lines and items, recoveries, bank templates
// and returns. The only SQL that writes them. Every write through AuditedWrite with one audit
// entry (entity "payment_roll", "payment_line", "recovery" or "bank_template"):
//   payment.roll_draft, payment.roll_cancel, payment.roll_submit, payment.reissue_draft,
//   payment.bank_return, payment.recovery_settle, payment.template_save
//   (Permission::ManagePayments: the clerk);
//   payment.roll_approve / payment.roll_return / payment.roll_reject (the permission of the
//   step: ReviewApplication for 科长, ApproveApplication for 局长; duties as for applications,
//   ApprovalRules::checkSigner — the drafter never signs);
//   payment.recovery_approve (ReviewApplication), payment.recovery_write_off
//   (ApproveApplication, with the reason).
// A roll is frozen from submission, for good once approved (the database refuses any change
// to its lines but the bank's result, once). Nothing in a roll is ever deleted.
class PaymentStore
{
public:
    explicit PaymentStore(Database& db) : m_db(db) {}

    // Drafts the regular roll of `month` from the registry, the approvals and the policy book
    // (PaymentRules::entitlements/owed/settle), with the payment settings: one line per person
    // owed anything, its items (the month or period's own months, back pay for earlier months
    // already on a live roll), held with the problem when the person has no bank account.
    // Overpaid months become proposed recoveries (one audit entry each). Refused when a live
    // regular roll of the month exists, or when nobody is owed anything. `progress` (0…1000)
    // may be null; returning false from it cancels, leaving the database as it was.
    Result<RollDraftResult> draftRoll(const Actor& actor, const QDate& month,
                                      const std::function<bool(int)>& progress = {});
    // Gives up a draft or returned roll (the reason is required); its lines stay, unpaid.
    Status cancelRoll(const Actor& actor, qint64 rollId, const QString& reason);
    Status submit(const Actor& actor, qint64 rollId);
    Status sign(const Actor& actor, qint64 rollId, StepDecision decision, const QString& opinion);

    // A re-issue roll for `month`: every failed or held line of an approved roll, not yet
    // re-issued, whose person now has a bank account (and is still owed: not deceased before
    // the line's months), with the same items. Refused when there is none.
    Result<RollDraftResult> draftReissue(const Actor& actor, const QDate& month);

    // Records what the bank said (rows matched by BankRules::match) on an approved roll: Paid
    // and Failed rows change their lines; the return (file name, SHA-256, counts) is kept.
    // Unmatched, ambiguous and duplicate rows change nothing and are only counted.
    Result<BankReturnSummary> recordReturn(const Actor& actor, qint64 rollId,
                                           const QString& fileName, const QString& sha256,
                                           const QList<MatchedRow>& rows);

    Status approveRecovery(const Actor& actor, qint64 recoveryId);
    Status settleRecovery(const Actor& actor, qint64 recoveryId, const QDate& on,
                          const QString& note);
    Status writeOffRecovery(const Actor& actor, qint64 recoveryId, const QString& reason);

    // Adds (id 0) or changes a bank template (BankRules::checkTemplate).
    Result<qint64> saveTemplate(const Actor& actor, const BankTemplate& t);

private:
    Status signIn(WriteScope& w, qint64 rollId, StepDecision decision, const QString& opinion);
    Database& m_db;
};

} // namespace youfu::core
