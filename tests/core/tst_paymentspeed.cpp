// The fast paths of the payment rolls (issue 14's benchmark): drafting holds the frozen-roll
// trigger and the foreign key checks, recording a bank return holds the result trigger, and
// both read and write through RawStatement. Whatever they hold comes back afterwards, on
// success and on failure, and the rules the triggers keep still hold for everyone else.
#include "db/bulkpragmas.h"
#include "db/rawstatement.h"
#include "payment/bankfilestore.h"
#include "payment/paymentliststore.h"
#include "payment/paymentstore.h"
#include "paymentfixture.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTest>

using namespace youfu::core;
using youfu::test::PaymentFixture;
using youfu::test::TestDb;

namespace {
const QString kWar = QStringLiteral("war_veteran");

QString pragma(TestDb& t, const QString& name)
{
    QSqlQuery q(t.db().connection());
    if (!q.exec(QStringLiteral("PRAGMA %1").arg(name)) || !q.next())
        return QStringLiteral("?");
    return q.value(0).toString();
}

// Every index and trigger of the payment tables, with its SQL.
QStringList schema(TestDb& t)
{
    QSqlQuery q(t.db().connection());
    QStringList out;
    if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE type IN "
                               "('index', 'trigger') AND tbl_name IN ('payment_lines', "
                               "'payment_items', 'payment_rolls') ORDER BY name")))
        return {QStringLiteral("unreadable")};
    while (q.next())
        out << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1Char(' ') +
                   q.value(2).toString();
    return out;
}

QList<PaymentLine> allLines(TestDb& t, qint64 rollId)
{
    LineFilter f;
    f.rollId = rollId;
    auto page = PaymentListStore(t.db()).linesPage(f, 0, 1000);
    return page ? page.value() : QList<PaymentLine>();
}

MatchedRow matched(MatchOutcome outcome, qint64 lineId)
{
    MatchedRow m;
    m.outcome = outcome;
    m.lineId = lineId;
    m.row.success = outcome == MatchOutcome::Paid;
    m.row.paidOn = QDate(2026, 1, 8);
    m.row.reason = outcome == MatchOutcome::Failed ? QStringLiteral("已销户") : QString();
    return m;
}
} // namespace

class TstPaymentSpeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void draftGivesBackWhatItHolds();
    void failedDraftGivesBackWhatItHolds();
    void frozenRollStillRefusesLines();
    void returnGivesBackTheResultTrigger();
    void returnRowsOfAnotherRollOrDoneLines();
    void bankLinesInSequenceWithTheirPersons();
    void rawStatementBindsAndFails();
    void bulkPragmasSetBack();
};

void TstPaymentSpeed::draftGivesBackWhatItHolds()
{
    TestDb t;
    PaymentFixture f(t);
    f.person(QStringLiteral("张三"), 1, kWar);
    f.person(QStringLiteral("李四"), 2, kWar, false);
    QVERIFY(f.ok);
    const QStringList before = schema(t);
    QCOMPARE(pragma(t, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    const QString cache = pragma(t, QStringLiteral("cache_size"));
    auto draft = PaymentStore(t.db()).draftRoll(f.clerk, QDate(2026, 1, 1));
    QVERIFY2(draft, qPrintable(draft.error()));
    QCOMPARE(draft->lines, 2);
    QCOMPARE(draft->held, 1);
    QCOMPARE(schema(t), before);
    QCOMPARE(pragma(t, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QCOMPARE(pragma(t, QStringLiteral("cache_size")), cache);
    // The lines as the draft wrote them: sequence, state, problem, one item each.
    const QList<PaymentLine> lines = allLines(t, draft->rollId);
    QCOMPARE(lines.size(), 2);
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(amount_fen), min(standard_id) FROM "
                                  "payment_items")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QCOMPARE(q.value(1).toLongLong(), 2 * PaymentFixture::kWarAnnual / 12);
    QVERIFY(q.value(2).toLongLong() > 0);
    QVERIFY(q.exec(QStringLiteral("SELECT state, problem, seq FROM payment_lines ORDER BY seq")));
    QStringList states;
    while (q.next())
        states << q.value(0).toString() + QLatin1Char('/') + q.value(1).toString() +
                      QLatin1Char('/') + q.value(2).toString();
    QVERIFY2(states.contains(QStringLiteral("pending//1")) ||
                 states.contains(QStringLiteral("pending//2")),
             qPrintable(states.join(u' ')));
    QVERIFY2(states.contains(QStringLiteral("held/无银行账户/1")) ||
                 states.contains(QStringLiteral("held/无银行账户/2")),
             qPrintable(states.join(u' ')));
    // The foreign keys are checked again: a line for nobody is refused.
    QVERIFY(!q.exec(QStringLiteral(
        "INSERT INTO payment_items (line_id, person_id, month, kind, category_code, amount_fen) "
        "VALUES (999999, 999999, '2026-01', 'regular', 'war_veteran', 1)")));
}

void TstPaymentSpeed::failedDraftGivesBackWhatItHolds()
{
    TestDb t;
    PaymentFixture f(t);
    f.person(QStringLiteral("张三"), 1, kWar);
    QVERIFY(f.ok);
    PaymentStore store(t.db());
    QVERIFY(store.draftRoll(f.clerk, QDate(2026, 1, 1)));
    const QStringList before = schema(t);
    // A second roll of the same month is refused: nothing held stays held.
    QVERIFY(!store.draftRoll(f.clerk, QDate(2026, 1, 1)));
    // A draft cancelled half way, after the lines were written, neither.
    auto cancelled =
        store.draftRoll(f.clerk, QDate(2026, 2, 1), [](int permille) { return permille < 1000; });
    QVERIFY(!cancelled);
    QCOMPARE(schema(t), before);
    QCOMPARE(pragma(t, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM payment_rolls")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TstPaymentSpeed::frozenRollStillRefusesLines()
{
    TestDb t;
    PaymentFixture f(t);
    const qint64 person = f.person(QStringLiteral("张三"), 1, kWar);
    QVERIFY(f.ok);
    const qint64 roll = f.approvedRoll(QDate(2026, 1, 1));
    QVERIFY(roll > 0);
    QSqlQuery q(t.db().connection());
    q.prepare(QStringLiteral(
        "INSERT INTO payment_lines (roll_id, seq, person_id, person_name, township_code, "
        "township_name, categories_text, amount_fen) VALUES (?, 9, ?, 'x', '430581002', 'x', "
        "'x', 100)"));
    q.addBindValue(roll);
    q.addBindValue(person);
    QVERIFY(!q.exec());
    QVERIFY2(q.lastError().text().contains(QStringLiteral("frozen")),
             qPrintable(q.lastError().text()));
}

void TstPaymentSpeed::returnGivesBackTheResultTrigger()
{
    TestDb t;
    PaymentFixture f(t);
    f.person(QStringLiteral("张三"), 1, kWar);
    f.person(QStringLiteral("李四"), 2, kWar);
    QVERIFY(f.ok);
    const qint64 roll = f.approvedRoll(QDate(2026, 1, 1));
    QVERIFY(roll > 0);
    const QList<PaymentLine> lines = allLines(t, roll);
    QCOMPARE(lines.size(), 2);
    const QStringList before = schema(t);
    auto sum = PaymentStore(t.db()).recordReturn(
        f.clerk, roll, QStringLiteral("回盘.csv"), QStringLiteral("ab"),
        {matched(MatchOutcome::Paid, lines[0].id), matched(MatchOutcome::Failed, lines[1].id)});
    QVERIFY2(sum, qPrintable(sum.error()));
    QCOMPARE(sum->paid, 1);
    QCOMPARE(sum->failed, 1);
    QCOMPARE(schema(t), before);
    QCOMPARE(f.auditCount(QStringLiteral("payment.bank_return")), 1);
    QSqlQuery q(t.db().connection());
    q.prepare(QStringLiteral("SELECT state, paid_on, fail_reason, return_id FROM payment_lines "
                             "WHERE id = ?"));
    q.addBindValue(lines[0].id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("paid"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("2026-01-08"));
    QCOMPARE(q.value(3).toLongLong(), sum->returnId);
    q.addBindValue(lines[1].id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("failed"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("已销户"));
    // The trigger is back: a recorded result is never changed.
    q.prepare(QStringLiteral("UPDATE payment_lines SET state = 'failed' WHERE id = ?"));
    q.addBindValue(lines[0].id);
    QVERIFY(!q.exec());
}

void TstPaymentSpeed::returnRowsOfAnotherRollOrDoneLines()
{
    TestDb t;
    PaymentFixture f(t);
    f.person(QStringLiteral("张三"), 1, kWar);
    f.person(QStringLiteral("李四"), 2, kWar);
    QVERIFY(f.ok);
    const qint64 jan = f.approvedRoll(QDate(2026, 1, 1));
    const qint64 feb = f.approvedRoll(QDate(2026, 2, 1));
    QVERIFY(jan > 0 && feb > 0);
    const QList<PaymentLine> janLines = allLines(t, jan);
    const QList<PaymentLine> febLines = allLines(t, feb);
    QCOMPARE(janLines.size(), 2);
    QCOMPARE(febLines.size(), 2);
    PaymentStore store(t.db());
    QVERIFY(store.recordReturn(f.clerk, jan, QStringLiteral("1.csv"), QStringLiteral("1"),
                               {matched(MatchOutcome::Paid, janLines[0].id)}));
    // January's first line again (done), February's line (not this roll's: unmatched), a line
    // number that does not exist (unmatched), January's second line twice (the second a
    // duplicate).
    auto sum = store.recordReturn(
        f.clerk, jan, QStringLiteral("2.csv"), QStringLiteral("2"),
        {matched(MatchOutcome::Paid, janLines[0].id), matched(MatchOutcome::Paid, febLines[0].id),
         matched(MatchOutcome::Failed, 987654), matched(MatchOutcome::Paid, janLines[1].id),
         matched(MatchOutcome::Paid, janLines[1].id)});
    QVERIFY2(sum, qPrintable(sum.error()));
    QCOMPARE(sum->rows, 5);
    QCOMPARE(sum->done, 1);
    QCOMPARE(sum->unmatched, 2);
    QCOMPARE(sum->paid, 1);
    QCOMPARE(sum->duplicate, 1);
    QCOMPARE(allLines(t, feb)[0].state, LineState::Pending);
}

void TstPaymentSpeed::bankLinesInSequenceWithTheirPersons()
{
    TestDb t;
    PaymentFixture f(t);
    // Persons made in an order other than the roll's (pinyin): 赵 after 王 after 李 after 张
    // by id, 李 王 张 赵 by sequence.
    f.person(QStringLiteral("张三"), 1, kWar);
    f.person(QStringLiteral("赵六"), 4, kWar);
    f.person(QStringLiteral("王五"), 3, kWar);
    f.person(QStringLiteral("李四"), 2, kWar);
    QVERIFY(f.ok);
    const qint64 roll = f.approvedRoll(QDate(2026, 1, 1));
    QVERIFY(roll > 0);
    auto templates = PaymentListStore(t.db()).templates();
    QVERIFY(templates && !templates->isEmpty());
    BankFileStore bank(t.db());
    const QString path = t.dir() + QStringLiteral("/bank.csv");
    auto written = bank.writeBankFile(f.clerk, roll, templates->first().id, path);
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(written->lines, 4);
    QFile in(path);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QStringDecoder gbk("GB18030");
    const QStringList rows = QString(gbk(in.readAll())).split(QStringLiteral("\r\n"));
    // Each row carries its own person's account and citizen ID, in sequence order.
    QStringList seen;
    for (const QString& r : rows) {
        for (int seq = 1; seq <= 4; ++seq) {
            if (r.contains(PaymentFixture::citizenId(seq))) {
                QVERIFY2(r.contains(
                             QStringLiteral("62210000000000%1").arg(seq, 4, 10, QLatin1Char('0'))),
                         qPrintable(r));
                seen << r.section(u',', 2, 2);
            }
        }
    }
    QCOMPARE(seen, (QStringList{QStringLiteral("李四"), QStringLiteral("王五"),
                                QStringLiteral("张三"), QStringLiteral("赵六")}));
}

void TstPaymentSpeed::rawStatementBindsAndFails()
{
    TestDb t;
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE raw (a INTEGER, b TEXT NOT NULL UNIQUE)")));
    RawStatement insert(t.db(), "INSERT INTO raw (a, b) VALUES (?, ?)");
    QVERIFY(insert.prepared());
    insert.bind(1, qint64(7));
    insert.bind(2, QString()); // a null QString is "", not NULL
    QVERIFY(insert.run());
    QVERIFY(insert.lastInsertId() > 0);
    insert.bindNull(1);
    insert.bind(2, QStringLiteral("优抚"));
    QVERIFY(insert.run());
    insert.bind(2, QStringLiteral("优抚"));
    const Status dup = insert.run();
    QVERIFY(!dup);
    QVERIFY2(dup.error().contains(QStringLiteral("UNIQUE")), qPrintable(dup.error()));
    RawStatement select(t.db(), "SELECT a, b FROM raw ORDER BY rowid");
    QVERIFY(select.prepared());
    auto row = select.next();
    QVERIFY(row && row.value());
    QCOMPARE(select.int64(0), qint64(7));
    QCOMPARE(select.text(1), QString(QStringLiteral("")));
    row = select.next();
    QVERIFY(row && row.value());
    QVERIFY(select.isNull(0));
    QCOMPARE(select.text(1), QStringLiteral("优抚"));
    row = select.next();
    QVERIFY(row && !row.value());
    RawStatement broken(t.db(), "SELECT nothing FROM nowhere");
    QVERIFY(!broken.prepared());
}

void TstPaymentSpeed::bulkPragmasSetBack()
{
    TestDb t;
    const QString cache = pragma(t, QStringLiteral("cache_size"));
    {
        const BulkPragmas bulk(t.db().connection(), 4096, BulkPragmas::ForeignKeys::Trusted);
        QCOMPARE(pragma(t, QStringLiteral("foreign_keys")), QStringLiteral("0"));
        QCOMPARE(pragma(t, QStringLiteral("cache_size")), QStringLiteral("-4096"));
    }
    QCOMPARE(pragma(t, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QCOMPARE(pragma(t, QStringLiteral("cache_size")), cache);
    {
        const BulkPragmas bulk(t.db().connection());
        QCOMPARE(pragma(t, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    }
}

QTEST_GUILESS_MAIN(TstPaymentSpeed)
#include "tst_paymentspeed.moc"
