// PaymentStore::draftRoll: the month's regular roll drafted from the registry in a few big
// reads, computed in C++ (PaymentRules) and written with prepared statements. 200,000 persons
// must take no more than a few seconds (tests/bench/bench_payments.cpp).
#include "payment/paymentstore.h"

#include "approval/approvalrules.h"
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
#include "payment/pricebook.h"
#include "policy/policyrules.h"
#include "policy/policystore.h"
#include "security/permission.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::PaymentStore)
};

struct Candidate
{
    qint64 id = 0;
    QString name;
    QString sortName;
    QString townshipCode;
    QString townshipName;
    int townshipOrder = 0;
    QString villageName;
    QString bankName;
    bool hasAccount = false;
    QString status;
    QDate since;
    Residence residence = Residence::All;
    QList<HeldCategory> held;
};

struct DraftLine
{
    const Candidate* person = nullptr;
    QList<PaymentItem> items;
    qint64 totalFen = 0;
    QString categoriesText;
};

struct DraftRecovery
{
    const Candidate* person = nullptr;
    QList<Overpaid> months;
    qint64 totalFen = 0;
};

const QString kLive = QStringLiteral("state NOT IN ('cancelled', 'rejected')");

// The earliest month something changed that was recorded after `since` (an ISO UTC time),
// effective before `before`; null when nothing did.
Result<QDate> earliestChange(Database& db, const QString& since, const QDate& before)
{
    const QString sqls[] = {
        QStringLiteral("SELECT min(effective_from) FROM benefit_standards WHERE item = 'annual' "
                       "AND created_at > ? AND effective_from < ?"),
        QStringLiteral("SELECT min(effective_from) FROM benefit_decisions WHERE created_at > ? "
                       "AND effective_from < ?"),
        QStringLiteral("SELECT min(since) FROM person_status_changes WHERE recorded_at > ? AND "
                       "since < ?")};
    QDate earliest;
    QSqlQuery q(db.connection());
    for (const QString& sql : sqls) {
        q.prepare(sql);
        q.addBindValue(since);
        q.addBindValue(toIsoDate(before));
        if (Status s = runSingle(q, QString()); !s)
            return s;
        const QDate d = fromIsoDate(q.value(0).toString());
        if (d.isValid() && (!earliest.isValid() || d < earliest))
            earliest = d;
    }
    return earliest.isValid() ? PaymentRules::monthOf(earliest) : QDate();
}

// The months of earlier live rolls that may be settled again: from the earliest change
// recorded since the previous regular roll was drafted to the month before `month`, never
// before the first roll. Empty on the first roll ever.
Result<QList<QDate>> backPayWindow(Database& db, const QDate& month)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT drafted_at FROM payment_rolls WHERE kind = 'regular' AND %1 "
                             "AND month < ? ORDER BY month DESC, id DESC LIMIT 1")
                  .arg(kLive));
    q.addBindValue(PaymentRules::monthKey(month));
    if (Status s = runQuery(q); !s)
        return s;
    if (!q.next())
        return QList<QDate>();
    const QString previousDraft = q.value(0).toString();
    q.prepare(QStringLiteral("SELECT min(month) FROM payment_rolls WHERE kind = 'regular' AND %1")
                  .arg(kLive));
    if (Status s = runSingle(q, QString()); !s)
        return s;
    const QDate firstRoll = PaymentRules::monthFromKey(q.value(0).toString());
    auto earliest = earliestChange(db, previousDraft, month);
    if (!earliest)
        return earliest.status();
    if (!earliest.value().isValid())
        return QList<QDate>();
    const QDate first = std::max(earliest.value(), firstRoll);
    const QDate last = PaymentRules::addMonths(month, -1);
    if (!first.isValid() || first > last)
        return QList<QDate>();
    return PaymentRules::monthsBetween(first, last);
}

Result<QList<Candidate>> readCandidates(Database& db, const QDate& from)
{
    RawStatement q(
        db, "SELECT p.id, p.name, COALESCE(p.name_pinyin, p.name), p.township_code, t.name, "
            "t.kind, t.sort_order, COALESCE(v.name, ''), COALESCE(v.kind, ''), p.bank_name, "
            "p.bank_account_enc <> '', p.status, p.status_since FROM persons p JOIN townships t "
            "ON t.code = p.township_code LEFT JOIN villages v ON v.code = p.village_code WHERE "
            "EXISTS (SELECT 1 FROM person_categories pc WHERE pc.person_id = p.id AND "
            "(pc.end_date IS NULL OR pc.end_date >= ?)) ORDER BY p.id");
    if (Status s = q.prepared(); !s)
        return s;
    q.bind(1, toIsoDate(from));
    // Townships, villages and states repeat: one shared copy of each text.
    QHash<QString, QString> shared;
    const auto once = [&shared](QString text) {
        auto it = shared.constFind(text);
        if (it == shared.cend())
            it = shared.insert(text, text);
        return it.value();
    };
    QList<Candidate> out;
    for (;;) {
        auto row = q.next();
        if (!row)
            return row.status();
        if (!row.value())
            break;
        Candidate c;
        c.id = q.int64(0);
        c.name = q.text(1);
        c.sortName = q.text(2);
        c.townshipCode = once(q.text(3));
        c.townshipName = once(q.text(4));
        c.residence = PolicyRules::residenceOf(q.text(5), q.text(8));
        c.townshipOrder = int(q.int64(6));
        c.villageName = once(q.text(7));
        c.bankName = once(q.text(9));
        c.hasAccount = q.int64(10) != 0;
        c.status = once(q.text(11));
        c.since = fromIsoDate(q.text(12));
        out.append(std::move(c));
    }
    return out;
}

Status readHeld(Database& db, const QDate& from, QList<Candidate>& persons)
{
    QHash<qint64, qsizetype> index;
    index.reserve(persons.size());
    for (qsizetype i = 0; i < persons.size(); ++i)
        index.insert(persons[i].id, i);
    RawStatement q(
        db, "SELECT pc.person_id, pc.id, pc.category_code, COALESCE(pc.grade, 0), "
            "COALESCE(pc.nature, ''), pc.start_date, pc.end_date, bd.created_at, bd.type FROM "
            "person_categories pc LEFT JOIN benefit_decisions bd ON bd.id = (SELECT max(b.id) "
            "FROM benefit_decisions b WHERE b.person_id = pc.person_id AND b.effective_from = "
            "pc.start_date AND b.category_code = pc.category_code) WHERE pc.end_date IS NULL OR "
            "pc.end_date >= ? ORDER BY pc.person_id, pc.id");
    if (Status s = q.prepared(); !s)
        return s;
    q.bind(1, toIsoDate(from));
    QHash<QString, QString> shared;
    const auto once = [&shared](QString text) {
        auto it = shared.constFind(text);
        if (it == shared.cend())
            it = shared.insert(text, text);
        return it.value();
    };
    for (;;) {
        auto row = q.next();
        if (!row)
            return row.status();
        if (!row.value())
            break;
        const auto it = index.constFind(q.int64(0));
        if (it == index.cend())
            continue;
        HeldCategory h;
        h.id = q.int64(1);
        h.categoryCode = once(q.text(2));
        h.grade = int(q.int64(3));
        h.nature = once(q.text(4));
        h.startDate = fromIsoDate(q.text(5));
        h.endDate = fromIsoDate(q.text(6));
        if (!q.isNull(7))
            h.approvedOn = fromIsoUtc(q.text(7)).toLocalTime().date();
        h.decisionType = once(q.text(8));
        persons[it.value()].held << h;
    }
    return Status::success();
}

// What was already put on live regular rolls for the window's months: person, month, fen, in
// person order (one flat list: a hash per person costs more than the 200,000 rows it holds).
struct PaidMonth
{
    qint64 personId = 0;
    QDate month;
    qint64 fen = 0;
};

Result<QList<PaidMonth>> readPaidBefore(Database& db, const QList<QDate>& window)
{
    QList<PaidMonth> out;
    if (window.isEmpty())
        return out;
    const QByteArray sql =
        QStringLiteral(
            "SELECT i.person_id, i.month, sum(i.amount_fen) FROM payment_items i JOIN "
            "payment_lines l ON l.id = i.line_id JOIN payment_rolls r ON r.id = l.roll_id "
            "WHERE i.month BETWEEN ? AND ? AND r.kind = 'regular' AND r.%1 AND "
            "l.reissue_of IS NULL GROUP BY i.person_id, i.month ORDER BY i.person_id, i.month")
            .arg(kLive)
            .toUtf8();
    RawStatement q(db, sql.constData());
    if (Status s = q.prepared(); !s)
        return s;
    q.bind(1, PaymentRules::monthKey(window.first()));
    q.bind(2, PaymentRules::monthKey(window.last()));
    QHash<QString, QDate> months;
    for (;;) {
        auto row = q.next();
        if (!row)
            return row.status();
        if (!row.value())
            break;
        const QString key = q.text(1);
        auto it = months.constFind(key);
        if (it == months.cend())
            it = months.insert(key, PaymentRules::monthFromKey(key));
        out.append({q.int64(0), it.value(), q.int64(2)});
    }
    return out;
}

Result<QHash<qint64, QList<QDate>>> readRecovered(Database& db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (Status s = runQuery(q, QStringLiteral("SELECT person_id, months FROM payment_recoveries"));
        !s)
        return s;
    QHash<qint64, QList<QDate>> out;
    while (q.next())
        for (const QString& key : q.value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            out[q.value(0).toLongLong()] << PaymentRules::monthFromKey(key);
    return out;
}

QJsonObject draftJson(const QDate& month, const QString& title, const RollDraftResult& r)
{
    return {{QStringLiteral("month"), PaymentRules::monthKey(month)},
            {QStringLiteral("title"), title},
            {QStringLiteral("lines"), r.lines},
            {QStringLiteral("held"), r.held},
            {QStringLiteral("back_pay_items"), r.backPayItems},
            {QStringLiteral("recoveries"), r.recoveries},
            {QStringLiteral("total_yuan"), PolicyRules::yuan(r.totalFen)}};
}
} // namespace

Result<RollDraftResult> PaymentStore::draftRoll(const Actor& actor, const QDate& monthIn,
                                                const std::function<bool(int)>& progress)
{
    const QDate month = PaymentRules::monthOf(monthIn);
    if (!month.isValid())
        return Result<RollDraftResult>::failure(Tr::tr("Choose the month of the roll."));
    const auto cancelled = [&](int permille) { return progress && !progress(permille); };
    const QString cancelMessage = Tr::tr("Drafting the roll was cancelled: nothing was saved.");
    // Every reference the draft writes holds by construction, inside its own transaction: each
    // person id was just read from persons, the roll and line ids were just inserted, each
    // standard id comes from the policy book read, the user is the acting one. Checking them
    // again costs a look-up in the 200,000 persons per line and per item (half the draft), so
    // the foreign keys are not checked while the roll is written (see BulkPragmas).
    const BulkPragmas pragmas(m_db.connection(), 65536, BulkPragmas::ForeignKeys::Trusted);
    return AuditedWrite::produce<RollDraftResult>(
        m_db, actor, Authority::of(Permission::ManagePayments),
        {QStringLiteral("payment.roll_draft"), QStringLiteral("payment_roll")},
        [&](WriteScope& w) -> Result<RollDraftResult> {
            PhaseTimer phase("draft");
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT count(*) FROM payment_rolls WHERE kind = 'regular' "
                                     "AND month = ? AND %1")
                          .arg(kLive));
            q.addBindValue(PaymentRules::monthKey(month));
            if (Status s = runSingle(q, QString()); !s)
                return s;
            if (q.value(0).toInt() > 0)
                return Result<RollDraftResult>::failure(
                    Tr::tr("There is already a roll of %1: cancel it first to draft it again.")
                        .arg(PaymentRules::monthTitle(month)));
            auto window = backPayWindow(m_db, month);
            if (!window)
                return window.status();
            const PaymentSettings settings = PaymentListStore(m_db).settings();
            QDate from = month;
            if (!window->isEmpty())
                from = window->first();
            phase.lap("window");
            auto persons = readCandidates(m_db, from);
            if (!persons)
                return persons.status();
            phase.lap("read persons");
            if (cancelled(100))
                return Result<RollDraftResult>::failure(cancelMessage);
            if (Status s = readHeld(m_db, from, persons.value()); !s)
                return s;
            phase.lap("read categories");
            auto paidBefore = readPaidBefore(m_db, window.value());
            if (!paidBefore)
                return paidBefore.status();
            auto recovered = readRecovered(m_db);
            if (!recovered)
                return recovered.status();
            if (cancelled(250))
                return Result<RollDraftResult>::failure(cancelMessage);
            phase.lap("read paid and recovered");

            // The policy book, its lookups remembered across persons.
            QList<BenefitStandard> annual;
            for (const BenefitStandard& b : PolicyStore(m_db).all())
                if (b.item == StandardItem::Annual)
                    annual << b;
            const PriceBook prices(annual);
            QHash<QString, QString> categoryNames;
            QHash<QString, int> categoryOrder;
            if (Status s =
                    runQuery(q, QStringLiteral("SELECT code, name, sort_order FROM categories"));
                !s)
                return s;
            while (q.next()) {
                categoryNames.insert(q.value(0).toString(), q.value(1).toString());
                categoryOrder.insert(q.value(0).toString(), q.value(2).toInt());
            }
            const QList<QDate> ownMonths[] = {PaymentRules::monthsPaidIn(PayPeriod::Month, month),
                                              PaymentRules::monthsPaidIn(PayPeriod::Quarter, month),
                                              PaymentRules::monthsPaidIn(PayPeriod::Year, month)};
            const auto ruleFor = [&](const HeldCategory& h) {
                return settings.startRuleOf(h.categoryCode, h.decisionType);
            };

            QList<DraftLine> lines;
            QList<DraftRecovery> recoveries;
            QSet<QString> problems;
            QHash<QDate, qint64> paid; // this person's, from paidBefore (both in person order)
            qsizetype paidAt = 0;
            const qsizetype n = persons->size();
            for (qsizetype i = 0; i < n; ++i) {
                if (i % 4096 == 0 && cancelled(250 + int(350 * i / std::max<qsizetype>(n, 1))))
                    return Result<RollDraftResult>::failure(cancelMessage);
                const Candidate& c = persons->at(i);
                const QList<Entitlement> ents =
                    PaymentRules::entitlements(c.held, c.status, c.since, c.residence, ruleFor);
                paid.clear();
                while (paidAt < paidBefore->size() && paidBefore->at(paidAt).personId < c.id)
                    ++paidAt;
                for (; paidAt < paidBefore->size() && paidBefore->at(paidAt).personId == c.id;
                     ++paidAt)
                    paid.insert(paidBefore->at(paidAt).month, paidBefore->at(paidAt).fen);
                if (ents.isEmpty() && paid.isEmpty())
                    continue;
                QList<OwedMonth> owedNow;
                QList<OwedMonth> owedBefore;
                QStringList found;
                for (const Entitlement& e : ents) {
                    owedNow += PaymentRules::owed(
                        {e}, prices, ownMonths[int(settings.periodOf(e.categoryCode))], &found);
                    if (!window->isEmpty())
                        owedBefore += PaymentRules::owed({e}, prices, window.value(), &found);
                }
                for (const QString& p : std::as_const(found))
                    problems.insert(p);
                const Settlement st =
                    PaymentRules::settle(owedNow, owedBefore, paid, recovered->value(c.id));
                if (!st.overpaid.isEmpty()) {
                    DraftRecovery r;
                    r.person = &c;
                    r.months = st.overpaid;
                    for (const Overpaid& o : st.overpaid)
                        r.totalFen += o.amountFen;
                    recoveries << r;
                }
                DraftLine l;
                l.person = &c;
                QList<QString> codes;
                for (const PaymentItem& item : st.items) {
                    if (item.amountFen <= 0)
                        continue;
                    l.items << item;
                    l.totalFen += item.amountFen;
                    if (!codes.contains(item.categoryCode))
                        codes << item.categoryCode;
                }
                if (l.totalFen <= 0)
                    continue;
                std::sort(codes.begin(), codes.end(), [&](const QString& a, const QString& b) {
                    return categoryOrder.value(a) < categoryOrder.value(b);
                });
                QStringList names;
                for (const QString& code : codes)
                    names << categoryNames.value(code, code);
                l.categoriesText = names.join(QStringLiteral("、"));
                lines.append(std::move(l));
            }
            phase.lap("compute");
            if (lines.isEmpty())
                return Result<RollDraftResult>::failure(
                    problems.isEmpty()
                        ? Tr::tr("Nobody is owed anything in %1: there is no roll to draft.")
                              .arg(PaymentRules::monthTitle(month))
                        : Tr::tr("Nobody is owed anything in %1: %2")
                              .arg(PaymentRules::monthTitle(month),
                                   QStringList(problems.values()).join(QLatin1Char('\n'))));
            std::sort(lines.begin(), lines.end(), [](const DraftLine& a, const DraftLine& b) {
                const Candidate& x = *a.person;
                const Candidate& y = *b.person;
                if (x.townshipOrder != y.townshipOrder)
                    return x.townshipOrder < y.townshipOrder;
                if (x.townshipCode != y.townshipCode)
                    return x.townshipCode < y.townshipCode;
                if (x.sortName != y.sortName)
                    return x.sortName < y.sortName;
                return x.id < y.id;
            });

            phase.lap("sort");
            // The roll, then its lines and items.
            const QString now = toIsoUtc(w.now());
            const QString title = PaymentRules::rollTitle(RollKind::Regular, month);
            q.prepare(QStringLiteral(
                "INSERT INTO payment_rolls (kind, month, title, chain, drafted_by, drafted_at, "
                "updated_at) VALUES ('regular', ?, ?, ?, ?, ?, ?)"));
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
            DeferredIndexes deferred(m_db);
            // The lines already held (ids are never reused: max(id) is the count, read at once).
            if (Status s =
                    runQuery(q, QStringLiteral("SELECT COALESCE(max(id), 0) FROM payment_lines"));
                !s)
                return s;
            const qint64 present = q.next() ? q.value(0).toLongLong() : 0;
            q.finish(); // no statement open while the indexes are dropped
            if (DeferredIndexes::pays(lines.size(), present)) {
                // Only the indexes the new rows land all over (by person) are built again
                // afterwards; those by roll and sequence, or by line, take the rows in order at
                // their end.
                if (Status s = deferred.drop(
                        {QStringLiteral("payment_lines"), QStringLiteral("payment_items")},
                        {QStringLiteral("payment_lines_roll"),
                         QStringLiteral("payment_lines_roll_state"),
                         QStringLiteral("payment_lines_open"),
                         QStringLiteral("payment_items_line")});
                    !s)
                    return s;
            }
            // The roll is a draft made in this very transaction: the trigger that refuses lines
            // on a frozen roll has nothing to find here, and costs a look-up per line.
            if (Status s = deferred.holdTriggers({QStringLiteral("payment_lines_frozen_insert")});
                !s)
                return s;
            RawStatement line(m_db,
                              "INSERT INTO payment_lines (roll_id, seq, person_id, person_name, "
                              "sort_name, township_code, township_name, village_name, "
                              "categories_text, amount_fen, bank_name, problem, state) VALUES "
                              "(?,?,?,?,?,?,?,?,?,?,?,?,?)");
            if (Status s = line.prepared(); !s)
                return s;
            RawStatement item(m_db, "INSERT INTO payment_items (line_id, person_id, month, kind, "
                                    "category_code, amount_fen, standard_id, basis) VALUES "
                                    "(?,?,?,?,?,?,?,?)");
            if (Status s = item.prepared(); !s)
                return s;
            const QString noAccount = QStringLiteral("无银行账户");
            const QString pending = QStringLiteral("pending");
            const QString held = QStringLiteral("held");
            const QString regularKind = PaymentRules::itemKindKey(ItemKind::Regular);
            const QString backPayKind = PaymentRules::itemKindKey(ItemKind::BackPay);
            QHash<QDate, QString> monthKeys;
            const auto monthKeyOf = [&](const QDate& m) -> const QString& {
                auto it = monthKeys.find(m);
                if (it == monthKeys.end())
                    it = monthKeys.insert(m, PaymentRules::monthKey(m));
                return it.value();
            };
            line.bind(1, result.rollId);
            int seq = 0;
            for (const DraftLine& l : std::as_const(lines)) {
                if (seq % 4096 == 0 &&
                    cancelled(600 + int(380 * seq / std::max<qsizetype>(lines.size(), 1))))
                    return Result<RollDraftResult>::failure(cancelMessage);
                const Candidate& c = *l.person;
                ++seq;
                line.bind(2, qint64(seq));
                line.bind(3, c.id);
                line.bind(4, c.name);
                line.bind(5, c.sortName);
                line.bind(6, c.townshipCode);
                line.bind(7, c.townshipName);
                line.bind(8, c.villageName);
                line.bind(9, l.categoriesText);
                line.bind(10, l.totalFen);
                line.bind(11, c.bankName);
                line.bind(12, c.hasAccount ? QString() : noAccount);
                line.bind(13, c.hasAccount ? pending : held);
                if (Status s = line.run(); !s)
                    return s;
                const qint64 lineId = line.lastInsertId();
                for (const PaymentItem& i : l.items) {
                    item.bind(1, lineId);
                    item.bind(2, c.id);
                    item.bind(3, monthKeyOf(i.month));
                    item.bind(4, i.kind == ItemKind::BackPay ? backPayKind : regularKind);
                    item.bind(5, i.categoryCode);
                    item.bind(6, i.amountFen);
                    if (i.standardId > 0)
                        item.bind(7, i.standardId);
                    else
                        item.bindNull(7);
                    item.bind(8, i.basis);
                    if (Status s = item.run(); !s)
                        return s;
                    if (i.kind == ItemKind::BackPay)
                        ++result.backPayItems;
                }
                ++result.lines;
                result.totalFen += l.totalFen;
                if (!c.hasAccount)
                    ++result.held;
            }
            phase.lap("insert lines and items");
            if (Status s = deferred.restore(); !s)
                return s;
            phase.lap("index rebuild");
            q.prepare(QStringLiteral("UPDATE payment_rolls SET line_count = ?, total_fen = ?, "
                                     "problem_count = ? WHERE id = ?"));
            q.addBindValue(result.lines);
            q.addBindValue(result.totalFen);
            q.addBindValue(result.held);
            q.addBindValue(result.rollId);
            if (Status s = runQuery(q); !s)
                return s;

            // Overpaid months: a proposed recovery each, with its own audit entry.
            QSqlQuery reported(m_db.connection());
            reported.prepare(QStringLiteral(
                "SELECT recorded_at FROM person_status_changes WHERE person_id = ? ORDER BY id "
                "DESC LIMIT 1"));
            q.prepare(QStringLiteral(
                "INSERT INTO payment_recoveries (person_id, person_name, township_code, months, "
                "amount_fen, reason, found_roll_id, recorded_at, recorded_by) VALUES "
                "(?,?,?,?,?,?,?,?,?)"));
            for (const DraftRecovery& r : std::as_const(recoveries)) {
                const Candidate& c = *r.person;
                reported.addBindValue(c.id);
                if (Status s = runQuery(reported); !s)
                    return s;
                const QDate reportedOn =
                    reported.next() ? fromIsoUtc(reported.value(0).toString()).toLocalTime().date()
                                    : w.now().toLocalTime().date();
                QStringList keys;
                for (const Overpaid& o : r.months)
                    keys << PaymentRules::monthKey(o.month);
                const QString reason =
                    PaymentRules::recoveryReason(c.status, c.since, reportedOn, r.months);
                q.addBindValue(c.id);
                q.addBindValue(c.name);
                q.addBindValue(c.townshipCode);
                q.addBindValue(keys.join(QLatin1Char(',')));
                q.addBindValue(r.totalFen);
                q.addBindValue(reason);
                q.addBindValue(result.rollId);
                q.addBindValue(now);
                q.addBindValue(actor.userId);
                if (Status s = runQuery(q); !s)
                    return s;
                const qint64 id = q.lastInsertId().toLongLong();
                w.alsoRecord(AuditNote(
                    QStringLiteral("payment.recovery_propose"), QStringLiteral("recovery"),
                    QString::number(id), {},
                    QJsonObject{{QStringLiteral("person_id"), c.id},
                                {QStringLiteral("name"), c.name},
                                {QStringLiteral("months"), keys.join(QLatin1Char(','))},
                                {QStringLiteral("amount_yuan"), PolicyRules::yuan(r.totalFen)},
                                {QStringLiteral("reason"), reason},
                                {QStringLiteral("roll_id"), result.rollId}}));
                ++result.recoveries;
            }
            phase.lap("recoveries");
            result.problems = problems.values();
            result.problems.sort();
            if (cancelled(1000))
                return Result<RollDraftResult>::failure(cancelMessage);
            w.entry().entityId = QString::number(result.rollId);
            w.entry().after = draftJson(month, title, result);
            return result;
        });
}

} // namespace youfu::core
