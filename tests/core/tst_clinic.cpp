// Free clinics, the reasons and register of temporary assistance, and publicity (issue 15).
#include "approvalfixture.h"
#include "testdb.h"

#include "approval/applicationliststore.h"
#include "approval/applicationrules.h"
#include "audit/auditwording.h"
#include "care/assistanceexport.h"
#include "care/assistanceregister.h"
#include "care/assistanceregisterstore.h"
#include "care/freeclinicrules.h"
#include "care/freeclinicstore.h"
#include "care/registerexport.h"
#include "township/publicityrules.h"
#include "township/publicitystore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace youfu;
using namespace youfu::core;
using youfu::test::ApprovalFixture;
using youfu::test::TestDb;

class TstClinic : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freeClinicRules_data();
    void freeClinicRules();
    void assistanceNeedsReason_data();
    void assistanceNeedsReason();
    void reasonTotalsOrdered_data();
    void reasonTotalsOrdered();
    void publicityRules_data();
    void publicityRules();
    void publicityTotals();

    void freeClinicStore();
    void freeClinicNeedsManageCare();
    void assistanceRegister();
    void publicityStoreAndYearTotals();
    void auditKeysHaveTitles();
    void draftWithoutReasonSaves();
};

namespace {
int auditCount(TestDb& t, const QString& action)
{
    QSqlQuery q(t.db().connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
    q.addBindValue(action);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

FreeClinic aClinic()
{
    FreeClinic c;
    c.heldOn = QDate(2026, 10, 16);
    c.townshipCode = QStringLiteral("430581002");
    c.hospital = QStringLiteral("市人民医院");
    c.doctors = QStringLiteral("刘建华、陈秀英");
    c.place = QStringLiteral("卫生院");
    c.personsSeen = 40;
    return c;
}
} // namespace

void TstClinic::freeClinicRules_data()
{
    QTest::addColumn<QDate>("held");
    QTest::addColumn<QString>("township");
    QTest::addColumn<QString>("hospital");
    QTest::addColumn<int>("seen");
    QTest::addColumn<int>("listed");
    QTest::addColumn<QString>("problem"); // part of the one problem; empty = none
    const QDate d(2026, 10, 16);
    const QString t = QStringLiteral("430581002");
    const QString h = QStringLiteral("市人民医院");
    QTest::newRow("complete") << d << t << h << 40 << 8 << QString();
    QTest::newRow("seen = listed") << d << t << h << 8 << 8 << QString();
    QTest::newRow("held today") << QDate(2026, 11, 29) << t << h << 0 << 0 << QString();
    QTest::newRow("no date") << QDate() << t << h << 40 << 0 << "date";
    QTest::newRow("tomorrow") << QDate(2026, 11, 30) << t << h << 40 << 0 << "not been held";
    QTest::newRow("no township") << d << QString() << h << 40 << 0 << "township";
    QTest::newRow("no hospital") << d << t << QStringLiteral("  ") << 40 << 0 << "hospital";
    QTest::newRow("fewer seen than listed") << d << t << h << 7 << 8 << "fewer";
    QTest::newRow("negative") << d << t << h << -1 << 0 << "negative";
}

void TstClinic::freeClinicRules()
{
    QFETCH(QDate, held);
    QFETCH(QString, township);
    QFETCH(QString, hospital);
    QFETCH(int, seen);
    QFETCH(int, listed);
    QFETCH(QString, problem);
    FreeClinic c;
    c.heldOn = held;
    c.townshipCode = township;
    c.hospital = hospital;
    c.personsSeen = seen;
    const QStringList p = FreeClinicRules::problems(c, listed, QDate(2026, 11, 29));
    if (problem.isEmpty()) {
        QVERIFY2(p.isEmpty(), qPrintable(p.join('\n')));
    } else {
        QCOMPARE(p.size(), 1);
        QVERIFY2(p.first().contains(problem), qPrintable(p.first()));
    }
}

void TstClinic::assistanceNeedsReason_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("complains");
    const int ta = int(ApplicationType::TemporaryAssistance);
    QTest::newRow("no reason") << ta << QString() << true;
    QTest::newRow("housing") << ta << "housing" << false;
    QTest::newRow("destitute") << ta << "destitute" << false;
    QTest::newRow("illness") << ta << "illness" << false;
    QTest::newRow("accident") << ta << "accident" << false;
    QTest::newRow("other") << ta << "other" << false;
    QTest::newRow("unknown") << ta << "flood" << true;
    QTest::newRow("recuperation needs none")
        << int(ApplicationType::Recuperation) << QString() << false;
}

void TstClinic::assistanceNeedsReason()
{
    QFETCH(int, type);
    QFETCH(QString, reason);
    QFETCH(bool, complains);
    ApplicationDraft d;
    d.type = ApplicationType(type);
    d.personId = 1;
    d.effectiveDate = QDate(2026, 11, 1);
    d.facts = QStringLiteral("房屋倒塌");
    d.reason = QStringLiteral("申请救助");
    d.requestedAmountFen = 100000;
    d.assistanceReason = reason;
    ApplicantContext p;
    p.today = QDate(2026, 11, 29);
    PersonCategory held;
    held.categoryCode = QStringLiteral("war_veteran");
    held.startDate = QDate(2010, 1, 1);
    p.held << held;
    const QStringList problems = ApplicationRules::problems(d, p);
    bool found = false;
    for (const QString& line : problems)
        found = found || line.contains(QStringLiteral("why assistance")) ||
                line.contains(QStringLiteral("reason of temporary"));
    QVERIFY2(found == complains, qPrintable(problems.join('\n')));
    QCOMPARE(problems.size(), complains ? 1 : 0);
}

void TstClinic::reasonTotalsOrdered_data()
{
    QTest::addColumn<QStringList>("reasons"); // one grant of 100 fen each
    QTest::addColumn<QString>("expected");    // reason:grants, in order
    QTest::newRow("none") << QStringList{}
                          << "housing:0 destitute:0 illness:0 accident:0 other:0 *:0";
    QTest::newRow("housing first whatever comes first")
        << QStringList{"illness", "housing", "illness"}
        << "housing:1 destitute:0 illness:2 accident:0 other:0 *:3";
    QTest::newRow("old applications without reason last")
        << QStringList{"", "other", ""}
        << "housing:0 destitute:0 illness:0 accident:0 other:1 :2 *:3";
}

void TstClinic::reasonTotalsOrdered()
{
    QFETCH(QStringList, reasons);
    QFETCH(QString, expected);
    QList<AssistanceReasonTotal> in;
    for (const QString& r : reasons)
        in << AssistanceReasonTotal{r, 1, 100};
    QStringList got;
    qint64 sum = 0;
    const auto out = AssistanceRegister::ordered(in);
    for (const AssistanceReasonTotal& t : out)
        got << QStringLiteral("%1:%2").arg(t.reason).arg(t.grants);
    QCOMPARE(got.join(' '), expected);
    QCOMPARE(out.last().amountFen, qint64(100 * reasons.size()));
    for (int i = 0; i + 1 < out.size(); ++i)
        sum += out.at(i).amountFen;
    QCOMPARE(sum, out.last().amountFen);
}

void TstClinic::publicityRules_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("copies");
    QTest::addColumn<int>("audience");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<QString>("problem");
    const int m = int(PublicityKind::Materials), s = int(PublicityKind::Session);
    const QDate d(2026, 3, 5);
    const QString title = QStringLiteral("政策明白卡");
    QTest::newRow("materials") << m << title << 200 << 0 << QString() << d << QString();
    QTest::newRow("session") << s << title << 0 << 80 << QStringLiteral("会议室") << d << QString();
    QTest::newRow("materials without copies") << m << title << 0 << 0 << QString() << d << "copies";
    QTest::newRow("materials with audience")
        << m << title << 10 << 5 << QString() << d << "audience";
    QTest::newRow("session without audience")
        << s << title << 0 << 0 << QStringLiteral("会议室") << d << "came";
    QTest::newRow("session without place") << s << title << 0 << 50 << QString() << d << "where";
    QTest::newRow("no title") << m << QString() << 10 << 0 << QString() << d << "materials";
    QTest::newRow("future") << m << title << 10 << 0 << QString() << QDate(2026, 12, 1) << "future";
    QTest::newRow("no date") << m << title << 10 << 0 << QString() << QDate() << "date";
}

void TstClinic::publicityRules()
{
    QFETCH(int, kind);
    QFETCH(QString, title);
    QFETCH(int, copies);
    QFETCH(int, audience);
    QFETCH(QString, place);
    QFETCH(QDate, on);
    QFETCH(QString, problem);
    PublicityRecord r;
    r.kind = PublicityKind(kind);
    r.title = title;
    r.copies = copies;
    r.audience = audience;
    r.place = place;
    r.onDate = on;
    const QStringList p = PublicityRules::problems(r, QDate(2026, 11, 29));
    if (problem.isEmpty()) {
        QVERIFY2(p.isEmpty(), qPrintable(p.join('\n')));
    } else {
        QCOMPARE(p.size(), 1);
        QVERIFY2(p.first().contains(problem), qPrintable(p.first()));
    }
}

void TstClinic::publicityTotals()
{
    auto rec = [](const char* code, PublicityKind kind, int n) {
        PublicityRecord r;
        r.townshipCode = QString::fromLatin1(code);
        r.kind = kind;
        (kind == PublicityKind::Materials ? r.copies : r.audience) = n;
        return r;
    };
    const QList<PublicityRecord> records{
        rec("B", PublicityKind::Materials, 100), rec("", PublicityKind::Materials, 3000),
        rec("A", PublicityKind::Session, 80), rec("B", PublicityKind::Session, 40),
        rec("B", PublicityKind::Materials, 50)};
    PublicityTotal sum;
    const auto t = PublicityRules::totals(records, &sum);
    QCOMPARE(t.size(), 3);
    QCOMPARE(t.at(0).townshipCode, QStringLiteral("B"));
    QCOMPARE(t.at(0).handouts, 2);
    QCOMPARE(t.at(0).copies, 150);
    QCOMPARE(t.at(0).sessions, 1);
    QCOMPARE(t.at(0).audience, 40);
    QCOMPARE(t.at(1).townshipCode, QStringLiteral("A"));
    QCOMPARE(t.at(2).townshipCode, QString()); // the county last
    QCOMPARE(t.at(2).copies, 3000);
    QCOMPARE(sum.handouts, 3);
    QCOMPARE(sum.copies, 3150);
    QCOMPARE(sum.sessions, 2);
    QCOMPARE(sum.audience, 120);
}

void TstClinic::freeClinicStore()
{
    TestDb t;
    ApprovalFixture f(t);
    const qint64 a = f.person(QStringLiteral("张卫国"), 11);
    const qint64 b = f.person(QStringLiteral("李秀兰"), 12);
    FreeClinicStore store(t.db());
    FreeClinic c = aClinic();
    c.personsSeen = 1;
    auto id = store.save(f.clerk, c);
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(auditCount(t, QStringLiteral("free_clinic.create")), 1);
    QVERIFY(store.setPerson(f.clerk, id.value(),
                            {a, {}, {}, QStringLiteral("高血压"), QStringLiteral("每月随访")}));
    // One person seen, one recorded: a second needs a larger count first.
    const Status full =
        store.setPerson(f.clerk, id.value(), {b, {}, {}, QStringLiteral("白内障"), {}});
    QVERIFY(!full);
    QVERIFY2(full.error().contains(QStringLiteral("1 persons seen")), qPrintable(full.error()));
    c.id = id.value();
    c.personsSeen = 0; // fewer than the one listed
    QVERIFY(!store.save(f.clerk, c));
    c.personsSeen = 42;
    QVERIFY(store.save(f.clerk, c));
    QVERIFY(store.setPerson(f.clerk, id.value(), {b, {}, {}, QStringLiteral("白内障"), {}}));
    // The same person again corrects the finding.
    QVERIFY(store.setPerson(f.clerk, id.value(), {a, {}, {}, QStringLiteral("高血压二级"), {}}));
    auto read = store.byId(id.value());
    QVERIFY(read);
    QCOMPARE(read->persons.size(), 2);
    QCOMPARE(read->personsSeen, 42);
    QCOMPARE(read->townshipName.isEmpty(), false);
    bool corrected = false;
    for (const FreeClinicPerson& p : read->persons) {
        QVERIFY(p.maskedCitizenId.contains(QLatin1Char('*')));
        corrected = corrected || p.finding == QStringLiteral("高血压二级");
    }
    QVERIFY(corrected);
    QCOMPARE(auditCount(t, QStringLiteral("free_clinic.person")), 3);
    QVERIFY(store.removePerson(f.clerk, id.value(), b));
    QVERIFY(!store.removePerson(f.clerk, id.value(), b));
    QCOMPARE(store.byId(id.value())->persons.size(), 1);

    // The list: by year, township and text.
    FreeClinic other = aClinic();
    other.heldOn = QDate(2025, 9, 1);
    other.townshipCode = QStringLiteral("430581001");
    other.hospital = QStringLiteral("中医院");
    QVERIFY(store.save(f.clerk, other));
    FreeClinicFilter all;
    QCOMPARE(store.count(all).value(), 2);
    QCOMPARE(store.page(all, 0, 200)->first().registeredSeen, 1); // newest first
    FreeClinicFilter year;
    year.year = 2025;
    QCOMPARE(store.count(year).value(), 1);
    FreeClinicFilter township;
    township.townshipCode = QStringLiteral("430581002");
    QCOMPARE(store.page(township, 0, 200)->size(), 1);
    FreeClinicFilter text;
    text.text = QStringLiteral("中医");
    QCOMPARE(store.page(text, 0, 200)->first().hospital, QStringLiteral("中医院"));
    QCOMPARE(store.years().value(), (QList<int>{2026, 2025}));
}

void TstClinic::freeClinicNeedsManageCare()
{
    TestDb t;
    ApprovalFixture f(t);
    FreeClinicStore store(t.db());
    const int before = auditCount(t, QStringLiteral("free_clinic.create"));
    QVERIFY(!store.save(f.inspector, aClinic()));
    QVERIFY(!store.save(f.director, aClinic()));
    QCOMPARE(store.count({}).value(), 0);
    QCOMPARE(auditCount(t, QStringLiteral("free_clinic.create")), before);
    QVERIFY(store.save(f.chief, aClinic()));
    PublicityRecord r;
    r.onDate = QDate(2026, 3, 1);
    r.title = QStringLiteral("明白卡");
    r.copies = 10;
    QVERIFY(!PublicityStore(t.db()).save(f.inspector, r));
    QVERIFY(PublicityStore(t.db()).save(f.clerk, r));
}

void TstClinic::assistanceRegister()
{
    TestDb t;
    ApprovalFixture f(t);
    ApprovalStore approvals(t.db());
    struct Grant
    {
        const char* name;
        const char* reason;
        qint64 fen;
        bool approve;
    };
    const Grant grants[] = {{"赵大山", "illness", 200000, true},
                            {"钱小红", "housing", 300000, true},
                            {"孙有福", "accident", 100000, true},
                            {"李木根", "housing", 150000, false}};
    QList<qint64> ids;
    int seq = 21;
    for (const Grant& g : grants) {
        const qint64 pid = f.person(QString::fromUtf8(g.name), seq++);
        f.holding(pid, QStringLiteral("war_veteran"));
        ApplicationDraft d = f.draft(ApplicationType::TemporaryAssistance, pid);
        d.requestedAmountFen = g.fen;
        d.assistanceReason = QString::fromLatin1(g.reason);
        auto id = approvals.create(f.clerk, d);
        QVERIFY2(id, qPrintable(id.error()));
        QCOMPARE(approvals.byId(id.value())->draft.assistanceReason, d.assistanceReason);
        QVERIFY(approvals.submit(f.clerk, id.value()));
        ids << id.value();
    }
    // 住房困难 first in the section chief's inbox, although submitted later.
    auto inbox = ApplicationListStore(t.db()).inbox(f.chief);
    QVERIFY(inbox);
    QCOMPARE(inbox->size(), 4);
    QCOMPARE(inbox->at(0).assistanceReason, QStringLiteral("housing"));
    QCOMPARE(inbox->at(1).assistanceReason, QStringLiteral("housing"));
    QCOMPARE(inbox->at(2).assistanceReason, QStringLiteral("illness"));
    for (int i = 0; i < 4; ++i) {
        if (!grants[i].approve)
            continue;
        for (const Actor* a : {&f.chief, &f.inspector, &f.director})
            QVERIFY(approvals.sign(*a, ids.at(i), StepDecision::Approve, QStringLiteral("同意")));
    }
    AssistanceRegisterStore reg(t.db());
    AssistanceFilter year;
    year.year = 2026;
    auto rows = reg.page(year, 0, 200);
    QVERIFY2(rows, qPrintable(rows.error()));
    QCOMPARE(rows->size(), 3); // the pending one is not granted
    QCOMPARE(rows->at(0).reason, QStringLiteral("housing"));
    QCOMPARE(rows->at(0).personName, QStringLiteral("钱小红"));
    QCOMPARE(rows->at(0).amountFen, qint64(300000));
    QVERIFY(!rows->at(0).number.isEmpty());
    QVERIFY(rows->at(0).maskedCitizenId.contains(QLatin1Char('*')));
    QCOMPARE(rows->at(0).decidedOn, QDate(2026, 11, 29));
    QCOMPARE(reg.count(year).value(), 3);
    AssistanceFilter illness = year;
    illness.reason = QStringLiteral("illness");
    QCOMPARE(reg.count(illness).value(), 1);
    AssistanceFilter elsewhere = year;
    elsewhere.townshipCode = QStringLiteral("430581001");
    QCOMPARE(reg.count(elsewhere).value(), 0);
    AssistanceFilter lastYear;
    lastYear.year = 2025;
    QCOMPARE(reg.count(lastYear).value(), 0);
    auto totals = reg.totals(year);
    QVERIFY(totals);
    const auto ordered = AssistanceRegister::ordered(totals.value());
    QCOMPARE(ordered.first().reason, QStringLiteral("housing"));
    QCOMPARE(ordered.first().amountFen, qint64(300000));
    QCOMPARE(ordered.last().grants, 3);
    QCOMPARE(ordered.last().amountFen, qint64(600000));
    QCOMPARE(reg.years().value(), QList<int>{2026});

    // The export: one audit entry, masked IDs, a 0600 file.
    const QString path = t.dir() + QStringLiteral("/assistance.xlsx");
    const int exportsBefore = auditCount(t, QStringLiteral("list.export"));
    auto written = exportRegister(t.db(), f.clerk, assistanceTable(t.db(), year),
                                  QStringLiteral("assistance"), path, ExportOptions());
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(written.value(), qint64(3));
    QCOMPARE(auditCount(t, QStringLiteral("list.export")), exportsBefore + 1);
    QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void TstClinic::publicityStoreAndYearTotals()
{
    TestDb t;
    ApprovalFixture f(t);
    PublicityStore store(t.db());
    auto add = [&](const QDate& on, PublicityKind kind, const char* township, int n) {
        PublicityRecord r;
        r.onDate = on;
        r.kind = kind;
        r.townshipCode = QString::fromLatin1(township);
        r.title = QStringLiteral("优抚政策");
        r.place = QStringLiteral("会议室");
        (kind == PublicityKind::Materials ? r.copies : r.audience) = n;
        auto id = store.save(f.clerk, r);
        if (!id)
            qWarning() << id.error();
        return id ? id.value() : 0;
    };
    QVERIFY(add(QDate(2026, 3, 5), PublicityKind::Materials, "430581002", 200));
    QVERIFY(add(QDate(2026, 4, 18), PublicityKind::Session, "430581002", 120));
    QVERIFY(add(QDate(2026, 7, 28), PublicityKind::Materials, "", 3000));
    QVERIFY(add(QDate(2025, 7, 28), PublicityKind::Materials, "430581001", 99));
    const qint64 fix = add(QDate(2026, 8, 1), PublicityKind::Session, "430581001", 10);
    QVERIFY(fix);
    auto r = store.byId(fix);
    QVERIFY(r);
    PublicityRecord corrected = r.value();
    corrected.audience = 85;
    QVERIFY(store.save(f.clerk, corrected));
    QCOMPARE(auditCount(t, QStringLiteral("publicity.create")), 5);
    QCOMPARE(auditCount(t, QStringLiteral("publicity.update")), 1);
    QCOMPARE(store.byId(fix)->audience, 85);

    PublicityTotal sum;
    auto totals = store.yearTotals(2026, &sum);
    QVERIFY2(totals, qPrintable(totals.error()));
    QCOMPARE(sum.handouts, 2);
    QCOMPARE(sum.copies, 3200);
    QCOMPARE(sum.sessions, 2);
    QCOMPARE(sum.audience, 205);
    QVERIFY(totals->size() >= 3); // every active township, then the county
    QCOMPARE(totals->last().townshipCode, QString());
    QCOMPARE(totals->last().copies, 3000);
    for (const PublicityTotal& line : totals.value()) {
        if (line.townshipCode == QLatin1String("430581001")) {
            QCOMPARE(line.handouts, 0); // last year's does not count
            QCOMPARE(line.audience, 85);
        }
        if (line.townshipCode == QLatin1String("430581002")) {
            QCOMPARE(line.copies, 200);
            QCOMPARE(line.sessions, 1);
        }
    }
    PublicityFilter county;
    county.townshipCode = QStringLiteral("county");
    QCOMPARE(store.count(county).value(), 1);
    PublicityFilter sessions;
    sessions.kind = PublicityKind::Session;
    sessions.year = 2026;
    QCOMPARE(store.page(sessions, 0, 200)->size(), 2);
}

void TstClinic::auditKeysHaveTitles()
{
    for (const char* key : {"free_clinic.create", "free_clinic.update", "free_clinic.person",
                            "free_clinic.person_remove", "publicity.create", "publicity.update"})
        QVERIFY2(AuditWording::actionTitle(QString::fromLatin1(key)) != QLatin1String(key), key);
    for (const char* key : {"free_clinic", "publicity", "free_clinics", "assistance"})
        QVERIFY2(AuditWording::entityTitle(QString::fromLatin1(key)) != QLatin1String(key), key);
}

void TstClinic::draftWithoutReasonSaves()
{
    // A draft may lack the reason (a visit's follow-up drafts one); only submitting needs it.
    TestDb t;
    ApprovalFixture f(t);
    const qint64 pid = f.person(QStringLiteral("周建国"), 41);
    f.holding(pid, QStringLiteral("war_veteran"));
    ApplicationDraft d = f.draft(ApplicationType::TemporaryAssistance, pid);
    d.requestedAmountFen = 100000;
    ApprovalStore store(t.db());
    auto id = store.create(f.clerk, d);
    QVERIFY2(id, qPrintable(id.error()));
    const Status refused = store.submit(f.clerk, id.value());
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("why assistance")),
             qPrintable(refused.error()));
    d.assistanceReason = QStringLiteral("housing");
    QVERIFY(store.amend(f.clerk, id.value(), d));
    QVERIFY(store.submit(f.clerk, id.value()));
    // Another type stores no reason.
    ApplicationDraft other = f.draft(ApplicationType::Recuperation, pid);
    other.assistanceReason = QStringLiteral("housing");
    auto otherId = store.create(f.clerk, other);
    QVERIFY2(otherId, qPrintable(otherId.error()));
    QCOMPARE(store.byId(otherId.value())->draft.assistanceReason, QString());
}

QTEST_GUILESS_MAIN(TstClinic)
#include "tst_clinic.moc"
