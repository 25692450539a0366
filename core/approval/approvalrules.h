#pragma once

#include "security/permission.h"

#include "approval/application.h"
#include "common/result.h"
#include "security/actor.h"

#include <QList>
#include <QString>

namespace youfu::core {

// What may be done to an application.
enum class ApprovalAction
{
    Amend,
    Submit,
    Approve,
    Return,
    Reject,
    Report
};

// Where an allowed action leads.
struct ApprovalTransition
{
    ApplicationState state = ApplicationState::Draft;
    int step = 0; // the step waiting next (1..n) while pending, else 0
};

// Pure rules of the approval chain: the state machine, the chain configuration, the duties
// of the signers (谁审批谁负责) and the number. No database.
class ApprovalRules
{
public:
    static QList<ApplicationState> allStates();
    static QString stateKey(ApplicationState s); // "draft", ... as stored
    static bool stateFromKey(const QString& key, ApplicationState* out);
    static QString stateTitle(ApplicationState s);
    static QString decisionKey(StepDecision d);
    static bool decisionFromKey(const QString& key, StepDecision* out);
    static QString decisionTitle(StepDecision d); // 同意, 退回, 不同意, 提交
    static QList<ApprovalAction> allActions();
    static QString actionTitle(ApprovalAction a);

    // The state machine. `step` is the step now waiting (1..chainLength) when pending.
    // Approving the last step approves the application; return and reject end the round.
    // Report (上报) is allowed once, on an approved application not yet reported.
    static Result<ApprovalTransition> next(ApplicationState state, ApprovalAction action, int step,
                                           int chainLength, bool reported = false);

    // The default chain after drafting: 科长 reviews → 纪检监督 countersigns → 局长 approves.
    static QList<Role> defaultChain();
    // An admin may drop or reorder steps, but the inspector and the director must sign, the
    // director last, each role once, and only the signing roles take part.
    static Status checkChain(const QList<Role>& chain);
    static QString chainToText(const QList<Role>& chain);  // "section_chief,inspector,director"
    static QList<Role> chainFromText(const QString& text); // empty when not a valid list

    // May `signer` sign the step of role `stepRole` of an application whose drafters (the one
    // who drafted it and whoever amended and submitted it) are `drafters`, given what was
    // already signed (`history`, every round)? Nobody signs an application they drafted;
    // nobody signs two different steps of one application; only the step's role signs.
    static Status checkSigner(const Actor& signer, Role stepRole, const QList<qint64>& drafters,
                              const QList<ApprovalStep>& history);
    // An opinion is required to return or reject; approving without one writes "同意".
    static Status checkOpinion(StepDecision decision, const QString& opinion);
    // The permission a step of this role is signed with: review, countersign or approve.
    static Permission signingPermission(Role stepRole);

    // The number of an approved application: "{year}" and "{seq}" or "{seq:04}" replaced.
    static QString defaultNumberFormat(); // 武民优审〔{year}〕{seq:04}号
    static Status checkNumberFormat(const QString& pattern);
    static QString formatNumber(const QString& pattern, int year, int seq);

    // Whole days an application has waited since it reached its step.
    static int daysWaiting(const QDateTime& since, const QDateTime& now);
};

} // namespace youfu::core
