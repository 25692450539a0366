// What a visit opens (issue 12 with issue 13): a letters-and-visits case or a temporary-assistance
// draft, saved with the visit in one transaction and linked both ways; refused as a whole when the
// actor may not open it.
#include "testdb.h"

#include "approval/approvalstore.h"
#include "audit/auditlog.h"
#include "petition/petitionstore.h"
#include "registry/citizenid.h"
#include "registry/personstore.h"
#include "security/role.h"
#include "visit/visitfollowup.h"
#include "visit/visitstore.h"

#include <QSqlQuery>
#include <QtTest>

using namespace youfu;
using namespace youfu::core;

namespace {
// Today in a TestDb is 2026-11-29.
qint64 addPerson(test::TestDb& t, const Actor& clerk, const QString& name, int seq)
{
    const QString first17 = QStringLiteral("43058119520314%1").arg(seq, 3, 10, QLatin1Char('0'));
    PersonDraft d;
    d.name = name;
    d.citizenId = first17 + CitizenId::checkCharacter(first17);
    d.townshipCode = QStringLiteral("430581001");
    auto r = PersonStore(t.db()).add(clerk, d);
    if (!r)
        qWarning("%s", qPrintable(r.error()));
    return r.id;
}

VisitRecord visitOf(const QList<qint64>& persons, FollowUpKind kind)
{
    VisitRecord v;
    v.date = QDate(2026, 11, 27);
    v.form = VisitForm::Home;
    v.personIds = persons;
    v.visitorNames = {QStringLiteral("张丽")};
    v.demands = QStringLiteral("反映伤残抚恤金未按新标准发放");
    v.difficulties = QStringLiteral("老伴住院，医药费负担重");
    v.followUp = kind;
    return v;
}

int rows(test::TestDb& t, const QString& table)
{
    QSqlQuery q(t->connection());
    q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TestVisitFollowUp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void caseOpenedAndLinkedBothWays();
    void assistanceDraftLinkedBothWays();
    void refusedAsAWhole();
};

void TestVisitFollowUp::caseOpenedAndLinkedBothWays()
{
    test::TestDb t;
    const Actor clerk = t.addUser("zhangli", Role::Clerk, QStringLiteral("张丽"));
    const qint64 a = addPerson(t, clerk, QStringLiteral("李建国"), 1);
    const qint64 b = addPerson(t, clerk, QStringLiteral("王秀英"), 2);
    const qint64 audits = AuditLog(t.db()).count();
    VisitFollowUp followUp(t.db());
    auto visitId = followUp.record(clerk, visitOf({a, b}, FollowUpKind::PetitionCase),
                                   PetitionSubject::Benefit);
    QVERIFY2(visitId, qPrintable(visitId.error()));
    QCOMPARE(AuditLog(t.db()).count(), audits + 2); // visit.record and petition.register
    auto caseId = PetitionStore(t.db()).caseOfVisit(visitId.value());
    QVERIFY2(caseId, qPrintable(caseId.error()));
    QVERIFY(caseId.value() > 0);
    auto c = PetitionStore(t.db()).read(caseId.value());
    QVERIFY2(c, qPrintable(c.error()));
    QCOMPARE(c->visitId, visitId.value());
    QCOMPARE(c->subject, PetitionSubject::Benefit);
    QCOMPARE(c->channel, PetitionChannel::Visit);
    QCOMPARE(c->petitioners.size(), 2);
    QCOMPARE(c->petitioners.first().personId, a);
    QCOMPARE(c->townshipCode, QStringLiteral("430581001"));
    QCOMPARE(c->demands, QStringLiteral("反映伤残抚恤金未按新标准发放"));
    QCOMPARE(c->receivedAt.date(), QDate(2026, 11, 27));
    auto v = VisitStore(t.db()).visit(visitId.value());
    QVERIFY(v);
    auto link = followUp.linkOf(v.value());
    QVERIFY2(link, qPrintable(link.error()));
    QCOMPARE(link->kind, FollowUpKind::PetitionCase);
    QCOMPARE(link->id, caseId.value());
    QVERIFY(link->title.contains(c->number));
}

void TestVisitFollowUp::assistanceDraftLinkedBothWays()
{
    test::TestDb t;
    const Actor clerk = t.addUser("zhangli", Role::Clerk, QStringLiteral("张丽"));
    const qint64 a = addPerson(t, clerk, QStringLiteral("李建国"), 1);
    VisitFollowUp followUp(t.db());
    auto visitId = followUp.record(clerk, visitOf({a}, FollowUpKind::AssistanceDraft));
    QVERIFY2(visitId, qPrintable(visitId.error()));
    auto v = VisitStore(t.db()).visit(visitId.value());
    QVERIFY(v);
    QVERIFY(v->followUpId > 0);
    auto app = ApprovalStore(t.db()).byId(v->followUpId);
    QVERIFY2(app, qPrintable(app.error()));
    QCOMPARE(app->draft.type, ApplicationType::TemporaryAssistance);
    QCOMPARE(app->draft.personId, a);
    QCOMPARE(app->state, ApplicationState::Draft);
    QCOMPARE(app->draft.facts, QStringLiteral("老伴住院，医药费负担重"));
    QCOMPARE(followUp.visitOfApplication(app->id).value(), visitId.value());
    auto link = followUp.linkOf(v.value());
    QVERIFY(link);
    QCOMPARE(link->id, app->id);
}

void TestVisitFollowUp::refusedAsAWhole()
{
    test::TestDb t;
    const Actor clerk = t.addUser("zhangli", Role::Clerk, QStringLiteral("张丽"));
    const Actor chief = t.addUser("wangke", Role::SectionChief, QStringLiteral("王科长"));
    const qint64 a = addPerson(t, clerk, QStringLiteral("李建国"), 1);
    const int visitsBefore = rows(t, QStringLiteral("visits"));
    const qint64 audits = AuditLog(t.db()).count();
    // The section chief records visits but does not draft applications: nothing is saved.
    auto refused = VisitFollowUp(t.db()).record(chief, visitOf({a}, FollowUpKind::AssistanceDraft));
    QVERIFY(!refused);
    QVERIFY(!refused.error().isEmpty());
    QCOMPARE(rows(t, QStringLiteral("visits")), visitsBefore);
    QCOMPARE(rows(t, QStringLiteral("applications")), 0);
    QCOMPARE(AuditLog(t.db()).count(), audits);
    // A case that cannot be registered (no person met) leaves no visit behind either.
    auto none = VisitFollowUp(t.db()).record(clerk, visitOf({}, FollowUpKind::PetitionCase));
    QVERIFY(!none);
    QCOMPARE(rows(t, QStringLiteral("visits")), visitsBefore);
    QCOMPARE(rows(t, QStringLiteral("petition_cases")), 0);
}

QTEST_GUILESS_MAIN(TestVisitFollowUp)
#include "tst_visitfollowup.moc"
