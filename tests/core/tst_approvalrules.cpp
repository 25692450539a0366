// Pure rules of the approval: the state machine, the chain, the duties of signers, numbers.
#include "approval/approvalrules.h"

#include <QTest>

using namespace youfu::core;

Q_DECLARE_METATYPE(ApplicationState)
Q_DECLARE_METATYPE(ApprovalAction)
Q_DECLARE_METATYPE(StepDecision)
Q_DECLARE_METATYPE(Role)
Q_DECLARE_METATYPE(Permission)

namespace {
Actor actor(qint64 id, Roles roles)
{
    Actor a;
    a.userId = id;
    a.login = QStringLiteral("u%1").arg(id);
    a.displayName = a.login;
    a.roles = roles;
    return a;
}

ApprovalStep signed_(qint64 who, Role role, StepDecision d = StepDecision::Approve, int round = 1)
{
    ApprovalStep s;
    s.signerId = who;
    s.role = role;
    s.decision = d;
    s.round = round;
    return s;
}
} // namespace

class TstApprovalRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signingPermission_data();
    void signingPermission();
    void stateMachine_data();
    void stateMachine();
    void everyPairIsDecided();
    void chain_data();
    void chain();
    void chainText();
    void signer_data();
    void signer();
    void opinion_data();
    void opinion();
    void number_data();
    void number();
    void numberFormat_data();
    void numberFormat();
    void daysWaiting();
};

void TstApprovalRules::stateMachine_data()
{
    QTest::addColumn<ApplicationState>("from");
    QTest::addColumn<ApprovalAction>("action");
    QTest::addColumn<int>("step");
    QTest::addColumn<bool>("reported");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<ApplicationState>("to");
    QTest::addColumn<int>("toStep");
    using S = ApplicationState;
    using A = ApprovalAction;
    const int n = 3; // chain length
    Q_UNUSED(n)
    // Draft
    QTest::newRow("draft amend") << S::Draft << A::Amend << 0 << false << true << S::Draft << 0;
    QTest::newRow("draft submit") << S::Draft << A::Submit << 0 << false << true << S::Pending << 1;
    QTest::newRow("draft approve")
        << S::Draft << A::Approve << 0 << false << false << S::Draft << 0;
    QTest::newRow("draft return") << S::Draft << A::Return << 0 << false << false << S::Draft << 0;
    QTest::newRow("draft reject") << S::Draft << A::Reject << 0 << false << false << S::Draft << 0;
    QTest::newRow("draft report") << S::Draft << A::Report << 0 << false << false << S::Draft << 0;
    // Pending at each step
    QTest::newRow("pending amend")
        << S::Pending << A::Amend << 1 << false << false << S::Pending << 1;
    QTest::newRow("pending submit")
        << S::Pending << A::Submit << 1 << false << false << S::Pending << 1;
    QTest::newRow("pending approve 1")
        << S::Pending << A::Approve << 1 << false << true << S::Pending << 2;
    QTest::newRow("pending approve 2")
        << S::Pending << A::Approve << 2 << false << true << S::Pending << 3;
    QTest::newRow("pending approve last")
        << S::Pending << A::Approve << 3 << false << true << S::Approved << 0;
    QTest::newRow("pending approve beyond")
        << S::Pending << A::Approve << 4 << false << false << S::Pending << 4;
    QTest::newRow("pending approve no step")
        << S::Pending << A::Approve << 0 << false << false << S::Pending << 0;
    QTest::newRow("pending return 1")
        << S::Pending << A::Return << 1 << false << true << S::Returned << 0;
    QTest::newRow("pending return 3")
        << S::Pending << A::Return << 3 << false << true << S::Returned << 0;
    QTest::newRow("pending reject 2")
        << S::Pending << A::Reject << 2 << false << true << S::Rejected << 0;
    QTest::newRow("pending report")
        << S::Pending << A::Report << 1 << false << false << S::Pending << 1;
    // Returned
    QTest::newRow("returned amend")
        << S::Returned << A::Amend << 0 << false << true << S::Returned << 0;
    QTest::newRow("returned resubmit")
        << S::Returned << A::Submit << 0 << false << true << S::Pending << 1;
    QTest::newRow("returned approve")
        << S::Returned << A::Approve << 0 << false << false << S::Returned << 0;
    QTest::newRow("returned return")
        << S::Returned << A::Return << 0 << false << false << S::Returned << 0;
    QTest::newRow("returned reject")
        << S::Returned << A::Reject << 0 << false << false << S::Returned << 0;
    QTest::newRow("returned report")
        << S::Returned << A::Report << 0 << false << false << S::Returned << 0;
    // Rejected: final
    for (A a : ApprovalRules::allActions())
        QTest::addRow("rejected %s", qPrintable(ApprovalRules::actionTitle(a)))
            << S::Rejected << a << 0 << false << false << S::Rejected << 0;
    // Approved: only the report, once
    QTest::newRow("approved amend")
        << S::Approved << A::Amend << 0 << false << false << S::Approved << 0;
    QTest::newRow("approved submit")
        << S::Approved << A::Submit << 0 << false << false << S::Approved << 0;
    QTest::newRow("approved approve")
        << S::Approved << A::Approve << 3 << false << false << S::Approved << 0;
    QTest::newRow("approved return")
        << S::Approved << A::Return << 3 << false << false << S::Approved << 0;
    QTest::newRow("approved reject")
        << S::Approved << A::Reject << 3 << false << false << S::Approved << 0;
    QTest::newRow("approved report")
        << S::Approved << A::Report << 0 << false << true << S::Approved << 0;
    QTest::newRow("approved report twice")
        << S::Approved << A::Report << 0 << true << false << S::Approved << 0;
}

void TstApprovalRules::stateMachine()
{
    QFETCH(ApplicationState, from);
    QFETCH(ApprovalAction, action);
    QFETCH(int, step);
    QFETCH(bool, reported);
    QFETCH(bool, allowed);
    QFETCH(ApplicationState, to);
    QFETCH(int, toStep);
    const auto t = ApprovalRules::next(from, action, step, 3, reported);
    QCOMPARE(t.isOk(), allowed);
    if (allowed) {
        QCOMPARE(int(t->state), int(to));
        QCOMPARE(t->step, toStep);
    } else {
        QVERIFY(!t.error().isEmpty());
    }
}

// Every state × action pair has an answer; the only ways out of "pending" are the three
// decisions, and nothing leaves "rejected".
void TstApprovalRules::everyPairIsDecided()
{
    int allowed = 0;
    for (ApplicationState s : ApprovalRules::allStates())
        for (ApprovalAction a : ApprovalRules::allActions())
            for (int step = 0; step <= 4; ++step)
                allowed += ApprovalRules::next(s, a, step, 3).isOk() ? 1 : 0;
    // draft: amend+submit at 5 steps each (10); pending: approve/return/reject at steps 1–3 (9);
    // returned: 10; approved: report at 5 steps (5).
    QCOMPARE(allowed, 34);
    QVERIFY(!ApprovalRules::next(ApplicationState::Draft, ApprovalAction::Submit, 0, 0));
}

void TstApprovalRules::chain_data()
{
    QTest::addColumn<QString>("chain");
    QTest::addColumn<bool>("valid");
    QTest::newRow("default") << "section_chief,inspector,director" << true;
    QTest::newRow("without chief") << "inspector,director" << true;
    QTest::newRow("inspector after chief reversed") << "inspector,section_chief,director" << true;
    QTest::newRow("no inspector") << "section_chief,director" << false;
    QTest::newRow("no director") << "section_chief,inspector" << false;
    QTest::newRow("director not last") << "director,inspector" << false;
    QTest::newRow("twice") << "inspector,inspector,director" << false;
    QTest::newRow("clerk signs") << "clerk,inspector,director" << false;
    QTest::newRow("admin signs") << "admin,inspector,director" << false;
    QTest::newRow("empty") << "" << false;
}

void TstApprovalRules::chain()
{
    QFETCH(QString, chain);
    QFETCH(bool, valid);
    QCOMPARE(ApprovalRules::checkChain(ApprovalRules::chainFromText(chain)).isOk(), valid);
}

void TstApprovalRules::chainText()
{
    QCOMPARE(ApprovalRules::chainToText(ApprovalRules::defaultChain()),
             QStringLiteral("section_chief,inspector,director"));
    QVERIFY(ApprovalRules::chainFromText(QStringLiteral("inspector,nobody")).isEmpty());
}

void TstApprovalRules::signer_data()
{
    QTest::addColumn<qint64>("who");
    QTest::addColumn<int>("roles");
    QTest::addColumn<int>("stepRole");
    QTest::addColumn<QList<qint64>>("drafters");
    QTest::addColumn<QList<ApprovalStep>>("history");
    QTest::addColumn<bool>("allowed");
    const int chief = int(Role::SectionChief), insp = int(Role::Inspector),
              dir = int(Role::Director);
    const QList<qint64> d1{1};
    QTest::newRow("chief signs review")
        << qint64(2) << chief << chief << d1 << QList<ApprovalStep>{} << true;
    QTest::newRow("wrong role") << qint64(3) << insp << chief << d1 << QList<ApprovalStep>{}
                                << false;
    QTest::newRow("director on inspector step")
        << qint64(4) << dir << insp << d1 << QList<ApprovalStep>{} << false;
    QTest::newRow("drafter with chief role")
        << qint64(1) << (chief | int(Role::Clerk)) << chief << d1 << QList<ApprovalStep>{} << false;
    QTest::newRow("amender cannot sign")
        << qint64(5) << chief << chief << QList<qint64>{1, 5} << QList<ApprovalStep>{} << false;
    QTest::newRow("two steps") << qint64(6) << (chief | insp) << insp << d1
                               << QList<ApprovalStep>{signed_(6, Role::SectionChief)} << false;
    QTest::newRow("two steps, earlier round")
        << qint64(6) << (chief | insp) << insp << d1
        << QList<ApprovalStep>{signed_(6, Role::SectionChief, StepDecision::Return, 1)} << false;
    QTest::newRow("same step again next round")
        << qint64(2) << chief << chief << d1
        << QList<ApprovalStep>{signed_(2, Role::SectionChief, StepDecision::Return, 1)} << true;
    QTest::newRow("others signed")
        << qint64(4) << dir << dir << d1
        << QList<ApprovalStep>{signed_(2, Role::SectionChief), signed_(3, Role::Inspector)} << true;
    QTest::newRow("nobody") << qint64(0) << dir << dir << d1 << QList<ApprovalStep>{} << false;
}

void TstApprovalRules::signer()
{
    QFETCH(qint64, who);
    QFETCH(int, roles);
    QFETCH(int, stepRole);
    QFETCH(QList<qint64>, drafters);
    QFETCH(QList<ApprovalStep>, history);
    QFETCH(bool, allowed);
    Actor a = actor(who, Roles(roles));
    if (who == 0)
        a.login.clear();
    const Status s = ApprovalRules::checkSigner(a, Role(stepRole), drafters, history);
    QCOMPARE(s.isOk(), allowed);
    QCOMPARE(s.error().isEmpty(), allowed);
}

void TstApprovalRules::opinion_data()
{
    QTest::addColumn<StepDecision>("decision");
    QTest::addColumn<QString>("opinion");
    QTest::addColumn<bool>("ok");
    QTest::newRow("approve silent") << StepDecision::Approve << "" << true;
    QTest::newRow("return silent") << StepDecision::Return << "  " << false;
    QTest::newRow("return said") << StepDecision::Return << "补充伤残证明" << true;
    QTest::newRow("reject silent") << StepDecision::Reject << "" << false;
    QTest::newRow("reject said") << StepDecision::Reject << "不符合条件" << true;
}

void TstApprovalRules::opinion()
{
    QFETCH(StepDecision, decision);
    QFETCH(QString, opinion);
    QFETCH(bool, ok);
    QCOMPARE(ApprovalRules::checkOpinion(decision, opinion).isOk(), ok);
}

void TstApprovalRules::number_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("seq");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default") << ApprovalRules::defaultNumberFormat() << 2026 << 1
                             << "武民优审〔2026〕0001号";
    QTest::newRow("default big") << ApprovalRules::defaultNumberFormat() << 2026 << 12345
                                 << "武民优审〔2026〕12345号";
    QTest::newRow("plain seq") << "优审{year}-{seq}" << 2027 << 7 << "优审2027-7";
    QTest::newRow("width 3") << "{year}第{seq:03}号" << 2026 << 42 << "2026第042号";
}

void TstApprovalRules::number()
{
    QFETCH(QString, pattern);
    QFETCH(int, year);
    QFETCH(int, seq);
    QFETCH(QString, expected);
    QCOMPARE(ApprovalRules::formatNumber(pattern, year, seq), expected);
}

void TstApprovalRules::numberFormat_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("ok");
    QTest::newRow("default") << ApprovalRules::defaultNumberFormat() << true;
    QTest::newRow("no seq") << "武民优审〔{year}〕号" << false;
    QTest::newRow("no year") << "武民优审{seq:04}号" << false;
}

void TstApprovalRules::numberFormat()
{
    QFETCH(QString, pattern);
    QFETCH(bool, ok);
    QCOMPARE(ApprovalRules::checkNumberFormat(pattern).isOk(), ok);
}

void TstApprovalRules::daysWaiting()
{
    const QDateTime t0(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    QCOMPARE(ApprovalRules::daysWaiting(t0, t0.addSecs(3600)), 0);
    QCOMPARE(ApprovalRules::daysWaiting(t0, t0.addDays(3)), 3);
    QCOMPARE(ApprovalRules::daysWaiting(t0, t0.addDays(-1)), 0);
}

void TstApprovalRules::signingPermission_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Permission>("permission");
    QTest::newRow("section chief reviews") << Role::SectionChief << Permission::ReviewApplication;
    QTest::newRow("inspector countersigns")
        << Role::Inspector << Permission::CountersignApplication;
    QTest::newRow("director approves") << Role::Director << Permission::ApproveApplication;
}

void TstApprovalRules::signingPermission()
{
    QFETCH(Role, role);
    QFETCH(Permission, permission);
    QCOMPARE(ApprovalRules::signingPermission(role), permission);
}

QTEST_GUILESS_MAIN(TstApprovalRules)
#include "tst_approvalrules.moc"
