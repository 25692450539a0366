#include "visit/campaignstore.h"

#include "approval/approvalrules.h"
#include "approval/signaturestore.h"
#include "common/isotime.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "db/sqlvalues.h"
#include "registry/citizenid.h"
#include "security/permission.h"
#include "visit/campaignrules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::CampaignStore)
};

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

const char* const kLineColumns =
    "l.id, l.campaign_id, l.person_id, l.person_name, p.citizen_id, l.township_code, "
    "l.township_name, l.categories_text, l.amount_category, l.amount_fen, l.delivery, "
    "l.delivered_on, l.delivery_note FROM campaign_lines l JOIN persons p ON p.id = l.person_id";

CampaignLine readLine(const QSqlQuery& q)
{
    CampaignLine l;
    l.id = q.value(0).toLongLong();
    l.campaignId = q.value(1).toLongLong();
    l.personId = q.value(2).toLongLong();
    l.personName = q.value(3).toString();
    l.maskedCitizenId = CitizenId::mask(q.value(4).toString());
    l.townshipCode = q.value(5).toString();
    l.townshipName = q.value(6).toString();
    l.categoriesText = q.value(7).toString();
    l.amountCategory = q.value(8).toString();
    l.amountFen = q.value(9).toLongLong();
    l.delivery = CampaignRules::deliveryFromKey(q.value(10).toString()).value();
    l.deliveredOn = fromIsoDate(q.value(11).toString());
    l.deliveryNote = q.value(12).toString();
    return l;
}

QJsonObject lineJson(const CampaignLine& l)
{
    return {{QStringLiteral("campaign_id"), l.campaignId},
            {QStringLiteral("person_id"), l.personId},
            {QStringLiteral("name"), l.personName},
            {QStringLiteral("amount_yuan"), CampaignRules::yuan(l.amountFen)},
            {QStringLiteral("delivery"), CampaignRules::deliveryKey(l.delivery)},
            {QStringLiteral("delivered_on"), toIsoDate(l.deliveredOn)},
            {QStringLiteral("note"), l.deliveryNote}};
}
} // namespace

QJsonObject CampaignStore::auditJson(const Campaign& c)
{
    return {{QStringLiteral("festival"), CampaignRules::festivalKey(c.festival)},
            {QStringLiteral("year"), c.year},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("categories"), c.categoryCodes.join(QLatin1Char(','))},
            {QStringLiteral("townships"), c.townshipCodes.join(QLatin1Char(','))},
            {QStringLiteral("state"), ApprovalRules::stateKey(c.state)},
            {QStringLiteral("round"), c.round},
            {QStringLiteral("step"), c.currentStep},
            {QStringLiteral("persons"), c.persons},
            {QStringLiteral("total_yuan"), CampaignRules::yuan(c.totalFen)}};
}

Result<QList<FestivalAmount>> CampaignStore::amounts() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT a.id, a.festival, a.category_code, c.name, a.amount_fen, a.effective_from, "
        "a.basis_number, a.basis_title FROM festival_amounts a JOIN categories c ON c.code = "
        "a.category_code ORDER BY a.festival, c.sort_order, a.category_code, a.effective_from"));
    if (Status s = runQuery(q); !s)
        return s;
    QList<FestivalAmount> out;
    while (q.next()) {
        FestivalAmount a;
        a.id = q.value(0).toLongLong();
        a.festival = CampaignRules::festivalFromKey(q.value(1).toString()).value();
        a.categoryCode = q.value(2).toString();
        a.categoryName = q.value(3).toString();
        a.amountFen = q.value(4).toLongLong();
        a.effectiveFrom = fromIsoDate(q.value(5).toString());
        a.basisNumber = q.value(6).toString();
        a.basisTitle = q.value(7).toString();
        out << a;
    }
    return out;
}

Result<QHash<QString, qint64>> CampaignStore::amountsInForce(Festival festival,
                                                             const QDate& on) const
{
    // The latest line of each category in force on the day (rows are only ever added).
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT category_code, amount_fen FROM festival_amounts WHERE festival = ? AND "
        "effective_from <= ? ORDER BY category_code, effective_from"));
    q.addBindValue(CampaignRules::festivalKey(festival));
    q.addBindValue(toIsoDate(on));
    if (Status s = runQuery(q); !s)
        return s;
    QHash<QString, qint64> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong()); // later rows supersede
    return out;
}

Result<qint64> CampaignStore::addAmount(const Actor& actor, const FestivalAmount& in)
{
    if (in.amountFen <= 0)
        return Result<qint64>::failure(Tr::tr("Enter the amount of the gift."));
    if (in.categoryCode.isEmpty())
        return Result<qint64>::failure(Tr::tr("Choose the category."));
    if (!in.effectiveFrom.isValid())
        return Result<qint64>::failure(Tr::tr("Enter the day the amount takes effect."));
    if (in.basisNumber.trimmed().isEmpty() || in.basisTitle.trimmed().isEmpty())
        return Result<qint64>::failure(
            Tr::tr("Enter the basis document (its number and title) of the amount."));
    return AuditedWrite::produce<qint64>(
        m_db, actor, Authority::of(Permission::EditPolicyBook),
        {QStringLiteral("campaign.amount_add"), QStringLiteral("festival_amount")},
        [&](WriteScope& w) -> Result<qint64> {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "INSERT INTO festival_amounts (festival, category_code, amount_fen, "
                "effective_from, basis_number, basis_title, created_at, created_by) VALUES "
                "(?,?,?,?,?,?,?,?)"));
            q.addBindValue(CampaignRules::festivalKey(in.festival));
            q.addBindValue(in.categoryCode);
            q.addBindValue(in.amountFen);
            q.addBindValue(toIsoDate(in.effectiveFrom));
            q.addBindValue(in.basisNumber.trimmed());
            q.addBindValue(in.basisTitle.trimmed());
            q.addBindValue(toIsoUtc(w.now()));
            q.addBindValue(actor.userId);
            if (Status s = runQuery(q); !s)
                return s;
            const qint64 id = q.lastInsertId().toLongLong();
            w.entry().entityId = QString::number(id);
            w.entry().after = QJsonObject{
                {QStringLiteral("festival"), CampaignRules::festivalKey(in.festival)},
                {QStringLiteral("category"), in.categoryCode},
                {QStringLiteral("amount_yuan"), CampaignRules::yuan(in.amountFen)},
                {QStringLiteral("effective_from"), toIsoDate(in.effectiveFrom)},
                {QStringLiteral("basis"),
                 QString(in.basisNumber.trimmed() + QLatin1Char(' ') + in.basisTitle.trimmed())}};
            return id;
        });
}

Result<int> CampaignStore::fillLines(WriteScope& w, qint64 id, const CampaignDraft& d)
{
    const QDate today = m_db.clock().today();
    auto amounts = amountsInForce(d.festival, today);
    if (!amounts)
        return amounts.status();
    QStringList missing = CampaignRules::missingAmounts(d.categoryCodes, amounts.value());
    QSqlQuery q(m_db.connection());
    for (QString& code : missing) {
        q.prepare(QStringLiteral("SELECT name FROM categories WHERE code = ?"));
        q.addBindValue(code);
        if (Status s = runSingle(q, Tr::tr("There is no category “%1”.").arg(code)); !s)
            return s;
        code = q.value(0).toString();
    }
    if (!missing.isEmpty())
        return Result<int>::failure(
            Tr::tr("The festival amount table has no amount for %1: the section chief enters it, "
                   "with its basis document, before the list is made.")
                .arg(missing.join(QStringLiteral("、"))));
    if (!q.exec(QStringLiteral("DELETE FROM campaign_lines WHERE campaign_id = %1").arg(id)))
        return sqlFailure(q);
    QString sql =
        QStringLiteral(
            "SELECT p.id, p.name, COALESCE(p.name_pinyin, p.name), p.township_code, t.name, "
            "pc.category_code, c.name FROM persons p JOIN person_categories pc ON pc.person_id = "
            "p.id JOIN townships t ON t.code = p.township_code JOIN categories c ON c.code = "
            "pc.category_code WHERE p.status = 'active' AND pc.start_date <= ? AND (pc.end_date IS "
            "NULL OR pc.end_date > ?) AND pc.category_code IN (%1)")
            .arg(placeholders(d.categoryCodes.size()));
    if (!d.townshipCodes.isEmpty())
        sql += QStringLiteral(" AND p.township_code IN (%1)")
                   .arg(placeholders(d.townshipCodes.size()));
    sql += QStringLiteral(" ORDER BY t.sort_order, p.township_code, 3, p.id");
    q.prepare(sql);
    q.addBindValue(toIsoDate(today));
    q.addBindValue(toIsoDate(today));
    for (const QString& c : d.categoryCodes)
        q.addBindValue(c);
    for (const QString& t : d.townshipCodes)
        q.addBindValue(t);
    if (Status s = runQuery(q); !s)
        return s;
    struct Pending
    {
        CampaignLine line;
        QString sortName;
        QStringList held;
        QHash<QString, QString> names;
    };
    QList<Pending> persons;
    while (q.next()) {
        const qint64 pid = q.value(0).toLongLong();
        if (persons.isEmpty() || persons.last().line.personId != pid) {
            Pending p;
            p.line.personId = pid;
            p.line.personName = q.value(1).toString();
            p.sortName = q.value(2).toString();
            p.line.townshipCode = q.value(3).toString();
            p.line.townshipName = q.value(4).toString();
            persons << p;
        }
        persons.last().held << q.value(5).toString();
        persons.last().names.insert(q.value(5).toString(), q.value(6).toString());
    }
    QSqlQuery ins(m_db.connection());
    ins.prepare(QStringLiteral(
        "INSERT INTO campaign_lines (campaign_id, person_id, person_name, sort_name, "
        "township_code, township_name, categories_text, amount_category, amount_fen) VALUES "
        "(?,?,?,?,?,?,?,?,?)"));
    for (Pending& p : persons) {
        const CampaignAmount a = CampaignRules::amountFor(p.held, d.categoryCodes, amounts.value());
        QStringList titles;
        for (const QString& code : d.categoryCodes)
            if (p.held.contains(code) && !titles.contains(p.names.value(code)))
                titles << p.names.value(code);
        ins.addBindValue(id);
        ins.addBindValue(p.line.personId);
        ins.addBindValue(p.line.personName);
        ins.addBindValue(p.sortName);
        ins.addBindValue(p.line.townshipCode);
        ins.addBindValue(p.line.townshipName);
        ins.addBindValue(titles.join(QStringLiteral("、")));
        ins.addBindValue(a.categoryCode);
        ins.addBindValue(a.amountFen);
        if (Status s = runQuery(ins); !s)
            return s;
    }
    Q_UNUSED(w);
    return int(persons.size());
}

Result<qint64> CampaignStore::draft(const Actor& actor, const CampaignDraft& in)
{
    if (const QStringList p = CampaignRules::checkDraft(in); !p.isEmpty())
        return Result<qint64>::failure(p.join(QLatin1Char('\n')));
    return AuditedWrite::produce<qint64>(
        m_db, actor, Authority::of(Permission::ManageCampaigns),
        {QStringLiteral("campaign.draft"), QStringLiteral("campaign")},
        [&](WriteScope& w) -> Result<qint64> {
            QSqlQuery q(m_db.connection());
            q.prepare(
                QStringLiteral("SELECT count(*) FROM campaigns WHERE festival = ? AND year = ?"));
            q.addBindValue(CampaignRules::festivalKey(in.festival));
            q.addBindValue(in.year);
            if (Status s = runSingle(q, QString()); !s)
                return s;
            if (q.value(0).toInt() > 0)
                return Result<qint64>::failure(Tr::tr("There is already a %1 campaign of %2.")
                                                   .arg(CampaignRules::festivalTitle(in.festival))
                                                   .arg(in.year));
            const QString now = toIsoUtc(w.now());
            q.prepare(QStringLiteral(
                "INSERT INTO campaigns (festival, year, title, categories, townships, drafted_by, "
                "drafted_at, updated_at) VALUES (?,?,?,?,?,?,?,?)"));
            q.addBindValue(CampaignRules::festivalKey(in.festival));
            q.addBindValue(in.year);
            q.addBindValue(in.title.trimmed().isEmpty()
                               ? CampaignRules::defaultTitle(in.festival, in.year)
                               : in.title.trimmed());
            q.addBindValue(textOrEmpty(in.categoryCodes.join(QLatin1Char(','))));
            q.addBindValue(textOrEmpty(in.townshipCodes.join(QLatin1Char(','))));
            q.addBindValue(actor.userId);
            q.addBindValue(now);
            q.addBindValue(now);
            if (Status s = runQuery(q); !s)
                return s;
            const qint64 id = q.lastInsertId().toLongLong();
            if (auto n = fillLines(w, id, in); !n)
                return n.status();
            auto after = byId(id);
            if (!after)
                return after.status();
            w.entry().entityId = QString::number(id);
            w.entry().after = auditJson(after.value());
            return id;
        });
}

Status CampaignStore::remake(const Actor& actor, qint64 id, const CampaignDraft& in)
{
    if (const QStringList p = CampaignRules::checkDraft(in); !p.isEmpty())
        return Status::failure(p.join(QLatin1Char('\n')));
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ManageCampaigns),
        {QStringLiteral("campaign.remake"), QStringLiteral("campaign"), QString::number(id)},
        [&](WriteScope& w) -> Status {
            auto before = byId(id);
            if (!before)
                return before.status();
            if (auto t = ApprovalRules::next(before->state, ApprovalAction::Amend, 0, 0); !t)
                return Status::failure(
                    Tr::tr("The list of a campaign that is “%1” cannot be changed.")
                        .arg(ApprovalRules::stateTitle(before->state)));
            CampaignDraft d = in;
            d.festival = before->festival; // festival and year name the campaign
            d.year = before->year;
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE campaigns SET title = ?, categories = ?, townships = "
                                     "?, updated_at = ? WHERE id = ?"));
            q.addBindValue(d.title.trimmed().isEmpty() ? before->title : d.title.trimmed());
            q.addBindValue(textOrEmpty(d.categoryCodes.join(QLatin1Char(','))));
            q.addBindValue(textOrEmpty(d.townshipCodes.join(QLatin1Char(','))));
            q.addBindValue(toIsoUtc(w.now()));
            q.addBindValue(id);
            if (Status s = runQuery(q); !s)
                return s;
            if (auto n = fillLines(w, id, d); !n)
                return n.status();
            auto after = byId(id);
            if (!after)
                return after.status();
            w.entry().before = auditJson(before.value());
            w.entry().after = auditJson(after.value());
            return Status::success();
        });
}

Status CampaignStore::submit(const Actor& actor, qint64 id)
{
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ManageCampaigns),
        {QStringLiteral("campaign.submit"), QStringLiteral("campaign"), QString::number(id)},
        [&](WriteScope& w) -> Status {
            auto before = byId(id);
            if (!before)
                return before.status();
            const QList<Role> chain = ApprovalRules::defaultChain();
            auto t = ApprovalRules::next(before->state, ApprovalAction::Submit, 0, chain.size());
            if (!t)
                return Status::failure(Tr::tr("A campaign that is “%1” cannot be submitted.")
                                           .arg(ApprovalRules::stateTitle(before->state)));
            if (before->persons == 0)
                return Status::failure(Tr::tr("The list is empty: nobody to visit."));
            const int round = before->round + 1;
            const QString now = toIsoUtc(w.now());
            if (Status s =
                    SignatureStore(m_db, SignatureStore::Owner::Campaign)
                        .add(id, round, 0, Role::Clerk, StepDecision::Submit, QString(),
                             actor.userId,
                             actor.displayName.isEmpty() ? actor.login : actor.displayName, now);
                !s)
                return s;
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE campaigns SET state = 'pending', round = ?, "
                                     "current_step = 1, chain = ?, updated_at = ? WHERE id = ?"));
            q.addBindValue(round);
            q.addBindValue(ApprovalRules::chainToText(chain));
            q.addBindValue(now);
            q.addBindValue(id);
            if (Status s = runQuery(q); !s)
                return s;
            auto after = byId(id);
            if (!after)
                return after.status();
            if (round > 1)
                w.entry().action = QStringLiteral("campaign.resubmit");
            w.entry().before = auditJson(before.value());
            w.entry().after = auditJson(after.value());
            return Status::success();
        });
}

Status CampaignStore::sign(const Actor& actor, qint64 id, StepDecision decision,
                           const QString& opinion)
{
    if (decision == StepDecision::Submit)
        return Status::failure(Tr::tr("Submitting is not a signature."));
    auto before = byId(id);
    if (!before)
        return before.status();
    const Role role = before->waitingRole();
    const Permission permission = ApprovalRules::signingPermission(role);
    if (before->state != ApplicationState::Pending)
        return Status::failure(Tr::tr("The campaign is “%1”: there is nothing to sign.")
                                   .arg(ApprovalRules::stateTitle(before->state)));
    if (Status s = ApprovalRules::checkOpinion(decision, opinion); !s)
        return s;
    return AuditedWrite::run(m_db, actor, Authority::of(permission),
                             {QStringLiteral("campaign.") + ApprovalRules::decisionKey(decision),
                              QStringLiteral("campaign"), QString::number(id)},
                             [&](WriteScope& w) { return signIn(w, id, decision, opinion); });
}

Status CampaignStore::signIn(WriteScope& w, qint64 id, StepDecision decision,
                             const QString& opinionIn)
{
    const Actor& actor = w.actor();
    auto c = byId(id); // again, inside the write lock
    if (!c)
        return c.status();
    const ApprovalAction action = decision == StepDecision::Approve  ? ApprovalAction::Approve
                                  : decision == StepDecision::Return ? ApprovalAction::Return
                                                                     : ApprovalAction::Reject;
    auto t = ApprovalRules::next(c->state, action, c->currentStep, c->chain.size());
    if (!t)
        return t.status();
    QList<qint64> drafters{c->draftedBy};
    for (const ApprovalStep& s : c->steps)
        if (s.decision == StepDecision::Submit)
            drafters << s.signerId;
    if (Status s = ApprovalRules::checkSigner(actor, c->waitingRole(), drafters, c->steps); !s)
        return s;
    const QString opinion = opinionIn.trimmed().isEmpty() && decision == StepDecision::Approve
                                ? QStringLiteral("同意。")
                                : opinionIn.trimmed();
    const QString now = toIsoUtc(w.now());
    if (Status s = SignatureStore(m_db, SignatureStore::Owner::Campaign)
                       .add(id, c->round, c->currentStep, c->waitingRole(), decision, opinion,
                            actor.userId,
                            actor.displayName.isEmpty() ? actor.login : actor.displayName, now);
        !s)
        return s;
    QSqlQuery q(m_db.connection());
    const bool open = t->state == ApplicationState::Pending;
    q.prepare(QStringLiteral("UPDATE campaigns SET state = ?, current_step = ?, decided_at = ?, "
                             "updated_at = ? WHERE id = ?"));
    q.addBindValue(ApprovalRules::stateKey(t->state));
    q.addBindValue(t->step);
    q.addBindValue(open || t->state == ApplicationState::Returned ? QVariant() : QVariant(now));
    q.addBindValue(now);
    q.addBindValue(id);
    if (Status s = runQuery(q); !s)
        return s;
    auto after = byId(id);
    if (!after)
        return after.status();
    w.entry().before = auditJson(c.value());
    w.entry().after = auditJson(after.value());
    return Status::success();
}

Status CampaignStore::recordDelivery(const Actor& actor, qint64 lineId, Delivery delivery,
                                     const QDate& on, const QString& note)
{
    if (Status s = CampaignRules::checkDelivery(delivery, on, note); !s)
        return s;
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ManageCampaigns),
        {QStringLiteral("campaign.delivery"), QStringLiteral("campaign_line"),
         QString::number(lineId)},
        [&](WriteScope& w) -> Status {
            auto before = line(lineId);
            if (!before)
                return before.status();
            // Only the campaign's state: its totals (four sums over every line) would make
            // recording a whole roster's deliveries quadratic.
            QSqlQuery state(m_db.connection());
            state.prepare(QStringLiteral("SELECT state FROM campaigns WHERE id = ?"));
            state.addBindValue(before->campaignId);
            if (Status s = runSingle(
                    state, Tr::tr("There is no campaign number %1.").arg(before->campaignId));
                !s)
                return s;
            Campaign c;
            ApprovalRules::stateFromKey(state.value(0).toString(), &c.state);
            if (!c.frozen())
                return Status::failure(
                    Tr::tr("Deliveries are recorded once the director has approved the list."));
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE campaign_lines SET delivery = ?, delivered_on = ?, "
                                     "delivery_note = ? WHERE id = ?"));
            q.addBindValue(CampaignRules::deliveryKey(delivery));
            q.addBindValue(delivery == Delivery::Delivered ? QVariant(toIsoDate(on)) : QVariant());
            q.addBindValue(textOrEmpty(note.trimmed()));
            q.addBindValue(lineId);
            if (Status s = runQuery(q); !s)
                return s;
            auto after = line(lineId);
            if (!after)
                return after.status();
            w.entry().before = lineJson(before.value());
            w.entry().after = lineJson(after.value());
            return Status::success();
        });
}

Result<Campaign> CampaignStore::byId(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT c.id, c.festival, c.year, c.title, c.categories, c.townships, c.state, c.round, "
        "c.current_step, c.chain, c.drafted_by, c.drafted_at, c.decided_at, (SELECT count(*) "
        "FROM campaign_lines WHERE campaign_id = c.id), (SELECT COALESCE(sum(amount_fen), 0) "
        "FROM campaign_lines WHERE campaign_id = c.id), (SELECT count(*) FROM campaign_lines "
        "WHERE campaign_id = c.id AND delivery = 'delivered'), (SELECT count(*) FROM "
        "campaign_lines WHERE campaign_id = c.id AND delivery = 'not_delivered') FROM campaigns "
        "c WHERE c.id = ?"));
    q.addBindValue(id);
    if (Status s = runSingle(q, Tr::tr("There is no campaign number %1.").arg(id)); !s)
        return s;
    Campaign c;
    c.id = q.value(0).toLongLong();
    c.festival = CampaignRules::festivalFromKey(q.value(1).toString()).value();
    c.year = q.value(2).toInt();
    c.title = q.value(3).toString();
    c.categoryCodes = q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.townshipCodes = q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    ApprovalRules::stateFromKey(q.value(6).toString(), &c.state);
    c.round = q.value(7).toInt();
    c.currentStep = q.value(8).toInt();
    c.chain = ApprovalRules::chainFromText(q.value(9).toString());
    c.draftedBy = q.value(10).toLongLong();
    c.draftedAt = fromIsoUtc(q.value(11).toString());
    if (!q.value(12).isNull())
        c.decidedAt = fromIsoUtc(q.value(12).toString());
    c.persons = q.value(13).toInt();
    c.totalFen = q.value(14).toLongLong();
    c.delivered = q.value(15).toInt();
    c.notDelivered = q.value(16).toInt();

    auto steps = SignatureStore(m_db, SignatureStore::Owner::Campaign).of(id);
    if (!steps)
        return steps.status();
    c.steps = steps.value();
    return c;
}

Result<QList<Campaign>> CampaignStore::all() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM campaigns ORDER BY year DESC, festival, id DESC"));
    if (Status s = runQuery(q); !s)
        return s;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<Campaign> out;
    for (qint64 id : ids) {
        auto c = byId(id);
        if (!c)
            return c.status();
        out << c.value();
    }
    return out;
}

Result<QList<CampaignLine>> CampaignStore::lines(qint64 campaignId,
                                                 const QString& townshipCode) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 LEFT JOIN townships t ON t.code = l.township_code WHERE "
                             "l.campaign_id = ? AND (? = '' OR l.township_code = ?) ORDER BY "
                             "t.sort_order, l.township_code, l.sort_name, l.id")
                  .arg(QLatin1String(kLineColumns)));
    q.addBindValue(campaignId);
    q.addBindValue(textOrEmpty(townshipCode));
    q.addBindValue(textOrEmpty(townshipCode));
    if (Status s = runQuery(q); !s)
        return s;
    QList<CampaignLine> out;
    while (q.next())
        out << readLine(q);
    return out;
}

Result<CampaignLine> CampaignStore::line(qint64 lineId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 WHERE l.id = ?").arg(QLatin1String(kLineColumns)));
    q.addBindValue(lineId);
    if (Status s = runSingle(q, Tr::tr("There is no line number %1 in any campaign.").arg(lineId));
        !s)
        return s;
    return readLine(q);
}

} // namespace youfu::core
