#include "payment/paymentstore.h"

#include "approval/approvalrules.h"
#include "approval/signaturestore.h"
#include "common/isotime.h"
#include "common/phasetimer.h"
#include "db/auditedwrite.h"
#include "db/bulkpragmas.h"
#include "db/database.h"
#include "db/deferredindexes.h"
#include "db/rawstatement.h"
#include "db/sqlexec.h"
#include "db/sqlvalues.h"
#include "payment/paymentliststore.h"
#include "payment/paymentrules.h"
#include "policy/policyrules.h"
#include "security/permission.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::PaymentStore)
};

ApplicationState asApplication(RollState s)
{
    switch (s) {
    case RollState::Draft:
        return ApplicationState::Draft;
    case RollState::Pending:
        return ApplicationState::Pending;
    case RollState::Returned:
        return ApplicationState::Returned;
    case RollState::Rejected:
        return ApplicationState::Rejected;
    case RollState::Approved:
    case RollState::Cancelled:
        break;
    }
    return ApplicationState::Approved;
}

QJsonObject rollJson(const PaymentRoll& r)
{
    return {{QStringLiteral("kind"),
             r.kind == RollKind::Regular ? QStringLiteral("regular") : QStringLiteral("reissue")},
            {QStringLiteral("month"), PaymentRules::monthKey(r.month)},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("state"), PaymentRules::rollStateKey(r.state)},
            {QStringLiteral("round"), r.round},
            {QStringLiteral("step"), r.currentStep},
            {QStringLiteral("lines"), r.lineCount},
            {QStringLiteral("held"), r.problemCount},
            {QStringLiteral("total_yuan"), PolicyRules::yuan(r.totalFen)},
            {QStringLiteral("cancel_reason"), r.cancelReason}};
}

Role waitingRole(const PaymentRoll& r)
{
    if (r.currentStep >= 1 && r.currentStep <= r.chain.size())
        return r.chain.at(r.currentStep - 1);
    return Role::Clerk;
}

QString signerName(const Actor& a)
{
    return a.displayName.isEmpty() ? a.login : a.displayName;
}

struct RecoveryRow
{
    qint64 personId = 0;
    QString state;
    qint64 amountFen = 0;
};

Result<RecoveryRow> recoveryRow(Database& db, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT person_id, state, amount_fen FROM payment_recoveries WHERE "
                             "id = ?"));
    q.addBindValue(id);
    if (Status s = runSingle(q, Tr::tr("There is no recovery number %1.").arg(id)); !s)
        return s;
    return RecoveryRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()};
}

QString columnKey(BankColumn c)
{
    static const char* const keys[] = {"seq",  "account",  "name",    "citizen_id", "amount",
                                       "bank", "township", "village", "note"};
    return QString::fromLatin1(keys[int(c)]);
}
} // namespace

Status PaymentStore::cancelRoll(const Actor& actor, qint64 rollId, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(Tr::tr("Enter why the roll is cancelled."));
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ManagePayments),
        {QStringLiteral("payment.roll_cancel"), QStringLiteral("payment_roll"),
         QString::number(rollId)},
        [&](WriteScope& w) -> Status {
            auto before = PaymentListStore(m_db).roll(rollId);
            if (!before)
                return before.status();
            if (before->state != RollState::Draft && before->state != RollState::Returned)
                return Status::failure(Tr::tr("A roll that is “%1” cannot be cancelled.")
                                           .arg(PaymentRules::rollStateTitle(before->state)));
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE payment_rolls SET state = 'cancelled', cancel_reason "
                                     "= ?, decided_at = ?, updated_at = ? WHERE id = ?"));
            q.addBindValue(reason.trimmed());
            q.addBindValue(toIsoUtc(w.now()));
            q.addBindValue(toIsoUtc(w.now()));
            q.addBindValue(rollId);
            if (Status s = runQuery(q); !s)
                return s;
            auto after = PaymentListStore(m_db).roll(rollId);
            if (!after)
                return after.status();
            w.entry().before = rollJson(before.value());
            w.entry().after = rollJson(after.value());
            return Status::success();
        });
}

Status PaymentStore::submit(const Actor& actor, qint64 rollId)
{
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ManagePayments),
        {QStringLiteral("payment.roll_submit"), QStringLiteral("payment_roll"),
         QString::number(rollId)},
        [&](WriteScope& w) -> Status {
            auto before = PaymentListStore(m_db).roll(rollId);
            if (!before)
                return before.status();
            const QList<Role> chain = PaymentRules::rollChain();
            if (before->state == RollState::Cancelled ||
                !ApprovalRules::next(asApplication(before->state), ApprovalAction::Submit, 0,
                                     chain.size()))
                return Status::failure(Tr::tr("A roll that is “%1” cannot be submitted.")
                                           .arg(PaymentRules::rollStateTitle(before->state)));
            if (before->lineCount == 0)
                return Status::failure(Tr::tr("The roll is empty: nobody to pay."));
            const int round = before->round + 1;
            const QString now = toIsoUtc(w.now());
            if (Status s = SignatureStore(m_db, SignatureStore::Owner::PaymentRoll)
                               .add(rollId, round, 0, Role::Clerk, StepDecision::Submit, QString(),
                                    actor.userId, signerName(actor), now);
                !s)
                return s;
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE payment_rolls SET state = 'pending', round = ?, "
                                     "current_step = 1, chain = ?, updated_at = ? WHERE id = ?"));
            q.addBindValue(round);
            q.addBindValue(ApprovalRules::chainToText(chain));
            q.addBindValue(now);
            q.addBindValue(rollId);
            if (Status s = runQuery(q); !s)
                return s;
            auto after = PaymentListStore(m_db).roll(rollId);
            if (!after)
                return after.status();
            w.entry().before = rollJson(before.value());
            w.entry().after = rollJson(after.value());
            return Status::success();
        });
}

Status PaymentStore::sign(const Actor& actor, qint64 rollId, StepDecision decision,
                          const QString& opinion)
{
    if (decision == StepDecision::Submit)
        return Status::failure(Tr::tr("Submitting is not a signature."));
    auto before = PaymentListStore(m_db).roll(rollId);
    if (!before)
        return before.status();
    if (before->state != RollState::Pending)
        return Status::failure(Tr::tr("The roll is “%1”: there is nothing to sign.")
                                   .arg(PaymentRules::rollStateTitle(before->state)));
    if (Status s = ApprovalRules::checkOpinion(decision, opinion); !s)
        return s;
    const QString action =
        decision == StepDecision::Approve  ? QStringLiteral("payment.roll_approve")
        : decision == StepDecision::Return ? QStringLiteral("payment.roll_return")
                                           : QStringLiteral("payment.roll_reject");
    return AuditedWrite::run(
        m_db, actor, Authority::of(ApprovalRules::signingPermission(waitingRole(before.value()))),
        {action, QStringLiteral("payment_roll"), QString::number(rollId)},
        [&](WriteScope& w) { return signIn(w, rollId, decision, opinion); });
}

Status PaymentStore::signIn(WriteScope& w, qint64 rollId, StepDecision decision,
                            const QString& opinionIn)
{
    const Actor& actor = w.actor();
    auto r = PaymentListStore(m_db).roll(rollId); // again, inside the write lock
    if (!r)
        return r.status();
    if (r->state != RollState::Pending)
        return Status::failure(Tr::tr("The roll is “%1”: there is nothing to sign.")
                                   .arg(PaymentRules::rollStateTitle(r->state)));
    const ApprovalAction action = decision == StepDecision::Approve  ? ApprovalAction::Approve
                                  : decision == StepDecision::Return ? ApprovalAction::Return
                                                                     : ApprovalAction::Reject;
    auto t =
        ApprovalRules::next(ApplicationState::Pending, action, r->currentStep, r->chain.size());
    if (!t)
        return t.status();
    QList<qint64> drafters{r->draftedBy};
    for (const ApprovalStep& s : r->steps)
        if (s.decision == StepDecision::Submit)
            drafters << s.signerId;
    const Role role = waitingRole(r.value());
    if (Status s = ApprovalRules::checkSigner(actor, role, drafters, r->steps); !s)
        return s;
    const QString opinion = opinionIn.trimmed().isEmpty() && decision == StepDecision::Approve
                                ? QStringLiteral("同意。")
                                : opinionIn.trimmed();
    const QString now = toIsoUtc(w.now());
    if (Status s = SignatureStore(m_db, SignatureStore::Owner::PaymentRoll)
                       .add(rollId, r->round, r->currentStep, role, decision, opinion, actor.userId,
                            signerName(actor), now);
        !s)
        return s;
    QSqlQuery q(m_db.connection());
    const bool open = t->state == ApplicationState::Pending;
    q.prepare(QStringLiteral("UPDATE payment_rolls SET state = ?, current_step = ?, decided_at = "
                             "?, updated_at = ? WHERE id = ?"));
    q.addBindValue(ApprovalRules::stateKey(t->state));
    q.addBindValue(t->step);
    q.addBindValue(open || t->state == ApplicationState::Returned ? QVariant() : QVariant(now));
    q.addBindValue(now);
    q.addBindValue(rollId);
    if (Status s = runQuery(q); !s)
        return s;
    auto after = PaymentListStore(m_db).roll(rollId);
    if (!after)
        return after.status();
    w.entry().before = rollJson(r.value());
    w.entry().after = rollJson(after.value());
    return Status::success();
}

Result<RollDraftResult> PaymentStore::draftReissue(const Actor& actor, const QDate& monthIn)
{
    const QDate month = PaymentRules::monthOf(monthIn);
    if (!month.isValid())
        return Result<RollDraftResult>::failure(Tr::tr("Choose the month of the roll."));
    return AuditedWrite::produce<RollDraftResult>(
        m_db, actor, Authority::of(Permission::ManagePayments),
        {QStringLiteral("payment.reissue_draft"), QStringLiteral("payment_roll")},
        [&](WriteScope& w) -> Result<RollDraftResult> {
            // Failed and held lines of approved rolls not yet re-issued, whose person now has
            // an account; one line per person (a second waits for the next re-issue).
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "SELECT l.id, l.person_id, l.person_name, l.sort_name, l.township_code, "
                "l.township_name, l.village_name, l.categories_text, l.amount_fen, p.bank_name, "
                "p.status, p.status_since, (SELECT min(month) FROM payment_items WHERE line_id = "
                "l.id) FROM payment_lines l JOIN payment_rolls r ON r.id = l.roll_id JOIN "
                "persons p ON p.id = l.person_id LEFT JOIN townships t ON t.code = "
                "l.township_code WHERE r.state = 'approved' AND l.state IN ('failed', 'held') "
                "AND l.reissued_by IS NULL AND p.bank_account_enc <> '' ORDER BY t.sort_order, "
                "l.township_code, l.sort_name, l.person_id, l.id"));
            if (Status s = runQuery(q); !s)
                return s;
            struct Old
            {
                qint64 id, personId, amountFen;
                QString name, sortName, townshipCode, townshipName, villageName, categories,
                    bankName;
            };
            QList<Old> old;
            QSet<qint64> seen;
            while (q.next()) {
                const qint64 pid = q.value(1).toLongLong();
                if (seen.contains(pid))
                    continue;
                const QDate firstMonth = PaymentRules::monthFromKey(q.value(12).toString());
                const QDate last = PaymentRules::lastPaidMonthForStatus(
                    q.value(10).toString(), fromIsoDate(q.value(11).toString()));
                if (last.isValid() && firstMonth.isValid() && last < firstMonth)
                    continue; // not owed any more (deceased or moved before the months)
                seen.insert(pid);
                old << Old{q.value(0).toLongLong(), pid,
                           q.value(8).toLongLong(), q.value(2).toString(),
                           q.value(3).toString(),   q.value(4).toString(),
                           q.value(5).toString(),   q.value(6).toString(),
                           q.value(7).toString(),   q.value(9).toString()};
            }
            if (old.isEmpty())
                return Result<RollDraftResult>::failure(
                    Tr::tr("No failed or held line can be paid again: either none is left, or "
                           "the persons still have no bank account."));
            const QString now = toIsoUtc(w.now());
            const QString title = PaymentRules::rollTitle(RollKind::Reissue, month);
            q.prepare(QStringLiteral(
                "INSERT INTO payment_rolls (kind, month, title, chain, drafted_by, drafted_at, "
                "updated_at) VALUES ('reissue', ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(PaymentRules::monthKey(month));
            q.addBindValue(title);
            q.addBindValue(ApprovalRules::chainToText(PaymentRules::rollChain()));
            q.addBindValue(actor.userId);
            q.addBindValue(now);
            q.addBindValue(now);
            if (Status s = runQuery(q); !s)
                return s;
            RollDraftResult result;
            result.rollId = q.lastInsertId().toLongLong();
            QSqlQuery line(m_db.connection());
            line.prepare(QStringLiteral(
                "INSERT INTO payment_lines (roll_id, seq, person_id, person_name, sort_name, "
                "township_code, township_name, village_name, categories_text, amount_fen, "
                "bank_name, reissue_of) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
            QSqlQuery items(m_db.connection());
            items.prepare(QStringLiteral(
                "INSERT INTO payment_items (line_id, person_id, month, kind, category_code, "
                "amount_fen, standard_id, basis) SELECT ?, person_id, month, kind, "
                "category_code, amount_fen, standard_id, basis FROM payment_items WHERE line_id "
                "= ? ORDER BY id"));
            QSqlQuery mark(m_db.connection());
            mark.prepare(QStringLiteral("UPDATE payment_lines SET reissued_by = ? WHERE id = ?"));
            int seq = 0;
            for (const Old& o : std::as_const(old)) {
                line.addBindValue(result.rollId);
                line.addBindValue(++seq);
                line.addBindValue(o.personId);
                line.addBindValue(textOrEmpty(o.name));
                line.addBindValue(textOrEmpty(o.sortName));
                line.addBindValue(textOrEmpty(o.townshipCode));
                line.addBindValue(textOrEmpty(o.townshipName));
                line.addBindValue(textOrEmpty(o.villageName));
                line.addBindValue(textOrEmpty(o.categories));
                line.addBindValue(o.amountFen);
                line.addBindValue(textOrEmpty(o.bankName));
                line.addBindValue(o.id);
                if (Status s = runQuery(line); !s)
                    return s;
                const qint64 newId = line.lastInsertId().toLongLong();
                items.addBindValue(newId);
                items.addBindValue(o.id);
                if (Status s = runQuery(items); !s)
                    return s;
                mark.addBindValue(newId);
                mark.addBindValue(o.id);
                if (Status s = runQuery(mark); !s)
                    return s;
                ++result.lines;
                result.totalFen += o.amountFen;
            }
            q.prepare(QStringLiteral(
                "UPDATE payment_rolls SET line_count = ?, total_fen = ? WHERE id = ?"));
            q.addBindValue(result.lines);
            q.addBindValue(result.totalFen);
            q.addBindValue(result.rollId);
            if (Status s = runQuery(q); !s)
                return s;
            w.entry().entityId = QString::number(result.rollId);
            w.entry().after =
                QJsonObject{{QStringLiteral("month"), PaymentRules::monthKey(month)},
                            {QStringLiteral("title"), title},
                            {QStringLiteral("lines"), result.lines},
                            {QStringLiteral("total_yuan"), PolicyRules::yuan(result.totalFen)}};
            return result;
        });
}

Result<BankReturnSummary> PaymentStore::recordReturn(const Actor& actor, qint64 rollId,
                                                     const QString& fileName, const QString& sha256,
                                                     const QList<MatchedRow>& rows)
{
    const BulkPragmas pragmas(m_db.connection());
    return AuditedWrite::produce<BankReturnSummary>(
        m_db, actor, Authority::of(Permission::ManagePayments),
        {QStringLiteral("payment.bank_return"), QStringLiteral("payment_roll"),
         QString::number(rollId)},
        [&](WriteScope& w) -> Result<BankReturnSummary> {
            PhaseTimer phase("record return");
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT state FROM payment_rolls WHERE id = ?"));
            q.addBindValue(rollId);
            if (Status s = runSingle(q, Tr::tr("There is no roll number %1.").arg(rollId)); !s)
                return s;
            if (q.value(0).toString() != QLatin1String("approved"))
                return Result<BankReturnSummary>::failure(
                    Tr::tr("The bank's result is recorded once the director has approved the "
                           "roll."));
            // Which rows change a line: a pending line of this roll, once per file. The roll's
            // lines and whether each is pending, read at once.
            QHash<qint64, bool> pendingLines;
            {
                RawStatement states(m_db, "SELECT id, state = 'pending' FROM payment_lines "
                                          "WHERE roll_id = ?");
                if (Status s = states.prepared(); !s)
                    return s;
                states.bind(1, rollId);
                for (;;) {
                    auto row = states.next();
                    if (!row)
                        return row.status();
                    if (!row.value())
                        break;
                    pendingLines.insert(states.int64(0), states.int64(1) != 0);
                }
            }
            BankReturnSummary sum;
            sum.rows = int(rows.size());
            QList<const MatchedRow*> changes;
            QSet<qint64> taken;
            for (const MatchedRow& m : rows) {
                switch (m.outcome) {
                case MatchOutcome::Unmatched:
                    ++sum.unmatched;
                    continue;
                case MatchOutcome::Ambiguous:
                    ++sum.ambiguous;
                    continue;
                case MatchOutcome::Duplicate:
                    ++sum.duplicate;
                    continue;
                case MatchOutcome::Done:
                    ++sum.done;
                    continue;
                case MatchOutcome::Paid:
                case MatchOutcome::Failed:
                    break;
                }
                if (taken.contains(m.lineId)) {
                    ++sum.duplicate;
                    continue;
                }
                const auto line = pendingLines.constFind(m.lineId);
                if (line == pendingLines.cend()) {
                    ++sum.unmatched;
                    continue;
                }
                if (!line.value()) {
                    ++sum.done;
                    continue;
                }
                taken.insert(m.lineId);
                changes << &m;
                if (m.outcome == MatchOutcome::Paid)
                    ++sum.paid;
                else
                    ++sum.failed;
            }
            phase.lap("check lines");
            q.prepare(QStringLiteral(
                "INSERT INTO bank_returns (roll_id, file_name, sha256, rows_total, paid, failed, "
                "unmatched, ambiguous, duplicate, imported_at, imported_by) VALUES "
                "(?,?,?,?,?,?,?,?,?,?,?)"));
            q.addBindValue(rollId);
            q.addBindValue(textOrEmpty(fileName));
            q.addBindValue(textOrEmpty(sha256));
            q.addBindValue(sum.rows);
            q.addBindValue(sum.paid);
            q.addBindValue(sum.failed);
            q.addBindValue(sum.unmatched);
            q.addBindValue(sum.ambiguous);
            q.addBindValue(sum.duplicate + sum.done);
            q.addBindValue(toIsoUtc(w.now()));
            q.addBindValue(actor.userId);
            if (Status s = runQuery(q); !s)
                return s;
            sum.returnId = q.lastInsertId().toLongLong();
            // The roll was found approved and each line pending in this transaction: the
            // trigger that checks both for every line has nothing left to refuse.
            DeferredIndexes deferred(m_db);
            if (Status s = deferred.holdTriggers({QStringLiteral("payment_lines_result_once")}); !s)
                return s;
            RawStatement paid(m_db, "UPDATE payment_lines SET state = 'paid', paid_on = ?, "
                                    "return_id = ? WHERE id = ?");
            if (Status s = paid.prepared(); !s)
                return s;
            RawStatement failed(m_db, "UPDATE payment_lines SET state = 'failed', "
                                      "fail_reason = ?, return_id = ? WHERE id = ?");
            if (Status s = failed.prepared(); !s)
                return s;
            paid.bind(2, sum.returnId);
            failed.bind(2, sum.returnId);
            const QString today = toIsoDate(m_db.clock().today());
            QDate lastDay;
            QString lastDayText;
            for (const MatchedRow* m : std::as_const(changes)) {
                const bool isPaid = m->outcome == MatchOutcome::Paid;
                RawStatement& u = isPaid ? paid : failed;
                if (isPaid) {
                    if (!m->row.paidOn.isValid()) {
                        u.bind(1, today);
                    } else {
                        if (m->row.paidOn != lastDay) {
                            lastDay = m->row.paidOn;
                            lastDayText = toIsoDate(lastDay);
                        }
                        u.bind(1, lastDayText);
                    }
                } else {
                    u.bind(1, m->row.reason.trimmed().isEmpty() ? Tr::tr("returned by the bank")
                                                                : m->row.reason.trimmed());
                }
                u.bind(3, m->lineId);
                if (Status s = u.run(); !s)
                    return s;
            }
            if (Status s = deferred.restore(); !s)
                return s;
            phase.lap("update lines");
            w.entry().after = QJsonObject{{QStringLiteral("return_id"), sum.returnId},
                                          {QStringLiteral("file"), fileName},
                                          {QStringLiteral("sha256"), sha256},
                                          {QStringLiteral("rows"), sum.rows},
                                          {QStringLiteral("paid"), sum.paid},
                                          {QStringLiteral("failed"), sum.failed},
                                          {QStringLiteral("unmatched"), sum.unmatched},
                                          {QStringLiteral("ambiguous"), sum.ambiguous},
                                          {QStringLiteral("duplicate"), sum.duplicate},
                                          {QStringLiteral("done"), sum.done}};
            return sum;
        });
}

Status PaymentStore::approveRecovery(const Actor& actor, qint64 recoveryId)
{
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ReviewApplication),
        {QStringLiteral("payment.recovery_approve"), QStringLiteral("recovery"),
         QString::number(recoveryId)},
        [&](WriteScope& w) -> Status {
            auto r = recoveryRow(m_db, recoveryId);
            if (!r)
                return r.status();
            if (r->state != QLatin1String("proposed"))
                return Status::failure(Tr::tr("Only a proposed recovery is confirmed."));
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE payment_recoveries SET state = 'approved', "
                                     "decided_at = ?, decided_by = ? WHERE id = ?"));
            q.addBindValue(toIsoUtc(w.now()));
            q.addBindValue(actor.userId);
            q.addBindValue(recoveryId);
            if (Status s = runQuery(q); !s)
                return s;
            w.entry().before = {{QStringLiteral("state"), r->state}};
            w.entry().after = {{QStringLiteral("state"), QStringLiteral("approved")},
                               {QStringLiteral("person_id"), r->personId},
                               {QStringLiteral("amount_yuan"), PolicyRules::yuan(r->amountFen)}};
            return Status::success();
        });
}

Status PaymentStore::settleRecovery(const Actor& actor, qint64 recoveryId, const QDate& on,
                                    const QString& note)
{
    if (!on.isValid())
        return Status::failure(Tr::tr("Enter the day the money was paid back."));
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ManagePayments),
        {QStringLiteral("payment.recovery_settle"), QStringLiteral("recovery"),
         QString::number(recoveryId)},
        [&](WriteScope& w) -> Status {
            auto r = recoveryRow(m_db, recoveryId);
            if (!r)
                return r.status();
            if (r->state != QLatin1String("approved"))
                return Status::failure(Tr::tr("A recovery is recorded as paid back once the "
                                              "section chief has confirmed it."));
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE payment_recoveries SET state = 'recovered', "
                                     "settled_on = ?, settled_note = ? WHERE id = ?"));
            q.addBindValue(toIsoDate(on));
            q.addBindValue(textOrEmpty(note.trimmed()));
            q.addBindValue(recoveryId);
            if (Status s = runQuery(q); !s)
                return s;
            w.entry().before = {{QStringLiteral("state"), r->state}};
            w.entry().after = {{QStringLiteral("state"), QStringLiteral("recovered")},
                               {QStringLiteral("settled_on"), toIsoDate(on)},
                               {QStringLiteral("note"), note.trimmed()},
                               {QStringLiteral("amount_yuan"), PolicyRules::yuan(r->amountFen)}};
            return Status::success();
        });
}

Status PaymentStore::writeOffRecovery(const Actor& actor, qint64 recoveryId, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(Tr::tr("Enter why the recovery is written off."));
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ApproveApplication),
        {QStringLiteral("payment.recovery_write_off"), QStringLiteral("recovery"),
         QString::number(recoveryId)},
        [&](WriteScope& w) -> Status {
            auto r = recoveryRow(m_db, recoveryId);
            if (!r)
                return r.status();
            if (r->state != QLatin1String("proposed") && r->state != QLatin1String("approved"))
                return Status::failure(Tr::tr("This recovery is already settled."));
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "UPDATE payment_recoveries SET state = 'written_off', decided_at = ?, "
                "decided_by = ?, settled_on = ?, settled_note = ? WHERE id = ?"));
            q.addBindValue(toIsoUtc(w.now()));
            q.addBindValue(actor.userId);
            q.addBindValue(toIsoDate(m_db.clock().today()));
            q.addBindValue(reason.trimmed());
            q.addBindValue(recoveryId);
            if (Status s = runQuery(q); !s)
                return s;
            w.entry().before = {{QStringLiteral("state"), r->state}};
            w.entry().after = {{QStringLiteral("state"), QStringLiteral("written_off")},
                               {QStringLiteral("reason"), reason.trimmed()},
                               {QStringLiteral("amount_yuan"), PolicyRules::yuan(r->amountFen)}};
            return Status::success();
        });
}

Result<qint64> PaymentStore::saveTemplate(const Actor& actor, const BankTemplate& t)
{
    // The full check is BankRules::checkTemplate (pay-bank); these are the store's own needs.
    if (t.name.trimmed().isEmpty() || t.bankName.trimmed().isEmpty())
        return Result<qint64>::failure(Tr::tr("Enter the template's name and the bank."));
    if (t.columns.isEmpty())
        return Result<qint64>::failure(Tr::tr("Choose the columns of the bank's file."));
    QStringList keys;
    for (BankColumn c : t.columns)
        keys << columnKey(c);
    return AuditedWrite::produce<qint64>(
        m_db, actor, Authority::of(Permission::ManagePayments),
        {QStringLiteral("payment.template_save"), QStringLiteral("bank_template"),
         QString::number(t.id)},
        [&](WriteScope& w) -> Result<qint64> {
            QSqlQuery q(m_db.connection());
            if (t.id == 0)
                q.prepare(QStringLiteral(
                    "INSERT INTO bank_templates (name, bank_name, columns, header_row, encoding, "
                    "format, summary_line, active, updated_at) VALUES (?,?,?,?,?,?,?,?,?)"));
            else
                q.prepare(QStringLiteral(
                    "UPDATE bank_templates SET name = ?, bank_name = ?, columns = ?, header_row "
                    "= ?, encoding = ?, format = ?, summary_line = ?, active = ?, updated_at = "
                    "? WHERE id = ?"));
            q.addBindValue(t.name.trimmed());
            q.addBindValue(t.bankName.trimmed());
            q.addBindValue(keys.join(QLatin1Char(',')));
            q.addBindValue(t.headerRow ? 1 : 0);
            q.addBindValue(t.gbk ? QStringLiteral("gb18030") : QStringLiteral("utf-8"));
            q.addBindValue(t.xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv"));
            q.addBindValue(t.summaryLine ? 1 : 0);
            q.addBindValue(t.active ? 1 : 0);
            q.addBindValue(toIsoUtc(w.now()));
            if (t.id != 0)
                q.addBindValue(t.id);
            if (Status s = runQuery(q); !s)
                return s;
            if (t.id != 0 && q.numRowsAffected() != 1)
                return Result<qint64>::failure(
                    Tr::tr("There is no bank template number %1.").arg(t.id));
            const qint64 id = t.id != 0 ? t.id : q.lastInsertId().toLongLong();
            w.entry().entityId = QString::number(id);
            w.entry().after = {{QStringLiteral("name"), t.name.trimmed()},
                               {QStringLiteral("bank"), t.bankName.trimmed()},
                               {QStringLiteral("columns"), keys.join(QLatin1Char(','))},
                               {QStringLiteral("active"), t.active}};
            return id;
        });
}

} // namespace youfu::core
