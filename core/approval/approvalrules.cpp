#include "approval/approvalrules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::ApprovalRules)
};
} // namespace

QList<ApplicationState> ApprovalRules::allStates()
{
    return {ApplicationState::Draft, ApplicationState::Pending, ApplicationState::Returned,
            ApplicationState::Rejected, ApplicationState::Approved};
}

QString ApprovalRules::stateKey(ApplicationState s)
{
    switch (s) {
    case ApplicationState::Draft:
        return QStringLiteral("draft");
    case ApplicationState::Pending:
        return QStringLiteral("pending");
    case ApplicationState::Returned:
        return QStringLiteral("returned");
    case ApplicationState::Rejected:
        return QStringLiteral("rejected");
    case ApplicationState::Approved:
        return QStringLiteral("approved");
    }
    return QString();
}

bool ApprovalRules::stateFromKey(const QString& key, ApplicationState* out)
{
    for (ApplicationState s : allStates())
        if (stateKey(s) == key) {
            *out = s;
            return true;
        }
    return false;
}

QString ApprovalRules::stateTitle(ApplicationState s)
{
    switch (s) {
    case ApplicationState::Draft:
        return Tr::tr("Draft");
    case ApplicationState::Pending:
        return Tr::tr("In approval");
    case ApplicationState::Returned:
        return Tr::tr("Returned");
    case ApplicationState::Rejected:
        return Tr::tr("Rejected");
    case ApplicationState::Approved:
        return Tr::tr("Approved");
    }
    return QString();
}

QString ApprovalRules::decisionKey(StepDecision d)
{
    switch (d) {
    case StepDecision::Submit:
        return QStringLiteral("submit");
    case StepDecision::Approve:
        return QStringLiteral("approve");
    case StepDecision::Return:
        return QStringLiteral("return");
    case StepDecision::Reject:
        return QStringLiteral("reject");
    }
    return QString();
}

bool ApprovalRules::decisionFromKey(const QString& key, StepDecision* out)
{
    for (StepDecision d :
         {StepDecision::Submit, StepDecision::Approve, StepDecision::Return, StepDecision::Reject})
        if (decisionKey(d) == key) {
            *out = d;
            return true;
        }
    return false;
}

QString ApprovalRules::decisionTitle(StepDecision d)
{
    switch (d) {
    case StepDecision::Submit:
        return Tr::tr("Submitted");
    case StepDecision::Approve:
        return Tr::tr("Agreed");
    case StepDecision::Return:
        return Tr::tr("Returned");
    case StepDecision::Reject:
        return Tr::tr("Rejected");
    }
    return QString();
}

QList<ApprovalAction> ApprovalRules::allActions()
{
    return {ApprovalAction::Amend,  ApprovalAction::Submit, ApprovalAction::Approve,
            ApprovalAction::Return, ApprovalAction::Reject, ApprovalAction::Report};
}

QString ApprovalRules::actionTitle(ApprovalAction a)
{
    switch (a) {
    case ApprovalAction::Amend:
        return Tr::tr("amend");
    case ApprovalAction::Submit:
        return Tr::tr("submit");
    case ApprovalAction::Approve:
        return Tr::tr("approve");
    case ApprovalAction::Return:
        return Tr::tr("return to the drafter");
    case ApprovalAction::Reject:
        return Tr::tr("reject");
    case ApprovalAction::Report:
        return Tr::tr("mark as reported to the higher authority");
    }
    return QString();
}

Result<ApprovalTransition> ApprovalRules::next(ApplicationState state, ApprovalAction action,
                                               int step, int chainLength, bool reported)
{
    auto refused = [&] {
        return Result<ApprovalTransition>::failure(
            Tr::tr("An application that is “%1” cannot be %2.")
                .arg(stateTitle(state), actionTitle(action)));
    };
    const bool editable = state == ApplicationState::Draft || state == ApplicationState::Returned;
    switch (action) {
    case ApprovalAction::Amend:
        if (!editable)
            return refused();
        return ApprovalTransition{state, 0};
    case ApprovalAction::Submit:
        if (!editable)
            return refused();
        if (chainLength < 1)
            return Result<ApprovalTransition>::failure(Tr::tr("The approval chain has no steps."));
        return ApprovalTransition{ApplicationState::Pending, 1};
    case ApprovalAction::Approve:
    case ApprovalAction::Return:
    case ApprovalAction::Reject:
        if (state != ApplicationState::Pending)
            return refused();
        if (step < 1 || step > chainLength)
            return Result<ApprovalTransition>::failure(
                Tr::tr("The application is at no step of its chain."));
        if (action == ApprovalAction::Return)
            return ApprovalTransition{ApplicationState::Returned, 0};
        if (action == ApprovalAction::Reject)
            return ApprovalTransition{ApplicationState::Rejected, 0};
        if (step == chainLength)
            return ApprovalTransition{ApplicationState::Approved, 0};
        return ApprovalTransition{ApplicationState::Pending, step + 1};
    case ApprovalAction::Report:
        if (state != ApplicationState::Approved)
            return refused();
        if (reported)
            return Result<ApprovalTransition>::failure(
                Tr::tr("The application was already reported to the higher authority."));
        return ApprovalTransition{ApplicationState::Approved, 0};
    }
    return refused();
}

QList<Role> ApprovalRules::defaultChain()
{
    return {Role::SectionChief, Role::Inspector, Role::Director};
}

Status ApprovalRules::checkChain(const QList<Role>& chain)
{
    QSet<int> seen;
    for (Role r : chain) {
        if (r != Role::SectionChief && r != Role::Inspector && r != Role::Director)
            return Status::failure(
                Tr::tr("Only the section chief, the discipline inspector and the "
                       "director sign applications, not “%1”.")
                    .arg(roleTitle(r)));
        if (seen.contains(int(r)))
            return Status::failure(Tr::tr("“%1” appears twice in the chain.").arg(roleTitle(r)));
        seen.insert(int(r));
    }
    if (!seen.contains(int(Role::Inspector)))
        return Status::failure(
            Tr::tr("The discipline inspector's countersignature cannot be removed."));
    if (!seen.contains(int(Role::Director)))
        return Status::failure(Tr::tr("The director's approval cannot be removed."));
    if (chain.last() != Role::Director)
        return Status::failure(Tr::tr("The director approves last."));
    return Status::success();
}

QString ApprovalRules::chainToText(const QList<Role>& chain)
{
    QStringList keys;
    for (Role r : chain)
        keys << roleKey(r);
    return keys.join(QLatin1Char(','));
}

QList<Role> ApprovalRules::chainFromText(const QString& text)
{
    QList<Role> chain;
    for (const QString& k : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        Role r;
        if (!roleFromKey(k.trimmed(), &r))
            return {};
        chain << r;
    }
    return chain;
}

Status ApprovalRules::checkSigner(const Actor& signer, Role stepRole, const QList<qint64>& drafters,
                                  const QList<ApprovalStep>& history)
{
    if (!signer.isValid())
        return Status::failure(Tr::tr("Nobody is logged in."));
    if (!signer.has(stepRole))
        return Status::failure(Tr::tr("This step is signed by the %1; %2 is not one.")
                                   .arg(roleTitle(stepRole), signer.displayName));
    if (drafters.contains(signer.userId))
        return Status::failure(
            Tr::tr("%1 drafted this application and may not sign any step of it.")
                .arg(signer.displayName));
    for (const ApprovalStep& s : history) {
        if (s.decision == StepDecision::Submit || s.signerId != signer.userId)
            continue;
        if (s.role != stepRole)
            return Status::failure(Tr::tr("%1 already signed this application as %2; one person "
                                          "signs only one step.")
                                       .arg(signer.displayName, roleTitle(s.role)));
    }
    return Status::success();
}

Status ApprovalRules::checkOpinion(StepDecision decision, const QString& opinion)
{
    if ((decision == StepDecision::Return || decision == StepDecision::Reject) &&
        opinion.trimmed().isEmpty())
        return Status::failure(
            decision == StepDecision::Return
                ? Tr::tr("Write the opinion: why is it returned, what must change?")
                : Tr::tr("Write the opinion: why is it rejected?"));
    return Status::success();
}

QString ApprovalRules::defaultNumberFormat()
{
    return QStringLiteral("武民优审〔{year}〕{seq:04}号");
}

Status ApprovalRules::checkNumberFormat(const QString& pattern)
{
    static const QRegularExpression seq(QStringLiteral("\\{seq(?::0?(\\d))?\\}"));
    if (!pattern.contains(seq))
        return Status::failure(Tr::tr("The number format must contain {seq} (or {seq:04}), the "
                                      "sequence within the year."));
    if (!pattern.contains(QLatin1String("{year}")))
        return Status::failure(
            Tr::tr("The number format must contain {year}: numbers restart every year."));
    return Status::success();
}

QString ApprovalRules::formatNumber(const QString& pattern, int year, int seq)
{
    static const QRegularExpression re(QStringLiteral("\\{seq(?::0?(\\d))?\\}"));
    QString out = pattern;
    out.replace(QLatin1String("{year}"), QString::number(year));
    QRegularExpressionMatch m;
    while ((m = re.match(out)).hasMatch()) {
        const int width = m.captured(1).isEmpty() ? 0 : m.captured(1).toInt();
        out.replace(m.capturedStart(), m.capturedLength(),
                    QStringLiteral("%1").arg(seq, width, 10, QLatin1Char('0')));
    }
    return out;
}

int ApprovalRules::daysWaiting(const QDateTime& since, const QDateTime& now)
{
    if (!since.isValid() || !now.isValid() || now < since)
        return 0;
    return int(since.secsTo(now) / 86400);
}

Permission ApprovalRules::signingPermission(Role stepRole)
{
    return stepRole == Role::SectionChief ? Permission::ReviewApplication
           : stepRole == Role::Inspector  ? Permission::CountersignApplication
                                          : Permission::ApproveApplication;
}

} // namespace youfu::core
