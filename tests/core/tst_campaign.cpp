// Festival campaigns through the store (issue 12): the list made from the registry, amounts to the
// fen (the highest of the categories held), the duty chain, the list frozen once approved (in the
// store and in the database), deliveries, audit entries and permissions.
#include "approvalfixture.h"
#include "audit/auditwording.h"
#include "db/database.h"
#include "io/listexports.h"
#include "registry/personstore.h"
#include "visit/campaignrules.h"
#include "visit/campaignstore.h"
#include "visit/festivaldemo.h"
#include <QFile>

#include <QSqlQuery>
#include <QTest>

using namespace youfu::core;
using youfu::test::ApprovalFixture;
using youfu::test::TestDb;

namespace {

const QString kDisabled = QStringLiteral("disabled_serviceman");
const QString kWar = QStringLiteral("war_veteran");
const QString kSick = QStringLiteral("sick_returned_veteran");

// The amounts of the test: odd fen, so a sum that drops or rounds anything shows.
void addAmounts(ApprovalFixture& f, Festival festival = Festival::Bayi)
{
    CampaignStore store(f.db.db());
    const QList<QPair<QString, qint64>> table = {
        {kDisabled, 80'033}, {kWar, 50'001}, {kSick, 30'007}};
    for (const auto& [code, fen] : table) {
        FestivalAmount a;
        a.festival = festival;
        a.categoryCode = code;
        a.amountFen = fen;
        a.effectiveFrom = QDate(2020, 1, 1);
        a.basisNumber = QStringLiteral("武民发〔2020〕8号");
        a.basisTitle = QStringLiteral("关于走访慰问优抚对象的通知");
        auto r = store.addAmount(f.chief, a);
        if (!r)
            QFAIL(qPrintable(r.error()));
    }
}

CampaignDraft bayi(int year = 2025)
{
    CampaignDraft d;
    d.festival = Festival::Bayi;
    d.year = year;
    d.categoryCodes = {kDisabled, kWar, kSick};
    return d;
}

int auditCount(TestDb& t, const QString& action)
{
    QSqlQuery q(t->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
    q.addBindValue(action);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

qint64 approvedCampaign(ApprovalFixture& f)
{
    CampaignStore store(f.db.db());
    auto id = store.draft(f.clerk, bayi());
    if (!id)
        return 0;
    if (!store.submit(f.clerk, id.value()))
        return 0;
    for (const Actor* a : {&f.chief, &f.inspector, &f.director})
        if (!store.sign(*a, id.value(), StepDecision::Approve, QString()))
            return 0;
    return id.value();
}

} // namespace

class TstCampaign : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void totalsToTheFen();
    void highestAmountNotTheSum();
    void onlyActivePersonsAndChosenTownships();
    void refusedWithoutAmount();
    void dutyChainAndFrozen();
    void frozenInTheDatabase();
    void returnedRemadeResubmitted();
    void deliveries();
    void permissions();
    void auditEntries();
    void exportXlsx();
    void demo();
};

void TstCampaign::totalsToTheFen()
{
    TestDb t;
    ApprovalFixture f(t);
    addAmounts(f);
    // 90 persons in two townships with mixed categories.
    qint64 expected = 0;
    QHash<QString, qint64> perTownship;
    for (int i = 0; i < 90; ++i) {
        const bool urban = i % 3 == 0;
        const QString surnames = QStringLiteral("赵钱孙李周吴郑王冯陈");
        const QString given = QStringLiteral("一二三四五六七八九");
        const QString name = QString(surnames.at(i % 10)) + given.at(i / 10);
        const qint64 pid = f.person(name, 2 * i + 1, urban);
        qint64 fen = 0;
        if (i % 2 == 0) {
            f.holding(pid, kWar);
            fen = 50'001;
        }
        if (i % 5 == 0) {
            f.holding(pid, kDisabled, 5, QStringLiteral("因战"));
            fen = 80'033;
        }
        if (fen == 0) {
            f.holding(pid, kSick);
            fen = 30'007;
        }
        expected += fen;
        perTownship[urban ? QStringLiteral("430581001") : QStringLiteral("430581002")] += fen;
    }
    QVERIFY(f.ok);
    CampaignStore store(t.db());
    auto id = store.draft(f.clerk, bayi());
    QVERIFY2(id, qPrintable(id.error()));
    auto c = store.byId(id.value());
    QVERIFY(c);
    QCOMPARE(c->persons, 90);
    QCOMPARE(c->totalFen, expected);
    auto lines = store.lines(id.value());
    QVERIFY(lines);
    QCOMPARE(CampaignRules::total(lines.value()), expected);
    const auto totals = CampaignRules::townshipTotals(lines.value());
    QCOMPARE(totals.size(), 2);
    QCOMPARE(totals.at(0).townshipCode, QStringLiteral("430581001")); // township order
    for (const TownshipTotal& tt : totals) {
        QCOMPARE(tt.totalFen, perTownship.value(tt.townshipCode));
        auto one = store.lines(id.value(), tt.townshipCode);
        QVERIFY(one);
        QCOMPARE(CampaignRules::total(one.value()), tt.totalFen);
    }
    QVERIFY(lines->first().maskedCitizenId.contains(QLatin1Char('*')));
}

void TstCampaign::highestAmountNotTheSum()
{
    TestDb t;
    ApprovalFixture f(t);
    addAmounts(f);
    const qint64 pid = f.person(QStringLiteral("张三"), 11);
    f.holding(pid, kWar);
    f.holding(pid, kDisabled, 3, QStringLiteral("因战"));
    QVERIFY(f.ok);
    CampaignStore store(t.db());
    auto id = store.draft(f.clerk, bayi());
    QVERIFY2(id, qPrintable(id.error()));
    auto lines = store.lines(id.value());
    QVERIFY(lines);
    QCOMPARE(lines->size(), 1);
    QCOMPARE(lines->first().amountFen, qint64(80'033));
    QCOMPARE(lines->first().amountCategory, kDisabled);
    QCOMPARE(lines->first().categoriesText, QStringLiteral("残疾军人、参战退役人员"));
}

void TstCampaign::onlyActivePersonsAndChosenTownships()
{
    TestDb t;
    ApprovalFixture f(t);
    addAmounts(f);
    const qint64 urban = f.person(QStringLiteral("城一"), 11, true);
    const qint64 rural = f.person(QStringLiteral("乡一"), 13, false);
    const qint64 dead = f.person(QStringLiteral("故一"), 15, false);
    for (qint64 p : {urban, rural, dead})
        f.holding(p, kWar);
    QVERIFY(f.ok);
    QVERIFY(PersonStore(t.db()).changeStatus(f.clerk, dead, PersonStatus::Deceased,
                                             QDate(2024, 5, 1), QStringLiteral("病故")));
    CampaignStore store(t.db());
    CampaignDraft d = bayi();
    d.townshipCodes = {QStringLiteral("430581002")};
    auto id = store.draft(f.clerk, d);
    QVERIFY2(id, qPrintable(id.error()));
    auto lines = store.lines(id.value());
    QVERIFY(lines);
    QCOMPARE(lines->size(), 1);
    QCOMPARE(lines->first().personId, rural);
}

void TstCampaign::refusedWithoutAmount()
{
    TestDb t;
    ApprovalFixture f(t);
    addAmounts(f, Festival::Spring); // amounts of the other festival only
    CampaignStore store(t.db());
    auto id = store.draft(f.clerk, bayi());
    QVERIFY(!id);
    QVERIFY2(id.error().contains(QStringLiteral("参战退役人员")), qPrintable(id.error()));
}

void TstCampaign::dutyChainAndFrozen()
{
    TestDb t;
    ApprovalFixture f(t);
    addAmounts(f);
    f.holding(f.person(QStringLiteral("张三"), 11), kWar);
    CampaignStore store(t.db());
    auto id = store.draft(f.clerk, bayi());
    QVERIFY2(id, qPrintable(id.error()));
    QVERIFY(store.submit(f.clerk, id.value()));
    // Out of turn: the director may not sign the chief's step; the clerk signs nothing.
    QVERIFY(!store.sign(f.director, id.value(), StepDecision::Approve, QString()));
    QVERIFY(!store.sign(f.clerk, id.value(), StepDecision::Approve, QString()));
    QVERIFY(store.sign(f.chief, id.value(), StepDecision::Approve, QString()));
    QVERIFY(store.sign(f.inspector, id.value(), StepDecision::Approve, QString()));
    auto mid = store.byId(id.value());
    QCOMPARE(mid->state, ApplicationState::Pending);
    QCOMPARE(mid->waitingRole(), Role::Director);
    QVERIFY(store.sign(f.director, id.value(), StepDecision::Approve, QString()));
    auto c = store.byId(id.value());
    QCOMPARE(c->state, ApplicationState::Approved);
    QVERIFY(c->frozen());
    QCOMPARE(c->steps.size(), 4);
    // Frozen: no remake, no new submission, no further signature.
    const Status remade = store.remake(f.clerk, id.value(), bayi());
    QVERIFY(!remade);
    QVERIFY(!store.submit(f.clerk, id.value()));
    QVERIFY(!store.sign(f.director, id.value(), StepDecision::Reject, QStringLiteral("x")));
    QCOMPARE(store.byId(id.value())->totalFen, qint64(50'001));
}

void TstCampaign::frozenInTheDatabase()
{
    TestDb t;
    ApprovalFixture f(t);
    addAmounts(f);
    f.holding(f.person(QStringLiteral("张三"), 11), kWar);
    const qint64 other = f.person(QStringLiteral("李四"), 13);
    f.holding(other, kWar);
    const qint64 id = approvedCampaign(f);
    QVERIFY(id > 0);
    QSqlQuery q(t->connection());
    QVERIFY(!q.exec(
        QStringLiteral("UPDATE campaign_lines SET amount_fen = 1 WHERE campaign_id = %1").arg(id)));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM campaign_lines WHERE campaign_id = %1").arg(id)));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO campaign_lines (campaign_id, person_id, "
                                   "person_name, township_code, township_name, categories_text, "
                                   "amount_category, amount_fen) VALUES (%1, %2, 'x', "
                                   "'430581002', 'x', 'x', 'war_veteran', 5)")
                        .arg(id)
                        .arg(other)));
    QCOMPARE(CampaignStore(t.db()).byId(id)->totalFen, qint64(100'002));
}

void TstCampaign::returnedRemadeResubmitted()
{
    TestDb t;
    ApprovalFixture f(t);
    addAmounts(f);
    f.holding(f.person(QStringLiteral("张三"), 11), kWar);
    CampaignStore store(t.db());
    auto id = store.draft(f.clerk, bayi());
    QVERIFY(id);
    QVERIFY(store.submit(f.clerk, id.value()));
    QVERIFY(!store.remake(f.clerk, id.value(), bayi())); // frozen while in approval too
    QVERIFY(!store.sign(f.chief, id.value(), StepDecision::Return, QString())); // opinion needed
    QVERIFY(store.sign(f.chief, id.value(), StepDecision::Return, QStringLiteral("漏了带病回乡")));
    f.holding(f.person(QStringLiteral("王五"), 13), kSick);
    QVERIFY(store.remake(f.clerk, id.value(), bayi()));
    auto c = store.byId(id.value());
    QCOMPARE(c->persons, 2);
    QCOMPARE(c->totalFen, qint64(80'008));
    QVERIFY(store.submit(f.clerk, id.value()));
    QCOMPARE(store.byId(id.value())->round, 2);
    QCOMPARE(auditCount(t, QStringLiteral("campaign.resubmit")), 1);
}

void TstCampaign::deliveries()
{
    TestDb t;
    ApprovalFixture f(t);
    addAmounts(f);
    f.holding(f.person(QStringLiteral("张三"), 11), kWar);
    f.holding(f.person(QStringLiteral("李四"), 13), kWar);
    CampaignStore store(t.db());
    auto draftId = store.draft(f.clerk, bayi(2024));
    QVERIFY(draftId);
    auto draftLines = store.lines(draftId.value());
    // Not before approval.
    QVERIFY(!store.recordDelivery(f.clerk, draftLines->first().id, Delivery::Delivered,
                                  QDate(2024, 7, 30), QString()));
    const qint64 id = approvedCampaign(f);
    QVERIFY(id > 0);
    auto lines = store.lines(id);
    QVERIFY(lines);
    QCOMPARE(lines->size(), 2);
    QVERIFY(store.recordDelivery(f.clerk, lines->at(0).id, Delivery::Delivered, QDate(2025, 7, 30),
                                 QString()));
    QVERIFY(!store.recordDelivery(f.clerk, lines->at(1).id, Delivery::NotDelivered, QDate(),
                                  QStringLiteral(" ")));
    QVERIFY(store.recordDelivery(f.clerk, lines->at(1).id, Delivery::NotDelivered, QDate(),
                                 QStringLiteral("外出务工，联系不上")));
    auto c = store.byId(id);
    QCOMPARE(c->delivered, 1);
    QCOMPARE(c->notDelivered, 1);
    QCOMPARE(c->totalFen, qint64(100'002)); // the list itself unchanged
    auto l = store.line(lines->at(1).id);
    QCOMPARE(l->delivery, Delivery::NotDelivered);
    QCOMPARE(l->deliveryNote, QStringLiteral("外出务工，联系不上"));
}

void TstCampaign::permissions()
{
    TestDb t;
    ApprovalFixture f(t);
    CampaignStore store(t.db());
    FestivalAmount a;
    a.categoryCode = kWar;
    a.amountFen = 100;
    a.effectiveFrom = QDate(2020, 1, 1);
    a.basisNumber = QStringLiteral("1号");
    a.basisTitle = QStringLiteral("通知");
    QVERIFY(!store.addAmount(f.clerk, a)); // the section chief keeps the table
    QVERIFY(!store.addAmount(f.director, a));
    QVERIFY(store.addAmount(f.chief, a));
    a.basisNumber.clear();
    QVERIFY(!store.addAmount(f.chief, a)); // no amount without its basis
    f.holding(f.person(QStringLiteral("张三"), 11), kWar);
    CampaignDraft d = bayi();
    d.categoryCodes = {kWar};
    QVERIFY(!store.draft(f.inspector, d));
    QVERIFY(!store.draft(f.director, d));
    // The chief may draft, but then signs no step of it.
    auto id = store.draft(f.chief, d);
    QVERIFY2(id, qPrintable(id.error()));
    QVERIFY(store.submit(f.chief, id.value()));
    const Status s = store.sign(f.chief, id.value(), StepDecision::Approve, QString());
    QVERIFY(!s);
    QVERIFY(!store.draft(f.clerk, d)); // one campaign per festival and year
}

void TstCampaign::auditEntries()
{
    TestDb t;
    ApprovalFixture f(t);
    addAmounts(f);
    f.holding(f.person(QStringLiteral("张三"), 11), kWar);
    const qint64 id = approvedCampaign(f);
    QVERIFY(id > 0);
    auto lines = CampaignStore(t.db()).lines(id);
    QVERIFY(CampaignStore(t.db()).recordDelivery(f.clerk, lines->first().id, Delivery::Delivered,
                                                 QDate(2025, 7, 31), QString()));
    QCOMPARE(auditCount(t, QStringLiteral("campaign.amount_add")), 3);
    QCOMPARE(auditCount(t, QStringLiteral("campaign.draft")), 1);
    QCOMPARE(auditCount(t, QStringLiteral("campaign.submit")), 1);
    QCOMPARE(auditCount(t, QStringLiteral("campaign.approve")), 3);
    QCOMPARE(auditCount(t, QStringLiteral("campaign.delivery")), 1);
    for (const char* key : {"campaign.amount_add", "campaign.draft", "campaign.remake",
                            "campaign.submit", "campaign.resubmit", "campaign.approve",
                            "campaign.return", "campaign.reject", "campaign.delivery"})
        QVERIFY2(AuditWording::actionTitle(QLatin1String(key)) != QLatin1String(key), key);
    QSqlQuery q(t->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT after_json FROM audit_log WHERE action = "
                                  "'campaign.approve' ORDER BY id DESC LIMIT 1")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toString().contains(QStringLiteral("\"approved\"")));
    QVERIFY(q.value(0).toString().contains(QStringLiteral("500.01")));
}

void TstCampaign::exportXlsx()
{
    TestDb t;
    ApprovalFixture f(t);
    addAmounts(f);
    f.holding(f.person(QStringLiteral("张三"), 11), kWar);
    f.holding(f.person(QStringLiteral("李四"), 13, true), kSick);
    const qint64 id = approvedCampaign(f);
    QVERIFY(id > 0);
    ListExportRequest req;
    req.list = ExportList::Campaign;
    req.campaignId = id;
    QVERIFY(!mayExportFullIds(f.director, ExportList::Campaign));
    const QString path = t.dir() + QStringLiteral("/campaign.xlsx");
    auto rows = exportList(t.db(), f.clerk, req, path, ExportOptions());
    QVERIFY2(rows, qPrintable(rows.error()));
    QCOMPARE(rows.value(), qint64(2));
    QVERIFY(QFile::exists(path));
    QCOMPARE(exportListFromKey(QStringLiteral("campaign")).value(), ExportList::Campaign);
    QSqlQuery q(t->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT entity, after_json FROM audit_log WHERE action = "
                                  "'list.export'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("campaign"));
    QVERIFY(q.value(1).toString().contains(QStringLiteral("masked")));
    QVERIFY(!q.next()); // one entry per export
}

void TstCampaign::demo()
{
    TestDb t;
    ApprovalFixture f(t);
    for (int i = 0; i < 20; ++i)
        f.holding(
            f.person(QString(QStringLiteral("赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许").at(i)) +
                         QStringLiteral("国庆"),
                     2 * i + 1, i % 2 == 0),
            i % 3 ? kWar : kSick);
    QVERIFY(f.ok);
    auto r = FestivalDemo::generate(t.db(), f.clerk, f.chief, f.inspector, f.director);
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r->campaigns, 2);
    QCOMPARE(r->lines, 40);
    QCOMPARE(r->delivered + r->notDelivered, 40);
    QVERIFY(r->notDelivered > 0);
    QVERIFY(r->receptionDays >= 4);
    QCOMPARE(r->symposiums, 2);
    auto all = CampaignStore(t.db()).all();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    for (const Campaign& c : all.value()) {
        QVERIFY(c.frozen());
        QCOMPARE(c.year, t.db().clock().today().year() - 1);
    }
}

QTEST_GUILESS_MAIN(TstCampaign)
#include "tst_campaign.moc"
