#pragma once

#include "approval/application.h"
#include "approval/applicationrules.h"
#include "approval/approvalrules.h"
#include "common/result.h"
#include "security/actor.h"

#include <QList>
#include <QStringList>

namespace youfu::core {

class Database;
class WriteScope;

// Applications and their approval (待遇审批). The only SQL on applications, their steps,
// documents and benefit decisions (lists: ApplicationListStore). Every write checks its
// permission, runs in one transaction and writes one audit entry (entity "application").
// The director's approval numbers the application and applies its effect to the person
// through PersonStore in the same transaction.
class ApprovalStore
{
public:
    static const QString kNumberFormatKey;         // setting "approval.number_format"
    static QString chainKey(ApplicationType type); // setting "approval.chain.<type>"

    explicit ApprovalStore(Database& db) : m_db(db) {}

    // The signing roles for a type: the admin's setting, or the default chain.
    QList<Role> chain(ApplicationType type) const;
    Status setChain(const Actor& actor, ApplicationType type, const QList<Role>& chain);
    QString numberFormat() const;
    Status setNumberFormat(const Actor& actor, const QString& pattern);
    // The sequence the next approval of `year` takes (the format's {seq}).
    Result<int> nextNumberSequence(int year) const;

    // What the rules need of the person (categories, residence, verified documents).
    Result<ApplicantContext> context(qint64 personId) const;
    // The person's verified archive entries that may support an application.
    Result<QList<SupportingDocument>> verifiedDocuments(qint64 personId) const;
    // Everything that stops the draft from being submitted, the missing basis included.
    QStringList check(const ApplicationDraft& draft) const;
    Result<ComputedBenefit> computeBenefit(const ApplicationDraft& draft) const;

    Result<qint64> create(const Actor& actor, const ApplicationDraft& draft);
    Status amend(const Actor& actor, qint64 id, const ApplicationDraft& draft);
    // Submits a draft or resubmits a returned application (a new round); refused, with every
    // reason, while anything is missing or the benefit has no basis in the book.
    Status submit(const Actor& actor, qint64 id);
    // Approve, return to the drafter or reject the step now waiting.
    Status sign(const Actor& actor, qint64 id, StepDecision decision, const QString& opinion);
    // The director's approval of several at once: each signed, recorded and audited on its own.
    // Returns one message per application that could not be approved (empty: all approved).
    QStringList approveMany(const Actor& actor, const QList<qint64>& ids, const QString& opinion);
    // 上报: the date and reference of the report to the higher authority.
    Status markReported(const Actor& actor, qint64 id, const QDate& on, const QString& reference);

    Result<Application> byId(qint64 id) const;

private:
    Status write(WriteScope& w, qint64 id, const ApplicationDraft& draft, bool isNew,
                 qint64* newId);
    Status submitIn(WriteScope& w, qint64 id);
    Status signIn(WriteScope& w, qint64 id, StepDecision decision, ApprovalAction action,
                  const QString& opinion);
    Status markReportedIn(WriteScope& w, qint64 id, const QDate& on, const QString& reference);
    Status applyEffect(const Actor& director, const Application& app,
                       const ComputedBenefit& benefit, const QString& number);
    Database& m_db;
};

} // namespace youfu::core
