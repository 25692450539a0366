#include "petition/petitionstore.h"

#include "approval/approvalrules.h"
#include "archive/scanstore.h"
#include "common/isotime.h"
#include "common/problems.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "db/sqlvalues.h"
#include "petition/petitionrules.h"
#include "registry/citizenid.h"
#include "security/fieldcipher.h"
#include "security/permission.h"
#include "settings/settingsstore.h"
#include "visit/receptionstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace youfu::core {

const QString PetitionStore::kNumberFormatKey = QStringLiteral("petition.number_format");

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::PetitionStore)
};

Authority handling()
{
    return Authority::of(Permission::HandlePetitions);
}

QString maskedId(const QString& citizenId)
{
    if (citizenId.isEmpty())
        return {};
    const QString masked = CitizenId::mask(citizenId.trimmed().toUpper());
    return masked.isEmpty() ? QStringLiteral("******") : masked;
}

// The audit picture of a case: names and masked IDs of the petitioners, never phones.
QJsonObject caseJson(const PetitionCase& c)
{
    QJsonArray people;
    for (const Petitioner& p : c.petitioners)
        people << QJsonObject{{QStringLiteral("name"), p.name},
                              {QStringLiteral("person_id"), p.personId},
                              {QStringLiteral("citizen_id"), maskedId(p.citizenId)}};
    return {
        {QStringLiteral("number"), c.number},
        {QStringLiteral("received_at"), toIsoUtc(c.receivedAt)},
        {QStringLiteral("channel"), PetitionRules::channelKey(c.channel)},
        {QStringLiteral("subject"), PetitionRules::subjectKey(c.subject)},
        {QStringLiteral("township_code"), c.townshipCode},
        {QStringLiteral("summary"), c.summary},
        {QStringLiteral("demands"), c.demands},
        {QStringLiteral("petitioners"), people},
        {QStringLiteral("group"), PetitionRules::isGroup(int(c.petitioners.size()), c.groupByHand)},
        {QStringLiteral("beyond"), PetitionRules::beyondKey(c.beyond)},
        {QStringLiteral("repeat_of"), c.repeatOfId},
        {QStringLiteral("status"), PetitionRules::statusKey(c.status)},
        {QStringLiteral("decided_on"), toIsoDate(c.decidedOn)},
        {QStringLiteral("decision_reason"), c.decisionReason},
        {QStringLiteral("notified_on"), toIsoDate(c.notifiedOn)},
        {QStringLiteral("responsible"), c.responsibleName},
        {QStringLiteral("responsible_unit"), c.responsibleUnit},
        {QStringLiteral("extension_days"), c.extensionDays},
        {QStringLiteral("extension_reason"), c.extensionReason},
        {QStringLiteral("answered_on"), toIsoDate(c.answeredOn)},
        {QStringLiteral("result"), PetitionRules::resultKey(c.result)},
        {QStringLiteral("answer_way"), PetitionRules::wayKey(c.answerWay)},
        {QStringLiteral("return_visit_on"), toIsoDate(c.returnVisitOn)},
        {QStringLiteral("satisfaction"), PetitionRules::satisfactionKey(c.satisfaction)},
        {QStringLiteral("review_requested_on"), toIsoDate(c.reviewRequestedOn)},
        {QStringLiteral("review_answered_on"), toIsoDate(c.reviewAnsweredOn)},
        {QStringLiteral("rereview_requested_on"), toIsoDate(c.rereviewRequestedOn)},
        {QStringLiteral("rereview_answered_on"), toIsoDate(c.rereviewAnsweredOn)},
        {QStringLiteral("closed_on"), toIsoDate(c.closedOn)},
        {QStringLiteral("deadline"), toIsoDate(PetitionRules::deadline(c))}};
}

bool ended(CaseStatus s)
{
    return s == CaseStatus::Closed || s == CaseStatus::NotAccepted || s == CaseStatus::Forwarded;
}

const char* const kCaseColumns =
    "c.id, c.number, c.received_at, c.channel, c.forwarded_by, c.forwarded_number, c.subject, "
    "coalesce(c.township_code, ''), coalesce(t.name, ''), c.summary, c.demands, c.group_by_hand, "
    "c.is_group, c.beyond_level, coalesce(c.repeat_of, 0), coalesce(r.number, ''), "
    "coalesce(c.visit_id, 0), coalesce(c.reception_day_id, 0), c.status, c.decided_on, "
    "c.decision_reason, c.notified_on, coalesce(c.responsible_user_id, 0), c.responsible_name, "
    "c.responsible_unit, c.extension_days, c.extension_reason, "
    "coalesce(c.extension_approved_by, 0), coalesce(ua.display_name, ''), c.extended_on, "
    "c.answered_on, c.result, c.answer_way, c.answer_text, c.return_visit_on, c.satisfaction, "
    "c.return_visit_note, c.review_requested_on, c.review_answered_on, "
    "c.rereview_requested_on, c.rereview_answered_on, c.closed_on, c.deadline "
    "FROM petition_cases c LEFT JOIN townships t ON t.code = c.township_code "
    "LEFT JOIN petition_cases r ON r.id = c.repeat_of "
    "LEFT JOIN users ua ON ua.id = c.extension_approved_by";

template <typename T> T keyOr(const Result<T>& r, T fallback)
{
    return r ? r.value() : fallback;
}

PetitionCase caseFromRow(const QSqlQuery& q)
{
    PetitionCase c;
    int i = 0;
    auto next = [&]() { return q.value(i++); };
    c.id = next().toLongLong();
    c.number = next().toString();
    c.receivedAt = fromIsoUtc(next().toString()).toLocalTime();
    c.channel = keyOr(PetitionRules::channelFromKey(next().toString()), PetitionChannel::Letter);
    c.forwardedBy = next().toString();
    c.forwardedNumber = next().toString();
    c.subject = keyOr(PetitionRules::subjectFromKey(next().toString()), PetitionSubject::Other);
    c.townshipCode = next().toString();
    c.townshipName = next().toString();
    c.summary = next().toString();
    c.demands = next().toString();
    c.groupByHand = next().toInt() != 0;
    c.group = next().toInt() != 0;
    c.beyond = keyOr(PetitionRules::beyondFromKey(next().toString()), BeyondLevel::None);
    c.repeatOfId = next().toLongLong();
    c.repeatOfNumber = next().toString();
    c.visitId = next().toLongLong();
    c.receptionDayId = next().toLongLong();
    c.status = keyOr(PetitionRules::statusFromKey(next().toString()), CaseStatus::Registered);
    c.decidedOn = fromIsoDate(next().toString());
    c.decisionReason = next().toString();
    c.notifiedOn = fromIsoDate(next().toString());
    c.responsibleUserId = next().toLongLong();
    c.responsibleName = next().toString();
    c.responsibleUnit = next().toString();
    c.extensionDays = next().toInt();
    c.extensionReason = next().toString();
    c.extensionApprovedBy = next().toLongLong();
    c.extensionApproverName = next().toString();
    c.extendedOn = fromIsoDate(next().toString());
    c.answeredOn = fromIsoDate(next().toString());
    c.result = keyOr(PetitionRules::resultFromKey(next().toString()), AnswerResult::None);
    c.answerWay = keyOr(PetitionRules::wayFromKey(next().toString()), AnswerWay::Written);
    c.answerText = next().toString();
    c.returnVisitOn = fromIsoDate(next().toString());
    c.satisfaction =
        keyOr(PetitionRules::satisfactionFromKey(next().toString()), Satisfaction::None);
    c.returnVisitNote = next().toString();
    c.reviewRequestedOn = fromIsoDate(next().toString());
    c.reviewAnsweredOn = fromIsoDate(next().toString());
    c.rereviewRequestedOn = fromIsoDate(next().toString());
    c.rereviewAnsweredOn = fromIsoDate(next().toString());
    c.closedOn = fromIsoDate(next().toString());
    c.deadline = fromIsoDate(next().toString());
    return c;
}

// The case as it stands after a step: every column the steps change, the deadline from the
// rules and the group flag.
Status saveCase(Database& db, const PetitionCase& c, const QDateTime& now)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "UPDATE petition_cases SET status = ?, decided_on = ?, decision_reason = ?, "
        "notified_on = ?, responsible_user_id = ?, responsible_name = ?, responsible_unit = ?, "
        "extension_days = ?, extension_reason = ?, extension_approved_by = ?, extended_on = ?, "
        "answered_on = ?, result = ?, answer_way = ?, answer_text = ?, return_visit_on = ?, "
        "satisfaction = ?, return_visit_note = ?, review_requested_on = ?, "
        "review_answered_on = ?, rereview_requested_on = ?, rereview_answered_on = ?, "
        "closed_on = ?, deadline = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(PetitionRules::statusKey(c.status));
    q.addBindValue(dateOrNull(c.decidedOn));
    q.addBindValue(textOrEmpty(c.decisionReason));
    q.addBindValue(dateOrNull(c.notifiedOn));
    q.addBindValue(idOrNull(c.responsibleUserId));
    q.addBindValue(textOrEmpty(c.responsibleName));
    q.addBindValue(textOrEmpty(c.responsibleUnit));
    q.addBindValue(c.extensionDays);
    q.addBindValue(textOrEmpty(c.extensionReason));
    q.addBindValue(idOrNull(c.extensionApprovedBy));
    q.addBindValue(dateOrNull(c.extendedOn));
    q.addBindValue(dateOrNull(c.answeredOn));
    q.addBindValue(PetitionRules::resultKey(c.result));
    q.addBindValue(PetitionRules::wayKey(c.answerWay));
    q.addBindValue(textOrEmpty(c.answerText));
    q.addBindValue(dateOrNull(c.returnVisitOn));
    q.addBindValue(PetitionRules::satisfactionKey(c.satisfaction));
    q.addBindValue(textOrEmpty(c.returnVisitNote));
    q.addBindValue(dateOrNull(c.reviewRequestedOn));
    q.addBindValue(dateOrNull(c.reviewAnsweredOn));
    q.addBindValue(dateOrNull(c.rereviewRequestedOn));
    q.addBindValue(dateOrNull(c.rereviewAnsweredOn));
    q.addBindValue(dateOrNull(c.closedOn));
    q.addBindValue(dateOrNull(PetitionRules::deadline(c)));
    q.addBindValue(toIsoUtc(now));
    q.addBindValue(c.id);
    return runQuery(q);
}

Status addStep(WriteScope& w, qint64 caseId, const QString& kind, const QString& opinion)
{
    QSqlQuery q(w.db().connection());
    q.prepare(QStringLiteral("INSERT INTO petition_steps (case_id, at, kind, user_id, actor_name, "
                             "opinion) VALUES (?,?,?,?,?,?)"));
    q.addBindValue(caseId);
    q.addBindValue(toIsoUtc(w.now()));
    q.addBindValue(kind);
    q.addBindValue(idOrNull(w.actor().userId));
    q.addBindValue(textOrEmpty(w.actor().displayName));
    q.addBindValue(textOrEmpty(opinion.trimmed()));
    return runQuery(q);
}

// Replaces the petitioners of a case and keeps the list's columns (count, first name, group).
Status writePetitioners(Database& db, const PetitionCase& c, qint64 caseId)
{
    auto cipher = FieldCipher::forDatabase(db);
    if (!cipher)
        return cipher.status();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM petition_petitioners WHERE case_id = ?"));
    q.addBindValue(caseId);
    if (Status s = runQuery(q); !s)
        return s;
    q.prepare(QStringLiteral("INSERT INTO petition_petitioners (case_id, ord, person_id, name, "
                             "phone_enc, address, citizen_id) VALUES (?,?,?,?,?,?,?)"));
    for (int i = 0; i < c.petitioners.size(); ++i) {
        const Petitioner& p = c.petitioners.at(i);
        q.addBindValue(caseId);
        q.addBindValue(i);
        q.addBindValue(idOrNull(p.personId));
        q.addBindValue(textOrEmpty(p.name.trimmed()));
        q.addBindValue(textOrEmpty(cipher.value()->encrypt(p.phone.trimmed())));
        q.addBindValue(textOrEmpty(p.address.trimmed()));
        q.addBindValue(textOrEmpty(p.citizenId.trimmed().toUpper()));
        if (Status s = runQuery(q); !s)
            return s;
    }
    const int count = int(c.petitioners.size());
    q.prepare(QStringLiteral("UPDATE petition_cases SET petitioner_count = ?, first_petitioner = "
                             "?, is_group = ?, group_by_hand = ? WHERE id = ?"));
    q.addBindValue(count);
    q.addBindValue(count > 0 ? textOrEmpty(c.petitioners.first().name.trimmed()) : QString(""));
    q.addBindValue(PetitionRules::isGroup(count, c.groupByHand) ? 1 : 0);
    q.addBindValue(c.groupByHand ? 1 : 0);
    q.addBindValue(caseId);
    return runQuery(q);
}

// Attachments must already lie in the scan store (put there when chosen).
Status checkAttachments(const Database& db, const QList<PetitionAttachment>& list)
{
    if (list.isEmpty())
        return Status::success();
    const QString root = ScanStore::rootFor(db);
    for (const PetitionAttachment& a : list)
        if (root.isEmpty() || ScanStore(root).health(a.sha256, a.extension) != ScanHealth::Intact)
            return Status::failure(
                Tr::tr("An attachment of the case is missing from the scan store (%1).")
                    .arg(a.sha256.left(12)));
    return Status::success();
}

Status insertAttachment(WriteScope& w, qint64 caseId, const PetitionAttachment& a)
{
    QSqlQuery q(w.db().connection());
    q.prepare(QStringLiteral(
        "INSERT INTO petition_attachments (case_id, ord, sha256, extension, title, added_at, "
        "added_by) SELECT ?, coalesce(max(ord), -1) + 1, ?, ?, ?, ?, ? FROM petition_attachments "
        "WHERE case_id = ?"));
    q.addBindValue(caseId);
    q.addBindValue(a.sha256);
    q.addBindValue(a.extension);
    q.addBindValue(textOrEmpty(a.title.trimmed()));
    q.addBindValue(toIsoUtc(w.now()));
    q.addBindValue(idOrNull(w.actor().userId));
    q.addBindValue(caseId);
    return runQuery(q);
}

} // namespace

QString PetitionStore::numberFormat() const
{
    const QString f = SettingsStore(m_db).value(kNumberFormatKey);
    return !f.isEmpty() && ApprovalRules::checkNumberFormat(f)
               ? f
               : PetitionRules::defaultNumberFormat();
}

Result<qint64> PetitionStore::registerCase(const Actor& actor, const PetitionCase& c)
{
    if (Status s = checkAttachments(m_db, c.attachments); !s)
        return s;
    return AuditedWrite::produce<qint64>(
        m_db, actor, handling(), {QStringLiteral("petition.register"), QStringLiteral("petition")},
        [&](WriteScope& w) -> Result<qint64> {
            PetitionCase n = c;
            n.id = 0;
            n.status = CaseStatus::Registered;
            if (Status s = firstProblem(PetitionRules::checkRegistration(n, m_db.clock().today()));
                !s)
                return s;
            // Numbered inside this write transaction: no other writer takes the same number and
            // a rolled-back registration gives its number back (no gaps).
            const int year = PetitionRules::receivedOn(n).year();
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT coalesce(max(number_seq), 0) + 1 FROM "
                                     "petition_cases WHERE number_year = ?"));
            q.addBindValue(year);
            if (Status s = runSingle(q, QString()); !s)
                return s;
            const int seq = q.value(0).toInt();
            n.number = ApprovalRules::formatNumber(numberFormat(), year, seq);
            // A petitioner received in person on a reception day: the case links to the day.
            if (n.receptionDayId == 0 && n.channel == PetitionChannel::Visit) {
                auto day = ReceptionStore(m_db).day(PetitionRules::receivedOn(n));
                if (!day)
                    return day.status();
                n.receptionDayId = day->id;
            }
            q.prepare(QStringLiteral(
                "INSERT INTO petition_cases (number, number_year, number_seq, received_at, "
                "channel, forwarded_by, forwarded_number, subject, township_code, summary, "
                "demands, beyond_level, repeat_of, visit_id, reception_day_id, status, "
                "created_at, created_by, updated_at) VALUES "
                "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
            q.addBindValue(n.number);
            q.addBindValue(year);
            q.addBindValue(seq);
            q.addBindValue(toIsoUtc(n.receivedAt));
            q.addBindValue(PetitionRules::channelKey(n.channel));
            q.addBindValue(textOrEmpty(n.forwardedBy.trimmed()));
            q.addBindValue(textOrEmpty(n.forwardedNumber.trimmed()));
            q.addBindValue(PetitionRules::subjectKey(n.subject));
            q.addBindValue(n.townshipCode.isEmpty() ? QVariant() : QVariant(n.townshipCode));
            q.addBindValue(textOrEmpty(n.summary.trimmed()));
            q.addBindValue(textOrEmpty(n.demands.trimmed()));
            q.addBindValue(PetitionRules::beyondKey(n.beyond));
            q.addBindValue(idOrNull(n.repeatOfId));
            q.addBindValue(idOrNull(n.visitId));
            q.addBindValue(idOrNull(n.receptionDayId));
            q.addBindValue(PetitionRules::statusKey(n.status));
            q.addBindValue(toIsoUtc(w.now()));
            q.addBindValue(idOrNull(w.actor().userId));
            q.addBindValue(toIsoUtc(w.now()));
            if (Status s = runQuery(q); !s)
                return s;
            n.id = q.lastInsertId().toLongLong();
            w.entry().entityId = QString::number(n.id);
            if (Status s = writePetitioners(m_db, n, n.id); !s)
                return s;
            if (Status s = saveCase(m_db, n, w.now()); !s)
                return s;
            for (const PetitionAttachment& a : n.attachments)
                if (Status s = insertAttachment(w, n.id, a); !s)
                    return s;
            if (Status s = addStep(w, n.id, QStringLiteral("register"), QString()); !s)
                return s;
            w.entry().after = caseJson(n);
            return n.id;
        });
}

Status PetitionStore::updateRegistration(const Actor& actor, const PetitionCase& c)
{
    return AuditedWrite::run(
        m_db, actor, handling(),
        {QStringLiteral("petition.update"), QStringLiteral("petition"), QString::number(c.id)},
        [&](WriteScope& w) -> Status {
            auto before = read(c.id);
            if (!before)
                return before.status();
            if (ended(before->status))
                return Status::failure(Tr::tr("Case %1 has ended; its registration can no "
                                              "longer be changed.")
                                           .arg(before->number));
            PetitionCase n = before.value();
            n.subject = c.subject;
            n.townshipCode = c.townshipCode;
            n.summary = c.summary;
            n.demands = c.demands;
            n.petitioners = c.petitioners;
            n.groupByHand = c.groupByHand;
            n.beyond = c.beyond;
            n.repeatOfId = c.repeatOfId;
            n.forwardedBy = c.forwardedBy;
            n.forwardedNumber = c.forwardedNumber;
            if (Status s = firstProblem(PetitionRules::checkRegistration(n, m_db.clock().today()));
                !s)
                return s;
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "UPDATE petition_cases SET subject = ?, township_code = ?, summary = ?, "
                "demands = ?, beyond_level = ?, repeat_of = ?, forwarded_by = ?, "
                "forwarded_number = ?, updated_at = ? WHERE id = ?"));
            q.addBindValue(PetitionRules::subjectKey(n.subject));
            q.addBindValue(n.townshipCode.isEmpty() ? QVariant() : QVariant(n.townshipCode));
            q.addBindValue(textOrEmpty(n.summary.trimmed()));
            q.addBindValue(textOrEmpty(n.demands.trimmed()));
            q.addBindValue(PetitionRules::beyondKey(n.beyond));
            q.addBindValue(idOrNull(n.repeatOfId));
            q.addBindValue(textOrEmpty(n.forwardedBy.trimmed()));
            q.addBindValue(textOrEmpty(n.forwardedNumber.trimmed()));
            q.addBindValue(toIsoUtc(w.now()));
            q.addBindValue(n.id);
            if (Status s = runQuery(q); !s)
                return s;
            if (Status s = writePetitioners(m_db, n, n.id); !s)
                return s;
            if (Status s = saveCase(m_db, n, w.now()); !s)
                return s;
            if (Status s =
                    addStep(w, n.id, QStringLiteral("note"), Tr::tr("Registration corrected"));
                !s)
                return s;
            w.entry().before = caseJson(before.value());
            w.entry().after = caseJson(n);
            return Status::success();
        });
}

// One step of a case's way: reads the case inside the transaction, lets `change` check the
// rule and move the case, saves it with its new deadline and writes the step row.
Status PetitionStore::step(const Actor& actor, const Authority& authority, const QString& action,
                           qint64 caseId, const StepChange& change)
{
    return AuditedWrite::run(
        m_db, actor, authority,
        {QStringLiteral("petition.") + action, QStringLiteral("petition"), QString::number(caseId)},
        [&](WriteScope& w) -> Status {
            auto before = read(caseId);
            if (!before)
                return before.status();
            PetitionCase n = before.value();
            QString kind, opinion;
            if (Status s = change(n, kind, opinion); !s)
                return s;
            if (Status s = saveCase(m_db, n, w.now()); !s)
                return s;
            if (Status s = addStep(w, caseId, kind, opinion); !s)
                return s;
            w.entry().before = caseJson(before.value());
            w.entry().after = caseJson(n);
            return Status::success();
        });
}

Status PetitionStore::decide(const Actor& actor, qint64 caseId, AcceptDecision decision,
                             const QString& reasonOrOffice, const QDate& on,
                             qint64 responsibleUserId, const QString& responsibleName,
                             const QString& responsibleUnit, const QString& opinion)
{
    return step(actor, handling(), QStringLiteral("decide"), caseId,
                [&](PetitionCase& c, QString& kind, QString& text) -> Status {
                    if (Status s = firstProblem(PetitionRules::checkDecision(
                            c, decision, reasonOrOffice, on, responsibleName, responsibleUnit));
                        !s)
                        return s;
                    c.decidedOn = on;
                    c.decisionReason =
                        decision == AcceptDecision::Accept ? QString() : reasonOrOffice.trimmed();
                    if (decision == AcceptDecision::Accept) {
                        c.status = CaseStatus::Accepted;
                        c.responsibleUserId = responsibleUserId;
                        c.responsibleName = responsibleName.trimmed();
                        c.responsibleUnit = responsibleUnit.trimmed();
                        kind = QStringLiteral("accept");
                    } else if (decision == AcceptDecision::NotAccept) {
                        c.status = CaseStatus::NotAccepted;
                        kind = QStringLiteral("not_accept");
                    } else {
                        c.status = CaseStatus::Forwarded;
                        kind = QStringLiteral("forward");
                    }
                    text = opinion.trimmed().isEmpty() ? c.decisionReason : opinion;
                    return Status::success();
                });
}

Status PetitionStore::notify(const Actor& actor, qint64 caseId, const QDate& on)
{
    return step(actor, handling(), QStringLiteral("notify"), caseId,
                [&](PetitionCase& c, QString& kind, QString&) -> Status {
                    if (!c.decidedOn.isValid())
                        return Status::failure(
                            Tr::tr("Case %1 has not been decided on yet; there is nothing to "
                                   "notify.")
                                .arg(c.number));
                    if (!on.isValid() || on < c.decidedOn || on > m_db.clock().today())
                        return Status::failure(Tr::tr("The notice date must lie between the "
                                                      "decision and today."));
                    c.notifiedOn = on;
                    kind = QStringLiteral("notify");
                    return Status::success();
                });
}

Status PetitionStore::reassign(const Actor& actor, qint64 caseId, qint64 responsibleUserId,
                               const QString& responsibleName, const QString& responsibleUnit,
                               const QString& opinion)
{
    return step(actor, handling(), QStringLiteral("assign"), caseId,
                [&](PetitionCase& c, QString& kind, QString& text) -> Status {
                    if (ended(c.status) || c.status == CaseStatus::Registered)
                        return Status::failure(
                            Tr::tr("Case %1 is not being handled; nobody can be made "
                                   "responsible for it.")
                                .arg(c.number));
                    if (responsibleName.trimmed().isEmpty())
                        return Status::failure(Tr::tr("Name the person responsible."));
                    c.responsibleUserId = responsibleUserId;
                    c.responsibleName = responsibleName.trimmed();
                    c.responsibleUnit = responsibleUnit.trimmed();
                    kind = QStringLiteral("assign");
                    text = opinion;
                    return Status::success();
                });
}

Status PetitionStore::extend(const Actor& actor, qint64 caseId, int days, const QString& reason,
                             const QDate& on)
{
    const auto deputy = extensionDeputy();
    if (!deputy)
        return deputy.status();
    return step(actor, Authority::orNamedUser(Permission::ApprovePetitionExtension, deputy.value()),
                QStringLiteral("extend"), caseId,
                [&](PetitionCase& c, QString& kind, QString& text) -> Status {
                    if (Status s = firstProblem(PetitionRules::checkExtension(c, days, reason, on));
                        !s)
                        return s;
                    c.extensionDays = days;
                    c.extensionReason = reason.trimmed();
                    c.extensionApprovedBy = actor.userId;
                    c.extensionApproverName = actor.displayName;
                    c.extendedOn = on;
                    kind = QStringLiteral("extend");
                    text = c.extensionReason;
                    return Status::success();
                });
}

Status PetitionStore::answer(const Actor& actor, qint64 caseId, AnswerResult result, AnswerWay way,
                             const QString& text, const QDate& on)
{
    return step(actor, handling(), QStringLiteral("answer"), caseId,
                [&](PetitionCase& c, QString& kind, QString& opinion) -> Status {
                    if (Status s = firstProblem(PetitionRules::checkAnswer(c, result, text, on));
                        !s)
                        return s;
                    if (c.status == CaseStatus::Reviewing) {
                        c.reviewAnsweredOn = on;
                        kind = QStringLiteral("review_answer");
                    } else if (c.status == CaseStatus::Rereviewing) {
                        c.rereviewAnsweredOn = on;
                        kind = QStringLiteral("rereview_answer");
                    } else {
                        c.answeredOn = on;
                        kind = QStringLiteral("answer");
                    }
                    c.status = CaseStatus::Answered;
                    c.result = result;
                    c.answerWay = way;
                    c.answerText = text.trimmed();
                    opinion = PetitionRules::resultTitle(result);
                    return Status::success();
                });
}

Status PetitionStore::returnVisit(const Actor& actor, qint64 caseId, Satisfaction s,
                                  const QString& note, const QDate& on)
{
    return step(actor, handling(), QStringLiteral("return_visit"), caseId,
                [&](PetitionCase& c, QString& kind, QString& opinion) -> Status {
                    if (Status st = firstProblem(PetitionRules::checkReturnVisit(c, s, on)); !st)
                        return st;
                    c.returnVisitOn = on;
                    c.satisfaction = s;
                    c.returnVisitNote = note.trimmed();
                    kind = QStringLiteral("return_visit");
                    opinion = PetitionRules::satisfactionTitle(s);
                    if (!c.returnVisitNote.isEmpty())
                        opinion += QStringLiteral("：") + c.returnVisitNote;
                    return Status::success();
                });
}

Status PetitionStore::requestReview(const Actor& actor, qint64 caseId, const QString& reason,
                                    const QDate& on)
{
    return step(actor, handling(), QStringLiteral("review_request"), caseId,
                [&](PetitionCase& c, QString& kind, QString& opinion) -> Status {
                    if (Status s = firstProblem(PetitionRules::checkReviewRequest(c, on)); !s)
                        return s;
                    if (PetitionRules::nextReview(c) == ClockKind::ReviewDecision) {
                        c.reviewRequestedOn = on;
                        c.status = CaseStatus::Reviewing;
                        kind = QStringLiteral("review_request");
                    } else {
                        c.rereviewRequestedOn = on;
                        c.status = CaseStatus::Rereviewing;
                        kind = QStringLiteral("rereview_request");
                    }
                    c.closedOn = QDate();
                    opinion = reason;
                    return Status::success();
                });
}

Status PetitionStore::close(const Actor& actor, qint64 caseId, const QString& opinion,
                            const QDate& on)
{
    return step(actor, handling(), QStringLiteral("close"), caseId,
                [&](PetitionCase& c, QString& kind, QString& text) -> Status {
                    if (Status s = firstProblem(PetitionRules::checkClose(c, on)); !s)
                        return s;
                    c.status = CaseStatus::Closed;
                    c.closedOn = on;
                    kind = QStringLiteral("close");
                    text = opinion;
                    return Status::success();
                });
}

Status PetitionStore::addNote(const Actor& actor, qint64 caseId, const QString& note)
{
    return step(actor, handling(), QStringLiteral("note"), caseId,
                [&](PetitionCase&, QString& kind, QString& text) -> Status {
                    if (note.trimmed().isEmpty())
                        return Status::failure(Tr::tr("Write the note first."));
                    kind = QStringLiteral("note");
                    text = note;
                    return Status::success();
                });
}

Status PetitionStore::attach(const Actor& actor, qint64 caseId, const QString& filePath,
                             const QString& title)
{
    const QString root = ScanStore::rootFor(m_db);
    if (root.isEmpty())
        return Status::failure(Tr::tr("This database keeps no files; save it to disk first."));
    ScanStore scans(root);
    auto stored = scans.putFile(filePath);
    if (!stored)
        return stored.status();
    const PetitionAttachment a{stored->sha256, stored->extension,
                               title.trimmed().isEmpty() ? QFileInfo(filePath).completeBaseName()
                                                         : title.trimmed()};
    return AuditedWrite::run(
        m_db, actor, handling(),
        {QStringLiteral("petition.attach"), QStringLiteral("petition"), QString::number(caseId)},
        [&](WriteScope& w) -> Status {
            auto c = read(caseId);
            if (!c)
                return c.status();
            if (Status s = insertAttachment(w, caseId, a); !s)
                return s;
            if (Status s = addStep(w, caseId, QStringLiteral("note"),
                                   Tr::tr("Attachment added: %1").arg(a.title));
                !s)
                return s;
            w.entry().after = QJsonObject{{QStringLiteral("number"), c->number},
                                          {QStringLiteral("title"), a.title},
                                          {QStringLiteral("sha256"), a.sha256},
                                          {QStringLiteral("extension"), a.extension}};
            return Status::success();
        });
}

Status PetitionStore::nameExtensionDeputy(const Actor& actor, qint64 userId)
{
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ApprovePetitionExtension),
        {QStringLiteral("petition.deputy"), QStringLiteral("petition_deputy"), QStringLiteral("1")},
        [&](WriteScope& w) -> Status {
            const auto before = extensionDeputy();
            if (!before)
                return before.status();
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "INSERT INTO petition_deputy (id, user_id, named_at, named_by) VALUES (1,?,?,?) "
                "ON CONFLICT (id) DO UPDATE SET user_id = excluded.user_id, "
                "named_at = excluded.named_at, named_by = excluded.named_by"));
            q.addBindValue(idOrNull(userId));
            q.addBindValue(toIsoUtc(w.now()));
            q.addBindValue(idOrNull(w.actor().userId));
            if (Status s = runQuery(q); !s)
                return s;
            w.entry().before = QJsonObject{{QStringLiteral("user_id"), before.value()}};
            w.entry().after = QJsonObject{{QStringLiteral("user_id"), userId}};
            return Status::success();
        });
}

Result<qint64> PetitionStore::extensionDeputy() const
{
    QSqlQuery q(m_db.connection());
    if (Status s = runQuery(
            q, QStringLiteral("SELECT coalesce(user_id, 0) FROM petition_deputy WHERE id = 1"));
        !s)
        return s;
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<PetitionCase> PetitionStore::read(qint64 caseId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 WHERE c.id = ?").arg(QLatin1String(kCaseColumns)));
    q.addBindValue(caseId);
    if (Status s = runSingle(q, Tr::tr("The case no longer exists.")); !s)
        return s;
    PetitionCase c = caseFromRow(q);

    auto cipher = FieldCipher::forDatabase(m_db);
    if (!cipher)
        return cipher.status();
    q.prepare(
        QStringLiteral("SELECT id, coalesce(person_id, 0), name, phone_enc, address, "
                       "citizen_id FROM petition_petitioners WHERE case_id = ? ORDER BY ord"));
    q.addBindValue(caseId);
    if (Status s = runQuery(q); !s)
        return s;
    while (q.next()) {
        Petitioner p;
        p.id = q.value(0).toLongLong();
        p.personId = q.value(1).toLongLong();
        p.name = q.value(2).toString();
        auto phone = cipher.value()->decrypt(q.value(3).toString());
        if (!phone)
            return phone.status();
        p.phone = phone.value();
        p.address = q.value(4).toString();
        p.citizenId = q.value(5).toString();
        c.petitioners << p;
    }

    q.prepare(QStringLiteral("SELECT sha256, extension, title FROM petition_attachments WHERE "
                             "case_id = ? ORDER BY ord"));
    q.addBindValue(caseId);
    if (Status s = runQuery(q); !s)
        return s;
    while (q.next())
        c.attachments << PetitionAttachment{q.value(0).toString(), q.value(1).toString(),
                                            q.value(2).toString()};

    q.prepare(QStringLiteral("SELECT id, at, kind, coalesce(user_id, 0), actor_name, opinion FROM "
                             "petition_steps WHERE case_id = ? ORDER BY id"));
    q.addBindValue(caseId);
    if (Status s = runQuery(q); !s)
        return s;
    while (q.next()) {
        PetitionStep st;
        st.id = q.value(0).toLongLong();
        st.at = fromIsoUtc(q.value(1).toString()).toLocalTime();
        st.kind = q.value(2).toString();
        st.userId = q.value(3).toLongLong();
        st.actorName = q.value(4).toString();
        st.opinion = q.value(5).toString();
        c.steps << st;
    }
    return c;
}

Result<qint64> PetitionStore::caseOfVisit(qint64 visitId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id FROM petition_cases WHERE visit_id = ? ORDER BY id LIMIT 1"));
    q.addBindValue(visitId);
    if (Status s = runQuery(q); !s)
        return s;
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

} // namespace youfu::core
