// Reception days (接访日, issue 12): every Wednesday of a month, single days, substitutions
// (who replaced whom), audit entries and permissions, and the month's roster rendered
// (YOUFU_KEEP_PAPERS=dir keeps the PDF).
#include "audit/auditwording.h"
#include "db/database.h"
#include "petition/petitionstore.h"
#include "registry/citizenid.h"
#include "registry/personstore.h"
#include "report/documentrenderer.h"
#include "testdb.h"
#include "visit/receptionrules.h"
#include "visit/receptionstore.h"
#include "visit/symposiumstore.h"
#include "visit/visitpapers.h"
#include "visit/visitstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace youfu::core;
using youfu::test::TestDb;

class TstCampaignReception : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void weekdaysOf_data();
    void weekdaysOf();
    void remark();
    void generateEditSubstitute();
    void permissionsAndAudit();
    void visitAtTheBureauLinksToTheDay();
    void rosterRendered();
    void symposiumSavedAndMinutes();
};

void TstCampaignReception::weekdaysOf_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("weekday");
    QTest::addColumn<QString>("days");
    QTest::newRow("Wednesdays of Dec 2026") << 2026 << 12 << 3 << "2 9 16 23 30";
    QTest::newRow("month starting on the weekday") << 2026 << 7 << 3 << "1 8 15 22 29";
    QTest::newRow("Feb 2026, four Wednesdays") << 2026 << 2 << 3 << "4 11 18 25";
    QTest::newRow("leap February, five Sundays") << 2032 << 2 << 7 << "1 8 15 22 29";
    QTest::newRow("no such weekday") << 2026 << 2 << 8 << "";
}

void TstCampaignReception::weekdaysOf()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, weekday);
    QFETCH(QString, days);
    QStringList got;
    for (const QDate& d : ReceptionRules::weekdaysOf(year, month, weekday))
        got << QString::number(d.day());
    QCOMPARE(got.join(QLatin1Char(' ')), days);
}

void TstCampaignReception::remark()
{
    ReceptionDay d;
    QCOMPARE(ReceptionRules::remark(d), QString());
    d.substituteFor = QStringLiteral("张局长");
    d.note = QStringLiteral("外出开会");
    QCOMPARE(ReceptionRules::remark(d), QStringLiteral("代张局长接访，外出开会"));
    QCOMPARE(ReceptionRules::weekdayTitle(QDate(2026, 12, 2)), QStringLiteral("星期三"));
}

void TstCampaignReception::generateEditSubstitute()
{
    TestDb t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), Role::Clerk, QStringLiteral("王经办"));
    ReceptionStore store(t.db());
    ReceptionDay leader;
    leader.leaderName = QStringLiteral("陈局长");
    leader.place = QStringLiteral("局信访接待室");
    auto n = store.generateMonth(clerk, 2026, 12, 3, leader);
    QVERIFY2(n, qPrintable(n.error()));
    QCOMPARE(n.value(), 5);
    // Again: the days already there are kept.
    QCOMPARE(store.generateMonth(clerk, 2026, 12, 3, leader).value(), 0);
    // One single day changed, one added.
    ReceptionDay extra;
    extra.day = QDate(2026, 12, 4);
    extra.leaderName = QStringLiteral("李副局长");
    QVERIFY(store.setDay(clerk, extra));
    // Substituted twice: the leader first on duty stays named.
    QVERIFY(store.substitute(clerk, QDate(2026, 12, 9), 0, QStringLiteral("刘副局长"),
                             QStringLiteral("外出开会")));
    QVERIFY(store.substitute(clerk, QDate(2026, 12, 9), 0, QStringLiteral("周副局长"),
                             QStringLiteral("刘副局长临时有事")));
    auto d = store.day(QDate(2026, 12, 9));
    QVERIFY(d);
    QCOMPARE(d->leaderName, QStringLiteral("周副局长"));
    QCOMPARE(d->substituteFor, QStringLiteral("陈局长"));
    QVERIFY(
        !store.substitute(clerk, QDate(2026, 12, 10), 0, QStringLiteral("周副局长"), QString()));
    QVERIFY(store.removeDay(clerk, QDate(2026, 12, 30)));
    QVERIFY(!store.removeDay(clerk, QDate(2026, 12, 30)));
    auto month = store.month(2026, 12);
    QVERIFY(month);
    QStringList days;
    for (const ReceptionDay& r : month.value())
        days << QString::number(r.day.day());
    QCOMPARE(days.join(QLatin1Char(' ')), QStringLiteral("2 4 9 16 23"));
}

// A petitioner received at the bureau on a reception day: the visit links to the day, the
// roster counts it; a home visit the same day and a bureau visit on another day do not.
void TstCampaignReception::visitAtTheBureauLinksToTheDay()
{
    TestDb t; // today 2026-11-29
    const Actor clerk = t.addUser(QStringLiteral("clerk"), Role::Clerk, QStringLiteral("王经办"));
    ReceptionDay leader;
    leader.leaderName = QStringLiteral("陈局长");
    QCOMPARE(ReceptionStore(t.db()).generateMonth(clerk, 2026, 11, 3, leader).value(), 4);
    PersonDraft d;
    d.name = QStringLiteral("李建国");
    const QString first17 = QStringLiteral("43058119520314001");
    d.citizenId = first17 + CitizenId::checkCharacter(first17);
    d.townshipCode = QStringLiteral("430581001");
    const auto person = PersonStore(t.db()).add(clerk, d);
    QVERIFY2(person.isOk(), qPrintable(person.error()));
    VisitStore visits(t.db());
    auto record = [&](const QDate& day, VisitForm form) {
        VisitRecord v;
        v.date = day;
        v.form = form;
        v.personIds = {person.id};
        v.visitorNames = {QStringLiteral("张丽")};
        v.demands = QStringLiteral("询问抚恤金调整");
        auto id = visits.recordVisit(clerk, v);
        return id ? visits.visit(id.value())->receptionDayId : qint64(-1);
    };
    const qint64 wednesday = ReceptionStore(t.db()).day(QDate(2026, 11, 25))->id;
    QVERIFY(wednesday > 0);
    QCOMPARE(record(QDate(2026, 11, 25), VisitForm::AtBureau), wednesday);
    QCOMPARE(record(QDate(2026, 11, 25), VisitForm::Home), qint64(0));
    QCOMPARE(record(QDate(2026, 11, 24), VisitForm::AtBureau), qint64(0));
    QCOMPARE(ReceptionStore(t.db()).day(QDate(2026, 11, 25))->received, 1);
    QCOMPARE(ReceptionStore(t.db()).day(QDate(2026, 11, 18))->received, 0);
    // A petitioner received in person that day: the case links to the day too; a letter not.
    auto caseOn = [&](PetitionChannel channel) {
        PetitionCase c;
        c.receivedAt = QDateTime(QDate(2026, 11, 25), QTime(10, 0));
        c.channel = channel;
        c.subject = PetitionSubject::Benefit;
        Petitioner who;
        who.personId = person.id;
        who.name = QStringLiteral("李建国");
        c.petitioners << who;
        c.summary = QStringLiteral("询问抚恤金调整");
        auto id = PetitionStore(t.db()).registerCase(clerk, c);
        return id ? PetitionStore(t.db()).read(id.value())->receptionDayId : qint64(-1);
    };
    QCOMPARE(caseOn(PetitionChannel::Visit), wednesday);
    QCOMPARE(caseOn(PetitionChannel::Letter), qint64(0));
    QCOMPARE(ReceptionStore(t.db()).day(QDate(2026, 11, 25))->received, 2);
}

void TstCampaignReception::permissionsAndAudit()
{
    TestDb t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), Role::Clerk, QStringLiteral("王经办"));
    const Actor auditor =
        t.addUser(QStringLiteral("auditor"), Role::Auditor, QStringLiteral("周审计"));
    ReceptionStore store(t.db());
    ReceptionDay leader;
    leader.leaderName = QStringLiteral("陈局长");
    QVERIFY(!store.generateMonth(auditor, 2026, 12, 3, leader));
    QVERIFY(!store.generateMonth(clerk, 2026, 12, 3, ReceptionDay{})); // no leader named
    QVERIFY(store.generateMonth(clerk, 2026, 12, 3, leader));
    QVERIFY(store.substitute(clerk, QDate(2026, 12, 2), 0, QStringLiteral("刘副局长"), QString()));
    QSqlQuery q(t->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT action FROM audit_log WHERE entity = 'reception_day' "
                                  "ORDER BY id")));
    QStringList actions;
    while (q.next())
        actions << q.value(0).toString();
    QCOMPARE(actions, QStringList({"reception.generate", "reception.substitute"}));
    for (const char* key :
         {"reception.generate", "reception.set", "reception.substitute", "reception.remove"})
        QVERIFY2(AuditWording::actionTitle(QLatin1String(key)) != QLatin1String(key), key);
}

void TstCampaignReception::rosterRendered()
{
    QList<ReceptionDay> days;
    for (const QDate& d : ReceptionRules::weekdaysOf(2026, 12, 3)) {
        ReceptionDay r;
        r.day = d;
        r.leaderName = QStringLiteral("陈国平");
        r.place = QStringLiteral("局信访接待室");
        days << r;
    }
    days[1].leaderName = QStringLiteral("王建华");
    days[1].substituteFor = QStringLiteral("陈国平");
    days[1].note = QStringLiteral("外出开会");
    const OfficialDocument doc = VisitPapers::receptionRoster(QStringLiteral("武冈市民政局"), 2026,
                                                              12, days, QDate(2026, 11, 28));
    QCOMPARE(pageCount(doc), 1);
    QTemporaryDir tmp;
    const QString keep = qEnvironmentVariable("YOUFU_KEEP_PAPERS");
    const QString path = (keep.isEmpty() ? tmp.path() : keep) + QStringLiteral("/reception.pdf");
    const Status s = renderToPdf(doc, path);
    QVERIFY2(s, qPrintable(s.error()));
}

void TstCampaignReception::symposiumSavedAndMinutes()
{
    TestDb t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), Role::Clerk, QStringLiteral("王经办"));
    const Actor auditor =
        t.addUser(QStringLiteral("auditor"), Role::Auditor, QStringLiteral("周审计"));
    Symposium s;
    s.heldOn = QDate(2026, 7, 30);
    s.place = QStringLiteral("局三楼会议室");
    s.kind = SymposiumKind::Bayi;
    s.title = QStringLiteral("2026年八一退役军人代表座谈会");
    s.chair = QStringLiteral("陈国平");
    s.recorder = QStringLiteral("张丽");
    s.attendees = {{0, clerk.userId, QStringLiteral("王经办"), QStringLiteral("优抚科经办人")},
                   {0, 0, QStringLiteral("李老兵"), QStringLiteral("参战退役人员代表")}};
    s.issues = {{QStringLiteral("李老兵"), QStringLiteral("希望提高参战退役人员生活补助。"),
                 QStringLiteral("按上级政策执行，将向上级反映。"), FollowUpKind::ChiefNote,
                 QString()},
                {QString(), QStringLiteral("就医报销手续繁琐。"),
                 QStringLiteral("已协调医保部门。"), FollowUpKind::None, QString()}};
    SymposiumStore store(t.db());
    QVERIFY(!store.save(auditor, s));
    Symposium bad = s;
    bad.place.clear();
    QVERIFY(!store.save(clerk, bad));
    auto id = store.save(clerk, s);
    QVERIFY2(id, qPrintable(id.error()));
    auto back = store.byId(id.value());
    QVERIFY(back);
    QCOMPARE(back->attendees.size(), 2);
    QCOMPARE(back->issues.size(), 2);
    QCOMPARE(back->issues.first().followUp, FollowUpKind::ChiefNote);
    // Saved again with one issue fewer: replaced, not added.
    Symposium changed = back.value();
    changed.issues.removeLast();
    QVERIFY(store.save(clerk, changed));
    QCOMPARE(store.byId(id.value())->issues.size(), 1);
    QCOMPARE(store.ofYear(2026)->size(), 1);
    QCOMPARE(store.ofYear(2025)->size(), 0);
    QVERIFY(AuditWording::actionTitle(QStringLiteral("symposium.save")) !=
            QLatin1String("symposium.save"));

    const OfficialDocument doc =
        VisitPapers::symposiumMinutes(QStringLiteral("武冈市民政局"), s, QDate(2026, 7, 31));
    QCOMPARE(doc.title(), QStringLiteral("2026年八一退役军人代表座谈会纪要"));
    QTemporaryDir tmp;
    const QString keep = qEnvironmentVariable("YOUFU_KEEP_PAPERS");
    const QString path = (keep.isEmpty() ? tmp.path() : keep) + QStringLiteral("/minutes.pdf");
    const Status r = renderToPdf(doc, path);
    QVERIFY2(r, qPrintable(r.error()));
}

QTEST_MAIN(TstCampaignReception)
#include "tst_campaignreception.moc"
