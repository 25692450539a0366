// The bank's result on an approved roll (issue 14): paid, failed, unmatched and duplicate rows;
// a failed line paid again by a re-issue roll once the account is fixed; timeliness; the home
// page's counts.
#include "payment/paymentliststore.h"
#include "payment/paymentrules.h"
#include "payment/paymentstore.h"
#include "paymentfixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace youfu::core;
using youfu::test::PaymentFixture;
using youfu::test::TestDb;

namespace {
const QString kWar = QStringLiteral("war_veteran");

QList<PaymentLine> allLines(TestDb& t, qint64 rollId)
{
    LineFilter f;
    f.rollId = rollId;
    auto page = PaymentListStore(t.db()).linesPage(f, 0, 1000);
    return page ? page.value() : QList<PaymentLine>();
}

MatchedRow row(MatchOutcome outcome, qint64 lineId, const QDate& paidOn = {},
               const QString& reason = {})
{
    MatchedRow m;
    m.outcome = outcome;
    m.lineId = lineId;
    m.row.success = outcome == MatchOutcome::Paid;
    m.row.paidOn = paidOn;
    m.row.reason = reason;
    return m;
}
} // namespace

class TstPaymentReturn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void paidFailedUnmatchedDuplicate();
    void reissueAfterTheAccountIsFixed();
    void pagesAndFilters();
};

void TstPaymentReturn::paidFailedUnmatchedDuplicate()
{
    TestDb t;
    PaymentFixture f(t);
    const qint64 a = f.person(QStringLiteral("张三"), 1, kWar);
    const qint64 b = f.person(QStringLiteral("李四"), 3, kWar);
    f.person(QStringLiteral("王五"), 5, kWar);
    QVERIFY(f.ok);
    PaymentStore store(t.db());
    auto draft = store.draftRoll(f.clerk, QDate(2026, 1, 1));
    QVERIFY(draft);
    // Not before approval.
    QVERIFY(!store.recordReturn(f.clerk, draft->rollId, QStringLiteral("r.csv"),
                                QStringLiteral("00"), {}));
    QVERIFY(f.approve(draft->rollId));
    qint64 lineA = 0, lineB = 0;
    for (const PaymentLine& l : allLines(t, draft->rollId)) {
        if (l.personId == a)
            lineA = l.id;
        if (l.personId == b)
            lineB = l.id;
    }
    const QList<MatchedRow> rows = {
        row(MatchOutcome::Paid, lineA, QDate(2026, 1, 8)),
        row(MatchOutcome::Failed, lineB, {}, QStringLiteral("账户不存在")),
        row(MatchOutcome::Unmatched, 0), row(MatchOutcome::Paid, lineA, QDate(2026, 1, 8))};
    auto sum = store.recordReturn(f.clerk, draft->rollId, QStringLiteral("回盘.csv"),
                                  QStringLiteral("abc"), rows);
    QVERIFY2(sum, qPrintable(sum.error()));
    QCOMPARE(sum->rows, 4);
    QCOMPARE(sum->paid, 1);
    QCOMPARE(sum->failed, 1);
    QCOMPARE(sum->unmatched, 1);
    QCOMPARE(sum->duplicate, 1);
    auto la = PaymentListStore(t.db()).line(lineA);
    QCOMPARE(la->state, LineState::Paid);
    QCOMPARE(la->paidOn, QDate(2026, 1, 8));
    auto lb = PaymentListStore(t.db()).line(lineB);
    QCOMPARE(lb->state, LineState::Failed);
    QCOMPARE(lb->failReason, QStringLiteral("账户不存在"));
    // A second file cannot change a line again.
    auto again = store.recordReturn(f.clerk, draft->rollId, QStringLiteral("回盘2.csv"),
                                    QStringLiteral("def"),
                                    {row(MatchOutcome::Failed, lineA, {}, QStringLiteral("x"))});
    QVERIFY(again);
    QCOMPARE(again->done, 1);
    QCOMPARE(PaymentListStore(t.db()).line(lineA)->state, LineState::Paid);
    QSqlQuery q(t->connection());
    QVERIFY(!q.exec(
        QStringLiteral("UPDATE payment_lines SET state = 'failed' WHERE id = %1").arg(lineA)));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM bank_returns")));
    auto roll = PaymentListStore(t.db()).roll(draft->rollId);
    QCOMPARE(roll->paidCount, 1);
    QCOMPARE(roll->failedCount, 1);
    QCOMPARE(roll->pendingCount, 1);
    QCOMPARE(f.auditCount(QStringLiteral("payment.bank_return")), 2);

    // Timeliness: paid by the 10th is on time; failed is counted until re-issued.
    auto rows2 = PaymentListStore(t.db()).timeliness(QDate(2026, 1, 1), QDate(2026, 1, 1), 10);
    QVERIFY2(rows2, qPrintable(rows2.error()));
    QCOMPARE(rows2->size(), 1);
    QCOMPARE(rows2->first().lines, 3);
    QCOMPARE(rows2->first().owedFen, 300'000);
    QCOMPARE(rows2->first().paidFen, 100'000);
    QCOMPARE(rows2->first().paidOnTimeFen, 100'000);
    QCOMPARE(rows2->first().failedFen, 100'000);
    QCOMPARE(PaymentListStore(t.db()).homeCounts(f.clerk)->failedToFix, 1);
}

void TstPaymentReturn::reissueAfterTheAccountIsFixed()
{
    TestDb t;
    PaymentFixture f(t);
    const qint64 a = f.person(QStringLiteral("张三"), 1, kWar, false);
    f.person(QStringLiteral("李四"), 3, kWar);
    QVERIFY(f.ok);
    const qint64 rollId = f.approvedRoll(QDate(2026, 1, 1));
    QVERIFY(rollId);
    PaymentListStore list(t.db());
    QCOMPARE(list.homeCounts(f.clerk)->failedToFix, 1);
    QCOMPARE(list.homeCounts(f.chief)->rollsWaitingForMe, 0);
    PaymentStore store(t.db());
    QVERIFY(!store.draftReissue(f.clerk, QDate(2026, 1, 1))); // still no account
    f.giveAccount(a, QStringLiteral("6221000000009999"));
    QVERIFY(f.ok);
    auto r = store.draftReissue(f.clerk, QDate(2026, 1, 1));
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r->lines, 1);
    QCOMPARE(r->totalFen, 100'000);
    const QList<PaymentLine> lines = allLines(t, r->rollId);
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines.first().reissueOf > 0);
    QCOMPARE(list.line(lines.first().reissueOf)->reissuedBy, lines.first().id);
    QCOMPARE(list.line(lines.first().id)->items.size(), 1);
    QCOMPARE(list.homeCounts(f.clerk)->failedToFix, 0);
    QVERIFY(store.submit(f.clerk, r->rollId));
    QCOMPARE(list.homeCounts(f.chief)->rollsWaitingForMe, 1);
    QCOMPARE(list.homeCounts(f.director)->rollsWaitingForMe, 0);
    QVERIFY(store.sign(f.chief, r->rollId, StepDecision::Approve, QString()));
    QVERIFY(store.sign(f.director, r->rollId, StepDecision::Approve, QString()));
    // Nothing left to re-issue.
    QVERIFY(!store.draftReissue(f.clerk, QDate(2026, 2, 1)));
    // The re-issue paid late: paid, not on time, nothing held any more.
    MatchedRow m;
    m.outcome = MatchOutcome::Paid;
    m.lineId = lines.first().id;
    m.row.paidOn = QDate(2026, 1, 20);
    QVERIFY(
        store.recordReturn(f.clerk, r->rollId, QStringLiteral("r.csv"), QStringLiteral("1"), {m}));
    auto tl = list.timeliness(QDate(2026, 1, 1), QDate(2026, 1, 1), 10);
    QVERIFY(tl);
    QCOMPARE(tl->first().owedFen, 200'000);
    QCOMPARE(tl->first().paidFen, 100'000);
    QCOMPARE(tl->first().paidOnTimeFen, 0);
    QCOMPARE(tl->first().heldFen, 0);
    QCOMPARE(f.auditCount(QStringLiteral("payment.reissue_draft")), 1);
}

void TstPaymentReturn::pagesAndFilters()
{
    TestDb t;
    PaymentFixture f(t);
    for (int i = 0; i < 7; ++i)
        f.person(QStringLiteral("张%1").arg(QChar(0x4E00 + i)), 2 * i + 1, kWar, i != 3);
    QVERIFY(f.ok);
    auto r = PaymentStore(t.db()).draftRoll(f.clerk, QDate(2026, 1, 1));
    QVERIFY(r);
    PaymentListStore list(t.db());
    LineFilter filter;
    filter.rollId = r->rollId;
    auto first = list.linesPage(filter, 0, 4);
    QCOMPARE(first->size(), 4);
    auto second = list.linesPage(filter, first->last().seq, 4);
    QCOMPARE(second->size(), 3);
    QCOMPARE(second->first().seq, 5);
    QCOMPARE(list.lineCount(filter).value(), 7);
    filter.problemsOnly = true;
    QCOMPARE(list.lineCount(filter).value(), 1);
    filter.problemsOnly = false;
    filter.text = QString(QChar(0x4E01));
    QCOMPARE(list.lineCount(filter).value(), 1);
    QVERIFY(first->first().maskedCitizenId.contains(QLatin1Char('*')));
    auto summary = list.summary(r->rollId);
    QVERIFY(summary);
    QCOMPARE(summary->size(), 1);
    QCOMPARE(summary->first().persons, 7);
    QCOMPARE(summary->first().amountFen, 700'000);
    auto templates = list.templates();
    QVERIFY(templates);
    QCOMPARE(templates->size(), 2);
    BankTemplate tpl = templates->first();
    tpl.id = 0;
    tpl.name = QStringLiteral("建行代发");
    auto id = PaymentStore(t.db()).saveTemplate(f.clerk, tpl);
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(list.bankTemplate(id.value())->columns, tpl.columns);
    QCOMPARE(f.auditCount(QStringLiteral("payment.template_save")), 1);
}

QTEST_GUILESS_MAIN(TstPaymentReturn)
#include "tst_paymentreturn.moc"
