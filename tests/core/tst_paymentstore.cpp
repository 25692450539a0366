// Payment rolls through the store (issue 14): a roll drafted from a small registry with a
// hand-made policy book (amounts, a held line without an account, a quarter category only in
// the quarter's first month), back pay after a raise with a past effective date, a recovery
// after a death reported late, the roll frozen in the database once approved, duties, audit.
#include "audit/auditwording.h"
#include "payment/paymentliststore.h"
#include "payment/paymentrules.h"
#include "payment/paymentstore.h"
#include "paymentfixture.h"
#include "registry/personstore.h"

#include <QSqlQuery>
#include <QTest>

using namespace youfu::core;
using youfu::test::PaymentFixture;
using youfu::test::TestDb;

namespace {
const QString kWar = QStringLiteral("war_veteran");
const QString kMartyr = QStringLiteral("martyr_survivor");

QList<PaymentLine> allLines(TestDb& t, qint64 rollId)
{
    LineFilter f;
    f.rollId = rollId;
    auto page = PaymentListStore(t.db()).linesPage(f, 0, 1000);
    return page ? page.value() : QList<PaymentLine>();
}

const PaymentLine* lineOf(const QList<PaymentLine>& lines, qint64 personId)
{
    for (const PaymentLine& l : lines)
        if (l.personId == personId)
            return &l;
    return nullptr;
}
} // namespace

class TstPaymentStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void draftAmountsHeldAndQuarter();
    void refusedTwiceAndCancel();
    void backPayAfterARaise();
    void recoveryAfterALateDeath();
    void frozenOnceApproved();
    void duties();
    void everyActionHasATitle();
};

void TstPaymentStore::draftAmountsHeldAndQuarter()
{
    TestDb t;
    PaymentFixture f(t);
    const qint64 a = f.person(QStringLiteral("张三"), 1, kWar);
    const qint64 b = f.person(QStringLiteral("李四"), 3, kWar, false);
    const qint64 c = f.person(QStringLiteral("王五"), 5, kMartyr);
    QVERIFY(f.ok);
    PaymentStore store(t.db());
    int calls = 0;
    auto r = store.draftRoll(f.clerk, QDate(2026, 1, 1), [&](int) { return ++calls > 0; });
    QVERIFY2(r, qPrintable(r.error()));
    QVERIFY(calls > 0);
    QCOMPARE(r->lines, 3);
    QCOMPARE(r->held, 1);
    QCOMPARE(r->backPayItems, 0);
    QCOMPARE(r->totalFen, 100'000 + 100'000 + 3 * 200'000);
    const QList<PaymentLine> lines = allLines(t, r->rollId);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lineOf(lines, a)->amountFen, 100'000);
    QCOMPARE(lineOf(lines, a)->state, LineState::Pending);
    QCOMPARE(lineOf(lines, b)->state, LineState::Held);
    QCOMPARE(lineOf(lines, b)->problem, QStringLiteral("无银行账户"));
    QCOMPARE(lineOf(lines, c)->amountFen, 600'000);
    auto withItems = PaymentListStore(t.db()).line(lineOf(lines, c)->id);
    QVERIFY(withItems);
    QCOMPARE(withItems->items.size(), 3);
    // seq follows pinyin: li, wang, zhang.
    QCOMPARE(lines.at(0).personName, QStringLiteral("李四"));
    QCOMPARE(lines.at(2).personName, QStringLiteral("张三"));
    QCOMPARE(f.auditCount(QStringLiteral("payment.roll_draft")), 1);

    // February: the quarter category has no months; only the two monthly persons.
    QVERIFY(f.approve(r->rollId));
    t.clock().set(QDateTime(QDate(2026, 2, 3), QTime(2, 0), Qt::UTC));
    auto feb = store.draftRoll(f.clerk, QDate(2026, 2, 1));
    QVERIFY2(feb, qPrintable(feb.error()));
    QCOMPARE(feb->lines, 2);
    QVERIFY(!lineOf(allLines(t, feb->rollId), c));
}

void TstPaymentStore::refusedTwiceAndCancel()
{
    TestDb t;
    PaymentFixture f(t);
    f.person(QStringLiteral("张三"), 1, kWar);
    QVERIFY(f.ok);
    PaymentStore store(t.db());
    auto r = store.draftRoll(f.clerk, QDate(2026, 1, 1));
    QVERIFY(r);
    QVERIFY(!store.draftRoll(f.clerk, QDate(2026, 1, 1)));
    // Cancelled drafting leaves nothing.
    auto cancelled = store.draftRoll(f.clerk, QDate(2026, 3, 1), [](int) { return false; });
    QVERIFY(!cancelled);
    QCOMPARE(PaymentListStore(t.db()).rolls()->size(), 1);
    QVERIFY(!store.cancelRoll(f.clerk, r->rollId, QString()));
    QVERIFY(store.cancelRoll(f.clerk, r->rollId, QStringLiteral("名单有误")));
    QCOMPARE(PaymentListStore(t.db()).roll(r->rollId)->state, RollState::Cancelled);
    auto again = store.draftRoll(f.clerk, QDate(2026, 1, 1));
    QVERIFY2(again, qPrintable(again.error()));
    QVERIFY(!store.submit(f.clerk, r->rollId));
}

void TstPaymentStore::backPayAfterARaise()
{
    TestDb t;
    PaymentFixture f(t);
    const qint64 a = f.person(QStringLiteral("张三"), 1, kWar);
    QVERIFY(f.ok);
    QVERIFY(f.approvedRoll(QDate(2026, 1, 1)));
    // In February the book is raised from January: 1,440,000 a year, 120,000 a month.
    t.clock().set(QDateTime(QDate(2026, 2, 3), QTime(2, 0), Qt::UTC));
    f.standard(kWar, 1'440'000, QDate(2026, 1, 1), QStringLiteral("民发〔2026〕3号"));
    QVERIFY(f.ok);
    auto r = PaymentStore(t.db()).draftRoll(f.clerk, QDate(2026, 2, 1));
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r->backPayItems, 1);
    const QList<PaymentLine> lines = allLines(t, r->rollId);
    QVERIFY(lineOf(lines, a));
    QCOMPARE(lineOf(lines, a)->amountFen, 120'000 + 20'000);
    auto line = PaymentListStore(t.db()).line(lineOf(lines, a)->id);
    QVERIFY(line);
    bool found = false;
    for (const PaymentItem& i : line->items)
        if (i.kind == ItemKind::BackPay) {
            found = true;
            QCOMPARE(i.month, QDate(2026, 1, 1));
            QCOMPARE(i.amountFen, 20'000);
            QVERIFY2(i.basis.contains(QStringLiteral("民发〔2026〕3号")), qPrintable(i.basis));
        }
    QVERIFY(found);
}

void TstPaymentStore::recoveryAfterALateDeath()
{
    TestDb t;
    PaymentFixture f(t);
    const qint64 a = f.person(QStringLiteral("张三"), 1, kWar);
    f.person(QStringLiteral("李四"), 3, kWar);
    QVERIFY(f.ok);
    QVERIFY(f.approvedRoll(QDate(2026, 1, 1)));
    // Died in December, reported in February: January was paid and not owed.
    t.clock().set(QDateTime(QDate(2026, 2, 3), QTime(2, 0), Qt::UTC));
    QVERIFY(PersonStore(t.db()).changeStatus(f.clerk, a, PersonStatus::Deceased,
                                             QDate(2025, 12, 20), QStringLiteral("病故")));
    PaymentStore store(t.db());
    auto r = store.draftRoll(f.clerk, QDate(2026, 2, 1));
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r->recoveries, 1);
    QCOMPARE(r->lines, 1);
    auto open = PaymentListStore(t.db()).recoveries(a, true);
    QVERIFY(open);
    QCOMPARE(open->size(), 1);
    const Recovery rec = open->first();
    QCOMPARE(rec.amountFen, 100'000);
    QCOMPARE(rec.months, QList<QDate>{QDate(2026, 1, 1)});
    QCOMPARE(rec.state, RecoveryState::Proposed);
    QCOMPARE(f.auditCount(QStringLiteral("payment.recovery_propose")), 1);
    QVERIFY(!store.settleRecovery(f.clerk, rec.id, QDate(2026, 2, 10), QString()));
    QVERIFY(!store.approveRecovery(f.clerk, rec.id)); // the section chief confirms
    QVERIFY(store.approveRecovery(f.chief, rec.id));
    QVERIFY(store.settleRecovery(f.clerk, rec.id, QDate(2026, 2, 10), QStringLiteral("家属退回")));
    auto settled = PaymentListStore(t.db()).recoveries(a);
    QCOMPARE(settled->first().state, RecoveryState::Recovered);
    QCOMPARE(settled->first().settledOn, QDate(2026, 2, 10));
    QCOMPARE(PaymentListStore(t.db()).homeCounts(f.clerk)->recoveriesOpen, 0);
    // Not proposed again by the next roll.
    QVERIFY(f.approve(r->rollId));
    t.clock().set(QDateTime(QDate(2026, 3, 3), QTime(2, 0), Qt::UTC));
    auto mar = store.draftRoll(f.clerk, QDate(2026, 3, 1));
    QVERIFY2(mar, qPrintable(mar.error()));
    QCOMPARE(mar->recoveries, 0);
}

void TstPaymentStore::frozenOnceApproved()
{
    TestDb t;
    PaymentFixture f(t);
    f.person(QStringLiteral("张三"), 1, kWar);
    QVERIFY(f.ok);
    const qint64 id = f.approvedRoll(QDate(2026, 1, 1));
    QVERIFY(id);
    QSqlQuery q(t->connection());
    QVERIFY(!q.exec(
        QStringLiteral("UPDATE payment_lines SET amount_fen = 1 WHERE roll_id = %1").arg(id)));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM payment_lines WHERE roll_id = %1").arg(id)));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM payment_items")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM payment_rolls WHERE id = %1").arg(id)));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO payment_lines (roll_id, seq, person_id, "
                                   "person_name, township_code, township_name, categories_text, "
                                   "amount_fen) SELECT %1, 99, person_id, person_name, "
                                   "township_code, township_name, '', 5 FROM payment_lines LIMIT 1")
                        .arg(id)));
    QVERIFY(!PaymentStore(t.db()).cancelRoll(f.clerk, id, QStringLiteral("x")));
    QCOMPARE(PaymentListStore(t.db()).roll(id)->state, RollState::Approved);
    QCOMPARE(f.auditCount(QStringLiteral("payment.roll_submit")), 1);
    QCOMPARE(f.auditCount(QStringLiteral("payment.roll_approve")), 2);
}

void TstPaymentStore::duties()
{
    TestDb t;
    PaymentFixture f(t);
    f.person(QStringLiteral("张三"), 1, kWar);
    const Actor both = t.addUser(QStringLiteral("both"), Roles(Role::Clerk) | Role::SectionChief,
                                 QStringLiteral("两职"));
    QVERIFY(f.ok);
    PaymentStore store(t.db());
    QVERIFY(!store.draftRoll(f.chief, QDate(2026, 1, 1))); // not the chief's work
    auto r = store.draftRoll(both, QDate(2026, 1, 1));
    QVERIFY2(r, qPrintable(r.error()));
    QVERIFY(store.submit(both, r->rollId));
    QVERIFY(!store.sign(f.clerk, r->rollId, StepDecision::Approve, QString()));    // no permission
    QVERIFY(!store.sign(both, r->rollId, StepDecision::Approve, QString()));       // the drafter
    QVERIFY(!store.sign(f.director, r->rollId, StepDecision::Approve, QString())); // not yet
    QVERIFY(!store.sign(f.chief, r->rollId, StepDecision::Return, QString()));     // opinion needed
    QVERIFY(store.sign(f.chief, r->rollId, StepDecision::Return, QStringLiteral("核对人数")));
    QCOMPARE(PaymentListStore(t.db()).roll(r->rollId)->state, RollState::Returned);
    QVERIFY(store.submit(both, r->rollId));
    QVERIFY(store.sign(f.chief, r->rollId, StepDecision::Approve, QString()));
    QVERIFY(store.sign(f.director, r->rollId, StepDecision::Approve, QString()));
    auto roll = PaymentListStore(t.db()).roll(r->rollId);
    QCOMPARE(roll->state, RollState::Approved);
    QCOMPARE(roll->steps.size(), 5);
    QCOMPARE(roll->round, 2);
    QCOMPARE(f.auditCount(QStringLiteral("payment.roll_return")), 1);
}

void TstPaymentStore::everyActionHasATitle()
{
    const QStringList keys = {
        "payment.roll_draft",      "payment.roll_cancel",        "payment.roll_submit",
        "payment.roll_approve",    "payment.roll_return",        "payment.roll_reject",
        "payment.reissue_draft",   "payment.bank_return",        "payment.bank_file",
        "payment.disclosure",      "payment.recovery_propose",   "payment.recovery_approve",
        "payment.recovery_settle", "payment.recovery_write_off", "payment.template_save"};
    for (const QString& key : keys)
        QVERIFY2(AuditWording::actionTitle(key) != key, qPrintable(key));
    for (const QString& e : {QStringLiteral("payment_roll"), QStringLiteral("payment_line"),
                             QStringLiteral("recovery"), QStringLiteral("bank_template")})
        QVERIFY2(AuditWording::entityTitle(e) != e, qPrintable(e));
}

QTEST_GUILESS_MAIN(TstPaymentStore)
#include "tst_paymentstore.moc"
