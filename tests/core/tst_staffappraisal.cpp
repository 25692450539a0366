// The staff's post appraisal: the pure rules (scores, records, totals, grades, deadlines, who
// may write which step) table by table; the store: targets, the responsibility form, the
// computation from hand-built records (and a recomputation after a late record, both in the
// audit), the steps in order, nobody appraising themselves, refused permissions.
#include "appraisal/schemerules.h"
#include "appraisal/schemestore.h"
#include "appraisal/staffpapers.h"
#include "appraisal/staffrules.h"
#include "appraisal/staffstore.h"
#include "audit/auditlog.h"
#include "registry/citizenid.h"
#include "registry/personstore.h"
#include "testdb.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace youfu;
using core::Grade;
using core::Role;
using core::StaffRules;
using core::StaffTarget;

class TestStaffAppraisal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scores_data();
    void scores();
    void totals_data();
    void totals();
    void grades_data();
    void grades();
    void cases_data();
    void cases();
    void withinDays();
    void targetProblems_data();
    void targetProblems();
    void duties_data();
    void duties();

    void noApprovedScheme();
    void targetsAdjusted();
    void pledgePaper();
    void computeFromRecords();
    void nobodyAppraisesThemselves();
    void orderOfSteps();
    void directorGradedFromAbove();
    void refusedPermissions();
};

namespace {
StaffTarget target(const char* code, int weight, int tgt, int days = 0)
{
    StaffTarget t;
    t.code = QString::fromLatin1(code);
    t.title = core::SchemeRules::indicatorTitle(t.code);
    t.weight = weight;
    t.target = tgt;
    t.days = days;
    return t;
}

core::AppraisalScheme staffScheme(int year)
{
    core::AppraisalScheme s;
    s.year = year;
    s.kind = core::SchemeKind::Staff;
    s.title = QStringLiteral("%1年度工作人员岗位考核方案").arg(year);
    s.excellentAt = 900;
    s.goodAt = 750;
    s.passAt = 600;
    s.basis = QString::fromUtf8("武民发〔2026〕1号");
    s.indicators = core::SchemeRules::defaultIndicators(core::SchemeKind::Staff);
    return s;
}

struct Office
{
    explicit Office(test::TestDb& t, bool approve = true)
    {
        t.clock().set(QDateTime(QDate(2026, 12, 20), QTime(2, 0), Qt::UTC));
        clerk = t.addUser("clerk", Role::Clerk, QString::fromUtf8("王经办"));
        clerk2 = t.addUser("clerk2", Role::Clerk, QString::fromUtf8("赵经办"));
        chief = t.addUser("chief", Role::SectionChief, QString::fromUtf8("李科长"));
        chief2 = t.addUser("chief2", Role::SectionChief, QString::fromUtf8("孙科长"));
        inspector = t.addUser("inspector", Role::Inspector, QString::fromUtf8("陈纪检"));
        director = t.addUser("director", Role::Director, QString::fromUtf8("刘局长"));
        auditor = t.addUser("auditor", Role::Auditor, QString::fromUtf8("周审计"));
        core::SchemeStore schemes(t.db());
        auto id = schemes.saveDraft(chief, staffScheme(2026));
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        schemeId = id ? id.value() : 0;
        if (approve) {
            const core::Status s = schemes.approve(director, schemeId);
            if (!s)
                qWarning("%s", qPrintable(s.error()));
        }
    }
    core::Actor clerk, clerk2, chief, chief2, inspector, director, auditor;
    qint64 schemeId = 0;
};

qint64 auditCount(test::TestDb& t)
{
    return core::AuditLog(t.db()).count();
}

QString lastAudit(test::TestDb& t, const char* column = "action")
{
    QSqlQuery q(t.db().connection());
    q.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id DESC LIMIT 1")
               .arg(QLatin1String(column)));
    return q.next() ? q.value(0).toString() : QString();
}

bool exec(test::TestDb& t, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(t.db().connection());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}
} // namespace

void TestStaffAppraisal::scores_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("weight");
    QTest::addColumn<int>("target");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<bool>("hasRecords");
    QTest::addColumn<int>("score");
    QTest::addColumn<bool>("scored");
    const QString approvals = core::staffindicator::ApprovalsOnTime;
    const QString visits = core::staffindicator::VisitsMade;
    QTest::newRow("all on time") << approvals << 300 << 950 << qint64(10) << qint64(10) << true
                                 << 300 << true;
    QTest::newRow("at the target")
        << approvals << 300 << 950 << qint64(19) << qint64(20) << true << 300 << true;
    QTest::newRow("half of target rate")
        << approvals << 300 << 1000 << qint64(1) << qint64(2) << true << 150 << true;
    QTest::newRow("none on time") << approvals << 300 << 950 << qint64(0) << qint64(4) << true << 0
                                  << true;
    QTest::newRow("rounded to a tenth")
        << approvals << 300 << 1000 << qint64(1) << qint64(3) << true << 100 << true;
    QTest::newRow("no records") << approvals << 300 << 950 << qint64(0) << qint64(0) << false << 0
                                << false;
    QTest::newRow("rate without denominator")
        << approvals << 300 << 950 << qint64(0) << qint64(0) << true << 0 << false;
    QTest::newRow("count below target")
        << visits << 200 << 60 << qint64(3) << qint64(60) << true << 10 << true;
    QTest::newRow("count above target")
        << visits << 200 << 60 << qint64(75) << qint64(60) << true << 200 << true;
    QTest::newRow("count of none")
        << visits << 200 << 60 << qint64(0) << qint64(60) << true << 0 << true;
}

void TestStaffAppraisal::scores()
{
    QFETCH(QString, code);
    QFETCH(int, weight);
    QFETCH(int, target);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(bool, hasRecords);
    QFETCH(int, score);
    QFETCH(bool, scored);
    StaffTarget t = ::target("", weight, target);
    t.code = code;
    const core::IndicatorResult r =
        StaffRules::score(t, QStringLiteral("user:1"), numerator, denominator, hasRecords);
    QCOMPARE(r.score, score);
    QCOMPARE(r.hasRecords, scored);
    QCOMPARE(r.numerator, numerator);
    QCOMPARE(r.subject, QStringLiteral("user:1"));
}

void TestStaffAppraisal::totals_data()
{
    QTest::addColumn<QList<int>>("scores"); // per indicator of the default scheme; -1 no records
    QTest::addColumn<int>("total");
    QTest::newRow("full") << QList<int>{300, 300, 200, 200} << 1000;
    QTest::newRow("mixed") << QList<int>{150, 300, 200, 100} << 750;
    QTest::newRow("an area without records is left out") << QList<int>{300, -1, 200, 100} << 857;
    QTest::newRow("nothing has records") << QList<int>{-1, -1, -1, -1} << -1;
    QTest::newRow("zero is a score") << QList<int>{0, -1, -1, -1} << 0;
}

void TestStaffAppraisal::totals()
{
    QFETCH(QList<int>, scores);
    QFETCH(int, total);
    const QList<StaffTarget> targets = core::StaffRules::effectiveTargets(staffScheme(2026), {});
    QList<core::IndicatorResult> results;
    for (int i = 0; i < targets.size(); ++i) {
        core::IndicatorResult r;
        r.indicatorCode = targets[i].code;
        r.hasRecords = scores[i] >= 0;
        r.score = qMax(0, scores[i]);
        results << r;
    }
    QCOMPARE(StaffRules::total(results, targets), total);
}

void TestStaffAppraisal::grades_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<QString>("grade");
    QTest::newRow("100") << 1000 << QString("Excellent");
    QTest::newRow("90.0 excellent") << 900 << QString("Excellent");
    QTest::newRow("89.9 competent") << 899 << QString("Competent");
    QTest::newRow("75.0 competent") << 750 << QString("Competent");
    QTest::newRow("74.9 basically") << 749 << QString("Basically competent");
    QTest::newRow("60.0 basically") << 600 << QString("Basically competent");
    QTest::newRow("59.9 incompetent") << 599 << QString("Incompetent");
    QTest::newRow("0 incompetent") << 0 << QString("Incompetent");
}

void TestStaffAppraisal::grades()
{
    QFETCH(int, total);
    QFETCH(QString, grade);
    const Grade g = core::SchemeRules::gradeFor(staffScheme(2026), total);
    QCOMPARE(core::SchemeRules::gradeTitle(g, core::SchemeKind::Staff), grade);
    const QString key = core::SchemeRules::gradeKey(g, core::SchemeKind::Staff);
    QVERIFY(QStringList({"excellent", "competent", "basic", "incompetent"}).contains(key));
}

void TestStaffAppraisal::cases_data()
{
    QTest::addColumn<QDate>("accepted");
    QTest::addColumn<int>("extension");
    QTest::addColumn<QDate>("answered");
    QTest::addColumn<int>("count"); // CaseCount
    const int notCounted = int(core::CaseCount::NotCounted);
    const int onTime = int(core::CaseCount::OnTime);
    const int late = int(core::CaseCount::Late);
    QTest::newRow("answered in time") << QDate(2026, 2, 1) << 0 << QDate(2026, 3, 1) << onTime;
    QTest::newRow("answered on the last day")
        << QDate(2026, 2, 1) << 0 << QDate(2026, 2, 1).addDays(60) << onTime;
    QTest::newRow("answered a day late")
        << QDate(2026, 2, 1) << 0 << QDate(2026, 2, 1).addDays(61) << late;
    QTest::newRow("extension keeps it on time")
        << QDate(2026, 2, 1) << 30 << QDate(2026, 2, 1).addDays(85) << onTime;
    QTest::newRow("open past its deadline") << QDate(2026, 1, 2) << 0 << QDate() << late;
    QTest::newRow("open, not yet due") << QDate(2026, 12, 1) << 0 << QDate() << notCounted;
    QTest::newRow("answered last year")
        << QDate(2025, 10, 1) << 0 << QDate(2025, 11, 1) << notCounted;
    QTest::newRow("answered this year, accepted last year")
        << QDate(2025, 12, 1) << 0 << QDate(2026, 1, 10) << onTime;
    QTest::newRow("not accepted") << QDate() << 0 << QDate() << notCounted;
}

void TestStaffAppraisal::cases()
{
    QFETCH(QDate, accepted);
    QFETCH(int, extension);
    QFETCH(QDate, answered);
    QFETCH(int, count);
    const core::StaffCaseFact c{1, accepted, extension, answered};
    QCOMPARE(int(StaffRules::countCase(c, 2026, QDate(2026, 12, 20))), count);
}

void TestStaffAppraisal::withinDays()
{
    const QDateTime from(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    QVERIFY(StaffRules::withinDays(from, from.addDays(5), 5));
    QVERIFY(!StaffRules::withinDays(from, from.addDays(5).addSecs(60), 5));
    QVERIFY(StaffRules::withinDays(from, from.addSecs(3600), 1));
    QVERIFY(!StaffRules::withinDays(QDateTime(), from, 5));
}

void TestStaffAppraisal::targetProblems_data()
{
    QTest::addColumn<int>("approvalsWeight");
    QTest::addColumn<int>("approvalsTarget");
    QTest::addColumn<int>("visitsTarget");
    QTest::addColumn<int>("problems");
    QTest::newRow("as the scheme") << 300 << 950 << 60 << 0;
    QTest::newRow("weights off") << 250 << 950 << 60 << 1;
    QTest::newRow("rate above 100%") << 300 << 1001 << 60 << 1;
    QTest::newRow("no visits target") << 300 << 950 << 0 << 1;
}

void TestStaffAppraisal::targetProblems()
{
    QFETCH(int, approvalsWeight);
    QFETCH(int, approvalsTarget);
    QFETCH(int, visitsTarget);
    QFETCH(int, problems);
    QList<StaffTarget> list = StaffRules::effectiveTargets(staffScheme(2026), {});
    list[0].weight = approvalsWeight;
    list[0].target = approvalsTarget;
    list[3].target = visitsTarget;
    QCOMPARE(StaffRules::targetProblems(list).size(), problems);
}

void TestStaffAppraisal::duties_data()
{
    QTest::addColumn<QString>("step");   // self, opinion, grade
    QTest::addColumn<int>("actorRoles"); // the actor is user 1, the person user 2 unless "self"
    QTest::addColumn<bool>("self");
    QTest::addColumn<int>("personRoles");
    QTest::addColumn<QString>("state"); // "", "self", "opinion", "graded", "opinion-by-actor"
    QTest::addColumn<bool>("allowed");
    const int clerk = int(Role::Clerk);
    const int chief = int(Role::SectionChief);
    const int director = int(Role::Director);
    QTest::newRow("clerk writes own self") << "self" << clerk << true << clerk << "" << true;
    QTest::newRow("clerk writes another's") << "self" << clerk << false << clerk << "" << false;
    QTest::newRow("self after the opinion")
        << "self" << clerk << true << clerk << "opinion" << false;
    QTest::newRow("chief's opinion") << "opinion" << chief << false << clerk << "self" << true;
    QTest::newRow("opinion on oneself") << "opinion" << chief << true << chief << "self" << false;
    QTest::newRow("opinion before self") << "opinion" << chief << false << clerk << "" << false;
    QTest::newRow("opinion on the director")
        << "opinion" << chief << false << director << "self" << false;
    QTest::newRow("grade after opinion")
        << "grade" << director << false << clerk << "opinion" << true;
    QTest::newRow("grade before opinion")
        << "grade" << director << false << clerk << "self" << false;
    QTest::newRow("a chief graded without opinion")
        << "grade" << director << false << chief << "self" << true;
    QTest::newRow("grade oneself") << "grade" << director << true << director << "opinion" << false;
    QTest::newRow("grade twice") << "grade" << director << false << clerk << "graded" << false;
    QTest::newRow("who gave the opinion grades")
        << "grade" << (chief | director) << false << clerk << "opinion-by-actor" << false;
}

void TestStaffAppraisal::duties()
{
    QFETCH(QString, step);
    QFETCH(int, actorRoles);
    QFETCH(bool, self);
    QFETCH(int, personRoles);
    QFETCH(QString, state);
    QFETCH(bool, allowed);
    core::Actor actor;
    actor.userId = 1;
    actor.login = "actor";
    actor.roles = core::Roles::fromInt(actorRoles);
    core::StaffMember person{self ? 1 : 2, "person", QString::fromUtf8("张三"),
                             core::Roles::fromInt(personRoles)};
    core::StaffAppraisal a;
    if (!state.isEmpty())
        a.selfAssessment = QString::fromUtf8("全年完成各项任务。");
    if (state.startsWith("opinion") || state == "graded")
        a.chiefId = state == "opinion-by-actor" ? 1 : 3;
    if (state == "graded")
        a.grade = Grade::Good;
    core::Status s;
    if (step == "self")
        s = StaffRules::checkSelf(actor, person, a);
    else if (step == "opinion")
        s = StaffRules::checkOpinion(actor, person, a);
    else
        s = StaffRules::checkGrade(actor, person, a);
    QVERIFY2(bool(s) == allowed, qPrintable(s.error()));
    if (!allowed)
        QVERIFY(!s.error().isEmpty());
}

void TestStaffAppraisal::noApprovedScheme()
{
    test::TestDb t;
    Office o(t, /*approve*/ false);
    core::StaffStore store(t.db());
    const qint64 n = auditCount(t);
    const core::Status s = store.compute(o.chief, 2026);
    QVERIFY(!s);
    QVERIFY2(s.error().contains("not approved"), qPrintable(s.error()));
    QVERIFY(!store.rows(2027));
    QVERIFY(store.rows(2027).error().contains("no staff appraisal scheme"));
    QCOMPARE(auditCount(t), n);
}

void TestStaffAppraisal::targetsAdjusted()
{
    test::TestDb t;
    Office o(t);
    core::StaffStore store(t.db());
    auto targets = store.targets(2026, o.clerk.userId);
    QVERIFY2(targets, qPrintable(targets.error()));
    QCOMPARE(targets->size(), 4);
    QVERIFY(!targets->first().adjusted);
    QList<StaffTarget> changed = targets.value();
    changed[3].target = 80; // more visits
    changed[3].weight = 300;
    changed[2].weight = 100;
    changed[3].note = QString::fromUtf8("负责走访");
    const qint64 n = auditCount(t);
    core::Status s = store.saveTargets(o.chief, 2026, o.clerk.userId, changed);
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(auditCount(t), n + 1);
    QCOMPARE(lastAudit(t), QString("staff_appraisal.targets"));
    QVERIFY(lastAudit(t, "before_json").contains("\"target\":60"));
    QVERIFY(lastAudit(t, "after_json").contains("\"target\":80"));
    auto again = store.targets(2026, o.clerk.userId);
    QVERIFY(again);
    QCOMPARE(again->at(3).target, 80);
    QCOMPARE(again->at(3).note, QString::fromUtf8("负责走访"));
    QVERIFY(again->at(3).adjusted);
    // Others keep the scheme's.
    QCOMPARE(store.targets(2026, o.clerk2.userId)->at(3).target, 60);

    // Weights that do not add up to 100 are refused, nothing written.
    changed[0].weight = 100;
    s = store.saveTargets(o.chief, 2026, o.clerk.userId, changed);
    QVERIFY(!s);
    QVERIFY(s.error().contains("100 points"));
    QCOMPARE(auditCount(t), n + 1);
    // The clerk cannot change targets.
    QVERIFY(!store.saveTargets(o.clerk, 2026, o.clerk.userId, again.value()));
    // Once graded, targets stay.
    QVERIFY(store.writeSelf(o.clerk, 2026, o.clerk.userId, QString::fromUtf8("完成任务")));
    QVERIFY(store.writeOpinion(o.chief, 2026, o.clerk.userId, QString::fromUtf8("同意")));
    QVERIFY(store.grade(o.director, 2026, o.clerk.userId, Grade::Good, QString()));
    s = store.saveTargets(o.chief, 2026, o.clerk.userId, again.value());
    QVERIFY(!s);
    QVERIFY(s.error().contains("graded already"));
}

void TestStaffAppraisal::pledgePaper()
{
    test::TestDb t;
    Office o(t);
    core::StaffStore store(t.db());
    auto person = store.member(o.clerk.userId);
    QVERIFY(person);
    auto targets = store.targets(2026, o.clerk.userId);
    QVERIFY(targets);
    const core::OfficialDocument doc = core::StaffPapers::pledge(
        QString::fromUtf8("武冈市退役军人事务局"), 2026, person.value(), targets.value());
    const QString html = doc.toHtml();
    for (const char* text : {"2026年度岗位目标责任书", "武冈市退役军人事务局", "王经办", "经办人",
                             "责任人", "科室负责人", "局长", "（盖章）", "审批事项", "5日内",
                             "95.0%", "60次", "30.0", "合计", "100.0"})
        QVERIFY2(html.contains(QString::fromUtf8(text)), text);
    QCOMPARE(core::StaffPapers::pledgeFileName(2026, person.value()),
             QString::fromUtf8("岗位目标责任书-2026-王经办.pdf"));

    QVERIFY(!store.appraisal(2026, o.clerk.userId)->pledgePrintedAt.isValid());
    const qint64 n = auditCount(t);
    QVERIFY(!store.markPledgePrinted(o.clerk, 2026, o.clerk.userId)); // the chief prints
    const core::Status s = store.markPledgePrinted(o.chief, 2026, o.clerk.userId);
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(auditCount(t), n + 1);
    QCOMPARE(lastAudit(t), QString("staff_appraisal.pledge_printed"));
    QCOMPARE(store.appraisal(2026, o.clerk.userId)->pledgePrintedAt, t.clock().nowUtc());
}

void TestStaffAppraisal::computeFromRecords()
{
    test::TestDb t;
    Office o(t);
    core::PersonDraft d;
    d.name = QString::fromUtf8("李建国");
    const QString first17 = QStringLiteral("43058119520314011");
    d.citizenId = first17 + core::CitizenId::checkCharacter(first17);
    d.townshipCode = QStringLiteral("430581001");
    auto person = core::PersonStore(t.db()).add(o.clerk, d);
    QVERIFY2(person, qPrintable(person.error()));
    const qint64 pid = person.id;
    const QString now = "2026-01-01T00:00:00.000Z";
    // Application 1: the clerk submits in 2 days, the chief signs 7 days later (late), the
    // inspector the next day. Application 2: the clerk submits after 8 days (late).
    QVERIFY(exec(t,
                 "INSERT INTO applications (id, type, person_id, waiting_since, effective_date, "
                 "drafted_by, drafted_at, updated_at) VALUES (1, 'recognition', ?, ?, "
                 "'2026-03-01', ?, '2026-03-01T00:00:00.000Z', ?), (2, 'recognition', ?, ?, "
                 "'2026-04-01', ?, '2026-04-01T00:00:00.000Z', ?)",
                 {pid, now, o.clerk.userId, now, pid, now, o.clerk.userId, now}));
    auto step = [&](int app, const char* decision, qint64 signer, const char* at) {
        return exec(t,
                    "INSERT INTO application_steps (application_id, round, step_index, role, "
                    "decision, signer_id, signer_name, signed_at) VALUES (?, 1, 0, 'x', ?, ?, "
                    "'x', ?)",
                    {app, decision, signer, at});
    };
    QVERIFY(step(1, "submit", o.clerk.userId, "2026-03-03T00:00:00.000Z"));
    QVERIFY(step(1, "approve", o.chief.userId, "2026-03-10T00:00:00.000Z"));
    QVERIFY(step(1, "approve", o.inspector.userId, "2026-03-11T00:00:00.000Z"));
    QVERIFY(step(2, "submit", o.clerk.userId, "2026-04-09T00:00:00.000Z"));
    // Cases: one answered in time, one open past its deadline, one not yet due, one of 2025.
    auto petition = [&](int seq, const char* decided, const QVariant& answered) {
        return exec(t,
                    "INSERT INTO petition_cases (number, number_year, number_seq, received_at, "
                    "channel, subject, status, decided_on, answered_on, responsible_user_id, "
                    "created_at, updated_at) VALUES (?, 2026, ?, ?, 'letter', 'benefit', ?, ?, "
                    "?, ?, ?, ?)",
                    {QStringLiteral("XF%1").arg(seq), seq, decided,
                     answered.isNull() ? "accepted" : "answered", decided, answered, o.clerk.userId,
                     now, now});
    };
    QVERIFY(petition(1, "2026-02-01", "2026-03-01"));
    QVERIFY(petition(2, "2026-01-02", QVariant()));
    QVERIFY(petition(3, "2026-12-01", QVariant()));
    QVERIFY(petition(4, "2025-09-01", "2025-10-01"));
    // Archive: the clerk filed three entries, one verified by the chief, one verified by the
    // clerk themself (does not count), one pending.
    QVERIFY(exec(t,
                 "INSERT INTO archives (id, person_id, archive_number, sequence_no, created_at) "
                 "VALUES (1, ?, 'A1', 1, ?)",
                 {pid, now}));
    auto document = [&](const char* status, const QVariant& verifier) {
        return exec(t,
                    "INSERT INTO archive_documents (archive_id, person_id, kind_code, title, "
                    "pages, status, filed_at, filed_by, changed_at, changed_by, verified_by) "
                    "VALUES (1, ?, 'enlistment', 't', 1, ?, '2026-05-01T00:00:00.000Z', ?, ?, "
                    "?, ?)",
                    {pid, status, o.clerk.userId, now, o.clerk.userId, verifier});
    };
    QVERIFY(document("verified", o.chief.userId));
    QVERIFY(document("verified", o.clerk.userId));
    QVERIFY(document("pending", QVariant()));
    // Visits: the clerk made three, the chief one of them with the clerk.
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(exec(t,
                     "INSERT INTO visits (id, visit_date, form, created_at) VALUES (?, ?, "
                     "'home', ?)",
                     {i, QStringLiteral("2026-0%1-10").arg(i + 3), now}));
        QVERIFY(exec(t, "INSERT INTO visit_visitors (visit_id, ord, user_id) VALUES (?, 1, ?)",
                     {i, o.clerk.userId}));
    }
    QVERIFY(exec(t, "INSERT INTO visit_visitors (visit_id, ord, user_id) VALUES (1, 2, ?)",
                 {o.chief.userId}));

    core::StaffStore store(t.db());
    QVERIFY(!store.compute(o.clerk, 2026)); // the section chief computes
    const qint64 n = auditCount(t);
    core::Status s = store.compute(o.chief, 2026);
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(auditCount(t), n + 1);
    QCOMPARE(lastAudit(t), QString("staff_appraisal.compute"));

    auto clerk = store.results(2026, o.clerk.userId);
    QVERIFY2(clerk, qPrintable(clerk.error()));
    QCOMPARE(clerk->size(), 4);
    auto check = [](const core::IndicatorResult& r, qint64 num, qint64 den, bool has, int score) {
        QCOMPARE(r.numerator, num);
        QCOMPARE(r.denominator, den);
        QCOMPARE(r.hasRecords, has);
        QCOMPARE(r.score, score);
    };
    check(clerk->at(0), 1, 2, true, 158); // 50% of a 95% target × 30 points
    check(clerk->at(1), 1, 2, true, 150); // 50% of 100% × 30
    check(clerk->at(2), 1, 3, true, 70);  // 33.3% of 95% × 20
    check(clerk->at(3), 3, 60, true, 10); // 3 of 60 visits × 20
    auto chief = store.results(2026, o.chief.userId);
    QVERIFY(chief);
    check(chief->at(0), 0, 1, true, 0);
    check(chief->at(1), 0, 0, false, 0); // no cases: says so, no score
    check(chief->at(2), 0, 0, false, 0);
    check(chief->at(3), 1, 60, true, 3);
    auto inspector = store.results(2026, o.inspector.userId);
    check(inspector->at(0), 1, 1, true, 300);

    auto rows = store.rows(2026);
    QVERIFY(rows);
    for (const core::StaffRow& r : rows.value()) {
        QVERIFY(r.member.login != "auditor"); // not staff
        if (r.member.userId == o.clerk.userId)
            QCOMPARE(r.points, 388); // 158+150+70+10 over 100 points
        if (r.member.userId == o.inspector.userId)
            QCOMPARE(r.points, 600); // 300 + visits 0 of 20, over 50 points (no cases, archive)
    }

    // A late record: the open case is answered (late). Recompute: both figures in the audit.
    QVERIFY(exec(t, "UPDATE petition_cases SET answered_on = '2026-06-01', status = 'answered' "
                    "WHERE number = 'XF2'"));
    QVERIFY(exec(t,
                 "INSERT INTO applications (id, type, person_id, waiting_since, effective_date, "
                 "drafted_by, drafted_at, updated_at) VALUES (3, 'recognition', ?, ?, "
                 "'2026-06-01', ?, '2026-06-01T00:00:00.000Z', ?)",
                 {pid, now, o.clerk.userId, now}));
    QVERIFY(step(3, "submit", o.clerk.userId, "2026-06-02T00:00:00.000Z"));
    s = store.compute(o.chief, 2026);
    QVERIFY2(s, qPrintable(s.error()));
    clerk = store.results(2026, o.clerk.userId);
    check(clerk->at(0), 2, 3, true, 210);
    check(clerk->at(1), 1, 2, true, 150);
    const QString key = QStringLiteral("\"user:%1\":{\"approvals_on_time\":").arg(o.clerk.userId);
    QVERIFY(lastAudit(t, "before_json").contains(key + "[1,2,true,158]"));
    QVERIFY(lastAudit(t, "after_json").contains(key + "[2,3,true,210]"));
}

void TestStaffAppraisal::nobodyAppraisesThemselves()
{
    test::TestDb t;
    Office o(t);
    core::StaffStore store(t.db());
    const qint64 n = auditCount(t);
    // A clerk cannot write another's self-assessment: refused in words, nothing audited.
    core::Status s = store.writeSelf(o.clerk, 2026, o.clerk2.userId, QString::fromUtf8("好"));
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QString::fromUtf8("赵经办")), qPrintable(s.error()));
    QVERIFY(s.error().contains("own self-assessment"));
    QCOMPARE(auditCount(t), n);
    // The chief on their own appraisal.
    QVERIFY(store.writeSelf(o.chief, 2026, o.chief.userId, QString::fromUtf8("完成任务")));
    const qint64 m = auditCount(t);
    s = store.writeOpinion(o.chief, 2026, o.chief.userId, QString::fromUtf8("好"));
    QVERIFY(!s);
    QVERIFY(s.error().contains("Nobody appraises themselves"));
    // The director on their own.
    QVERIFY(store.writeSelf(o.director, 2026, o.director.userId, QString::fromUtf8("完成")));
    const qint64 k = auditCount(t);
    s = store.grade(o.director, 2026, o.director.userId, Grade::Excellent, QString());
    QVERIFY(!s);
    QVERIFY(s.error().contains("Nobody appraises themselves"));
    QCOMPARE(auditCount(t), k);
    QCOMPARE(k, m + 1);
    // A second chief gives the opinion on the first; the schema agrees (CHECK).
    QVERIFY(store.writeOpinion(o.chief2, 2026, o.chief.userId, QString::fromUtf8("同意")));
    QVERIFY(!exec(t, "UPDATE staff_appraisals SET chief_id = user_id"));
}

void TestStaffAppraisal::orderOfSteps()
{
    test::TestDb t;
    Office o(t);
    core::StaffStore store(t.db());
    const qint64 id = o.clerk.userId;
    core::Status s = store.writeOpinion(o.chief, 2026, id, QString::fromUtf8("同意"));
    QVERIFY(!s);
    QVERIFY(s.error().contains("self-assessment"));
    QVERIFY(!store.writeSelf(o.clerk, 2026, id, QStringLiteral("  ")));
    QVERIFY(store.writeSelf(o.clerk, 2026, id, QString::fromUtf8("全年经办审批120件")));
    QCOMPARE(lastAudit(t), QString("staff_appraisal.self"));
    QVERIFY(store.writeSelf(o.clerk, 2026, id, QString::fromUtf8("全年经办审批121件")));
    s = store.grade(o.director, 2026, id, Grade::Excellent, QString());
    QVERIFY(!s);
    QVERIFY(s.error().contains("opinion"));
    QVERIFY(store.writeOpinion(o.chief, 2026, id, QString::fromUtf8("工作认真")));
    QCOMPARE(lastAudit(t), QString("staff_appraisal.opinion"));
    s = store.writeSelf(o.clerk, 2026, id, QString::fromUtf8("改"));
    QVERIFY(!s);
    QVERIFY(s.error().contains("can no longer change"));
    QVERIFY(!store.grade(o.director, 2026, id, Grade::None, QString()));
    s = store.grade(o.director, 2026, id, Grade::Excellent, QString::fromUtf8("表现突出"));
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(lastAudit(t), QString("staff_appraisal.grade"));
    auto a = store.appraisal(2026, id);
    QVERIFY(a);
    QCOMPARE(a->selfAssessment, QString::fromUtf8("全年经办审批121件"));
    QCOMPARE(a->chiefName, QString::fromUtf8("李科长"));
    QCOMPARE(a->grade, Grade::Excellent);
    QCOMPARE(a->graderName, QString::fromUtf8("刘局长"));
    QVERIFY(!store.grade(o.director, 2026, id, Grade::Good, QString()));
    QVERIFY(!store.writeOpinion(o.chief, 2026, id, QString::fromUtf8("改")));

    // Whoever gave the opinion may not grade the same person.
    const core::Actor both =
        t.addUser("deputy", Role::SectionChief | Role::Director, QString::fromUtf8("吴副局长"));
    QVERIFY(store.writeSelf(o.clerk2, 2026, o.clerk2.userId, QString::fromUtf8("完成")));
    QVERIFY(store.writeOpinion(both, 2026, o.clerk2.userId, QString::fromUtf8("同意")));
    s = store.grade(both, 2026, o.clerk2.userId, Grade::Good, QString());
    QVERIFY(!s);
    QVERIFY(s.error().contains("another person grades"));
    QVERIFY(store.grade(o.director, 2026, o.clerk2.userId, Grade::Good, QString()));
}

void TestStaffAppraisal::directorGradedFromAbove()
{
    test::TestDb t;
    Office o(t);
    core::StaffStore store(t.db());
    const qint64 id = o.director.userId;
    QVERIFY(!store.writeOpinion(o.chief, 2026, id, QString::fromUtf8("同意")));
    const core::Actor deputy = t.addUser("deputy", Role::Director, QString::fromUtf8("吴副局长"));
    core::Status s = store.grade(deputy, 2026, id, Grade::Excellent, QString());
    QVERIFY(!s);
    QVERIFY(s.error().contains("level above"));
    s = store.recordGradeFromAbove(o.chief, 2026, id, Grade::Excellent, QString());
    QVERIFY(!s); // the level above's paper is named
    QVERIFY(!store.recordGradeFromAbove(o.director, 2026, id, Grade::Excellent, "x"));
    QVERIFY(!store.recordGradeFromAbove(o.chief, 2026, o.clerk.userId, Grade::Good, "x"));
    s = store.recordGradeFromAbove(o.chief, 2026, id, Grade::Excellent,
                                   QString::fromUtf8("武组通〔2027〕3号"));
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(lastAudit(t), QString("staff_appraisal.grade_from_above"));
    auto a = store.appraisal(2026, id);
    QCOMPARE(a->grade, Grade::Excellent);
    QCOMPARE(a->graderName, QString::fromUtf8("李科长"));
    QCOMPARE(a->gradeNote, QString::fromUtf8("武组通〔2027〕3号"));
}

void TestStaffAppraisal::refusedPermissions()
{
    test::TestDb t;
    Office o(t);
    core::StaffStore store(t.db());
    QVERIFY(store.writeSelf(o.clerk, 2026, o.clerk.userId, QString::fromUtf8("完成")));
    const qint64 n = auditCount(t);
    QVERIFY(!store.writeOpinion(o.clerk2, 2026, o.clerk.userId, "x"));
    QVERIFY(!store.writeOpinion(o.director, 2026, o.clerk.userId, "x"));
    QVERIFY(!store.compute(o.director, 2026));
    QVERIFY(!store.saveTargets(o.inspector, 2026, o.clerk.userId,
                               store.targets(2026, o.clerk.userId).value()));
    QVERIFY(store.writeOpinion(o.chief, 2026, o.clerk.userId, "x"));
    QVERIFY(!store.grade(o.chief2, 2026, o.clerk.userId, Grade::Good, QString()));
    QVERIFY(!store.grade(o.inspector, 2026, o.clerk.userId, Grade::Good, QString()));
    QVERIFY(!store.writeSelf(o.auditor, 2026, o.auditor.userId, "x"));
    QVERIFY(!store.member(o.auditor.userId));
    QCOMPARE(auditCount(t), n + 1);
}

QTEST_GUILESS_MAIN(TestStaffAppraisal)
#include "tst_staffappraisal.moc"
