// The approval chain through the store: duties enforced in core, rounds kept, numbers without
// gaps or repeats under two racing connections, the effect applied to the person, refusal of
// applications without basis.
#include "approval/applicationliststore.h"
#include "approval/approvalrules.h"
#include "approval/approvalstore.h"
#include "approvalfixture.h"
#include "archive/archivedocumentstore.h"
#include "archive/archivestore.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "registry/personstore.h"
#include "settings/settingsstore.h"

#include <QSemaphore>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace youfu::core;
using youfu::test::ApprovalFixture;
using youfu::test::TestDb;

class TstApprovalStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void walkThroughFourSteps();
    void dutiesEnforced();
    void returnedAndResubmitted();
    void rejectNeedsOpinionAndIsFinal();
    void refusedWithoutBasis_data();
    void refusedWithoutBasis();
    void recognitionAddsCategory();
    void gradeChangeReplacesCategory();
    void stopChangesStatus();
    void temporaryAssistanceCeiling();
    void chainConfigurable();
    void numbersSequentialPerYear();
    void numbersUnderTwoConnections();
    void approveManyEachAudited();
    void reportedOnce();
    void inboxOldestFirst();
    void supportingDocumentsMustBeVerified();
};

void TstApprovalStore::walkThroughFourSteps()
{
    TestDb t;
    ApprovalFixture f(t);
    const qint64 pid = f.person(QStringLiteral("张建国"), 11);
    f.holding(pid, QStringLiteral("war_veteran"));
    const qint64 id = f.submittedStandardChange(pid);
    QVERIFY(id > 0);
    ApprovalStore store(t.db());
    auto a = store.byId(id);
    QCOMPARE(a->state, ApplicationState::Pending);
    QCOMPARE(a->currentStep, 1);
    QCOMPARE(a->benefit.annualFen, qint64(1092000)); // the illustrative 2025 war-veteran line
    QVERIFY(a->benefit.basis.contains(QStringLiteral("示意")));
    const qint64 audits = AuditLog(t.db()).count();
    QVERIFY(store.sign(f.chief, id, StepDecision::Approve, QStringLiteral("情况属实，同意上报。")));
    QVERIFY(store.sign(f.inspector, id, StepDecision::Approve, QString()));
    QCOMPARE(store.byId(id)->number, QString());
    const Status s = store.sign(f.director, id, StepDecision::Approve, QStringLiteral("同意。"));
    QVERIFY2(s, qPrintable(s.error()));
    a = store.byId(id);
    QCOMPARE(a->state, ApplicationState::Approved);
    QCOMPARE(a->number, QStringLiteral("武民优审〔2026〕0001号"));
    QCOMPARE(a->steps.size(), 4);
    QCOMPARE(a->steps.at(2).opinion, QStringLiteral("同意。")); // the inspector wrote nothing
    QCOMPARE(AuditLog(t.db()).count(), audits + 3);
    QSqlQuery q(t->connection());
    QVERIFY(q.exec(
        QStringLiteral(
            "SELECT annual_fen, effective_from FROM benefit_decisions WHERE application_id = %1")
            .arg(id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(1092000));
    QCOMPARE(q.value(1).toString(), QStringLiteral("2026-12-01"));
    // Nothing more can be signed.
    QVERIFY(!store.sign(f.director, id, StepDecision::Approve, QString()));
}

void TstApprovalStore::dutiesEnforced()
{
    TestDb t;
    ApprovalFixture f(t);
    const Actor clerkChief = t.addUser(QStringLiteral("cc"), Role::Clerk | Role::SectionChief,
                                       QStringLiteral("兼职科长"));
    const Actor chiefInspector = t.addUser(
        QStringLiteral("ci"), Role::SectionChief | Role::Inspector, QStringLiteral("兼纪检"));
    const qint64 pid = f.person(QStringLiteral("李卫东"), 13);
    f.holding(pid, QStringLiteral("war_veteran"));
    ApprovalStore store(t.db());
    ApplicationDraft d = f.draft(ApplicationType::StandardChange, pid);
    d.categoryCode = QStringLiteral("war_veteran");
    auto id = store.create(clerkChief, d);
    QVERIFY(id);
    QVERIFY(store.submit(clerkChief, id.value()));
    // The drafter holds the section chief's role, but drafted it.
    QVERIFY(!store.sign(clerkChief, id.value(), StepDecision::Approve, QString()));
    // Wrong roles.
    QVERIFY(!store.sign(f.inspector, id.value(), StepDecision::Approve, QString()));
    QVERIFY(!store.sign(f.director, id.value(), StepDecision::Approve, QString()));
    QVERIFY(!store.sign(f.clerk, id.value(), StepDecision::Approve, QString()));
    QCOMPARE(store.byId(id.value())->currentStep, 1);
    // One person, one step: the chief who is also inspector signs review, not countersign.
    QVERIFY(store.sign(chiefInspector, id.value(), StepDecision::Approve, QString()));
    const Status twice = store.sign(chiefInspector, id.value(), StepDecision::Approve, QString());
    QVERIFY(!twice);
    QVERIFY(twice.error().contains(QStringLiteral("one step")));
    QVERIFY(store.sign(f.inspector, id.value(), StepDecision::Approve, QString()));
    QVERIFY(store.sign(f.director, id.value(), StepDecision::Approve, QString()));
    // Nobody without the permission may draft.
    QVERIFY(!store.create(f.director, d));
}

void TstApprovalStore::returnedAndResubmitted()
{
    TestDb t;
    ApprovalFixture f(t);
    const qint64 pid = f.person(QStringLiteral("王秀英"), 22);
    f.holding(pid, QStringLiteral("war_veteran"));
    const qint64 id = f.submittedStandardChange(pid);
    ApprovalStore store(t.db());
    QVERIFY(!store.amend(f.clerk, id, store.byId(id)->draft)); // pending: locked
    QVERIFY(store.sign(f.chief, id, StepDecision::Approve, QString()));
    QVERIFY(!store.sign(f.inspector, id, StepDecision::Return, QString())); // opinion required
    QVERIFY(
        store.sign(f.inspector, id, StepDecision::Return, QStringLiteral("请补充参战证明材料。")));
    auto a = store.byId(id);
    QCOMPARE(a->state, ApplicationState::Returned);
    // The drafter finds it waiting.
    const auto inbox = ApplicationListStore(t.db()).inbox(f.clerk).value();
    QCOMPARE(inbox.size(), 1);
    QCOMPARE(inbox.first().id, id);
    ApplicationDraft d = a->draft;
    d.facts += QStringLiteral("已补充参战证明。");
    QVERIFY(store.amend(f.clerk, id, d));
    QVERIFY(store.submit(f.clerk, id));
    a = store.byId(id);
    QCOMPARE(a->round, 2);
    QCOMPARE(a->currentStep, 1);
    QVERIFY(store.sign(f.chief, id, StepDecision::Approve, QString()));
    QVERIFY(store.sign(f.inspector, id, StepDecision::Approve, QString()));
    QVERIFY(store.sign(f.director, id, StepDecision::Approve, QString()));
    a = store.byId(id);
    QCOMPARE(a->state, ApplicationState::Approved);
    // Both rounds stay in the history: submit, chief, inspector(return); submit, chief, inspector,
    // director.
    QCOMPARE(a->steps.size(), 7);
    QCOMPARE(a->steps.at(2).decision, StepDecision::Return);
    QCOMPARE(a->steps.at(2).round, 1);
    QCOMPARE(a->steps.last().round, 2);
    QVERIFY(a->draft.facts.contains(QStringLiteral("已补充")));
}

void TstApprovalStore::rejectNeedsOpinionAndIsFinal()
{
    TestDb t;
    ApprovalFixture f(t);
    const qint64 pid = f.person(QStringLiteral("刘德华"), 31);
    f.holding(pid, QStringLiteral("war_veteran"));
    const qint64 id = f.submittedStandardChange(pid);
    ApprovalStore store(t.db());
    QVERIFY(!store.sign(f.chief, id, StepDecision::Reject, QStringLiteral("  ")));
    QVERIFY(store.sign(f.chief, id, StepDecision::Reject, QStringLiteral("不符合调整条件。")));
    QCOMPARE(store.byId(id)->state, ApplicationState::Rejected);
    QVERIFY(!store.submit(f.clerk, id));
    QVERIFY(!store.amend(f.clerk, id, store.byId(id)->draft));
    QVERIFY(store.byId(id)->number.isEmpty());
}

void TstApprovalStore::refusedWithoutBasis_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<int>("grade");
    QTest::addColumn<QString>("nature");
    QTest::addColumn<QDate>("effective");
    QTest::addColumn<QString>("expected"); // a word of the message
    QTest::newRow("no line for category")
        << "serving_family" << 0 << QString() << QDate(2026, 12, 1) << "现役军人家属";
    QTest::newRow("before the book")
        << "disabled_serviceman" << 5 << "因战" << QDate(2024, 1, 1) << "2024-10-01";
    QTest::newRow("illness grade 8")
        << "disabled_serviceman" << 8 << "因病" << QDate(2026, 12, 1) << "因病";
}

void TstApprovalStore::refusedWithoutBasis()
{
    QFETCH(QString, category);
    QFETCH(int, grade);
    QFETCH(QString, nature);
    QFETCH(QDate, effective);
    QFETCH(QString, expected);
    TestDb t;
    ApprovalFixture f(t);
    const qint64 pid = f.person(QStringLiteral("孙志强"), 41);
    ApprovalStore store(t.db());
    ApplicationDraft d = f.draft(ApplicationType::Recognition, pid);
    d.categoryCode = category;
    d.grade = grade;
    d.nature = nature;
    d.effectiveDate = effective;
    if (category == QLatin1String("serving_family")) {
        d.relation = QStringLiteral("父亲");
        d.servicemanName = QStringLiteral("孙小兵");
    }
    auto id = store.create(f.clerk, d); // a draft may be saved incomplete
    QVERIFY(id);
    const Status s = store.submit(f.clerk, id.value());
    QVERIFY(!s);
    QVERIFY2(s.error().contains(expected), qPrintable(s.error()));
    QCOMPARE(store.byId(id.value())->state, ApplicationState::Draft);
    QVERIFY(!store.check(d).isEmpty());
}

void TstApprovalStore::recognitionAddsCategory()
{
    TestDb t;
    ApprovalFixture f(t);
    const qint64 pid = f.person(QStringLiteral("周红梅"), 52, /*urban*/ true);
    ApprovalStore store(t.db());
    ApplicationDraft d = f.draft(ApplicationType::Recognition, pid);
    d.categoryCode = QStringLiteral("martyr_survivor");
    d.relation = QStringLiteral("配偶");
    d.servicemanName = QStringLiteral("周烈");
    auto id = store.create(f.clerk, d);
    QVERIFY(id);
    QVERIFY(store.submit(f.clerk, id.value()));
    QCOMPARE(store.byId(id.value())->residence, Residence::Urban);
    QCOMPARE(store.byId(id.value())->benefit.annualFen, qint64(3728000)); // urban line
    for (const Actor& a : {f.chief, f.inspector, f.director})
        QVERIFY(store.sign(a, id.value(), StepDecision::Approve, QString()));
    const auto p = PersonStore(t.db()).byId(pid);
    QCOMPARE(p->categories.size(), 1);
    QCOMPARE(p->categories.first().categoryCode, QStringLiteral("martyr_survivor"));
    QCOMPARE(p->categories.first().startDate, QDate(2026, 12, 1));
}

void TstApprovalStore::gradeChangeReplacesCategory()
{
    TestDb t;
    ApprovalFixture f(t);
    const qint64 pid = f.person(QStringLiteral("吴志刚"), 63);
    f.holding(pid, QStringLiteral("disabled_serviceman"), 6, QStringLiteral("因战"));
    ApprovalStore store(t.db());
    ApplicationDraft d = f.draft(ApplicationType::DisabilityGrade, pid);
    d.categoryCode = QStringLiteral("disabled_serviceman");
    d.grade = 6;
    d.nature = QStringLiteral("因战");
    auto id = store.create(f.clerk, d);
    QVERIFY(id);
    QVERIFY(!store.submit(f.clerk, id.value())); // the grade does not change
    d.grade = 4;
    QVERIFY(store.amend(f.clerk, id.value(), d));
    QVERIFY(store.submit(f.clerk, id.value()));
    for (const Actor& a : {f.chief, f.inspector, f.director})
        QVERIFY(store.sign(a, id.value(), StepDecision::Approve, QString()));
    const auto p = PersonStore(t.db()).byId(pid);
    QCOMPARE(p->categories.size(), 2);
    QCOMPARE(p->categories.at(0).endDate, QDate(2026, 12, 1));
    QCOMPARE(p->categories.at(1).grade, 4);
    QCOMPARE(store.byId(id.value())->benefit.annualFen, qint64(6605000));
}

void TstApprovalStore::stopChangesStatus()
{
    TestDb t;
    ApprovalFixture f(t);
    const QDateTime now = t.clock().nowUtc();
    t.clock().set(QDateTime(QDate(2015, 5, 1), QTime(2, 0), Qt::UTC)); // registered years ago
    const qint64 pid = f.person(QStringLiteral("郑老兵"), 71, false, QDate(1940, 1, 1));
    t.clock().set(now);
    f.holding(pid, QStringLiteral("war_veteran"));
    ApprovalStore store(t.db());
    ApplicationDraft d = f.draft(ApplicationType::StopBenefits, pid);
    d.stopStatus = QStringLiteral("deceased");
    d.effectiveDate = QDate(2027, 1, 1);
    auto id = store.create(f.clerk, d);
    QVERIFY(!store.submit(f.clerk, id.value())); // a death in the future
    d.effectiveDate = QDate(2026, 11, 20);
    QVERIFY(store.amend(f.clerk, id.value(), d));
    QVERIFY(store.submit(f.clerk, id.value()));
    for (const Actor& a : {f.chief, f.inspector, f.director}) {
        const Status st = store.sign(a, id.value(), StepDecision::Approve, QString());
        QVERIFY2(st, qPrintable(st.error()));
    }
    const auto p = PersonStore(t.db()).byId(pid);
    QCOMPARE(p->status, PersonStatus::Deceased);
    QCOMPARE(p->statusSince, QDate(2026, 11, 20));
    QCOMPARE(p->categories.first().endDate, QDate(2026, 11, 20));
}

void TstApprovalStore::temporaryAssistanceCeiling()
{
    TestDb t;
    ApprovalFixture f(t);
    const qint64 pid = f.person(QStringLiteral("冯大海"), 81);
    ApprovalStore store(t.db());
    ApplicationDraft d = f.draft(ApplicationType::TemporaryAssistance, pid);
    d.requestedAmountFen = 200000;
    d.assistanceReason = QStringLiteral("illness");
    auto id = store.create(f.clerk, d);
    QVERIFY(!store.submit(f.clerk, id.value())); // holds no category
    f.holding(pid, QStringLiteral("war_veteran"));
    d.requestedAmountFen = 600000; // above the 5000-yuan ceiling
    QVERIFY(store.amend(f.clerk, id.value(), d));
    const Status s = store.submit(f.clerk, id.value());
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QStringLiteral("5000.00")), qPrintable(s.error()));
    d.requestedAmountFen = 200000;
    QVERIFY(store.amend(f.clerk, id.value(), d));
    QVERIFY(store.submit(f.clerk, id.value()));
    QCOMPARE(store.byId(id.value())->benefit.oneOffFen, qint64(200000));
}

void TstApprovalStore::chainConfigurable()
{
    TestDb t;
    ApprovalFixture f(t);
    ApprovalStore store(t.db());
    const Actor admin = t.admin();
    QVERIFY(!store.setChain(admin, ApplicationType::StandardChange,
                            {Role::SectionChief, Role::Director}));
    QVERIFY(!store.setChain(f.chief, ApplicationType::StandardChange,
                            {Role::Inspector, Role::Director}));
    QVERIFY(
        store.setChain(admin, ApplicationType::StandardChange, {Role::Inspector, Role::Director}));
    QCOMPARE(store.chain(ApplicationType::StandardChange).size(), 2);
    QCOMPARE(store.chain(ApplicationType::Recognition).size(), 3);
    const qint64 pid = f.person(QStringLiteral("陈平"), 91);
    f.holding(pid, QStringLiteral("war_veteran"));
    const qint64 id = f.submittedStandardChange(pid);
    QVERIFY(!store.sign(f.chief, id, StepDecision::Approve, QString()));
    QVERIFY(store.sign(f.inspector, id, StepDecision::Approve, QString()));
    QVERIFY(store.sign(f.director, id, StepDecision::Approve, QString()));
    QCOMPARE(store.byId(id)->state, ApplicationState::Approved);
}

void TstApprovalStore::numbersSequentialPerYear()
{
    TestDb t;
    ApprovalFixture f(t);
    ApprovalStore store(t.db());
    QVERIFY(store.setNumberFormat(t.admin(), QStringLiteral("优审{year}-{seq:03}")));
    const qint64 pid = f.person(QStringLiteral("黄河"), 101);
    f.holding(pid, QStringLiteral("war_veteran"));
    QStringList numbers;
    for (int i = 0; i < 3; ++i) {
        if (i == 2)
            t.clock().set(QDateTime(QDate(2027, 1, 2), QTime(2, 0), Qt::UTC));
        const qint64 id = f.submittedStandardChange(pid);
        for (const Actor& a : {f.chief, f.inspector, f.director})
            QVERIFY(store.sign(a, id, StepDecision::Approve, QString()));
        numbers << store.byId(id)->number;
    }
    QCOMPARE(numbers, (QStringList{QStringLiteral("优审2026-001"), QStringLiteral("优审2026-002"),
                                   QStringLiteral("优审2027-001")}));
}

// Two connections on one file approve at the same moment: every number once, none missing.
void TstApprovalStore::numbersUnderTwoConnections()
{
    TestDb t;
    ApprovalFixture f(t);
    ApprovalStore store(t.db());
    const qint64 pid = f.person(QStringLiteral("并发"), 111);
    f.holding(pid, QStringLiteral("war_veteran"));
    const int perThread = 12;
    QList<qint64> ids[2];
    for (int i = 0; i < 2 * perThread; ++i) {
        const qint64 id = f.submittedStandardChange(pid);
        QVERIFY(store.sign(f.chief, id, StepDecision::Approve, QString()));
        QVERIFY(store.sign(f.inspector, id, StepDecision::Approve, QString()));
        ids[i % 2] << id;
    }
    QSemaphore ready, go;
    std::atomic<int> failures{0};
    QStringList errors[2];
    auto worker = [&](int which) {
        // Two writers at once: what several clerks on one shared server will do. The single-
        // writer lock of the desktop program is set aside for this test of the numbering.
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
        ApprovalStore s(*db);
        for (qint64 id : ids[which]) {
            Status st;
            for (int attempt = 0; attempt < 20; ++attempt) { // a busy database is retried
                st = s.sign(f.director, id, StepDecision::Approve, QStringLiteral("同意。"));
                if (st || !st.error().contains(QStringLiteral("busy")))
                    break;
                QThread::msleep(5);
            }
            if (!st) {
                ++failures;
                errors[which] << st.error();
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
    QVERIFY(q.exec(QStringLiteral("SELECT number_seq, number FROM applications WHERE state = "
                                  "'approved' ORDER BY number_seq")));
    QList<int> seqs;
    QSet<QString> numbers;
    while (q.next()) {
        seqs << q.value(0).toInt();
        numbers.insert(q.value(1).toString());
    }
    QCOMPARE(seqs.size(), 2 * perThread);
    QCOMPARE(numbers.size(), 2 * perThread);
    for (int i = 0; i < seqs.size(); ++i)
        QCOMPARE(seqs.at(i), i + 1);
}

void TstApprovalStore::approveManyEachAudited()
{
    TestDb t;
    ApprovalFixture f(t);
    ApprovalStore store(t.db());
    const qint64 pid = f.person(QStringLiteral("批量"), 121);
    f.holding(pid, QStringLiteral("war_veteran"));
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        const qint64 id = f.submittedStandardChange(pid);
        QVERIFY(store.sign(f.chief, id, StepDecision::Approve, QString()));
        if (i < 2) // the third still waits for the inspector
            QVERIFY(store.sign(f.inspector, id, StepDecision::Approve, QString()));
        ids << id;
    }
    const qint64 audits = AuditLog(t.db()).count();
    const QStringList failed =
        store.approveMany(f.director, ids, QStringLiteral("同意，按标准执行。"));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(AuditLog(t.db()).count(), audits + 2);
    for (int i = 0; i < 2; ++i) {
        const auto a = store.byId(ids.at(i));
        QCOMPARE(a->state, ApplicationState::Approved);
        QCOMPARE(a->steps.last().opinion, QStringLiteral("同意，按标准执行。"));
        QCOMPARE(AuditLog(t.db())
                     .forEntity(QStringLiteral("application"), QString::number(ids.at(i)))
                     .last()
                     .action,
                 QStringLiteral("application.approve"));
    }
    QCOMPARE(store.byId(ids.at(2))->state, ApplicationState::Pending);
}

void TstApprovalStore::reportedOnce()
{
    TestDb t;
    ApprovalFixture f(t);
    ApprovalStore store(t.db());
    const qint64 pid = f.person(QStringLiteral("上报"), 131);
    f.holding(pid, QStringLiteral("war_veteran"));
    const qint64 id = f.submittedStandardChange(pid);
    QVERIFY(
        !store.markReported(f.clerk, id, QDate(2026, 11, 29), QStringLiteral("邵民优〔2026〕8号")));
    for (const Actor& a : {f.chief, f.inspector, f.director})
        QVERIFY(store.sign(a, id, StepDecision::Approve, QString()));
    QVERIFY(!store.markReported(f.clerk, id, QDate(2026, 11, 29), QString()));
    QVERIFY(!store.markReported(f.inspector, id, QDate(2026, 11, 29), QStringLiteral("x")));
    QVERIFY(
        store.markReported(f.clerk, id, QDate(2026, 11, 29), QStringLiteral("邵民优〔2026〕8号")));
    QCOMPARE(store.byId(id)->reportedRef, QStringLiteral("邵民优〔2026〕8号"));
    QVERIFY(!store.markReported(f.clerk, id, QDate(2026, 11, 29), QStringLiteral("again")));
}

void TstApprovalStore::inboxOldestFirst()
{
    TestDb t;
    ApprovalFixture f(t);
    const qint64 pid = f.person(QStringLiteral("收件"), 141);
    f.holding(pid, QStringLiteral("war_veteran"));
    const qint64 first = f.submittedStandardChange(pid);
    t.clock().advanceDays(2);
    const qint64 second = f.submittedStandardChange(pid);
    t.clock().advanceDays(3);
    ApplicationListStore lists(t.db());
    const auto chiefs = lists.inbox(f.chief).value();
    QCOMPARE(chiefs.size(), 2);
    QCOMPARE(chiefs.at(0).id, first);
    QCOMPARE(chiefs.at(0).daysWaiting, 5);
    QCOMPARE(chiefs.at(1).id, second);
    QCOMPARE(chiefs.at(1).daysWaiting, 3);
    QCOMPARE(lists.waitingCount(f.inspector).value(), 0);
    QCOMPARE(lists.waitingCount(f.director).value(), 0);
    QVERIFY(ApprovalStore(t.db()).sign(f.chief, first, StepDecision::Approve, QString()));
    QCOMPARE(lists.waitingCount(f.chief).value(), 1);
    QCOMPARE(lists.waitingCount(f.inspector).value(), 1);
    ApplicationFilter filter;
    filter.state = ApplicationState::Pending;
    filter.year = 2026;
    QCOMPARE(lists.count(filter).value(), 2);
    filter.year = 2025;
    QCOMPARE(lists.count(filter).value(), 0);
    QCOMPARE(lists.page({}, 0, 1)->size(), 1);
    QCOMPARE(lists.page({}, 0, 10)->first().id, second); // newest first
}

void TstApprovalStore::supportingDocumentsMustBeVerified()
{
    TestDb t;
    ApprovalFixture f(t);
    const qint64 pid = f.person(QStringLiteral("档案"), 151);
    f.holding(pid, QStringLiteral("war_veteran"));
    auto archive = ArchiveStore(t.db()).open(f.clerk, pid, ArchiveData{});
    QVERIFY2(archive, qPrintable(archive.error()));
    ArchiveDocumentStore docs(t.db());
    DocumentDraft dd;
    dd.kindCode = QStringLiteral("enlistment");
    dd.title = QStringLiteral("入伍批准书（1970年）");
    dd.pages = 2;
    auto verified = docs.file(f.clerk, archive->id, dd);
    QVERIFY2(verified, qPrintable(verified.error()));
    dd.title = QStringLiteral("退伍证");
    dd.kindCode = QStringLiteral("discharge");
    auto pending = docs.file(f.clerk, archive->id, dd);
    QVERIFY(pending);
    QVERIFY(docs.verify(f.chief, verified.value()));
    ApprovalStore store(t.db());
    QCOMPARE(store.verifiedDocuments(pid)->size(), 1);
    ApplicationDraft d = f.draft(ApplicationType::StandardChange, pid);
    d.categoryCode = QStringLiteral("war_veteran");
    d.documentIds = {pending.value()};
    QVERIFY(!store.create(f.clerk, d)); // not verified
    d.documentIds = {verified.value()};
    auto id = store.create(f.clerk, d);
    QVERIFY2(id, qPrintable(id.error()));
    const auto a = store.byId(id.value());
    QCOMPARE(a->documents.size(), 1);
    QCOMPARE(a->documents.first().kindName, QStringLiteral("入伍批准书"));
    QCOMPARE(a->documents.first().pages, 2);
    QVERIFY(store.submit(f.clerk, id.value()));
}

QTEST_GUILESS_MAIN(TstApprovalStore)
#include "tst_approvalstore.moc"
