// youfuctl payment …: draft, sign and list the rolls, write the bank's batch file, take the
// bank's result file, draft a re-issue.
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "common/isotime.h"
#include "payment/bankfilestore.h"
#include "payment/bankrules.h"
#include "payment/paymentliststore.h"
#include "payment/paymentrules.h"
#include "payment/paymentstore.h"
#include "policy/policyrules.h"

#include <QCoreApplication>
#include <QDir>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::Cli)
};

QString yuan(qint64 fen)
{
    return PolicyRules::yuan(fen);
}

// --period 2026-12 (required).
bool takePeriod(CliContext& ctx, QDate* month)
{
    const QString period = ctx.takeOption(QStringLiteral("period"));
    *month = PaymentRules::monthFromKey(period);
    return month->isValid();
}

bool takeRollId(CliContext& ctx, qint64* rollId)
{
    if (ctx.args().isEmpty())
        return false;
    bool ok = false;
    *rollId = ctx.args().takeFirst().toLongLong(&ok);
    return ok && *rollId > 0;
}

void printDraft(CliContext& ctx, const RollDraftResult& r)
{
    ctx.out() << Tr::tr("Roll %1 drafted.").arg(r.rollId) << '\n'
              << Tr::tr("Lines: %1").arg(r.lines) << '\n'
              << Tr::tr("Held (not sent to the bank): %1").arg(r.held) << '\n'
              << Tr::tr("Months of back pay: %1").arg(r.backPayItems) << '\n'
              << Tr::tr("Recoveries proposed: %1").arg(r.recoveries) << '\n'
              << Tr::tr("Total: %1 yuan").arg(yuan(r.totalFen)) << '\n';
    for (const QString& p : r.problems)
        ctx.out() << Tr::tr("Problem: %1").arg(p) << '\n';
    ctx.out().flush();
}

int draft(CliContext& ctx, bool reissue)
{
    QDate month;
    const bool periodOk = takePeriod(ctx, &month);
    const QString as = ctx.takeOption(QStringLiteral("as"));
    if (!periodOk)
        return ctx.fail(Tr::tr("--period takes a month like 2026-12"));
    if (!ctx.unexpected().isEmpty())
        return ctx.fail(Tr::tr("unexpected argument “%1”").arg(ctx.unexpected()));
    auto actor = ctx.actingUser(as);
    if (!actor)
        return ctx.fail(actor.error());
    auto db = ctx.database(false);
    if (!db)
        return ctx.fail(db.error());
    PaymentStore store(*db.value());
    auto r =
        reissue ? store.draftReissue(actor.value(), month) : store.draftRoll(actor.value(), month);
    if (!r)
        return ctx.fail(r.error());
    printDraft(ctx, r.value());
    return 0;
}

// submit, approve, return: the roll's id, --as, --opinion.
int sign(CliContext& ctx, StepDecision decision)
{
    const QString as = ctx.takeOption(QStringLiteral("as"));
    const QString opinion = ctx.takeOption(QStringLiteral("opinion"));
    qint64 rollId = 0;
    if (!takeRollId(ctx, &rollId))
        return ctx.fail(Tr::tr("say which roll: its number, as `youfuctl payment rolls` lists"));
    if (!ctx.unexpected().isEmpty())
        return ctx.fail(Tr::tr("unexpected argument “%1”").arg(ctx.unexpected()));
    auto actor = ctx.actingUser(as);
    if (!actor)
        return ctx.fail(actor.error());
    auto db = ctx.database(false);
    if (!db)
        return ctx.fail(db.error());
    PaymentStore store(*db.value());
    const Status s = decision == StepDecision::Submit
                         ? store.submit(actor.value(), rollId)
                         : store.sign(actor.value(), rollId, decision, opinion);
    if (!s)
        return ctx.fail(s.error());
    switch (decision) {
    case StepDecision::Submit:
        ctx.out() << Tr::tr("Roll %1 submitted for signing.").arg(rollId) << Qt::endl;
        break;
    case StepDecision::Approve:
        ctx.out() << Tr::tr("Roll %1 signed.").arg(rollId) << Qt::endl;
        break;
    case StepDecision::Return:
    case StepDecision::Reject:
        ctx.out() << Tr::tr("Roll %1 returned to the clerk.").arg(rollId) << Qt::endl;
        break;
    }
    return 0;
}

} // namespace

int cmdPaymentRoll(CliContext& ctx)
{
    return draft(ctx, false);
}

int cmdPaymentReissue(CliContext& ctx)
{
    return draft(ctx, true);
}

int cmdPaymentSubmit(CliContext& ctx)
{
    return sign(ctx, StepDecision::Submit);
}

int cmdPaymentApprove(CliContext& ctx)
{
    return sign(ctx, StepDecision::Approve);
}

int cmdPaymentReturn(CliContext& ctx)
{
    return sign(ctx, StepDecision::Return);
}

int cmdPaymentRolls(CliContext& ctx)
{
    const QString as = ctx.takeOption(QStringLiteral("as"));
    if (!ctx.unexpected().isEmpty())
        return ctx.fail(Tr::tr("unexpected argument “%1”").arg(ctx.unexpected()));
    auto actor = ctx.reader(as, Permission::ViewBusiness);
    if (!actor)
        return ctx.fail(actor.error());
    auto db = ctx.database(false);
    if (!db)
        return ctx.fail(db.error());
    auto rolls = PaymentListStore(*db.value()).rolls();
    if (!rolls)
        return ctx.fail(rolls.error());
    for (const PaymentRoll& r : rolls.value())
        ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                         .arg(QString::number(r.id), PaymentRules::monthKey(r.month), r.title,
                              PaymentRules::rollStateTitle(r.state),
                              Tr::tr("%n line(s)", nullptr, r.lineCount),
                              Tr::tr("%1 yuan").arg(yuan(r.totalFen)));
    ctx.out() << Tr::tr("%n roll(s)", nullptr, int(rolls->size())) << Qt::endl;
    return 0;
}

int cmdPaymentBankFile(CliContext& ctx)
{
    const QString as = ctx.takeOption(QStringLiteral("as"));
    const QString templateName = ctx.takeOption(QStringLiteral("template"));
    qint64 rollId = 0;
    if (!takeRollId(ctx, &rollId) || ctx.args().isEmpty())
        return ctx.fail(Tr::tr("say which roll and where: payment bank-file ROLL OUT "
                               "[--template NAME] --as LOGIN"));
    const QString out = ctx.args().takeFirst();
    if (!ctx.unexpected().isEmpty())
        return ctx.fail(Tr::tr("unexpected argument “%1”").arg(ctx.unexpected()));
    auto actor = ctx.actingUser(as);
    if (!actor)
        return ctx.fail(actor.error());
    auto db = ctx.database(false);
    if (!db)
        return ctx.fail(db.error());
    auto templates = PaymentListStore(*db.value()).templates();
    if (!templates)
        return ctx.fail(templates.error());
    const BankTemplate* chosen = nullptr;
    QStringList names;
    for (const BankTemplate& t : templates.value()) {
        if (!t.active)
            continue;
        names << t.name;
        if (!chosen && (templateName.isEmpty() || t.name == templateName))
            chosen = &t;
    }
    if (!chosen)
        return ctx.fail(templateName.isEmpty()
                            ? Tr::tr("There is no bank template: add one in the window first.")
                            : Tr::tr("There is no bank template “%1”; the templates are: %2")
                                  .arg(templateName, names.join(QStringLiteral("、"))));
    auto w = BankFileStore(*db.value()).writeBankFile(actor.value(), rollId, chosen->id, out);
    if (!w)
        return ctx.fail(w.error());
    ctx.out() << Tr::tr("%1 written (%2): %n line(s), %3 yuan.", nullptr, w->lines)
                     .arg(QDir::toNativeSeparators(out), chosen->name, yuan(w->totalFen))
              << '\n'
              << QStringLiteral("SHA-256: %1").arg(w->sha256) << Qt::endl;
    return 0;
}

int cmdPaymentBankReturn(CliContext& ctx)
{
    const QString as = ctx.takeOption(QStringLiteral("as"));
    const QString dateArg = ctx.takeOption(QStringLiteral("date"));
    const bool dryRun = ctx.takeFlag(QStringLiteral("dry-run"));
    qint64 rollId = 0;
    if (!takeRollId(ctx, &rollId) || ctx.args().isEmpty())
        return ctx.fail(Tr::tr("say which roll and which file: payment bank-return ROLL FILE "
                               "[--dry-run] [--date DATE] --as LOGIN"));
    const QString file = ctx.args().takeFirst();
    if (!ctx.unexpected().isEmpty())
        return ctx.fail(Tr::tr("unexpected argument “%1”").arg(ctx.unexpected()));
    QDate day;
    if (!dateArg.isEmpty()) {
        day = fromIsoDate(dateArg);
        if (!day.isValid())
            return ctx.fail(Tr::tr("--date takes a date like 2026-12-10"));
    }
    auto actor = dryRun ? ctx.reader(as, Permission::ManagePayments) : ctx.actingUser(as);
    if (!actor)
        return ctx.fail(actor.error());
    auto db = ctx.database(false);
    if (!db)
        return ctx.fail(db.error());
    BankFileStore store(*db.value());
    auto preview = store.previewReturn(actor.value(), rollId, file, day);
    if (!preview)
        return ctx.fail(preview.error());
    const ReturnPreview& p = preview.value();
    for (const MatchedRow& m : p.rows) {
        if (m.outcome != MatchOutcome::Unmatched && m.outcome != MatchOutcome::Ambiguous)
            continue;
        ctx.out() << Tr::tr("Row %1").arg(m.row.row) << "  " << BankRules::outcomeTitle(m.outcome)
                  << "  " << m.row.account << "  " << m.row.name << "  "
                  << BankRules::bankAmount(m.row.amountFen) << "  " << m.note << '\n';
    }
    for (MatchOutcome o : {MatchOutcome::Paid, MatchOutcome::Failed, MatchOutcome::Unmatched,
                           MatchOutcome::Ambiguous, MatchOutcome::Duplicate, MatchOutcome::Done})
        ctx.out() << BankRules::outcomeTitle(o) << ": " << p.count(o) << '\n';
    if (dryRun) {
        ctx.out() << Tr::tr("Dry run: nothing recorded.") << Qt::endl;
        return 0;
    }
    auto recorded = store.recordReturn(actor.value(), p);
    if (!recorded)
        return ctx.fail(recorded.error());
    ctx.out() << Tr::tr("Recorded: %1 paid, %2 failed.").arg(recorded->paid).arg(recorded->failed)
              << Qt::endl;
    return 0;
}

} // namespace youfu::core
