// The township appraisal store: compute under the approved scheme only, refused to a reader
// with no audit entry, a late record recomputed (the audit shows both), a person who moved
// counted where they were, the veto by group / beyond-level / serious-effect cases as the
// scheme says, adjustments with reasons, the evidence behind a figure, paged.
#include "appraisal/appraisalstore.h"
#include "appraisal/schemerules.h"
#include "appraisal/schemestore.h"
#include "audit/auditlog.h"
#include "registry/citizenid.h"
#include "registry/personstore.h"
#include "testdb.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace youfu;
using core::AppraisalStore;
using core::Role;

namespace {
const QString kT1 = QStringLiteral("430581001");
const QString kT2 = QStringLiteral("430581002");
const char* const kNow = "2026-12-20T02:00:00Z";

core::Actor chiefOf(test::TestDb& t)
{
    return t.addUser("chief", Role::SectionChief, QString::fromUtf8("王科长"));
}

qint64 scheme(test::TestDb& t, const core::Actor& chief, bool approve = true, bool serious = false)
{
    const core::Actor director = t.addUser("director", Role::Director, QString::fromUtf8("局长"));
    core::AppraisalScheme s;
    s.year = 2026;
    s.kind = core::SchemeKind::Unit;
    s.title = QString::fromUtf8("2026年度乡镇优抚工作考核方案");
    s.basis = QStringLiteral("illustrative");
    s.excellentAt = 900;
    s.goodAt = 800;
    s.passAt = 600;
    s.vetoSeriousEffect = serious;
    s.indicators = core::SchemeRules::defaultIndicators(core::SchemeKind::Unit);
    auto id = core::SchemeStore(t.db()).saveDraft(chief, s);
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    if (approve) {
        if (auto st = core::SchemeStore(t.db()).approve(director, id.value()); !st)
            qFatal("%s", qPrintable(st.error()));
    }
    return id.value();
}

void exec(test::TestDb& t, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(t.db().connection());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

int seq = 0;

// A case as the petition store leaves it (the store refuses back-dated steps, so SQL here).
qint64 addCase(test::TestDb& t, const QString& township, const QString& received,
               const QString& decided, const QString& answered, bool group = false,
               const QString& beyond = {}, bool serious = false)
{
    ++seq;
    const QString number = QStringLiteral("XF2026-%1").arg(seq, 4, 10, QLatin1Char('0'));
    const bool isAnswered = !answered.isEmpty();
    exec(t,
         "INSERT INTO petition_cases (number, number_year, number_seq, received_at, channel, "
         "subject, township_code, is_group, beyond_level, serious_effect, status, decided_on, "
         "answered_on, satisfaction, created_at, updated_at) VALUES "
         "(?,2026,?,?,'visit','benefit',?,?,?,?,?,?,?,?,?,?)",
         {number, seq, QString(received + QStringLiteral("T09:00:00")), township, group ? 1 : 0,
          beyond.isNull() ? QStringLiteral("") : beyond, serious ? 1 : 0,
          isAnswered
              ? QStringLiteral("answered")
              : (decided.isEmpty() ? QStringLiteral("registered") : QStringLiteral("accepted")),
          decided.isEmpty() ? QVariant() : QVariant(decided),
          isAnswered ? QVariant(answered) : QVariant(),
          isAnswered ? QStringLiteral("satisfied") : QStringLiteral(""), QString(kNow),
          QString(kNow)});
    QSqlQuery q(t.db().connection());
    q.exec("SELECT max(id) FROM petition_cases");
    q.next();
    return q.value(0).toLongLong();
}

qint64 addPerson(test::TestDb& t, const core::Actor& clerk, const QString& township, int n)
{
    const QString first17 = QStringLiteral("43058119520314%1").arg(n, 3, 10, QLatin1Char('0'));
    core::PersonDraft d;
    d.name = QString::fromUtf8("李建国");
    d.citizenId = first17 + core::CitizenId::checkCharacter(first17);
    d.townshipCode = township;
    auto r = core::PersonStore(t.db()).add(clerk, d);
    if (!r)
        qFatal("%s", qPrintable(r.error()));
    return r.id;
}

const core::UnitOutcome* find(const QList<core::UnitOutcome>& list, const QString& code)
{
    for (const core::UnitOutcome& o : list) {
        if (o.townshipCode == code)
            return &o;
    }
    return nullptr;
}

core::IndicatorResult indicator(const core::UnitOutcome& o, const char* code)
{
    for (const core::IndicatorResult& r : o.indicators) {
        if (r.indicatorCode == QLatin1String(code))
            return r;
    }
    return {};
}

QList<QJsonObject> auditOf(test::TestDb& t, const QString& action, QList<QJsonObject>* after)
{
    QSqlQuery q(t.db().connection());
    q.prepare("SELECT before_json, after_json FROM audit_log WHERE action = ? ORDER BY id");
    q.addBindValue(action);
    q.exec();
    QList<QJsonObject> before;
    while (q.next()) {
        before << QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        *after << QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    }
    return before;
}
} // namespace

class TestAppraisalStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusesWithoutApprovedScheme();
    void readerIsRefusedWithoutAudit();
    void lateRecordRecomputed();
    void moverCountedWhereTheyWere();
    void veto_data();
    void veto();
    void adjustments();
    void evidencePaged();
};

void TestAppraisalStore::refusesWithoutApprovedScheme()
{
    test::TestDb t;
    t.clock().set(QDateTime::fromString(kNow, Qt::ISODate));
    const core::Actor chief = chiefOf(t);
    AppraisalStore store(t.db());
    auto none = store.compute(chief, 2026);
    QVERIFY(!none);
    QVERIFY2(none.error().contains("no township appraisal scheme"), qPrintable(none.error()));
    scheme(t, chief, false);
    auto draft = store.compute(chief, 2026);
    QVERIFY(!draft);
    QVERIFY2(draft.error().contains("still a draft"), qPrintable(draft.error()));
    QVERIFY(store.outcomes(2026)->isEmpty());
}

void TestAppraisalStore::readerIsRefusedWithoutAudit()
{
    test::TestDb t;
    t.clock().set(QDateTime::fromString(kNow, Qt::ISODate));
    const core::Actor chief = chiefOf(t);
    scheme(t, chief);
    const core::Actor clerk = t.addUser("clerk", Role::Clerk);
    core::AuditLog log(t.db());
    const qint64 n = log.count();
    AppraisalStore store(t.db());
    QVERIFY(!store.compute(clerk, 2026));
    QVERIFY(!store.addAdjustment(clerk, 2026, kT1, false, 10, QStringLiteral("late")));
    QCOMPARE(log.count(), n);
    QVERIFY(store.outcomes(2026)->isEmpty());
    QVERIFY(store.adjustments(2026)->isEmpty());
}

void TestAppraisalStore::lateRecordRecomputed()
{
    test::TestDb t;
    t.clock().set(QDateTime::fromString(kNow, Qt::ISODate));
    const core::Actor chief = chiefOf(t);
    scheme(t, chief);
    addCase(t, kT1, "2026-03-01", "2026-03-05", "2026-04-01");
    AppraisalStore store(t.db());
    auto first = store.compute(chief, 2026);
    QVERIFY2(first, qPrintable(first.error()));
    const core::UnitOutcome* o1 = find(first.value(), kT1);
    QVERIFY(o1);
    QCOMPARE(indicator(*o1, "petition_accepted").numerator, qint64(1));
    QCOMPARE(indicator(*o1, "petition_accepted").denominator, qint64(1));
    const int pointsBefore = o1->points;

    // A case entered late: decided 40 days after receipt, never answered.
    addCase(t, kT1, "2026-06-01", "2026-07-11", QString());
    auto second = store.compute(chief, 2026);
    QVERIFY2(second, qPrintable(second.error()));
    const core::UnitOutcome* o2 = find(second.value(), kT1);
    QCOMPARE(indicator(*o2, "petition_accepted").numerator, qint64(1));
    QCOMPARE(indicator(*o2, "petition_accepted").denominator, qint64(2));
    QCOMPARE(indicator(*o2, "petition_answered").denominator, qint64(2));
    QVERIFY(o2->points < pointsBefore);
    // What the store reads back is what it computed.
    const auto stored = store.outcomes(2026);
    QCOMPARE(find(stored.value(), kT1)->points, o2->points);
    QCOMPARE(store.results(2026, kT1)->size(), o2->indicators.size());

    QList<QJsonObject> after;
    const QList<QJsonObject> before = auditOf(t, "appraisal.compute", &after);
    QCOMPARE(before.size(), 2);
    QVERIFY(before[0].isEmpty());
    const QJsonObject was = before[1].value(kT1).toObject();
    const QJsonObject now = after[1].value(kT1).toObject();
    QCOMPARE(was, after[0].value(kT1).toObject());
    QCOMPARE(was.value("appraisal_points").toString(), core::SchemeRules::pointsText(pointsBefore));
    QCOMPARE(now.value("appraisal_points").toString(), core::SchemeRules::pointsText(o2->points));
    QVERIFY(was != now);
}

void TestAppraisalStore::moverCountedWhereTheyWere()
{
    test::TestDb t;
    t.clock().set(QDateTime::fromString(kNow, Qt::ISODate));
    const core::Actor chief = chiefOf(t);
    scheme(t, chief);
    const core::Actor clerk = t.addUser("clerk", Role::Clerk);
    // Lived in T1 until 1 July 2026, in T2 since.
    const qint64 p = addPerson(t, clerk, kT2, 21);
    exec(t,
         "INSERT INTO person_township_moves (person_id, from_code, to_code, moved_on, "
         "created_at) VALUES (?,?,?,'2026-07-01',?)",
         {p, kT1, kT2, QString(kNow)});
    exec(t,
         "INSERT INTO visit_plans (title, person_id, rhythm, start_date, created_at, "
         "updated_at) VALUES ('季度走访', ?, 'quarterly', '2026-01-01', ?, ?)",
         {p, QString(kNow), QString(kNow)});
    const QString ins = "INSERT INTO visit_schedule (plan_id, person_id, due, state, done_on, "
                        "sort_name, township_code) VALUES (1, ?, ?, ?, ?, 'li', ?)";
    exec(t, ins, {p, "2026-03-31", "done", "2026-03-20", kT2});
    exec(t, ins, {p, "2026-06-30", "done", "2026-06-28", kT2});
    exec(t, ins, {p, "2026-09-30", "open", QVariant(), kT2});
    exec(t, ins, {p, "2027-03-31", "open", QVariant(), kT2}); // next year: not counted

    AppraisalStore store(t.db());
    auto r = store.compute(chief, 2026);
    QVERIFY2(r, qPrintable(r.error()));
    const auto v1 = indicator(*find(r.value(), kT1), "visits_done");
    const auto v2 = indicator(*find(r.value(), kT2), "visits_done");
    QCOMPARE(v1.numerator, qint64(2));
    QCOMPARE(v1.denominator, qint64(2));
    QCOMPARE(v2.numerator, qint64(0));
    QCOMPARE(v2.denominator, qint64(1));
    QVERIFY(v1.hasRecords);
    // A township without any visit due says so instead of scoring.
    const auto v3 = indicator(*find(r.value(), QStringLiteral("430581003")), "visits_done");
    QVERIFY(!v3.hasRecords);

    // The evidence of T1 lists the person's two visits, each counted.
    auto page = store.evidence(2026, kT1, "visits_done", 0, 50);
    QVERIFY2(page, qPrintable(page.error()));
    QCOMPARE(page->count, 2);
    QCOMPARE(page->rows.size(), 2);
    QVERIFY(page->rows[0].inNumerator && page->rows[1].inNumerator);
    QVERIFY(page->rows[0].cells.first().startsWith(QString::fromUtf8("李建国")));
    auto page2 = store.evidence(2026, kT2, "visits_done", 0, 50);
    QCOMPARE(page2->count, 1);
    QVERIFY(!page2->rows[0].inNumerator);
}

void TestAppraisalStore::veto_data()
{
    QTest::addColumn<bool>("group");
    QTest::addColumn<QString>("beyond");
    QTest::addColumn<bool>("serious");
    QTest::addColumn<bool>("schemeSerious");
    QTest::addColumn<bool>("vetoed");
    QTest::newRow("group petition") << true << QString() << false << false << true;
    QTest::newRow("beyond level") << false << QStringLiteral("beijing") << false << false << true;
    QTest::newRow("serious, scheme off") << false << QString() << true << false << false;
    QTest::newRow("serious, scheme on") << false << QString() << true << true << true;
    QTest::newRow("ordinary") << false << QString() << false << true << false;
}

void TestAppraisalStore::veto()
{
    QFETCH(bool, group);
    QFETCH(QString, beyond);
    QFETCH(bool, serious);
    QFETCH(bool, schemeSerious);
    QFETCH(bool, vetoed);
    test::TestDb t;
    t.clock().set(QDateTime::fromString(kNow, Qt::ISODate));
    const core::Actor chief = chiefOf(t);
    scheme(t, chief, true, schemeSerious);
    const qint64 id =
        addCase(t, kT1, "2026-05-03", "2026-05-05", "2026-06-01", group, beyond, serious);
    addCase(t, kT1, "2025-05-03", "2025-05-05", "2025-06-01", true); // last year's: no veto
    AppraisalStore store(t.db());
    auto r = store.compute(chief, 2026);
    QVERIFY2(r, qPrintable(r.error()));
    const core::UnitOutcome* o = find(r.value(), kT1);
    QCOMPARE(o->vetoCaseId, vetoed ? id : qint64(0));
    if (vetoed) {
        QCOMPARE(o->grade, core::Grade::Fail);
        QVERIFY2(o->vetoReason.contains(QStringLiteral("XF2026-")), qPrintable(o->vetoReason));
        QVERIFY(o->vetoReason.contains(QString::fromUtf8("2026年5月3日")));
        QVERIFY(o->total >= 600); // the points would pass: the veto alone fails it
    } else {
        QVERIFY(o->grade != core::Grade::Fail);
        QVERIFY(o->vetoReason.isEmpty());
    }
    QCOMPARE(find(store.outcomes(2026).value(), kT1)->vetoReason, o->vetoReason);
}

void TestAppraisalStore::adjustments()
{
    test::TestDb t;
    t.clock().set(QDateTime::fromString(kNow, Qt::ISODate));
    const core::Actor chief = chiefOf(t);
    scheme(t, chief);
    addCase(t, kT1, "2026-03-01", "2026-03-05", "2026-04-01");
    AppraisalStore store(t.db());
    QVERIFY(store.compute(chief, 2026));
    const int total = find(store.outcomes(2026).value(), kT1)->total;
    core::AuditLog log(t.db());
    const qint64 n = log.count();

    auto empty = store.addAdjustment(chief, 2026, kT1, false, 50, QStringLiteral("  "));
    QVERIFY(!empty);
    QVERIFY(empty.error().contains("reason"));
    QVERIFY(!store.addAdjustment(chief, 2026, kT1, false, 0, QStringLiteral("x")));
    QCOMPARE(log.count(), n);

    auto id =
        store.addAdjustment(chief, 2026, kT1, false, 50, QString::fromUtf8("零报告迟报被县委通报"));
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(log.count(), n + 1);
    auto after = find(store.outcomes(2026).value(), kT1);
    QCOMPARE(after->adjustment, -50);
    QCOMPARE(after->total, total - 50);
    // The computed points stay as computed; a recomputation keeps the adjustment.
    QVERIFY(store.compute(chief, 2026));
    QCOMPARE(find(store.outcomes(2026).value(), kT1)->total, total - 50);

    QVERIFY(!store.voidAdjustment(chief, id.value(), QString()));
    const core::Status v = store.voidAdjustment(chief, id.value(), QString::fromUtf8("通报撤回"));
    QVERIFY2(v, qPrintable(v.error()));
    QVERIFY(!store.voidAdjustment(chief, id.value(), QString::fromUtf8("再次")));
    QCOMPARE(find(store.outcomes(2026).value(), kT1)->total, total);
    const auto list = store.adjustments(2026, kT1);
    QCOMPARE(list->size(), 1);
    QVERIFY(list->first().voided);
    QList<QJsonObject> afterJson;
    const auto beforeJson = auditOf(t, "appraisal.adjust", &afterJson);
    QCOMPARE(beforeJson.size(), 1);
    QCOMPARE(afterJson[0].value("reason").toString(), QString::fromUtf8("零报告迟报被县委通报"));
}

void TestAppraisalStore::evidencePaged()
{
    test::TestDb t;
    t.clock().set(QDateTime::fromString(kNow, Qt::ISODate));
    const core::Actor chief = chiefOf(t);
    scheme(t, chief);
    // Two reports in the year for T1, one of them late.
    const QString ins = "INSERT INTO zero_reports (township_code, report_day, received_at, "
                        "nothing_to_report, created_at, updated_at) VALUES (?,?,?,1,?,?)";
    exec(t, ins, {kT1, "2026-02-01", "2026-02-02T09:00:00", QString(kNow), QString(kNow)});
    exec(t, ins, {kT1, "2026-02-02", "2026-02-05T09:00:00", QString(kNow), QString(kNow)});
    AppraisalStore store(t.db());
    auto r = store.compute(chief, 2026);
    QVERIFY2(r, qPrintable(r.error()));
    const auto made = indicator(*find(r.value(), kT1), "zero_report_rate");
    const auto onTime = indicator(*find(r.value(), kT1), "zero_report_on_time");
    QCOMPARE(made.numerator, qint64(2));
    QVERIFY(made.denominator >= 350); // every day whose deadline has passed
    QCOMPARE(onTime.numerator, qint64(1));
    QCOMPARE(onTime.denominator, qint64(2));

    auto page = store.evidence(2026, kT1, "zero_report_rate", 30, 5);
    QVERIFY2(page, qPrintable(page.error()));
    QCOMPARE(page->count, int(made.denominator));
    QCOMPARE(page->rows.size(), 5);
    QCOMPARE(page->rows[1].cells.first(), QStringLiteral("2026-02-01"));
    QVERIFY(page->rows[1].inNumerator);
    QVERIFY(!page->rows[0].inNumerator);
    QCOMPARE(page->headers.size(), page->rows[0].cells.size());
    auto timely = store.evidence(2026, kT1, "zero_report_on_time", 0, 10);
    QCOMPARE(timely->count, 2);
    QVERIFY(timely->rows[0].inNumerator);
    QVERIFY(!timely->rows[1].inNumerator);
    QVERIFY(!store.evidence(2026, kT1, "no_such", 0, 10));
}

QTEST_GUILESS_MAIN(TestAppraisalStore)
#include "tst_appraisalstore.moc"
