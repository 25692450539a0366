#include "payment/paymentliststore.h"

#include "approval/approvalrules.h"
#include "approval/signaturestore.h"
#include "common/isotime.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "db/sqlvalues.h"
#include "payment/paymentrules.h"
#include "registry/citizenid.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlQuery>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::PaymentListStore)
};

const char* const kRollColumns =
    "r.id, r.kind, r.month, r.title, r.state, r.round, r.current_step, r.chain, r.line_count, "
    "r.total_fen, r.problem_count, r.cancel_reason, r.drafted_by, COALESCE(u.display_name, "
    "u.login, ''), r.drafted_at, r.decided_at FROM payment_rolls r LEFT JOIN users u ON u.id = "
    "r.drafted_by";

PaymentRoll readRoll(const QSqlQuery& q)
{
    PaymentRoll r;
    r.id = q.value(0).toLongLong();
    r.kind =
        q.value(1).toString() == QLatin1String("reissue") ? RollKind::Reissue : RollKind::Regular;
    r.month = PaymentRules::monthFromKey(q.value(2).toString());
    // The title in the reader's language (the stored one is the drafter's).
    r.title = r.month.isValid() ? PaymentRules::rollTitle(r.kind, r.month) : q.value(3).toString();
    PaymentRules::rollStateFromKey(q.value(4).toString(), &r.state);
    r.round = q.value(5).toInt();
    r.currentStep = q.value(6).toInt();
    r.chain = ApprovalRules::chainFromText(q.value(7).toString());
    r.lineCount = q.value(8).toInt();
    r.totalFen = q.value(9).toLongLong();
    r.problemCount = q.value(10).toInt();
    r.cancelReason = q.value(11).toString();
    r.draftedBy = q.value(12).toLongLong();
    r.draftedByName = q.value(13).toString();
    r.draftedAt = fromIsoUtc(q.value(14).toString());
    if (!q.value(15).isNull())
        r.decidedAt = fromIsoUtc(q.value(15).toString());
    return r;
}

Status fillCounts(Database& db, PaymentRoll& r)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT state, count(*) FROM payment_lines WHERE roll_id = ? GROUP BY state"));
    q.addBindValue(r.id);
    if (Status s = runQuery(q); !s)
        return s;
    while (q.next()) {
        const QString state = q.value(0).toString();
        const int n = q.value(1).toInt();
        if (state == QLatin1String("paid"))
            r.paidCount = n;
        else if (state == QLatin1String("failed"))
            r.failedCount = n;
        else if (state == QLatin1String("pending"))
            r.pendingCount = n;
    }
    return Status::success();
}

const char* const kLineColumns =
    "l.id, l.roll_id, l.seq, l.person_id, l.person_name, p.citizen_id, l.township_code, "
    "l.township_name, l.village_name, l.categories_text, l.amount_fen, l.bank_name, l.problem, "
    "l.state, l.paid_on, l.fail_reason, COALESCE(l.reissue_of, 0), COALESCE(l.reissued_by, 0) "
    "FROM payment_lines l JOIN persons p ON p.id = l.person_id";

PaymentLine readLine(const QSqlQuery& q)
{
    PaymentLine l;
    l.id = q.value(0).toLongLong();
    l.rollId = q.value(1).toLongLong();
    l.seq = q.value(2).toInt();
    l.personId = q.value(3).toLongLong();
    l.personName = q.value(4).toString();
    l.maskedCitizenId = CitizenId::mask(q.value(5).toString());
    l.townshipCode = q.value(6).toString();
    l.townshipName = q.value(7).toString();
    l.villageName = q.value(8).toString();
    l.categoriesText = q.value(9).toString();
    l.amountFen = q.value(10).toLongLong();
    l.bankName = q.value(11).toString();
    l.problem = q.value(12).toString();
    PaymentRules::lineStateFromKey(q.value(13).toString(), &l.state);
    l.paidOn = fromIsoDate(q.value(14).toString());
    l.failReason = q.value(15).toString();
    l.reissueOf = q.value(16).toLongLong();
    l.reissuedBy = q.value(17).toLongLong();
    return l;
}

Status fillItems(Database& db, PaymentLine& l)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, month, kind, category_code, amount_fen, "
                             "COALESCE(standard_id, 0), basis FROM payment_items WHERE line_id = "
                             "? ORDER BY id"));
    q.addBindValue(l.id);
    if (Status s = runQuery(q); !s)
        return s;
    while (q.next()) {
        PaymentItem i;
        i.id = q.value(0).toLongLong();
        i.month = PaymentRules::monthFromKey(q.value(1).toString());
        PaymentRules::itemKindFromKey(q.value(2).toString(), &i.kind);
        i.categoryCode = q.value(3).toString();
        i.amountFen = q.value(4).toLongLong();
        i.standardId = q.value(5).toLongLong();
        i.basis = q.value(6).toString();
        l.items << i;
    }
    return Status::success();
}

// The WHERE of a line filter, its values appended to `values`.
QString lineWhere(const LineFilter& f, QVariantList& values)
{
    QString where = QStringLiteral("l.roll_id = ?");
    values << f.rollId;
    if (!f.townshipCode.isEmpty()) {
        where += QStringLiteral(" AND l.township_code = ?");
        values << f.townshipCode;
    }
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        if (text.size() == 18 && text.left(17).toLongLong() > 0) {
            where += QStringLiteral(" AND p.citizen_id = ?");
            values << text.toUpper();
        } else {
            where += QStringLiteral(" AND instr(l.person_name, ?) > 0");
            values << text;
        }
    }
    if (f.problemsOnly)
        where += QStringLiteral(" AND l.state IN ('failed', 'held') AND l.reissued_by IS NULL");
    return where;
}

QList<BankColumn> columnsFromText(const QString& text)
{
    static const QStringList keys = {
        QStringLiteral("seq"),        QStringLiteral("account"), QStringLiteral("name"),
        QStringLiteral("citizen_id"), QStringLiteral("amount"),  QStringLiteral("bank"),
        QStringLiteral("township"),   QStringLiteral("village"), QStringLiteral("note")};
    QList<BankColumn> out;
    for (const QString& k : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const qsizetype i = keys.indexOf(k.trimmed()); i >= 0)
            out << BankColumn(int(i));
    return out;
}
} // namespace

Result<QList<PaymentRoll>> PaymentListStore::rolls() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 ORDER BY r.month DESC, r.id DESC")
                  .arg(QLatin1String(kRollColumns)));
    if (Status s = runQuery(q); !s)
        return s;
    QList<PaymentRoll> out;
    while (q.next())
        out << readRoll(q);
    for (PaymentRoll& r : out)
        if (Status s = fillCounts(m_db, r); !s)
            return s;
    return out;
}

Result<PaymentRoll> PaymentListStore::roll(qint64 rollId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 WHERE r.id = ?").arg(QLatin1String(kRollColumns)));
    q.addBindValue(rollId);
    if (Status s = runSingle(q, Tr::tr("There is no roll number %1.").arg(rollId)); !s)
        return s;
    PaymentRoll r = readRoll(q);
    if (Status s = fillCounts(m_db, r); !s)
        return s;
    auto steps = SignatureStore(m_db, SignatureStore::Owner::PaymentRoll).of(rollId);
    if (!steps)
        return steps.status();
    r.steps = steps.value();
    return r;
}

Result<QList<PaymentLine>> PaymentListStore::linesPage(const LineFilter& filter, int afterSeq,
                                                       int limit) const
{
    QVariantList values;
    const QString where = lineWhere(filter, values);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 WHERE %2 AND l.seq > ? ORDER BY l.roll_id, l.seq LIMIT ?")
                  .arg(QLatin1String(kLineColumns), where));
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    if (Status s = runQuery(q); !s)
        return s;
    QList<PaymentLine> out;
    while (q.next())
        out << readLine(q);
    return out;
}

Result<int> PaymentListStore::lineCount(const LineFilter& filter) const
{
    QVariantList values;
    const QString where = lineWhere(filter, values);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM payment_lines l JOIN persons p ON p.id = "
                             "l.person_id WHERE %1")
                  .arg(where));
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (Status s = runSingle(q, QString()); !s)
        return s;
    return q.value(0).toInt();
}

Result<PaymentLine> PaymentListStore::line(qint64 lineId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 WHERE l.id = ?").arg(QLatin1String(kLineColumns)));
    q.addBindValue(lineId);
    if (Status s = runSingle(q, Tr::tr("There is no payment line number %1.").arg(lineId)); !s)
        return s;
    PaymentLine l = readLine(q);
    if (Status s = fillItems(m_db, l); !s)
        return s;
    return l;
}

Result<QList<RollSummaryRow>> PaymentListStore::summary(qint64 rollId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT l.township_code, l.township_name, l.categories_text, count(*), "
        "sum(l.amount_fen) FROM payment_lines l LEFT JOIN townships t ON t.code = "
        "l.township_code WHERE l.roll_id = ? GROUP BY l.township_code, l.categories_text ORDER "
        "BY min(t.sort_order), l.township_code, l.categories_text"));
    q.addBindValue(rollId);
    if (Status s = runQuery(q); !s)
        return s;
    QList<RollSummaryRow> out;
    while (q.next()) {
        RollSummaryRow r;
        r.townshipCode = q.value(0).toString();
        r.townshipName = q.value(1).toString();
        r.categoryName = q.value(2).toString();
        r.persons = q.value(3).toInt();
        r.amountFen = q.value(4).toLongLong();
        out << r;
    }
    return out;
}

Result<QList<PaymentLine>> PaymentListStore::personLines(qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 WHERE l.person_id = ? ORDER BY l.roll_id DESC")
                  .arg(QLatin1String(kLineColumns)));
    q.addBindValue(personId);
    if (Status s = runQuery(q); !s)
        return s;
    QList<PaymentLine> out;
    while (q.next())
        out << readLine(q);
    for (PaymentLine& l : out)
        if (Status s = fillItems(m_db, l); !s)
            return s;
    return out;
}

Result<QList<Recovery>> PaymentListStore::recoveries(qint64 personId, bool openOnly) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT r.id, r.person_id, r.person_name, r.township_code, COALESCE(t.name, ''), "
        "r.months, r.amount_fen, r.reason, COALESCE(r.found_roll_id, 0), r.state, "
        "r.recorded_at, COALESCE(ru.display_name, ru.login, ''), r.decided_at, "
        "COALESCE(du.display_name, du.login, ''), r.settled_on, r.settled_note FROM "
        "payment_recoveries r LEFT JOIN townships t ON t.code = r.township_code LEFT JOIN users "
        "ru ON ru.id = r.recorded_by LEFT JOIN users du ON du.id = r.decided_by WHERE (? = 0 OR "
        "r.person_id = ?) AND (? = 0 OR r.state IN ('proposed', 'approved')) ORDER BY r.id "
        "DESC"));
    q.addBindValue(personId);
    q.addBindValue(personId);
    q.addBindValue(openOnly ? 1 : 0);
    if (Status s = runQuery(q); !s)
        return s;
    QList<Recovery> out;
    while (q.next()) {
        Recovery r;
        r.id = q.value(0).toLongLong();
        r.personId = q.value(1).toLongLong();
        r.personName = q.value(2).toString();
        r.townshipCode = q.value(3).toString();
        r.townshipName = q.value(4).toString();
        for (const QString& k : q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            r.months << PaymentRules::monthFromKey(k);
        r.amountFen = q.value(6).toLongLong();
        r.reason = q.value(7).toString();
        r.foundRollId = q.value(8).toLongLong();
        PaymentRules::recoveryStateFromKey(q.value(9).toString(), &r.state);
        r.recordedAt = fromIsoUtc(q.value(10).toString());
        r.recordedByName = q.value(11).toString();
        if (!q.value(12).isNull())
            r.decidedAt = fromIsoUtc(q.value(12).toString());
        r.decidedByName = q.value(13).toString();
        r.settledOn = fromIsoDate(q.value(14).toString());
        r.settledNote = q.value(15).toString();
        out << r;
    }
    return out;
}

Result<PaymentHomeCounts> PaymentListStore::homeCounts(const Actor& actor) const
{
    PaymentHomeCounts c;
    QSqlQuery q(m_db.connection());
    // Persons, not lines: a person without an account is held on every month's roll.
    // payment_lines_open (state, roll_id) holds only failed and held lines.
    if (Status s = runQuery(
            q, QStringLiteral("SELECT count(DISTINCT l.person_id) FROM payment_lines l JOIN "
                              "payment_rolls r ON r.id "
                              "= l.roll_id WHERE l.state IN ('failed', 'held') AND r.state = "
                              "'approved' AND l.reissued_by IS NULL"));
        !s)
        return s;
    if (q.next())
        c.failedToFix = q.value(0).toInt();
    if (Status s = runQuery(q, QStringLiteral("SELECT current_step, chain FROM payment_rolls "
                                              "WHERE state = 'pending'"));
        !s)
        return s;
    while (q.next()) {
        const int step = q.value(0).toInt();
        const QList<Role> chain = ApprovalRules::chainFromText(q.value(1).toString());
        if (step >= 1 && step <= chain.size() && actor.has(chain.at(step - 1)))
            ++c.rollsWaitingForMe;
    }
    if (Status s = runQuery(q, QStringLiteral("SELECT count(*) FROM payment_recoveries WHERE "
                                              "state IN ('proposed', 'approved')"));
        !s)
        return s;
    if (q.next())
        c.recoveriesOpen = q.value(0).toInt();
    return c;
}

Result<QList<TimelinessRow>> PaymentListStore::timeliness(const QDate& firstMonth,
                                                          const QDate& lastMonth, int payDay) const
{
    // One row per line and category of the live rolls of the months: the original lines owe,
    // a re-issue line only pays (late); a failed or held line counts until it is re-issued.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT l.id, l.township_code, l.township_name, i.category_code, COALESCE(c.name, "
        "i.category_code), sum(i.amount_fen), l.state, l.paid_on, l.reissue_of IS NOT NULL, "
        "l.reissued_by IS NOT NULL, r.month, r.kind FROM payment_lines l JOIN payment_rolls r "
        "ON r.id = l.roll_id JOIN payment_items i ON i.line_id = l.id LEFT JOIN categories c ON "
        "c.code = i.category_code LEFT JOIN townships t ON t.code = l.township_code WHERE "
        "r.month BETWEEN ? AND ? AND r.state = 'approved' GROUP BY l.id, "
        "i.category_code ORDER BY t.sort_order, l.township_code, c.sort_order, i.category_code"));
    q.addBindValue(PaymentRules::monthKey(firstMonth));
    q.addBindValue(PaymentRules::monthKey(lastMonth));
    if (Status s = runQuery(q); !s)
        return s;
    QList<TimelinessRow> out;
    QHash<QString, qsizetype> index;
    QHash<QString, qsizetype> firstOfTownship;
    while (q.next()) {
        const QString township = q.value(1).toString();
        const QString category = q.value(3).toString();
        const QString key = township + QLatin1Char('|') + category;
        auto it = index.constFind(key);
        if (it == index.cend()) {
            TimelinessRow r;
            r.townshipCode = township;
            r.townshipName = q.value(2).toString();
            r.categoryCode = category;
            r.categoryName = q.value(4).toString();
            out << r;
            it = index.insert(key, out.size() - 1);
            if (!firstOfTownship.contains(township))
                firstOfTownship.insert(township, out.size() - 1);
        }
        TimelinessRow& r = out[it.value()];
        const qint64 fen = q.value(5).toLongLong();
        const QString state = q.value(6).toString();
        const bool reissue = q.value(8).toInt() != 0;
        const bool reissued = q.value(9).toInt() != 0;
        if (!reissue) {
            ++r.lines;
            r.owedFen += fen;
        }
        if (state == QLatin1String("paid")) {
            r.paidFen += fen;
            const QDate paidOn = fromIsoDate(q.value(7).toString());
            if (!reissue && q.value(11).toString() == QLatin1String("regular") &&
                PaymentRules::paidOnTime(paidOn, PaymentRules::monthFromKey(q.value(10).toString()),
                                         payDay))
                r.paidOnTimeFen += fen;
        } else if (state == QLatin1String("failed") && !reissued) {
            r.failedFen += fen;
        } else if (state == QLatin1String("held") && !reissued) {
            r.heldFen += fen;
        }
    }
    // Open recoveries go with the township (a recovery has no single category): on its first row.
    if (Status s = runQuery(q, QStringLiteral("SELECT township_code, sum(amount_fen) FROM "
                                              "payment_recoveries WHERE state IN ('proposed', "
                                              "'approved') GROUP BY township_code"));
        !s)
        return s;
    while (q.next())
        if (const auto it = firstOfTownship.constFind(q.value(0).toString());
            it != firstOfTownship.cend())
            out[it.value()].recoveryOpenFen += q.value(1).toLongLong();
    return out;
}

Result<QList<DisclosureRow>> PaymentListStore::disclosureRows(const DisclosureOptions& o) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT l.township_name, l.village_name, l.person_name, p.citizen_id, "
        "l.categories_text, l.amount_fen, r.kind, l.state FROM payment_lines l JOIN "
        "payment_rolls r ON r.id = l.roll_id JOIN persons p ON p.id = l.person_id LEFT JOIN "
        "townships t ON t.code = l.township_code WHERE r.month = ? AND r.state = 'approved' AND "
        "(? = '' OR l.township_code = ?) AND (r.kind = 'regular' OR l.state = 'paid') ORDER BY "
        "t.sort_order, l.township_code, l.village_name, l.sort_name, l.person_id, l.id"));
    q.addBindValue(PaymentRules::monthKey(PaymentRules::monthOf(o.month)));
    q.addBindValue(textOrEmpty(o.townshipCode));
    q.addBindValue(textOrEmpty(o.townshipCode));
    if (Status s = runQuery(q); !s)
        return s;
    QList<DisclosureRow> out;
    while (q.next()) {
        DisclosureRow r;
        r.seq = int(out.size()) + 1;
        r.townshipName = q.value(0).toString();
        r.villageName = q.value(1).toString();
        const QString name = q.value(2).toString();
        r.name = o.maskName ? PaymentRules::maskName(name) : name;
        r.citizenId = o.id == IdDisclosure::Masked
                          ? PaymentRules::maskCitizenId(q.value(3).toString())
                          : QString();
        r.categoryName = q.value(4).toString();
        r.amountFen = q.value(5).toLongLong();
        out << r;
    }
    return out;
}

Result<QList<BankTemplate>> PaymentListStore::templates() const
{
    QSqlQuery q(m_db.connection());
    if (Status s = runQuery(q, QStringLiteral("SELECT id FROM bank_templates ORDER BY active "
                                              "DESC, name"));
        !s)
        return s;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<BankTemplate> out;
    for (qint64 id : ids) {
        auto t = bankTemplate(id);
        if (!t)
            return t.status();
        out << t.value();
    }
    return out;
}

Result<BankTemplate> PaymentListStore::bankTemplate(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, bank_name, columns, header_row, encoding, format, "
                             "summary_line, active FROM bank_templates WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = runSingle(q, Tr::tr("There is no bank template number %1.").arg(id)); !s)
        return s;
    BankTemplate t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.bankName = q.value(2).toString();
    t.columns = columnsFromText(q.value(3).toString());
    t.headerRow = q.value(4).toInt() != 0;
    t.gbk = q.value(5).toString() == QLatin1String("gb18030");
    t.xlsx = q.value(6).toString() == QLatin1String("xlsx");
    t.summaryLine = q.value(7).toInt() != 0;
    t.active = q.value(8).toInt() != 0;
    return t;
}

PaymentSettings PaymentListStore::settings() const
{
    // The keys of SettingsStore (settings table) under payment. and disclosure.; a value that
    // cannot be read leaves the default.
    PaymentSettings out;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'payment.%' OR "
                               "key LIKE 'disclosure.%'")))
        return out;
    const QString period = QStringLiteral("payment.period.");
    const QString start = QStringLiteral("payment.start.");
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString().trimmed();
        if (key.startsWith(period)) {
            PayPeriod p;
            if (PaymentRules::payPeriodFromKey(value, &p))
                out.periods.insert(key.mid(period.size()), p);
        } else if (key.startsWith(start)) {
            StartRule r;
            if (PaymentRules::startRuleFromKey(value, &r))
                out.startRules.insert(key.mid(start.size()), r);
        } else if (key == QLatin1String("payment.pay_day")) {
            const int d = value.toInt();
            if (d >= 1 && d <= 28)
                out.payDay = d;
        } else if (key == QLatin1String("disclosure.id")) {
            out.disclosureId =
                value == QLatin1String("omitted") ? IdDisclosure::Omitted : IdDisclosure::Masked;
        } else if (key == QLatin1String("disclosure.mask_name")) {
            out.disclosureMaskName = value == QLatin1String("1");
        } else if (key == QLatin1String("disclosure.phone")) {
            out.supervisionPhone = value;
        }
    }
    return out;
}

} // namespace youfu::core
