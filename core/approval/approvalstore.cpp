#include "approval/approvalstore.h"

#include "approval/approvalrules.h"
#include "approval/signaturestore.h"
#include "archive/archivedocumentstore.h"
#include "common/isotime.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "db/sqlvalues.h"
#include "policy/policyrules.h"
#include "policy/policystore.h"
#include "registry/areastore.h"
#include "registry/categoryrules.h"
#include "registry/categorystore.h"
#include "registry/personstore.h"
#include "security/permission.h"
#include "settings/settingsstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::ApprovalStore)
};

QJsonObject auditJson(const Application& a)
{
    QJsonObject o = {{QStringLiteral("type"), ApplicationRules::typeKey(a.draft.type)},
            {QStringLiteral("person_id"), a.draft.personId},
            {QStringLiteral("state"), ApprovalRules::stateKey(a.state)},
            {QStringLiteral("round"), a.round},
            {QStringLiteral("step"), a.currentStep},
            {QStringLiteral("category"), a.draft.categoryCode},
            {QStringLiteral("grade"), a.draft.grade},
            {QStringLiteral("nature"), a.draft.nature},
            {QStringLiteral("effective_date"), toIsoDate(a.draft.effectiveDate)},
            {QStringLiteral("standard_id"), a.benefit.standardId},
            {QStringLiteral("annual_fen"), a.benefit.annualFen},
            {QStringLiteral("one_off_fen"), a.benefit.oneOffFen},
            {QStringLiteral("number"), a.number},
            {QStringLiteral("reported_on"), toIsoDate(a.reportedOn)},
            {QStringLiteral("reported_ref"), a.reportedRef}};
    if (!a.draft.assistanceReason.isEmpty())
        o.insert(QStringLiteral("assistance_reason"), a.draft.assistanceReason);
    return o;
}

const char* const kAppColumns =
    "a.id, a.type, a.person_id, a.state, a.round, a.current_step, a.chain, a.category_code, "
    "a.grade, "
    "a.nature, a.residence, a.relation, a.serviceman_name, a.enlisted_on, a.discharged_on, "
    "a.requested_amount_fen, a.stop_status, a.facts, a.reason, a.requested_change, "
    "a.effective_date, "
    "coalesce(a.standard_id, 0), a.annual_fen, a.one_off_fen, a.basis_text, coalesce(a.number, "
    "''), "
    "a.drafted_by, coalesce(u.display_name, ''), a.drafted_at, a.submitted_at, a.decided_at, "
    "a.reported_on, a.reported_ref, p.name, coalesce(c.name, ''), a.assistance_reason "
    "FROM applications a JOIN persons p ON p.id = a.person_id "
    "LEFT JOIN users u ON u.id = a.drafted_by LEFT JOIN categories c ON c.code = a.category_code";
} // namespace

const QString ApprovalStore::kNumberFormatKey = QStringLiteral("approval.number_format");

QString ApprovalStore::chainKey(ApplicationType type)
{
    return QStringLiteral("approval.chain.") + ApplicationRules::typeKey(type);
}

QList<Role> ApprovalStore::chain(ApplicationType type) const
{
    const QList<Role> c = ApprovalRules::chainFromText(SettingsStore(m_db).value(chainKey(type)));
    return ApprovalRules::checkChain(c) ? c : ApprovalRules::defaultChain();
}

Status ApprovalStore::setChain(const Actor& actor, ApplicationType type, const QList<Role>& chain)
{
    if (Status s = require(actor, Permission::ManageSettings); !s)
        return s;
    if (Status s = ApprovalRules::checkChain(chain); !s)
        return s;
    return SettingsStore(m_db).set(actor, chainKey(type), ApprovalRules::chainToText(chain));
}

QString ApprovalStore::numberFormat() const
{
    const QString f = SettingsStore(m_db).value(kNumberFormatKey);
    return ApprovalRules::checkNumberFormat(f) ? f : ApprovalRules::defaultNumberFormat();
}

Status ApprovalStore::setNumberFormat(const Actor& actor, const QString& pattern)
{
    if (Status s = require(actor, Permission::ManageSettings); !s)
        return s;
    if (Status s = ApprovalRules::checkNumberFormat(pattern); !s)
        return s;
    return SettingsStore(m_db).set(actor, kNumberFormatKey, pattern);
}

Result<int> ApprovalStore::nextNumberSequence(int year) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT coalesce(max(number_seq), 0) + 1 FROM applications WHERE number_year = ?"));
    q.addBindValue(year);
    if (Status s = runSingle(q, QString()); !s)
        return s;
    return q.value(0).toInt();
}

Result<QList<SupportingDocument>> ApprovalStore::verifiedDocuments(qint64 personId) const
{
    QList<SupportingDocument> list;
    auto docs = ArchiveDocumentStore(m_db).verifiedDocumentsOf(personId);
    if (!docs)
        return docs.status();
    for (const ArchiveDocument& d : docs.value())
        list << SupportingDocument{d.id, d.kindName, d.title, d.pages};
    return list;
}

Result<ApplicantContext> ApprovalStore::context(qint64 personId) const
{
    auto person = PersonStore(m_db).byId(personId);
    if (!person)
        return person.status();
    ApplicantContext c;
    c.birthDate = person->birthDate;
    c.status = person->status;
    c.statusSince = person->statusSince;
    c.held = person->categories;
    c.categories = CategoryStore(m_db).all(true);
    c.today = m_db.clock().today();
    AreaStore areas(m_db);
    const auto township = areas.township(person->townshipCode);
    QString villageKind;
    if (!person->villageCode.isEmpty())
        if (auto v = areas.village(person->villageCode))
            villageKind = v->kind;
    c.residence = PolicyRules::residenceOf(township ? township->kind : QString(), villageKind);
    auto docs = verifiedDocuments(personId);
    if (!docs)
        return docs.status();
    for (const SupportingDocument& d : docs.value())
        c.verifiedDocumentIds << d.documentId;
    return c;
}

Result<ComputedBenefit> ApprovalStore::computeBenefit(const ApplicationDraft& draft) const
{
    auto ctx = context(draft.personId);
    if (!ctx)
        return ctx.status();
    PolicyStore book(m_db);
    return ApplicationRules::computeBenefit(
        draft, ctx.value(),
        [&](const StandardKey& k, const QDate& on) { return book.lookup(k, on); });
}

QStringList ApprovalStore::check(const ApplicationDraft& draft) const
{
    auto ctx = context(draft.personId);
    if (!ctx)
        return {ctx.error()};
    QStringList problems = ApplicationRules::problems(draft, ctx.value());
    if (draft.effectiveDate.isValid()) {
        auto b = computeBenefit(draft);
        if (!b)
            problems << b.error();
    }
    return problems;
}

Result<qint64> ApprovalStore::create(const Actor& actor, const ApplicationDraft& draft)
{
    qint64 id = 0;
    const Status s = AuditedWrite::run(
        m_db, actor, Authority::of(Permission::DraftApplication),
        {QStringLiteral("application.create"), QStringLiteral("application"), {}, {}, {}},
        [&](WriteScope& w) { return write(w, 0, draft, true, &id); });
    if (!s)
        return s;
    return id;
}

Status ApprovalStore::amend(const Actor& actor, qint64 id, const ApplicationDraft& draft)
{
    return AuditedWrite::run(m_db, actor, Authority::of(Permission::DraftApplication),
                             {QStringLiteral("application.amend"),
                              QStringLiteral("application"),
                              QString::number(id),
                              {},
                              {}},
                             [&](WriteScope& w) { return write(w, id, draft, false, nullptr); });
}

// Saves the clerk's fields inside the caller's change and completes its audit entry.
Status ApprovalStore::write(WriteScope& w, qint64 id, const ApplicationDraft& in, bool isNew,
                            qint64* newId)
{
    const Actor& actor = w.actor();
    std::optional<Application> before;
    if (!isNew) {
        auto b = byId(id);
        if (!b)
            return b.status();
        if (auto t = ApprovalRules::next(b->state, ApprovalAction::Amend, b->currentStep,
                                         b->chain.size());
            !t)
            return t.status();
        if (in.personId != b->draft.personId)
            return Status::failure(
                Tr::tr("The person of an application cannot be changed; draft a new one."));
        before = b.value();
    }
    auto ctx = context(in.personId);
    if (!ctx)
        return ctx.status();
    ApplicationDraft d = in;
    QString categoryName;
    for (const Category& c : ctx->categories)
        if (c.code == d.categoryCode)
            categoryName = c.name;
    if (d.requestedChange.trimmed().isEmpty())
        d.requestedChange = ApplicationRules::describeRequest(d, categoryName);
    // A change of standard keeps the grade and nature the person holds.
    if (d.type == ApplicationType::StandardChange)
        if (auto h = ApplicationRules::heldOn(ctx->held, d.categoryCode,
                                              d.effectiveDate.isValid() ? d.effectiveDate
                                                                        : ctx->today)) {
            d.grade = h->grade;
            d.nature = h->nature;
        }
    const QString now = toIsoUtc(m_db.clock().nowUtc());
    QSqlQuery q(m_db.connection());
    const QString fields =
        QStringLiteral("type = ?, category_code = ?, grade = ?, nature = ?, residence = ?, "
                       "relation = ?, serviceman_name = ?, "
                       "enlisted_on = ?, discharged_on = ?, requested_amount_fen = ?, stop_status "
                       "= ?, facts = ?, reason = ?, "
                       "requested_change = ?, effective_date = ?, updated_at = ?, "
                       "assistance_reason = ?");
    if (isNew)
        q.prepare(QStringLiteral(
            "INSERT INTO applications (person_id, drafted_by, drafted_at, waiting_role, "
            "waiting_since, type, category_code, grade, nature, residence, relation, "
            "serviceman_name, enlisted_on, discharged_on, requested_amount_fen, stop_status, "
            "facts, reason, requested_change, effective_date, updated_at, assistance_reason) "
            "VALUES (?,?,?,'clerk',?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    else
        q.prepare(QStringLiteral("UPDATE applications SET %1 WHERE id = ?").arg(fields));
    if (isNew) {
        q.addBindValue(d.personId);
        q.addBindValue(actor.userId);
        q.addBindValue(now);
        q.addBindValue(now);
    }
    q.addBindValue(ApplicationRules::typeKey(d.type));
    q.addBindValue(textOrEmpty(d.categoryCode));
    q.addBindValue(d.grade);
    q.addBindValue(textOrEmpty(d.nature));
    q.addBindValue(PolicyRules::residenceKey(ctx->residence));
    q.addBindValue(textOrEmpty(d.relation));
    q.addBindValue(textOrEmpty(d.servicemanName.trimmed()));
    q.addBindValue(dateOrNull(d.enlistedOn));
    q.addBindValue(dateOrNull(d.dischargedOn));
    q.addBindValue(d.requestedAmountFen);
    q.addBindValue(textOrEmpty(d.stopStatus));
    q.addBindValue(textOrEmpty(d.facts.trimmed()));
    q.addBindValue(textOrEmpty(d.reason.trimmed()));
    q.addBindValue(textOrEmpty(d.requestedChange.trimmed()));
    q.addBindValue(d.effectiveDate.isValid() ? toIsoDate(d.effectiveDate) : QStringLiteral(""));
    q.addBindValue(now);
    q.addBindValue(textOrEmpty(d.type == ApplicationType::TemporaryAssistance
                                   ? d.assistanceReason.trimmed()
                                   : QString()));
    if (!isNew)
        q.addBindValue(id);
    if (Status s = runQuery(q); !s)
        return s;
    if (isNew)
        id = q.lastInsertId().toLongLong();
    // Supporting documents: the chosen verified entries, with kind and title as they are now.
    const auto verifiedRead = verifiedDocuments(d.personId);
    if (!verifiedRead)
        return verifiedRead.status();
    const QList<SupportingDocument>& verified = verifiedRead.value();
    q.prepare(QStringLiteral("DELETE FROM application_documents WHERE application_id = ?"));
    q.addBindValue(id);
    if (Status s = runQuery(q); !s)
        return s;
    for (qint64 docId : d.documentIds) {
        const SupportingDocument* doc = nullptr;
        for (const SupportingDocument& v : verified)
            if (v.documentId == docId)
                doc = &v;
        if (!doc)
            return Status::failure(
                Tr::tr("Supporting document no. %1 is not a verified entry of the "
                       "person's archive.")
                    .arg(docId));
        q.prepare(QStringLiteral(
            "INSERT INTO application_documents (application_id, document_id, kind_name, "
            "title, pages) VALUES (?,?,?,?,?)"));
        q.addBindValue(id);
        q.addBindValue(docId);
        q.addBindValue(textOrEmpty(doc->kindName));
        q.addBindValue(textOrEmpty(doc->title));
        q.addBindValue(doc->pages);
        if (Status s = runQuery(q); !s)
            return s;
    }
    auto after = byId(id);
    if (!after)
        return after.status();
    if (newId)
        *newId = id;
    w.entry().entityId = QString::number(id);
    w.entry().before = before ? auditJson(*before) : QJsonObject();
    w.entry().after = auditJson(after.value());
    return Status::success();
}

Status ApprovalStore::submit(const Actor& actor, qint64 id)
{
    return AuditedWrite::run(m_db, actor, Authority::of(Permission::DraftApplication),
                             {QStringLiteral("application.submit"),
                              QStringLiteral("application"),
                              QString::number(id),
                              {},
                              {}},
                             [&](WriteScope& w) { return submitIn(w, id); });
}

Status ApprovalStore::submitIn(WriteScope& w, qint64 id)
{
    const Actor& actor = w.actor();
    auto before = byId(id);
    if (!before)
        return before.status();
    const QList<Role> roles = chain(before->draft.type);
    auto t = ApprovalRules::next(before->state, ApprovalAction::Submit, before->currentStep,
                                 roles.size());
    if (!t)
        return t.status();
    const QStringList problems = check(before->draft);
    if (!problems.isEmpty())
        return Status::failure(
            Tr::tr("The application cannot be submitted yet:\n%1")
                .arg(QStringLiteral("• ") + problems.join(QStringLiteral("\n• "))));
    auto benefit = computeBenefit(before->draft);
    if (!benefit)
        return benefit.status();
    const QString now = toIsoUtc(m_db.clock().nowUtc());
    const int round = before->round + 1;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE applications SET state = 'pending', round = ?, current_step = 1, chain = ?, "
        "waiting_role = ?, waiting_since = ?, submitted_at = ?, standard_id = ?, "
        "annual_fen = ?, one_off_fen = ?, basis_text = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(round);
    q.addBindValue(ApprovalRules::chainToText(roles));
    q.addBindValue(roleKey(roles.first()));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(benefit->standardId > 0 ? QVariant(benefit->standardId) : QVariant());
    q.addBindValue(benefit->annualFen);
    q.addBindValue(benefit->oneOffFen);
    q.addBindValue(textOrEmpty(benefit->basis));
    q.addBindValue(now);
    q.addBindValue(id);
    if (Status s = runQuery(q); !s)
        return s;
    if (Status s = SignatureStore(m_db, SignatureStore::Owner::Application)
                       .add(id, round, 0, Role::Clerk, StepDecision::Submit, QString(),
                            actor.userId, actor.displayName, now);
        !s)
        return s;
    auto after = byId(id);
    if (!after)
        return after.status();
    if (round > 1)
        w.entry().action = QStringLiteral("application.resubmit");
    w.entry().before = auditJson(before.value());
    w.entry().after = auditJson(after.value());
    return Status::success();
}

Status ApprovalStore::sign(const Actor& actor, qint64 id, StepDecision decision,
                           const QString& opinionIn)
{
    if (decision == StepDecision::Submit)
        return Status::failure(Tr::tr("Submitting is not a signature."));
    auto before = byId(id);
    if (!before)
        return before.status();
    // The permission of the step's role: review, countersign or approve.
    const Role role = before->waitingRole();
    const Permission permission = ApprovalRules::signingPermission(role);
    const ApprovalAction action = decision == StepDecision::Approve  ? ApprovalAction::Approve
                                  : decision == StepDecision::Return ? ApprovalAction::Return
                                                                     : ApprovalAction::Reject;
    // Say first what the state allows: "already approved" beats "you may not".
    if (auto t =
            ApprovalRules::next(before->state, action, before->currentStep, before->chain.size());
        !t)
        return t.status();
    if (Status s = ApprovalRules::checkOpinion(decision, opinionIn); !s)
        return s;
    return AuditedWrite::run(
        m_db, actor, Authority::of(permission),
        {QStringLiteral("application.") + ApprovalRules::decisionKey(decision),
         QStringLiteral("application"),
         QString::number(id),
         {},
         {}},
        [&](WriteScope& w) { return signIn(w, id, decision, action, opinionIn); });
}

Status ApprovalStore::signIn(WriteScope& w, qint64 id, StepDecision decision, ApprovalAction action,
                             const QString& opinionIn)
{
    const Actor& actor = w.actor();
    auto app = byId(id); // again, inside the write lock: another PC may have signed meanwhile
    if (!app)
        return app.status();
    auto t = ApprovalRules::next(app->state, action, app->currentStep, app->chain.size());
    if (!t)
        return t.status();
    QList<qint64> drafters{app->draftedBy};
    for (const ApprovalStep& s : app->steps)
        if (s.decision == StepDecision::Submit)
            drafters << s.signerId;
    if (Status s = ApprovalRules::checkSigner(actor, app->waitingRole(), drafters, app->steps); !s)
        return s;
    const QString opinion = opinionIn.trimmed().isEmpty() && decision == StepDecision::Approve
                                ? QStringLiteral("同意。")
                                : opinionIn.trimmed();
    const QString now = toIsoUtc(m_db.clock().nowUtc());
    if (Status s = SignatureStore(m_db, SignatureStore::Owner::Application)
                       .add(id, app->round, app->currentStep, app->waitingRole(), decision, opinion,
                            actor.userId, actor.displayName, now);
        !s)
        return s;
    QSqlQuery q(m_db.connection());

    QString number;
    if (t->state == ApplicationState::Approved) {
        // Recomputed on the day of approval: the book may have changed since submission.
        auto benefit = computeBenefit(app->draft);
        if (!benefit)
            return Status::failure(Tr::tr("It cannot be approved: %1").arg(benefit.error()));
        // Allocated inside this BEGIN IMMEDIATE transaction: no other writer can take the same
        // number, and a rolled-back approval gives its number back (no gaps).
        const int year = m_db.clock().today().year();
        const auto next = nextNumberSequence(year);
        if (!next)
            return next.status();
        const int seq = next.value();
        number = ApprovalRules::formatNumber(numberFormat(), year, seq);
        q.prepare(QStringLiteral(
            "UPDATE applications SET number = ?, number_year = ?, number_seq = ?, "
            "standard_id = ?, annual_fen = ?, one_off_fen = ?, basis_text = ? WHERE id = ?"));
        q.addBindValue(number);
        q.addBindValue(year);
        q.addBindValue(seq);
        q.addBindValue(benefit->standardId > 0 ? QVariant(benefit->standardId) : QVariant());
        q.addBindValue(benefit->annualFen);
        q.addBindValue(benefit->oneOffFen);
        q.addBindValue(textOrEmpty(benefit->basis));
        q.addBindValue(id);
        if (Status s = runQuery(q); !s)
            return s;
        if (Status s = applyEffect(actor, app.value(), benefit.value(), number); !s)
            return Status::failure(Tr::tr("It cannot be approved: %1").arg(s.error()));
    }
    const bool open = t->state == ApplicationState::Pending;
    const bool toDrafter = t->state == ApplicationState::Returned;
    q.prepare(
        QStringLiteral("UPDATE applications SET state = ?, current_step = ?, waiting_role = ?, "
                       "waiting_since = ?, decided_at = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(ApprovalRules::stateKey(t->state));
    q.addBindValue(t->step);
    q.addBindValue(open        ? roleKey(app->chain.at(t->step - 1))
                   : toDrafter ? QStringLiteral("clerk")
                               : QStringLiteral(""));
    q.addBindValue(now);
    q.addBindValue(open || toDrafter ? QVariant() : QVariant(now));
    q.addBindValue(now);
    q.addBindValue(id);
    if (Status s = runQuery(q); !s)
        return s;
    auto after = byId(id);
    if (!after)
        return after.status();
    w.entry().before = auditJson(app.value());
    w.entry().after = auditJson(after.value());
    return Status::success();
}

QStringList ApprovalStore::approveMany(const Actor& actor, const QList<qint64>& ids,
                                       const QString& opinion)
{
    QStringList failures;
    for (qint64 id : ids) {
        if (Status s = sign(actor, id, StepDecision::Approve, opinion); !s) {
            auto a = byId(id);
            failures << Tr::tr("%1 (no. %2): %3")
                            .arg(a ? a->personName : QString(), QString::number(id), s.error());
        }
    }
    return failures;
}

Status ApprovalStore::applyEffect(const Actor& director, const Application& app,
                                  const ComputedBenefit& benefit, const QString& number)
{
    PersonStore persons(m_db);
    // The registry is changed by the approval itself: the director's signature carries the
    // authority to change what the approved application says, and nothing else. The registry
    // records it in the director's name with the approval's number (谁审批谁负责).
    const Actor& actor = director;
    const Authority byApproval = Authority::approval(number);
    const ApplicationDraft& d = app.draft;
    const QString why = QStringLiteral("%1 %2").arg(number, ApplicationRules::typeTitle(d.type));
    auto makeHeld = [&] {
        PersonCategory c;
        c.personId = d.personId;
        c.categoryCode = d.categoryCode;
        c.startDate = d.effectiveDate;
        c.grade = d.grade;
        c.nature = d.nature;
        c.relation = d.relation;
        c.servicemanName = d.servicemanName;
        c.enlistedOn = d.enlistedOn;
        c.dischargedOn = d.dischargedOn;
        return c;
    };
    auto person = persons.byId(d.personId);
    if (!person)
        return person.status();
    switch (d.type) {
    case ApplicationType::Recognition:
        if (auto r = persons.addCategory(actor, byApproval, d.personId, makeHeld()); !r)
            return r.status();
        break;
    case ApplicationType::DisabilityGrade:
        if (auto held =
                ApplicationRules::heldOn(person->categories, d.categoryCode, d.effectiveDate))
            if (Status s = persons.endCategory(actor, byApproval, held->id, d.effectiveDate, why);
                !s)
                return s;
        if (auto r = persons.addCategory(actor, byApproval, d.personId, makeHeld()); !r)
            return r.status();
        break;
    case ApplicationType::StopBenefits:
        for (const PersonCategory& c : person->categories)
            if (!c.endDate.isValid() && c.startDate <= d.effectiveDate)
                if (Status s = persons.endCategory(actor, byApproval, c.id, d.effectiveDate, why);
                    !s)
                    return s;
        if (Status s = persons.changeStatus(actor, byApproval, d.personId,
                                            d.stopStatus == QLatin1String("deceased")
                                                ? PersonStatus::Deceased
                                                : PersonStatus::MovedAway,
                                            d.effectiveDate, why);
            !s)
            return s;
        break;
    case ApplicationType::StandardChange:
    case ApplicationType::TemporaryAssistance:
    case ApplicationType::Recuperation:
        break;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO benefit_decisions (person_id, application_id, type, category_code, grade, "
        "nature, standard_id, annual_fen, one_off_fen, effective_from, created_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(d.personId);
    q.addBindValue(app.id);
    q.addBindValue(ApplicationRules::typeKey(d.type));
    q.addBindValue(textOrEmpty(d.categoryCode));
    q.addBindValue(d.grade);
    q.addBindValue(textOrEmpty(d.nature));
    q.addBindValue(benefit.standardId > 0 ? QVariant(benefit.standardId) : QVariant());
    q.addBindValue(benefit.annualFen);
    q.addBindValue(benefit.oneOffFen);
    q.addBindValue(toIsoDate(d.effectiveDate));
    q.addBindValue(toIsoUtc(m_db.clock().nowUtc()));
    return runQuery(q);
}

Status ApprovalStore::markReported(const Actor& actor, qint64 id, const QDate& on,
                                   const QString& reference)
{
    if (!on.isValid())
        return Status::failure(Tr::tr("Enter the date it was reported."));
    if (reference.trimmed().isEmpty())
        return Status::failure(
            Tr::tr("Enter the reference of the report (文号 or registration number)."));
    if (on > m_db.clock().today())
        return Status::failure(Tr::tr("The date %1 is in the future.").arg(toIsoDate(on)));
    return AuditedWrite::run(
        m_db, actor,
        Authority::either(Permission::DraftApplication, Permission::ApproveApplication),
        {QStringLiteral("application.report"),
         QStringLiteral("application"),
         QString::number(id),
         {},
         {}},
        [&](WriteScope& w) { return markReportedIn(w, id, on, reference); });
}

Status ApprovalStore::markReportedIn(WriteScope& w, qint64 id, const QDate& on,
                                     const QString& reference)
{
    auto before = byId(id);
    if (!before)
        return before.status();
    if (auto t = ApprovalRules::next(before->state, ApprovalAction::Report, 0, before->chain.size(),
                                     before->reportedOn.isValid());
        !t)
        return t.status();
    if (on < before->decidedAt.toLocalTime().date())
        return Status::failure(Tr::tr("It cannot be reported before it was approved (%1).")
                                   .arg(toIsoDate(before->decidedAt.toLocalTime().date())));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE applications SET reported_on = ?, reported_ref = ?, reported_by = ?, "
        "updated_at = ? WHERE id = ?"));
    q.addBindValue(toIsoDate(on));
    q.addBindValue(reference.trimmed());
    q.addBindValue(w.actor().userId);
    q.addBindValue(toIsoUtc(w.now()));
    q.addBindValue(id);
    if (Status s = runQuery(q); !s)
        return s;
    auto after = byId(id);
    if (!after)
        return after.status();
    w.entry().before = auditJson(before.value());
    w.entry().after = auditJson(after.value());
    return Status::success();
}

Result<Application> ApprovalStore::byId(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 WHERE a.id = ?").arg(QLatin1String(kAppColumns)));
    q.addBindValue(id);
    if (Status read = runSingle(q, Tr::tr("Application no. %1 does not exist.").arg(id)); !read)
        return read;
    Application a;
    a.id = q.value(0).toLongLong();
    ApplicationRules::typeFromKey(q.value(1).toString(), &a.draft.type);
    a.draft.personId = q.value(2).toLongLong();
    ApprovalRules::stateFromKey(q.value(3).toString(), &a.state);
    a.round = q.value(4).toInt();
    a.currentStep = q.value(5).toInt();
    a.chain = ApprovalRules::chainFromText(q.value(6).toString());
    if (a.chain.isEmpty())
        a.chain = chain(a.draft.type);
    a.draft.categoryCode = q.value(7).toString();
    a.draft.grade = q.value(8).toInt();
    a.draft.nature = q.value(9).toString();
    PolicyRules::residenceFromKey(q.value(10).toString(), &a.residence);
    a.draft.relation = q.value(11).toString();
    a.draft.servicemanName = q.value(12).toString();
    a.draft.enlistedOn = fromIsoDate(q.value(13).toString());
    a.draft.dischargedOn = fromIsoDate(q.value(14).toString());
    a.draft.requestedAmountFen = q.value(15).toLongLong();
    a.draft.stopStatus = q.value(16).toString();
    a.draft.facts = q.value(17).toString();
    a.draft.reason = q.value(18).toString();
    a.draft.requestedChange = q.value(19).toString();
    a.draft.effectiveDate = fromIsoDate(q.value(20).toString());
    a.benefit.standardId = q.value(21).toLongLong();
    a.benefit.annualFen = q.value(22).toLongLong();
    a.benefit.oneOffFen = q.value(23).toLongLong();
    a.benefit.basis = q.value(24).toString();
    a.number = q.value(25).toString();
    a.draftedBy = q.value(26).toLongLong();
    a.draftedByName = q.value(27).toString();
    a.draftedAt = fromIsoUtc(q.value(28).toString());
    if (!q.value(29).isNull())
        a.submittedAt = fromIsoUtc(q.value(29).toString());
    if (!q.value(30).isNull())
        a.decidedAt = fromIsoUtc(q.value(30).toString());
    a.reportedOn = fromIsoDate(q.value(31).toString());
    a.reportedRef = q.value(32).toString();
    a.personName = q.value(33).toString();
    a.categoryName = q.value(34).toString();
    a.draft.assistanceReason = q.value(35).toString();

    auto steps = SignatureStore(m_db, SignatureStore::Owner::Application).of(id);
    if (!steps)
        return steps.status();
    a.steps = steps.value();
    q.prepare(
        QStringLiteral("SELECT document_id, kind_name, title, pages FROM application_documents "
                       "WHERE application_id = ? ORDER BY document_id"));
    q.addBindValue(id);
    if (Status read = runQuery(q); !read)
        return read;
    while (q.next()) {
        SupportingDocument d;
        d.documentId = q.value(0).toLongLong();
        d.kindName = q.value(1).toString();
        d.title = q.value(2).toString();
        d.pages = q.value(3).toInt();
        a.documents << d;
        a.draft.documentIds << d.documentId;
    }
    return a;
}

} // namespace youfu::core
