// The case register through the store: numbers per year without gaps under two connections,
// no closing without answer and result (rule and CHECK), one audit entry and one step per
// write, extensions by the director or the named deputy only and once, the deadline column
// after each step, review reopening, a person's cases, keyset paging over equal times.
#include "approval/approvalrules.h"
#include "approvalfixture.h"
#include "common/isotime.h"
#include "db/database.h"
#include "petition/petitionliststore.h"
#include "petition/petitionrules.h"
#include "petition/petitionstore.h"

#include <QSemaphore>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace youfu::core;
using youfu::test::ApprovalFixture;
using youfu::test::TestDb;

namespace {

void setToday(TestDb& t, const QDate& d)
{
    t.clock().set(QDateTime(d, QTime(10, 0)).toUTC());
}

PetitionCase newCase(const QDateTime& received, qint64 personId = 0,
                     const QString& name = QStringLiteral("张三"))
{
    PetitionCase c;
    c.receivedAt = received;
    c.channel = PetitionChannel::Visit;
    c.subject = PetitionSubject::Benefit;
    c.townshipCode = QStringLiteral("430581001");
    c.summary = QStringLiteral("反映抚恤金未按时发放");
    c.demands = QStringLiteral("要求补发");
    Petitioner p;
    p.personId = personId;
    p.name = name;
    p.phone = QStringLiteral("13800000000");
    p.address = QStringLiteral("武冈市某路1号");
    c.petitioners << p;
    return c;
}

int auditCount(TestDb& t, const QString& action)
{
    QSqlQuery q(t->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
    q.addBindValue(action);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QString deadlineColumn(TestDb& t, qint64 id)
{
    QSqlQuery q(t->connection());
    q.prepare(QStringLiteral("SELECT coalesce(deadline, 'NULL') FROM petition_cases WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("?");
}

} // namespace

class TstPetitionStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void numbersWithoutGapsUnderTwoConnections();
    void noCloseWithoutAnswerAndResult();
    void eachWriteAuditedWithAStep();
    void extensionByDirectorOrDeputyOnce();
    void deadlineColumnFollowsTheClock();
    void reviewReopens();
    void casesFollowThePerson();
    void keysetPagingWithTies();
    void homeCountsAndFilters();
};

void TstPetitionStore::numbersWithoutGapsUnderTwoConnections()
{
    TestDb t;
    ApprovalFixture f(t);
    setToday(t, QDate(2026, 3, 10));
    PetitionStore store(t.db());
    // The first number follows the default pattern.
    auto first = store.registerCase(f.clerk, newCase(QDateTime(QDate(2026, 3, 2), QTime(9, 0))));
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(store.read(first.value())->number,
             ApprovalRules::formatNumber(PetitionRules::defaultNumberFormat(), 2026, 1));
    // A case received in another year starts that year's numbers.
    auto old = store.registerCase(f.clerk, newCase(QDateTime(QDate(2025, 12, 30), QTime(9, 0))));
    QVERIFY2(old, qPrintable(old.error()));
    QCOMPARE(store.read(old.value())->number,
             ApprovalRules::formatNumber(PetitionRules::defaultNumberFormat(), 2025, 1));

    const int perThread = 12;
    QSemaphore ready, go;
    std::atomic<int> failures{0};
    QStringList errors[2];
    auto worker = [&](int which) {
        OpenOptions options;
        options.takeWriterLock = false;
        auto opened = Database::open(t.path(), options);
        if (!opened) {
            ++failures;
            errors[which] << opened.error();
            ready.release();
            return;
        }
        auto db = opened.takeValue();
        db->setClock(std::make_shared<FixedClock>(t.clock().nowUtc()));
        ready.release();
        go.acquire();
        PetitionStore s(*db);
        for (int i = 0; i < perThread; ++i) {
            Result<qint64> r = Status::failure(QStringLiteral("not run"));
            for (int attempt = 0; attempt < 40; ++attempt) { // a busy database is retried
                r = s.registerCase(f.clerk, newCase(QDateTime(QDate(2026, 3, 3), QTime(8, which))));
                if (r || !r.error().contains(QStringLiteral("busy")))
                    break;
                QThread::msleep(5);
            }
            if (!r) {
                ++failures;
                errors[which] << r.error();
            }
        }
    };
    std::unique_ptr<QThread> a(QThread::create(worker, 0));
    std::unique_ptr<QThread> b(QThread::create(worker, 1));
    a->start();
    b->start();
    ready.acquire(2);
    go.release(2);
    QVERIFY(a->wait(60000));
    QVERIFY(b->wait(60000));
    QVERIFY2(failures == 0, qPrintable((errors[0] + errors[1]).join(QLatin1Char('\n'))));
    QSqlQuery q(t->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT number_seq, number FROM petition_cases WHERE "
                                  "number_year = 2026 ORDER BY number_seq")));
    QList<int> seqs;
    QSet<QString> numbers;
    while (q.next()) {
        seqs << q.value(0).toInt();
        numbers.insert(q.value(1).toString());
    }
    QCOMPARE(seqs.size(), 2 * perThread + 1);
    QCOMPARE(numbers.size(), 2 * perThread + 1);
    for (int i = 0; i < seqs.size(); ++i)
        QCOMPARE(seqs.at(i), i + 1);
}

void TstPetitionStore::noCloseWithoutAnswerAndResult()
{
    TestDb t;
    ApprovalFixture f(t);
    setToday(t, QDate(2026, 3, 10));
    PetitionStore store(t.db());
    auto id = store.registerCase(f.clerk, newCase(QDateTime(QDate(2026, 3, 2), QTime(9, 0))));
    QVERIFY2(id, qPrintable(id.error()));
    QVERIFY(store.decide(f.clerk, id.value(), AcceptDecision::Accept, QString(), QDate(2026, 3, 5),
                         f.clerk.userId, QStringLiteral("王经办"), QStringLiteral("优抚股"),
                         QString()));
    // The rule refuses …
    const Status closed = store.close(f.clerk, id.value(), QString(), QDate(2026, 3, 10));
    QVERIFY(!closed);
    QVERIFY(!closed.error().isEmpty());
    QCOMPARE(store.read(id.value())->status, CaseStatus::Accepted);
    QCOMPARE(auditCount(t, QStringLiteral("petition.close")), 0);
    // … and so does the table, whatever writes to it.
    QSqlQuery q(t->connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE petition_cases SET status = 'closed' WHERE id = %1")
                        .arg(id.value())));
    QVERIFY(!q.exec(QStringLiteral("UPDATE petition_cases SET status = 'closed', answered_on = "
                                   "'2026-03-09' WHERE id = %1")
                        .arg(id.value())));
    // With an answer and a result it closes.
    QVERIFY(store.answer(f.clerk, id.value(), AnswerResult::Solved, AnswerWay::Written,
                         QStringLiteral("已补发。"), QDate(2026, 3, 9)));
    const Status ok = store.close(f.clerk, id.value(), QString(), QDate(2026, 3, 10));
    QVERIFY2(ok, qPrintable(ok.error()));
    QCOMPARE(store.read(id.value())->status, CaseStatus::Closed);
}

void TstPetitionStore::eachWriteAuditedWithAStep()
{
    TestDb t;
    ApprovalFixture f(t);
    setToday(t, QDate(2026, 3, 10));
    PetitionStore store(t.db());
    auto id = store.registerCase(f.clerk, newCase(QDateTime(QDate(2026, 3, 2), QTime(9, 0))));
    QVERIFY2(id, qPrintable(id.error()));
    const qint64 c = id.value();
    auto check = [&](const Status& s, const char* action, int steps) {
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(auditCount(t, QStringLiteral("petition.") + QLatin1String(action)), 1);
        QCOMPARE(store.read(c)->steps.size(), steps);
    };
    QCOMPARE(auditCount(t, QStringLiteral("petition.register")), 1);
    QCOMPARE(store.read(c)->steps.size(), 1);
    PetitionCase edit = store.read(c).value();
    edit.summary = QStringLiteral("反映抚恤金少发");
    check(store.updateRegistration(f.clerk, edit), "update", 2);
    check(store.decide(f.clerk, c, AcceptDecision::Accept, QString(), QDate(2026, 3, 5),
                       f.clerk.userId, QStringLiteral("王经办"), QStringLiteral("优抚股"),
                       QStringLiteral("受理")),
          "decide", 3);
    check(store.notify(f.clerk, c, QDate(2026, 3, 6)), "notify", 4);
    check(store.reassign(f.chief, c, f.clerk2.userId, QStringLiteral("赵经办"),
                         QStringLiteral("优抚股"), QString()),
          "assign", 5);
    check(store.extend(f.director, c, 20, QStringLiteral("情况复杂"), QDate(2026, 3, 10)), "extend",
          6);
    check(store.addNote(f.clerk, c, QStringLiteral("电话联系本人")), "note", 7);
    check(store.answer(f.clerk, c, AnswerResult::Solved, AnswerWay::InPerson,
                       QStringLiteral("已补发。"), QDate(2026, 3, 10)),
          "answer", 8);
    check(store.returnVisit(f.clerk, c, Satisfaction::Satisfied, QString(), QDate(2026, 3, 10)),
          "return_visit", 9);
    check(store.close(f.clerk, c, QString(), QDate(2026, 3, 10)), "close", 10);
    const PetitionCase read = store.read(c).value();
    QCOMPARE(read.steps.first().kind, QStringLiteral("register"));
    QCOMPARE(read.steps.last().kind, QStringLiteral("close"));
    QCOMPARE(read.petitioners.first().phone, QStringLiteral("13800000000"));
    QCOMPARE(read.responsibleName, QStringLiteral("赵经办"));
    // The phone lies encrypted in the table and never in the audit log.
    QSqlQuery q(t->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT phone_enc FROM petition_petitioners")));
    QVERIFY(q.next());
    QVERIFY(!q.value(0).toString().contains(QStringLiteral("13800000000")));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE after_json LIKE "
                                  "'%13800000000%' OR before_json LIKE '%13800000000%'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // A refused role writes nothing.
    const Actor inspector = f.inspector;
    QVERIFY(!store.addNote(inspector, c, QStringLiteral("不该写入")));
    QCOMPARE(auditCount(t, QStringLiteral("petition.note")), 1);
}

void TstPetitionStore::extensionByDirectorOrDeputyOnce()
{
    TestDb t;
    ApprovalFixture f(t);
    setToday(t, QDate(2026, 3, 10));
    PetitionStore store(t.db());
    QList<qint64> ids;
    for (int i = 0; i < 2; ++i) {
        auto id = store.registerCase(f.clerk, newCase(QDateTime(QDate(2026, 3, 2), QTime(9, i))));
        QVERIFY2(id, qPrintable(id.error()));
        QVERIFY(store.decide(f.clerk, id.value(), AcceptDecision::Accept, QString(),
                             QDate(2026, 3, 5), f.clerk.userId, QStringLiteral("王经办"),
                             QStringLiteral("优抚股"), QString()));
        ids << id.value();
    }
    const QString why = QStringLiteral("需会同人社部门核实");
    QVERIFY(!store.extend(f.clerk, ids[0], 30, why, QDate(2026, 3, 10)));
    QVERIFY(!store.extend(f.chief, ids[0], 30, why, QDate(2026, 3, 10))); // not yet named
    Status s = store.extend(f.director, ids[0], 30, why, QDate(2026, 3, 10));
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(store.read(ids[0])->extensionApprovedBy, f.director.userId);
    QCOMPARE(store.read(ids[0])->deadline, QDate(2026, 3, 5).addDays(90));
    QVERIFY(!store.extend(f.director, ids[0], 10, why, QDate(2026, 3, 10))); // once only

    QVERIFY(!store.nameExtensionDeputy(f.clerk, f.chief.userId));
    QVERIFY(store.nameExtensionDeputy(f.director, f.chief.userId));
    QCOMPARE(store.extensionDeputy().value(), f.chief.userId);
    QCOMPARE(auditCount(t, QStringLiteral("petition.deputy")), 1);
    s = store.extend(f.chief, ids[1], 15, why, QDate(2026, 3, 10));
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(store.read(ids[1])->extensionApproverName, f.chief.displayName);
    QVERIFY(!store.extend(f.clerk2, ids[1], 5, why, QDate(2026, 3, 10)));
    QCOMPARE(auditCount(t, QStringLiteral("petition.extend")), 2);
}

void TstPetitionStore::deadlineColumnFollowsTheClock()
{
    TestDb t;
    ApprovalFixture f(t);
    setToday(t, QDate(2026, 3, 2));
    PetitionStore store(t.db());
    const QDate received(2026, 3, 2);
    auto id = store.registerCase(f.clerk, newCase(QDateTime(received, QTime(9, 0))));
    QVERIFY2(id, qPrintable(id.error()));
    const qint64 c = id.value();
    QCOMPARE(deadlineColumn(t, c), toIsoDate(received.addDays(15)));
    setToday(t, QDate(2026, 3, 12));
    QVERIFY(store.decide(f.clerk, c, AcceptDecision::Accept, QString(), QDate(2026, 3, 12),
                         f.clerk.userId, QStringLiteral("王经办"), QStringLiteral("优抚股"),
                         QString()));
    QCOMPARE(deadlineColumn(t, c), toIsoDate(QDate(2026, 3, 12).addDays(60)));
    QVERIFY(store.extend(f.director, c, 30, QStringLiteral("情况复杂"), QDate(2026, 3, 12)));
    QCOMPARE(deadlineColumn(t, c), toIsoDate(QDate(2026, 3, 12).addDays(90)));
    setToday(t, QDate(2026, 4, 20));
    QVERIFY(store.answer(f.clerk, c, AnswerResult::Explained, AnswerWay::Written,
                         QStringLiteral("已解释政策。"), QDate(2026, 4, 20)));
    QCOMPARE(deadlineColumn(t, c), QStringLiteral("NULL"));
    setToday(t, QDate(2026, 5, 10));
    QVERIFY(store.requestReview(f.clerk, c, QStringLiteral("不服"), QDate(2026, 5, 10)));
    QCOMPARE(deadlineColumn(t, c), toIsoDate(QDate(2026, 5, 10).addDays(30)));
    // The column always equals the rules' deadline of the case as read.
    const PetitionCase read = store.read(c).value();
    QCOMPARE(read.deadline, PetitionRules::deadline(read));

    // A case not accepted runs no clock.
    auto other = store.registerCase(f.clerk, newCase(QDateTime(QDate(2026, 5, 9), QTime(9, 0))));
    QVERIFY(other);
    QVERIFY(store.decide(f.clerk, other.value(), AcceptDecision::NotAccept,
                         QStringLiteral("已经依法处理"), QDate(2026, 5, 10), 0, QString(),
                         QString(), QString()));
    QCOMPARE(deadlineColumn(t, other.value()), QStringLiteral("NULL"));
}

void TstPetitionStore::reviewReopens()
{
    TestDb t;
    ApprovalFixture f(t);
    setToday(t, QDate(2026, 3, 2));
    PetitionStore store(t.db());
    auto id = store.registerCase(f.clerk, newCase(QDateTime(QDate(2026, 3, 2), QTime(9, 0))));
    QVERIFY2(id, qPrintable(id.error()));
    const qint64 c = id.value();
    QVERIFY(store.decide(f.clerk, c, AcceptDecision::Accept, QString(), QDate(2026, 3, 2),
                         f.clerk.userId, QStringLiteral("王经办"), QStringLiteral("优抚股"),
                         QString()));
    setToday(t, QDate(2026, 3, 20));
    QVERIFY(store.answer(f.clerk, c, AnswerResult::Unsupported, AnswerWay::Written,
                         QStringLiteral("不符合政策。"), QDate(2026, 3, 20)));
    QVERIFY(store.close(f.clerk, c, QString(), QDate(2026, 3, 20)));
    setToday(t, QDate(2026, 4, 1));
    Status s = store.requestReview(f.clerk, c, QStringLiteral("申请复查"), QDate(2026, 4, 1));
    QVERIFY2(s, qPrintable(s.error()));
    PetitionCase read = store.read(c).value();
    QCOMPARE(read.status, CaseStatus::Reviewing);
    QVERIFY(!read.closedOn.isValid());
    QVERIFY(store.answer(f.clerk, c, AnswerResult::Unsupported, AnswerWay::Written,
                         QStringLiteral("维持原答复。"), QDate(2026, 4, 10)));
    read = store.read(c).value();
    QCOMPARE(read.status, CaseStatus::Answered);
    QCOMPARE(read.reviewAnsweredOn, QDate(2026, 4, 10));
    QCOMPARE(read.steps.last().kind, QStringLiteral("review_answer"));
    setToday(t, QDate(2026, 4, 15));
    QVERIFY(store.requestReview(f.clerk, c, QStringLiteral("申请复核"), QDate(2026, 4, 15)));
    QCOMPARE(store.read(c)->status, CaseStatus::Rereviewing);
    QVERIFY(store.answer(f.clerk, c, AnswerResult::Unsupported, AnswerWay::Written,
                         QStringLiteral("复核维持。"), QDate(2026, 4, 20)));
    QCOMPARE(store.read(c)->steps.last().kind, QStringLiteral("rereview_answer"));
    QVERIFY(!store.requestReview(f.clerk, c, QStringLiteral("再次申请"), QDate(2026, 4, 21)));
}

void TstPetitionStore::casesFollowThePerson()
{
    TestDb t;
    ApprovalFixture f(t);
    const qint64 pid = f.person(QStringLiteral("李四"), 21);
    const qint64 other = f.person(QStringLiteral("王五"), 23);
    QVERIFY(f.ok);
    setToday(t, QDate(2026, 3, 10));
    PetitionStore store(t.db());
    QVERIFY(store.registerCase(
        f.clerk, newCase(QDateTime(QDate(2026, 3, 1), QTime(9, 0)), pid, QStringLiteral("李四"))));
    PetitionCase two =
        newCase(QDateTime(QDate(2026, 3, 5), QTime(9, 0)), other, QStringLiteral("王五"));
    Petitioner second;
    second.personId = pid;
    second.name = QStringLiteral("李四");
    two.petitioners << second;
    QVERIFY(store.registerCase(f.clerk, two));
    QVERIFY(store.registerCase(f.clerk, newCase(QDateTime(QDate(2026, 3, 6), QTime(9, 0)))));
    auto mine = PetitionListStore(t.db()).casesOf(pid, QDate(2026, 3, 10));
    QVERIFY2(mine, qPrintable(mine.error()));
    QCOMPARE(mine->size(), 2);
    QCOMPARE(mine->first().receivedOn, QDate(2026, 3, 5)); // newest first
    QVERIFY(mine->first().petitionerNames.startsWith(QStringLiteral("王五")));
    QCOMPARE(PetitionListStore(t.db()).casesOf(other, QDate(2026, 3, 10))->size(), 1);
}

void TstPetitionStore::keysetPagingWithTies()
{
    TestDb t;
    ApprovalFixture f(t);
    setToday(t, QDate(2026, 3, 10));
    PetitionStore store(t.db());
    QSet<qint64> all;
    for (int i = 0; i < 23; ++i) {
        // Many share one received_at: only the id tells them apart.
        const QDateTime at(QDate(2026, 3, 1 + i / 8), QTime(9, 0));
        auto id = store.registerCase(f.clerk, newCase(at));
        QVERIFY2(id, qPrintable(id.error()));
        all.insert(id.value());
    }
    PetitionListStore list(t.db());
    QList<qint64> seen;
    CaseCursor cursor;
    bool started = false;
    for (int guard = 0; guard < 20; ++guard) {
        auto page = list.page(CaseFilter(), started ? &cursor : nullptr, 5, QDate(2026, 3, 10));
        QVERIFY2(page, qPrintable(page.error()));
        if (page->isEmpty())
            break;
        for (const CaseLine& l : page.value())
            seen << l.id;
        const qint64 lastId = page->last().id;
        cursor = CaseCursor{store.read(lastId)->receivedAt, lastId};
        started = true;
    }
    QCOMPARE(seen.size(), all.size());
    QCOMPARE(QSet<qint64>(seen.begin(), seen.end()), all);
    QCOMPARE(list.count(CaseFilter(), QDate(2026, 3, 10)).value(), 23);
}

void TstPetitionStore::homeCountsAndFilters()
{
    TestDb t;
    ApprovalFixture f(t);
    setToday(t, QDate(2026, 3, 1));
    PetitionStore store(t.db());
    // Received on 1 March: acceptance due 16 March.
    auto a = store.registerCase(f.clerk, newCase(QDateTime(QDate(2026, 3, 1), QTime(9, 0))));
    auto b = store.registerCase(
        f.clerk, newCase(QDateTime(QDate(2026, 2, 1), QTime(9, 0)), 0, QStringLiteral("赵六")));
    QVERIFY(a && b);
    PetitionListStore list(t.db());
    auto counts = list.homeCounts(QDate(2026, 3, 10));
    QVERIFY2(counts, qPrintable(counts.error()));
    QCOMPARE(counts->dueWithin7, 1); // a: 16 March
    QCOMPARE(counts->overdue, 1);    // b: 16 February
    QCOMPARE(counts->warningsOpen, 0);
    CaseFilter text;
    text.text = QStringLiteral("赵六");
    QCOMPARE(list.count(text, QDate(2026, 3, 10)).value(), 1);
    CaseFilter overdue;
    overdue.overdueOnly = true;
    auto lines = list.page(overdue, nullptr, 10, QDate(2026, 3, 10));
    QVERIFY(lines);
    QCOMPARE(lines->size(), 1);
    QCOMPARE(lines->first().id, b.value());
    QCOMPARE(lines->first().badge, DeadlineBadge::Overdue);
    auto stats = list.statistics(PetitionListStore::Dimension::Month, QDate(2026, 1, 1),
                                 QDate(2026, 12, 31), QDate(2026, 3, 10));
    QVERIFY2(stats, qPrintable(stats.error()));
    QCOMPARE(stats->size(), 3); // February, March, total
    QCOMPARE(stats->last().cases, 2);
}

QTEST_GUILESS_MAIN(TstPetitionStore)
#include "tst_petitionstore.moc"
