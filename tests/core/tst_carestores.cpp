// The recuperation and medical settlement stores: every write audited and permission-checked,
// the interval warns and asks a reason, the cap asks a reason, voided settlements stay and do
// not count, the person's care events newest first, exports masked and recorded.
#include "testdb.h"

#include "audit/auditlog.h"
#include "care/careexport.h"
#include "care/medicalstore.h"
#include "care/personcarestore.h"
#include "care/recuperationstore.h"
#include "registry/demogenerator.h"
#include "security/role.h"
#include "settings/settingsstore.h"

#include <QFile>
#include <QSqlQuery>
#include <QtTest>

using namespace youfu;
using namespace youfu::core;

namespace {
QList<qint64> personIds(test::TestDb& t, int n)
{
    QList<qint64> ids;
    QSqlQuery q(t->connection());
    q.exec(QStringLiteral("SELECT id FROM persons WHERE status = 'active' AND EXISTS (SELECT 1 "
                          "FROM person_categories pc WHERE pc.person_id = persons.id AND "
                          "pc.end_date IS NULL) ORDER BY id LIMIT %1")
               .arg(n));
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

BatchDraft batchDraft(QDate starts, int days = 6)
{
    BatchDraft d;
    d.title = QString::fromUtf8("%1年短期疗养").arg(starts.year());
    d.place = QString::fromUtf8("南岳优抚疗养中心");
    d.startsOn = starts;
    d.endsOn = starts.addDays(days);
    d.escort = QString::fromUtf8("张丽");
    return d;
}

MedicalDraft bill(qint64 person, QDate settled, qint64 subsidy)
{
    MedicalDraft d;
    d.personId = person;
    d.hospital = QString::fromUtf8("武冈市人民医院");
    d.admittedOn = settled.addDays(-8);
    d.dischargedOn = settled;
    d.settledOn = settled;
    d.insuranceFen = 500000;
    d.subsidyFen = subsidy;
    d.selfFen = 20000;
    d.totalFen = d.insuranceFen + d.subsidyFen + d.selfFen;
    return d;
}
} // namespace

class TestCareStores : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void batchNeedsThePermission();
    void intervalWarnsAndAsksAReason();
    void candidatesKeyPersonsFirstWithTheirLastRecuperation();
    void attendanceMarksTheBatchDone();
    void capCountsTheYearWithoutVoided();
    void voidKeepsTheRowAndIsAudited();
    void pagesAndFilters();
    void personCareNewestFirst();
    void exportsAreMaskedAndRecorded();
    void settingsChangeTheRules();

private:
    std::unique_ptr<test::TestDb> m_t;
    Actor m_clerk;
    Actor m_reader;
    QList<qint64> m_ids;
};

void TestCareStores::init()
{
    m_t = std::make_unique<test::TestDb>();
    m_clerk = m_t->addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"));
    m_reader = m_t->addUser("wangjian", Role::Inspector, QString::fromUtf8("王健"));
    QVERIFY(DemoGenerator::generate(m_t->db(), m_clerk, 40, 5));
    m_ids = personIds(*m_t, 12);
    QCOMPARE(m_ids.size(), 12);
}

void TestCareStores::cleanup()
{
    m_t.reset();
}

void TestCareStores::batchNeedsThePermission()
{
    RecuperationStore store(m_t->db());
    const qint64 before = AuditLog(m_t->db()).count();
    auto refused = store.addBatch(m_reader, batchDraft(QDate(2026, 12, 5)));
    QVERIFY(!refused);
    QCOMPARE(AuditLog(m_t->db()).count(), before);
    auto id = store.addBatch(m_clerk, batchDraft(QDate(2026, 12, 5)));
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(AuditLog(m_t->db()).count(), before + 1);
    QVERIFY(!store.addParticipants(m_reader, id.value(), {{m_ids[0], {}, {}}}));
    QVERIFY(!MedicalStore(m_t->db()).add(m_reader, bill(m_ids[0], QDate(2026, 3, 1), 1000)));
    auto b = store.batch(id.value());
    QVERIFY(b);
    QCOMPARE(b->state, BatchState::Planned);
    QCOMPARE(b->escort, QString::fromUtf8("张丽"));
}

void TestCareStores::intervalWarnsAndAsksAReason()
{
    RecuperationStore store(m_t->db());
    m_t->clock().set(QDateTime(QDate(2025, 4, 1), QTime(2, 0), Qt::UTC));
    const qint64 spring = store.addBatch(m_clerk, batchDraft(QDate(2025, 4, 10))).value();
    QVERIFY(store.addParticipants(
        m_clerk, spring, {{m_ids[0], QString::fromUtf8("腿伤旧疾"), {}}, {m_ids[1], {}, {}}}));
    m_t->clock().set(QDateTime(QDate(2025, 4, 20), QTime(2, 0), Qt::UTC));
    QVERIFY(
        store.recordAttendance(m_clerk, spring, {{m_ids[0], true, 180000}, {m_ids[1], false, 0}}));
    m_t->clock().set(QDateTime(QDate(2026, 11, 29), QTime(2, 0), Qt::UTC));
    const qint64 next = store.addBatch(m_clerk, batchDraft(QDate(2026, 12, 10))).value();

    // ids[0] went (ended 2025-04-16), within two years: a reason is needed.
    const qint64 audits = AuditLog(m_t->db()).count();
    const Status noReason = store.addParticipants(m_clerk, next, {{m_ids[0], {}, {}}});
    QVERIFY(!noReason);
    QVERIFY(noReason.error().contains(QStringLiteral("2025-04-16")));
    QCOMPARE(AuditLog(m_t->db()).count(), audits);
    // ids[1] was on the batch but did not come: no reason needed.
    QVERIFY(store.addParticipants(m_clerk, next, {{m_ids[1], {}, {}}}));
    const Status withReason = store.addParticipants(
        m_clerk, next, {{m_ids[0], {}, QString::fromUtf8("旧伤复发，医院建议继续疗养")}});
    QVERIFY2(withReason, qPrintable(withReason.error()));
    QCOMPARE(AuditLog(m_t->db()).count(), audits + 2);
    const auto people = store.participants(next).value();
    QCOMPARE(people.size(), 2);
    for (const auto& p : people) {
        QVERIFY(!p.attended.has_value());
        QCOMPARE(p.overrideReason.isEmpty(), p.personId != m_ids[0]);
    }
    // Twice in one batch: refused.
    QVERIFY(!store.addParticipants(m_clerk, next, {{m_ids[1], {}, {}}}));
}

void TestCareStores::candidatesKeyPersonsFirstWithTheirLastRecuperation()
{
    QSqlQuery q(m_t->db().connection());
    QVERIFY(
        q.exec(QStringLiteral("UPDATE persons SET key_person = 1 WHERE id = %1").arg(m_ids[5])));
    RecuperationStore store(m_t->db());
    m_t->clock().set(QDateTime(QDate(2026, 3, 1), QTime(2, 0), Qt::UTC));
    const qint64 done = store.addBatch(m_clerk, batchDraft(QDate(2026, 3, 2))).value();
    QVERIFY(store.addParticipants(m_clerk, done, {{m_ids[2], QString::fromUtf8("糖尿病"), {}}}));
    m_t->clock().set(QDateTime(QDate(2026, 3, 10), QTime(2, 0), Qt::UTC));
    QVERIFY(store.recordAttendance(m_clerk, done, {{m_ids[2], true, 150000}}));
    const qint64 next = store.addBatch(m_clerk, batchDraft(QDate(2026, 12, 1))).value();
    CandidateFilter f;
    auto list = store.candidates(next, f);
    QVERIFY2(list, qPrintable(list.error()));
    QVERIFY(list->size() >= 12);
    QVERIFY(list->first().keyPerson);
    bool seen = false;
    for (const auto& c : list.value()) {
        QVERIFY(c.maskedCitizenId.contains(QLatin1Char('*')));
        if (c.personId == m_ids[2]) {
            seen = true;
            QCOMPARE(c.interval.lastEnd, QDate(2026, 3, 8));
            QVERIFY(c.interval.within);
            QCOMPARE(c.lastHealth, QString::fromUtf8("糖尿病"));
        }
    }
    QVERIFY(seen);
    f.categoryCodes = {QStringLiteral("no_such_category")};
    QCOMPARE(store.candidates(next, f)->size(), 0);
}

void TestCareStores::attendanceMarksTheBatchDone()
{
    RecuperationStore store(m_t->db());
    const qint64 id = store.addBatch(m_clerk, batchDraft(QDate(2026, 12, 20))).value();
    QVERIFY(store.addParticipants(m_clerk, id, {{m_ids[0], {}, {}}, {m_ids[1], {}, {}}}));
    // Not begun yet.
    QVERIFY(!store.recordAttendance(m_clerk, id, {{m_ids[0], true, 1}, {m_ids[1], true, 1}}));
    m_t->clock().set(QDateTime(QDate(2026, 12, 27), QTime(2, 0), Qt::UTC));
    // Everybody must be said.
    QVERIFY(!store.recordAttendance(m_clerk, id, {{m_ids[0], true, 1}}));
    QVERIFY(store.recordAttendance(m_clerk, id, {{m_ids[0], true, 210050}, {m_ids[1], false, 99}}));
    auto b = store.batch(id).value();
    QCOMPARE(b.state, BatchState::Done);
    QCOMPARE(b.attended, 1);
    QCOMPARE(b.costFen, qint64(210050));
    // A done batch takes no one else and cannot be cancelled.
    QVERIFY(!store.addParticipants(m_clerk, id, {{m_ids[2], {}, {}}}));
    QVERIFY(!store.cancelBatch(m_clerk, id, QStringLiteral("x")));
    auto up = store.upcoming(QDate(2026, 12, 10), 14);
    QVERIFY(up);
    QCOMPARE(up->size(), 0);
}

void TestCareStores::capCountsTheYearWithoutVoided()
{
    MedicalStore store(m_t->db());
    QCOMPARE(store.capFen(), qint64(1000000));
    auto first = store.add(m_clerk, bill(m_ids[0], QDate(2026, 2, 10), 600000));
    QVERIFY2(first, qPrintable(first.error()));
    QVERIFY(store.add(m_clerk, bill(m_ids[0], QDate(2025, 12, 31), 900000))); // last year
    auto cap = store.capFor(m_ids[0], 2026, 500000).value();
    QCOMPARE(cap.usedFen, qint64(600000));
    QCOMPARE(cap.leftFen, qint64(400000));
    QVERIFY(cap.exceeds);
    const Status over = store.add(m_clerk, bill(m_ids[0], QDate(2026, 6, 1), 500000)).status();
    QVERIFY(!over);
    QVERIFY(over.error().contains(QStringLiteral("4,000.00")));
    // Voiding the first frees the room.
    QVERIFY(store.voidSettlement(m_clerk, first.value(), QString::fromUtf8("重复录入")));
    QVERIFY(store.add(m_clerk, bill(m_ids[0], QDate(2026, 6, 1), 500000)));
    // Over again, with a reason.
    MedicalDraft big = bill(m_ids[0], QDate(2026, 9, 1), 800000);
    big.capOverride = QString::fromUtf8("重大疾病，局务会研究同意");
    auto overId = store.add(m_clerk, big);
    QVERIFY2(overId, qPrintable(overId.error()));
    QCOMPARE(store.settlement(overId.value())->capOverride, big.capOverride);
    QCOMPARE(store.capFor(m_ids[0], 2026).value().usedFen, qint64(1300000));
    // Sums that do not add up are refused.
    MedicalDraft wrong = bill(m_ids[1], QDate(2026, 3, 1), 1000);
    wrong.totalFen += 1;
    QVERIFY(!store.add(m_clerk, wrong));
}

void TestCareStores::voidKeepsTheRowAndIsAudited()
{
    MedicalStore store(m_t->db());
    const qint64 id = store.add(m_clerk, bill(m_ids[3], QDate(2026, 5, 5), 3000)).value();
    const qint64 audits = AuditLog(m_t->db()).count();
    QVERIFY(!store.voidSettlement(m_clerk, id, QString()));
    QVERIFY(!store.voidSettlement(m_reader, id, QStringLiteral("x")));
    QVERIFY(store.voidSettlement(m_clerk, id, QString::fromUtf8("医院退回重开")));
    QCOMPARE(AuditLog(m_t->db()).count(), audits + 1);
    QVERIFY(!store.voidSettlement(m_clerk, id, QString::fromUtf8("再一次")));
    auto m = store.settlement(id).value();
    QVERIFY(m.voided);
    QCOMPARE(m.voidReason, QString::fromUtf8("医院退回重开"));
    QSqlQuery q(m_t->db().connection());
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM medical_settlements WHERE id = %1").arg(id)));
}

void TestCareStores::pagesAndFilters()
{
    MedicalStore store(m_t->db());
    for (int i = 0; i < 25; ++i)
        QVERIFY(store.add(m_clerk, bill(m_ids[i % 12], QDate(2026, 1 + i % 12, 1 + i % 3), 100)));
    QVERIFY(store.add(m_clerk, bill(m_ids[0], QDate(2025, 7, 1), 100)));
    MedicalFilter f;
    f.year = 2026;
    QCOMPARE(store.count(f).value(), 25);
    QList<qint64> seen;
    MedicalCursor cursor;
    QDate last(2100, 1, 1);
    for (;;) {
        auto page = store.page(f, cursor, 7);
        QVERIFY(page);
        for (const auto& m : page.value()) {
            QVERIFY(!seen.contains(m.id));
            QVERIFY(m.settledOn <= last);
            last = m.settledOn;
            seen << m.id;
        }
        if (page->size() < 7)
            break;
        cursor = {page->last().settledOn, page->last().id};
    }
    QCOMPARE(seen.size(), 25);
    f.year = 0;
    QCOMPARE(store.count(f).value(), 26);
    const auto one = store.settlement(seen.first()).value();
    f.text = one.name;
    QVERIFY(store.count(f).value() >= 1);
    for (const auto& m : store.page(f, {}, 200).value())
        QVERIFY(m.name.contains(one.name));
}

void TestCareStores::personCareNewestFirst()
{
    const qint64 p = m_ids[4];
    MedicalStore medical(m_t->db());
    QVERIFY(medical.add(m_clerk, bill(p, QDate(2026, 2, 1), 5000)));
    const qint64 voided = medical.add(m_clerk, bill(p, QDate(2026, 8, 1), 7000)).value();
    QVERIFY(medical.voidSettlement(m_clerk, voided, QString::fromUtf8("录错")));
    RecuperationStore recup(m_t->db());
    const qint64 b = recup.addBatch(m_clerk, batchDraft(QDate(2026, 12, 15))).value();
    QVERIFY(recup.addParticipants(m_clerk, b, {{p, {}, {}}}));
    QSqlQuery q(m_t->db().connection());
    QVERIFY(q.exec(
        QStringLiteral("INSERT INTO free_clinics (held_on, township_code, hospital, created_at) "
                       "VALUES ('2026-05-20', (SELECT township_code FROM persons WHERE id = %1), "
                       "'武冈市中医医院', "
                       "'2026-05-20T08:00:00')")
            .arg(p)));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO free_clinic_persons (clinic_id, person_id, finding) "
                                  "VALUES (last_insert_rowid(), %1, '血压偏高')")
                       .arg(p)));
    auto events = PersonCareStore(m_t->db()).events(p);
    QVERIFY2(events, qPrintable(events.error()));
    QCOMPARE(events->size(), 4);
    QCOMPARE(events->at(0).kind, CareEventKind::Recuperation);
    QCOMPARE(events->at(0).date, QDate(2026, 12, 15));
    QCOMPARE(events->at(1).kind, CareEventKind::Medical);
    QCOMPARE(events->at(1).amountFen, qint64(0)); // voided: no amount
    QCOMPARE(events->at(2).kind, CareEventKind::FreeClinic);
    QVERIFY(events->at(2).summary.contains(QString::fromUtf8("血压偏高")));
    QCOMPARE(events->at(3).amountFen, qint64(5000));
}

void TestCareStores::exportsAreMaskedAndRecorded()
{
    MedicalStore store(m_t->db());
    for (int i = 0; i < 3; ++i)
        QVERIFY(store.add(m_clerk, bill(m_ids[i], QDate(2026, 4, 1 + i), 100)));
    const QString path = m_t->dir() + QStringLiteral("/medical.csv");
    const qint64 audits = AuditLog(m_t->db()).count();
    ExportOptions o;
    o.format = ExportFormat::CsvUtf8Bom;
    auto rows = exportMedical(m_t->db(), m_reader, MedicalFilter{}, QString(), path, o);
    QVERIFY2(rows, qPrintable(rows.error()));
    QCOMPARE(rows.value(), qint64(3));
    QCOMPARE(AuditLog(m_t->db()).count(), audits + 1);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QLatin1Char('*')));
    QSqlQuery q(m_t->db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT citizen_id FROM persons WHERE id = %1").arg(m_ids[0])));
    QVERIFY(q.next());
    QVERIFY(!text.contains(q.value(0).toString()));
    QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    RecuperationStore recup(m_t->db());
    const qint64 b = recup.addBatch(m_clerk, batchDraft(QDate(2026, 12, 15))).value();
    QVERIFY(recup.addParticipants(m_clerk, b, {{m_ids[0], {}, {}}, {m_ids[1], {}, {}}}));
    auto r = exportRecuperation(m_t->db(), m_reader, b, m_t->dir() + QStringLiteral("/r.xlsx"),
                                ExportOptions{});
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r.value(), qint64(2));
}

void TestCareStores::settingsChangeTheRules()
{
    QVERIFY(SettingsStore(m_t->db()).set(m_t->admin(), QLatin1String(kMedicalCapKey),
                                         QStringLiteral("200000")));
    QVERIFY(SettingsStore(m_t->db()).set(m_t->admin(), QLatin1String(kRecuperationIntervalKey),
                                         QStringLiteral("1")));
    QCOMPARE(MedicalStore(m_t->db()).capFen(), qint64(200000));
    QCOMPARE(RecuperationStore(m_t->db()).intervalYears(), 1);
    QVERIFY(!MedicalStore(m_t->db()).add(m_clerk, bill(m_ids[0], QDate(2026, 2, 1), 200001)));
}

QTEST_GUILESS_MAIN(TestCareStores)
#include "tst_carestores.moc"
