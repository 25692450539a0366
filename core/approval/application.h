#pragma once

#include "policy/benefitstandard.h"
#include "security/role.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace youfu::core {

// 认定, 评残/调残, 调整标准, 临时救助, 短期疗养, 停发 (death or moving away).
enum class ApplicationType {
    Recognition,
    DisabilityGrade,
    StandardChange,
    TemporaryAssistance,
    Recuperation,
    StopBenefits,
};

// draft → pending (step by step) → approved; any step may return (to the drafter, who amends
// and resubmits: a new round) or reject (final).
enum class ApplicationState { Draft, Pending, Returned, Rejected, Approved };

enum class StepDecision { Submit, Approve, Return, Reject };

// One act in the history of an application: the drafter's submission (step 0) or a signer's
// decision at step 1..n of the chain, in a round (each resubmission starts a new round).
struct ApprovalStep
{
    qint64 id = 0;
    int round = 0;
    int stepIndex = 0;
    Role role = Role::Clerk;
    StepDecision decision = StepDecision::Submit;
    QString opinion;
    qint64 signerId = 0;
    QString signerName;
    QDateTime signedAt;
};

// A supporting document: a verified entry of the person's archive (by its id), with its kind
// and title as they were when it was chosen.
struct SupportingDocument
{
    qint64 documentId = 0;
    QString kindName;
    QString title;
    int pages = 0;
};

// What the clerk writes. Which fields count depends on the type (ApplicationRules::checkDraft).
struct ApplicationDraft
{
    ApplicationType type = ApplicationType::Recognition;
    qint64 personId = 0;
    QString categoryCode; // the category recognised, graded or whose standard changes
    int grade = 0;        // disability grade 1–10
    QString nature;       // 因战 / 因公 / 因病
    QString relation;     // survivors: relation to the serviceman
    QString servicemanName;
    QDate enlistedOn;     // veterans
    QDate dischargedOn;
    qint64 requestedAmountFen = 0; // temporary assistance
    QString assistanceReason;      // temporary assistance: housing, destitute, illness, accident, other
    QString stopStatus;            // stop of benefits: "deceased" or "moved"
    QString facts;                 // 基本事实
    QString reason;                // 申请理由
    QString requestedChange;       // 申请事项
    QDate effectiveDate;
    QList<qint64> documentIds;     // verified archive entries of the person
};

// The benefit that follows from the policy book.
struct ComputedBenefit
{
    qint64 standardId = 0;
    qint64 annualFen = 0; // yearly amount from the effective date (0 for one-off items)
    qint64 oneOffFen = 0; // temporary assistance, recuperation
    QString basis;        // 民发〔2025〕12号《…》 and the line of the book
};

// An application as read back, with its history.
struct Application
{
    qint64 id = 0;
    ApplicationDraft draft;
    ApplicationState state = ApplicationState::Draft;
    int round = 0;
    int currentStep = 0;   // 1..chain.size() while pending
    QList<Role> chain;     // signing roles after drafting
    Residence residence = Residence::All;
    ComputedBenefit benefit;
    QString number;        // 武民优审〔2026〕0001号 once approved
    qint64 draftedBy = 0;
    QString draftedByName;
    QDateTime draftedAt;
    QDateTime submittedAt; // of the current round
    QDateTime decidedAt;
    QDate reportedOn;      // 上报
    QString reportedRef;
    QString personName;
    QString categoryName;
    QList<ApprovalStep> steps; // every round, in order
    QList<SupportingDocument> documents;

    Role waitingRole() const
    {
        return currentStep >= 1 && currentStep <= chain.size() ? chain.at(currentStep - 1) : Role::Clerk;
    }
};

// A line of the inbox or the register.
struct ApplicationRow
{
    qint64 id = 0;
    ApplicationType type = ApplicationType::Recognition;
    ApplicationState state = ApplicationState::Draft;
    QString personName;
    QString maskedCitizenId;
    QString number;
    QString requestedChange;
    QDate effectiveDate;
    qint64 annualFen = 0;
    qint64 oneOffFen = 0;
    int currentStep = 0;
    Role waitingRole = Role::Clerk;
    QString draftedByName;
    QDateTime draftedAt;
    QDateTime submittedAt;
    int daysWaiting = 0;
    QDate reportedOn;
    QString assistanceReason; // temporary assistance ("housing" sorts first in the inbox)
};

} // namespace youfu::core
