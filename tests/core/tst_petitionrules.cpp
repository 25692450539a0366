// Pure rules of letters and visits (issue 13): the statutory clock of 《信访工作条例》, the badge,
// the group flag, the on-time tests, every check of a case's way, titles and database keys.
#include "petition/petitionrules.h"

#include <QTest>

using namespace youfu::core;

Q_DECLARE_METATYPE(CaseStatus)
Q_DECLARE_METATYPE(ClockKind)
Q_DECLARE_METATYPE(DeadlineBadge)
Q_DECLARE_METATYPE(AcceptDecision)

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// Received at 09:30 office time on `iso`.
QDateTime receivedAt(const char* iso)
{
    return QDateTime(day(iso), QTime(9, 30));
}

// A registered case that passes checkRegistration on 2026-03-10.
PetitionCase registered()
{
    PetitionCase c;
    c.number = QStringLiteral("武优信〔2026〕0001号");
    c.receivedAt = receivedAt("2026-03-02");
    c.channel = PetitionChannel::Visit;
    c.subject = PetitionSubject::Benefit;
    Petitioner p;
    p.name = QStringLiteral("张三");
    c.petitioners << p;
    c.status = CaseStatus::Registered;
    return c;
}

PetitionCase accepted()
{
    PetitionCase c = registered();
    c.status = CaseStatus::Accepted;
    c.decidedOn = day("2026-03-05");
    c.responsibleName = QStringLiteral("李专干");
    return c;
}

PetitionCase answered()
{
    PetitionCase c = accepted();
    c.status = CaseStatus::Answered;
    c.answeredOn = day("2026-04-01");
    c.result = AnswerResult::Explained;
    c.answerText = QStringLiteral("经核查，……");
    return c;
}

void checkColumns()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("problems");
    QTest::addColumn<QString>("words");
}

void row(const char* change, int problems, const char* words)
{
    QTest::newRow(change) << QString::fromLatin1(change) << problems << QString::fromUtf8(words);
}

void expect(const QStringList& got, int problems, const QString& words)
{
    QCOMPARE(got.size(), problems);
    if (problems > 0)
        QVERIFY2(got.join(QLatin1Char('|')).contains(words, Qt::CaseInsensitive),
                 qPrintable(got.join(QLatin1Char('|'))));
}

} // namespace

class TestPetitionRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptanceDeadline_data();
    void acceptanceDeadline();
    void answerDeadline_data();
    void answerDeadline();
    void reviewDeadlines_data();
    void reviewDeadlines();
    void clockOfCase_data();
    void clockOfCase();
    void receivedOnIsTheOfficeDay();
    void badge_data();
    void badge();
    void group_data();
    void group();
    void onTime_data();
    void onTime();
    void registration_data();
    void registration();
    void decision_data();
    void decision();
    void extension_data();
    void extension();
    void answer_data();
    void answer();
    void returnVisit_data();
    void returnVisit();
    void close_data();
    void close();
    void reviewRequest_data();
    void reviewRequest();
    void keysRoundTrip();
    void unknownKeysFail();
    void titles();
    void numberFormat();
};

void TestPetitionRules::acceptanceDeadline_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QDate>("deadline");
    QTest::newRow("plain") << day("2026-03-02") << day("2026-03-17");
    QTest::newRow("month end") << day("2026-01-31") << day("2026-02-15");
    QTest::newRow("year end") << day("2026-12-20") << day("2027-01-04");
    QTest::newRow("leap day") << day("2028-02-29") << day("2028-03-15");
    QTest::newRow("over leap day") << day("2028-02-20") << day("2028-03-06");
    QTest::newRow("invalid") << QDate() << QDate();
}

void TestPetitionRules::acceptanceDeadline()
{
    QFETCH(QDate, received);
    QFETCH(QDate, deadline);
    QCOMPARE(PetitionRules::acceptanceDeadline(received), deadline);
}

void TestPetitionRules::answerDeadline_data()
{
    QTest::addColumn<QDate>("accepted");
    QTest::addColumn<int>("extension");
    QTest::addColumn<QDate>("deadline");
    QTest::newRow("60 days") << day("2026-03-05") << 0 << day("2026-05-04");
    QTest::newRow("extended 30") << day("2026-03-05") << 30 << day("2026-06-03");
    QTest::newRow("extended 1") << day("2026-03-05") << 1 << day("2026-05-05");
    QTest::newRow("31 Jan + 60") << day("2026-01-31") << 0 << day("2026-04-01");
    QTest::newRow("31 Jan + 90") << day("2026-01-31") << 30 << day("2026-05-01");
    QTest::newRow("leap year") << day("2028-01-31") << 0 << day("2028-03-31");
    QTest::newRow("from leap day") << day("2028-02-29") << 0 << day("2028-04-29");
    QTest::newRow("over year end") << day("2026-11-15") << 30 << day("2027-02-13");
    // Accepted late (30 days after receipt): still 60 days from the day of acceptance.
    QTest::newRow("accepted late") << day("2026-04-01") << 0 << day("2026-05-31");
}

void TestPetitionRules::answerDeadline()
{
    QFETCH(QDate, accepted);
    QFETCH(int, extension);
    QFETCH(QDate, deadline);
    QCOMPARE(PetitionRules::answerDeadline(accepted, extension), deadline);
}

void TestPetitionRules::reviewDeadlines_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("deadline");
    QTest::newRow("plain") << day("2026-04-01") << day("2026-05-01");
    QTest::newRow("31 Jan + 30") << day("2026-01-31") << day("2026-03-02");
    QTest::newRow("31 Jan + 30 leap") << day("2028-01-31") << day("2028-03-01");
    QTest::newRow("leap day") << day("2028-02-29") << day("2028-03-30");
    QTest::newRow("year end") << day("2026-12-15") << day("2027-01-14");
}

void TestPetitionRules::reviewDeadlines()
{
    QFETCH(QDate, from);
    QFETCH(QDate, deadline);
    QCOMPARE(PetitionRules::reviewRequestDeadline(from), deadline);
    QCOMPARE(PetitionRules::reviewDecisionDeadline(from), deadline);
}

void TestPetitionRules::clockOfCase_data()
{
    QTest::addColumn<CaseStatus>("status");
    QTest::addColumn<ClockKind>("clock");
    QTest::addColumn<QDate>("deadline");
    QTest::newRow("registered") << CaseStatus::Registered << ClockKind::Acceptance
                                << day("2026-03-17");
    QTest::newRow("accepted") << CaseStatus::Accepted << ClockKind::Answer << day("2026-05-14");
    QTest::newRow("reviewing") << CaseStatus::Reviewing << ClockKind::ReviewDecision
                               << day("2026-05-10");
    QTest::newRow("rereviewing") << CaseStatus::Rereviewing << ClockKind::RereviewDecision
                                 << day("2026-07-01");
    QTest::newRow("not accepted") << CaseStatus::NotAccepted << ClockKind::None << QDate();
    QTest::newRow("forwarded") << CaseStatus::Forwarded << ClockKind::None << QDate();
    QTest::newRow("answered") << CaseStatus::Answered << ClockKind::None << QDate();
    QTest::newRow("closed") << CaseStatus::Closed << ClockKind::None << QDate();
}

void TestPetitionRules::clockOfCase()
{
    QFETCH(CaseStatus, status);
    QFETCH(ClockKind, clock);
    QFETCH(QDate, deadline);
    PetitionCase c = registered();
    c.decidedOn = day("2026-03-05");
    c.extensionDays = 10; // 2026-03-05 + 70
    c.reviewRequestedOn = day("2026-04-10");
    c.rereviewRequestedOn = day("2026-06-01");
    c.status = status;
    QCOMPARE(PetitionRules::clock(c), clock);
    QCOMPARE(PetitionRules::deadline(c), deadline);
}

void TestPetitionRules::receivedOnIsTheOfficeDay()
{
    PetitionCase c = registered();
    // The same instant stored as UTC reads as the office's local day.
    const QDateTime local(day("2026-03-02"), QTime(0, 30));
    c.receivedAt = local.toUTC();
    QCOMPARE(PetitionRules::receivedOn(c), day("2026-03-02"));
    c.receivedAt = QDateTime();
    QVERIFY(!PetitionRules::receivedOn(c).isValid());
    QVERIFY(!PetitionRules::deadline(c).isValid());
}

void TestPetitionRules::badge_data()
{
    QTest::addColumn<int>("left");
    QTest::addColumn<DeadlineBadge>("badge");
    QTest::newRow("30 left") << 30 << DeadlineBadge::Ok;
    QTest::newRow("4 left") << 4 << DeadlineBadge::Ok;
    QTest::newRow("3 left") << 3 << DeadlineBadge::Soon;
    QTest::newRow("1 left") << 1 << DeadlineBadge::Soon;
    QTest::newRow("due today") << 0 << DeadlineBadge::Soon;
    QTest::newRow("1 over") << -1 << DeadlineBadge::Overdue;
    QTest::newRow("40 over") << -40 << DeadlineBadge::Overdue;
}

void TestPetitionRules::badge()
{
    QFETCH(int, left);
    QFETCH(DeadlineBadge, badge);
    const QDate today = day("2028-02-27");
    const QDate due = today.addDays(left);
    QCOMPARE(PetitionRules::daysLeft(due, today), left);
    QCOMPARE(PetitionRules::badge(due, today), badge);
}

void TestPetitionRules::group_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("byHand");
    QTest::addColumn<bool>("group");
    QTest::newRow("1") << 1 << false << false;
    QTest::newRow("4") << 4 << false << false;
    QTest::newRow("5") << 5 << false << true;
    QTest::newRow("12") << 12 << false << true;
    QTest::newRow("1 by hand") << 1 << true << true;
    QTest::newRow("4 by hand") << 4 << true << true;
}

void TestPetitionRules::group()
{
    QFETCH(int, count);
    QFETCH(bool, byHand);
    QFETCH(bool, group);
    QCOMPARE(PetitionRules::isGroup(count, byHand), group);
}

void TestPetitionRules::onTime_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QDate>("decided");
    QTest::addColumn<bool>("acceptedOnTime");
    QTest::addColumn<int>("extension");
    QTest::addColumn<QDate>("answered");
    QTest::addColumn<bool>("answeredOnTime");
    // Accepted on day 15, answered on day 60.
    QTest::newRow("last days") << day("2026-03-02") << day("2026-03-17") << true << 0
                               << day("2026-05-16") << true;
    QTest::newRow("a day late each")
        << day("2026-03-02") << day("2026-03-18") << false << 0 << day("2026-05-18") << false;
    QTest::newRow("extension saves")
        << day("2026-03-02") << day("2026-03-10") << true << 20 << day("2026-05-29") << true;
    QTest::newRow("past extension")
        << day("2026-03-02") << day("2026-03-10") << true << 20 << day("2026-05-30") << false;
    // Accepted late: not on time, but the answer still has 60 days from acceptance.
    QTest::newRow("accepted late")
        << day("2026-03-02") << day("2026-04-01") << false << 0 << day("2026-05-31") << true;
    QTest::newRow("not decided") << day("2026-03-02") << QDate() << false << 0 << QDate() << false;
}

void TestPetitionRules::onTime()
{
    QFETCH(QDate, received);
    QFETCH(QDate, decided);
    QFETCH(bool, acceptedOnTime);
    QFETCH(int, extension);
    QFETCH(QDate, answered);
    QFETCH(bool, answeredOnTime);
    QCOMPARE(PetitionRules::acceptedOnTime(received, decided), acceptedOnTime);
    QCOMPARE(PetitionRules::answeredOnTime(decided, extension, answered), answeredOnTime);
}

void TestPetitionRules::registration_data()
{
    checkColumns();
    row("good", 0, "");
    row("good forwarded", 0, "");
    row("no petitioner", 1, "at least one petitioner");
    row("petitioner without name", 1, "needs a name");
    row("no receipt", 1, "day the case was received");
    row("received tomorrow", 1, "future");
    row("forwarded without office", 1, "office that forwarded");
    row("bad channel", 1, "how the case came in");
    row("bad subject", 1, "what the case is about");
    row("already registered", 1, "already registered");
}

void TestPetitionRules::registration()
{
    QFETCH(QString, change);
    QFETCH(int, problems);
    QFETCH(QString, words);
    PetitionCase c = registered();
    Petitioner second;
    second.name = QStringLiteral("李四");
    c.petitioners << second;
    if (change == QLatin1String("good forwarded")) {
        c.channel = PetitionChannel::Forwarded;
        c.forwardedBy = QStringLiteral("市信访局");
    } else if (change == QLatin1String("no petitioner"))
        c.petitioners.clear();
    else if (change == QLatin1String("petitioner without name"))
        c.petitioners[1].name = QStringLiteral("  ");
    else if (change == QLatin1String("no receipt"))
        c.receivedAt = QDateTime();
    else if (change == QLatin1String("received tomorrow"))
        c.receivedAt = receivedAt("2026-03-11");
    else if (change == QLatin1String("forwarded without office"))
        c.channel = PetitionChannel::Forwarded;
    else if (change == QLatin1String("bad channel"))
        c.channel = PetitionChannel(99);
    else if (change == QLatin1String("bad subject"))
        c.subject = PetitionSubject(99);
    else if (change == QLatin1String("already registered"))
        c.status = CaseStatus::Accepted;
    expect(PetitionRules::checkRegistration(c, day("2026-03-10")), problems, words);
}

void TestPetitionRules::decision_data()
{
    checkColumns();
    QTest::addColumn<AcceptDecision>("decision");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<QString>("person");
    QTest::addColumn<QString>("unit");
    const QString none;
    const QString office = QStringLiteral("县人社局");
    auto r = [](const char* name, int problems, const char* words, AcceptDecision d,
                const QString& text, const QDate& on, const QString& person, const QString& unit) {
        QTest::newRow(name) << QString() << problems << QString::fromUtf8(words) << d << text << on
                            << person << unit;
    };
    const QDate on = day("2026-03-05");
    r("accept by person", 0, "", AcceptDecision::Accept, none, on, QStringLiteral("李专干"), none);
    r("accept by unit", 0, "", AcceptDecision::Accept, none, on, none, QStringLiteral("城关镇"));
    r("accept on receipt day", 0, "", AcceptDecision::Accept, none, day("2026-03-02"),
      QStringLiteral("李专干"), none);
    r("accept nobody", 1, "responsible person or unit", AcceptDecision::Accept, none, on, none,
      QStringLiteral(" "));
    r("not accept with reason", 0, "", AcceptDecision::NotAccept, QStringLiteral("已经依法处理"),
      on, none, none);
    r("not accept no reason", 1, "why the case is not accepted", AcceptDecision::NotAccept, none,
      on, none, none);
    r("forward", 0, "", AcceptDecision::Forward, office, on, none, none);
    r("forward nowhere", 1, "competent office", AcceptDecision::Forward, none, on, none, none);
    r("before receipt", 1, "before the case was received (2026年3月2日)", AcceptDecision::Forward,
      office, day("2026-03-01"), none, none);
    r("no day", 1, "day of the decision", AcceptDecision::Forward, office, QDate(), none, none);
}

void TestPetitionRules::decision()
{
    QFETCH(int, problems);
    QFETCH(QString, words);
    QFETCH(AcceptDecision, decision);
    QFETCH(QString, text);
    QFETCH(QDate, on);
    QFETCH(QString, person);
    QFETCH(QString, unit);
    const PetitionCase c = registered();
    expect(PetitionRules::checkDecision(c, decision, text, on, person, unit), problems, words);
    // Decided once only.
    expect(PetitionRules::checkDecision(accepted(), decision, text, on, person, unit), problems + 1,
           QStringLiteral("already decided"));
}

void TestPetitionRules::extension_data()
{
    checkColumns();
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("on");
    auto r = [](const char* change, int problems, const char* words, int days, const QDate& on) {
        QTest::newRow(change) << QString::fromLatin1(change) << problems << QString::fromUtf8(words)
                              << days << on;
    };
    // Accepted 2026-03-05: the answer is due 2026-05-04.
    r("good", 0, "", 15, day("2026-04-20"));
    r("30 days", 0, "", 30, day("2026-04-20"));
    r("on the deadline", 0, "", 30, day("2026-05-04"));
    r("31 days", 1, "from 1 to 30 days", 31, day("2026-04-20"));
    r("0 days", 1, "from 1 to 30 days", 0, day("2026-04-20"));
    r("after the deadline", 1, "due on 2026年5月4日", 10, day("2026-05-05"));
    r("before acceptance", 1, "before the case was accepted", 10, day("2026-03-04"));
    r("no reason", 1, "reason for the extension", 10, day("2026-04-20"));
    r("again", 1, "already extended once", 10, day("2026-04-20"));
    r("not handling", 1, "only a case being handled", 10, day("2026-04-20"));
    r("answered", 1, "only a case being handled", 10, day("2026-04-20"));
}

void TestPetitionRules::extension()
{
    QFETCH(QString, change);
    QFETCH(int, problems);
    QFETCH(QString, words);
    QFETCH(int, days);
    QFETCH(QDate, on);
    PetitionCase c = accepted();
    QString reason = QStringLiteral("需调取部队档案");
    if (change == QLatin1String("no reason"))
        reason = QStringLiteral(" ");
    else if (change == QLatin1String("again"))
        c.extensionDays = 5;
    else if (change == QLatin1String("not handling"))
        c.status = CaseStatus::Registered;
    else if (change == QLatin1String("answered"))
        c = answered();
    expect(PetitionRules::checkExtension(c, days, reason, on), problems, words);
}

void TestPetitionRules::answer_data()
{
    checkColumns();
    row("good", 0, "");
    row("on acceptance day", 0, "");
    row("before acceptance", 1, "before the case was accepted (2026年3月5日)");
    row("no result", 1, "result of the answer");
    row("no text", 1, "write the answer");
    row("no day", 1, "day of the answer");
    row("registered", 1, "only an accepted case");
    row("answered", 1, "only an accepted case");
    row("review answer", 0, "");
    row("review answer early", 1, "before the review was asked for");
    row("rereview answer", 0, "");
    row("rereview answer early", 1, "before the re-review was asked for");
}

void TestPetitionRules::answer()
{
    QFETCH(QString, change);
    QFETCH(int, problems);
    QFETCH(QString, words);
    PetitionCase c = accepted();
    AnswerResult result = AnswerResult::Solved;
    QString text = QStringLiteral("已按政策补发。");
    QDate on = day("2026-04-01");
    if (change == QLatin1String("on acceptance day"))
        on = c.decidedOn;
    else if (change == QLatin1String("before acceptance"))
        on = day("2026-03-04");
    else if (change == QLatin1String("no result"))
        result = AnswerResult::None;
    else if (change == QLatin1String("no text"))
        text = QStringLiteral("\n");
    else if (change == QLatin1String("no day"))
        on = QDate();
    else if (change == QLatin1String("registered"))
        c.status = CaseStatus::Registered;
    else if (change == QLatin1String("answered"))
        c = answered();
    else if (change.startsWith(QLatin1String("review answer"))) {
        c = answered();
        c.status = CaseStatus::Reviewing;
        c.reviewRequestedOn = day("2026-04-20");
        on = change.endsWith(QLatin1String("early")) ? day("2026-04-19") : day("2026-05-01");
    } else if (change.startsWith(QLatin1String("rereview answer"))) {
        c = answered();
        c.status = CaseStatus::Rereviewing;
        c.reviewRequestedOn = day("2026-04-20");
        c.reviewAnsweredOn = day("2026-05-01");
        c.rereviewRequestedOn = day("2026-05-10");
        on = change.endsWith(QLatin1String("early")) ? day("2026-05-09") : day("2026-05-20");
    }
    expect(PetitionRules::checkAnswer(c, result, text, on), problems, words);
}

void TestPetitionRules::returnVisit_data()
{
    checkColumns();
    row("good", 0, "");
    row("closed", 0, "");
    row("not answered", 1, "after the answer");
    row("no satisfaction", 1, "how satisfied");
    row("before answer", 1, "before the answer (2026年4月1日)");
    row("no day", 1, "day of the return visit");
}

void TestPetitionRules::returnVisit()
{
    QFETCH(QString, change);
    QFETCH(int, problems);
    QFETCH(QString, words);
    PetitionCase c = answered();
    Satisfaction s = Satisfaction::Basically;
    QDate on = day("2026-04-05");
    if (change == QLatin1String("closed"))
        c.status = CaseStatus::Closed;
    else if (change == QLatin1String("not answered"))
        c = accepted(), on = day("2026-04-05");
    else if (change == QLatin1String("no satisfaction"))
        s = Satisfaction::None;
    else if (change == QLatin1String("before answer"))
        on = day("2026-03-31");
    else if (change == QLatin1String("no day"))
        on = QDate();
    expect(PetitionRules::checkReturnVisit(c, s, on), problems, words);
}

void TestPetitionRules::close_data()
{
    checkColumns();
    row("good", 0, "");
    row("no answer", 1, "only with an answer and a result");
    row("no result", 1, "only with an answer and a result");
    row("accepted", 1, "only with an answer and a result");
    row("already closed", 1, "already closed");
    row("before answer", 1, "before it was answered");
}

void TestPetitionRules::close()
{
    QFETCH(QString, change);
    QFETCH(int, problems);
    QFETCH(QString, words);
    PetitionCase c = answered();
    QDate on = day("2026-05-02");
    if (change == QLatin1String("no answer"))
        c.answeredOn = QDate();
    else if (change == QLatin1String("no result"))
        c.result = AnswerResult::None;
    else if (change == QLatin1String("accepted"))
        c = accepted();
    else if (change == QLatin1String("already closed"))
        c.status = CaseStatus::Closed;
    else if (change == QLatin1String("before answer"))
        on = day("2026-03-31");
    expect(PetitionRules::checkClose(c, on), problems, words);
}

void TestPetitionRules::reviewRequest_data()
{
    checkColumns();
    // Answered 2026-04-01: 复查 until 2026-05-01; review answered 2026-05-20: 复核 until 06-19.
    row("review on day 30", 0, "");
    row("review on day 31", 1, "within 30 days of the answer; the time ended on 2026年5月1日");
    row("review of closed case", 0, "");
    row("review before answer", 1, "before the answer");
    row("rereview on day 30", 0, "");
    row("rereview on day 31", 1, "within 30 days of the review's answer");
    row("after rereview", 1, "last step");
    row("rereviewing", 1, "last step");
    row("reviewing", 1, "already under way");
    row("not answered", 1, "only an answered case");
    row("not accepted", 1, "only an answered case");
}

void TestPetitionRules::reviewRequest()
{
    QFETCH(QString, change);
    QFETCH(int, problems);
    QFETCH(QString, words);
    PetitionCase c = answered();
    QDate on = day("2026-05-01");
    ClockKind next = ClockKind::ReviewDecision;
    QDate windowEnd = day("2026-05-01");
    const auto reviewed = [&c]() {
        c.reviewRequestedOn = day("2026-04-20");
        c.reviewAnsweredOn = day("2026-05-20");
    };
    if (change == QLatin1String("review on day 31"))
        on = day("2026-05-02");
    else if (change == QLatin1String("review of closed case"))
        c.status = CaseStatus::Closed;
    else if (change == QLatin1String("review before answer"))
        on = day("2026-03-31");
    else if (change.startsWith(QLatin1String("rereview on"))) {
        reviewed();
        next = ClockKind::RereviewDecision;
        windowEnd = day("2026-06-19");
        on = change.endsWith(QLatin1String("31")) ? day("2026-06-20") : day("2026-06-19");
    } else if (change == QLatin1String("after rereview")) {
        reviewed();
        c.rereviewRequestedOn = day("2026-06-01");
        c.rereviewAnsweredOn = day("2026-06-20");
        next = ClockKind::None;
        windowEnd = QDate();
    } else if (change == QLatin1String("rereviewing")) {
        reviewed();
        c.status = CaseStatus::Rereviewing;
        c.rereviewRequestedOn = day("2026-06-01");
        next = ClockKind::None;
        windowEnd = QDate();
    } else if (change == QLatin1String("reviewing")) {
        c.status = CaseStatus::Reviewing;
        c.reviewRequestedOn = day("2026-04-20");
        next = ClockKind::None;
        windowEnd = QDate();
    } else if (change == QLatin1String("not answered")) {
        c = accepted();
        next = ClockKind::None;
        windowEnd = QDate();
    } else if (change == QLatin1String("not accepted")) {
        c = registered();
        c.status = CaseStatus::NotAccepted;
        c.decidedOn = day("2026-03-05");
        next = ClockKind::None;
        windowEnd = QDate();
    }
    expect(PetitionRules::checkReviewRequest(c, on), problems, words);
    QCOMPARE(PetitionRules::nextReview(c), next);
    QCOMPARE(PetitionRules::reviewWindowEnd(c), windowEnd);
}

void TestPetitionRules::keysRoundTrip()
{
    const QStringList channels = {QStringLiteral("letter"), QStringLiteral("visit"),
                                  QStringLiteral("phone"),  QStringLiteral("online"),
                                  QStringLiteral("leader"), QStringLiteral("forwarded")};
    for (const QString& k : channels) {
        const auto v = PetitionRules::channelFromKey(k);
        QVERIFY2(v.isOk(), qPrintable(k));
        QCOMPARE(PetitionRules::channelKey(*v), k);
    }
    for (const char* k : {"benefit", "status", "medical", "housing", "employment", "other"}) {
        const auto v = PetitionRules::subjectFromKey(QLatin1String(k));
        QVERIFY2(v.isOk(), k);
        QCOMPARE(PetitionRules::subjectKey(*v), QLatin1String(k));
    }
    for (const char* k : {"", "city", "province", "beijing"}) {
        const auto v = PetitionRules::beyondFromKey(QLatin1String(k));
        QVERIFY2(v.isOk(), k);
        QCOMPARE(PetitionRules::beyondKey(*v), QLatin1String(k));
    }
    QCOMPARE(*PetitionRules::beyondFromKey(QString()), BeyondLevel::None);
    for (const char* k : {"registered", "accepted", "not_accepted", "forwarded", "answered",
                          "reviewing", "rereviewing", "closed"}) {
        const auto v = PetitionRules::statusFromKey(QLatin1String(k));
        QVERIFY2(v.isOk(), k);
        QCOMPARE(PetitionRules::statusKey(*v), QLatin1String(k));
    }
    for (const char* k : {"", "solved", "partly", "explained", "unsupported"}) {
        const auto v = PetitionRules::resultFromKey(QLatin1String(k));
        QVERIFY2(v.isOk(), k);
        QCOMPARE(PetitionRules::resultKey(*v), QLatin1String(k));
    }
    for (const char* k : {"written", "in_person", "phone"}) {
        const auto v = PetitionRules::wayFromKey(QLatin1String(k));
        QVERIFY2(v.isOk(), k);
        QCOMPARE(PetitionRules::wayKey(*v), QLatin1String(k));
    }
    for (const char* k : {"", "satisfied", "basically", "dissatisfied", "no_view"}) {
        const auto v = PetitionRules::satisfactionFromKey(QLatin1String(k));
        QVERIFY2(v.isOk(), k);
        QCOMPARE(PetitionRules::satisfactionKey(*v), QLatin1String(k));
    }
    // The empty keys are empty strings, never NULL (the columns are NOT NULL).
    QVERIFY(!PetitionRules::beyondKey(BeyondLevel::None).isNull());
    QVERIFY(!PetitionRules::resultKey(AnswerResult::None).isNull());
    QVERIFY(!PetitionRules::satisfactionKey(Satisfaction::None).isNull());
}

void TestPetitionRules::unknownKeysFail()
{
    const QString bad = QStringLiteral("nonsense");
    QVERIFY(!PetitionRules::channelFromKey(bad).isOk());
    QVERIFY(!PetitionRules::channelFromKey(QString()).isOk());
    QVERIFY(!PetitionRules::subjectFromKey(bad).isOk());
    QVERIFY(!PetitionRules::beyondFromKey(bad).isOk());
    QVERIFY(!PetitionRules::statusFromKey(bad).isOk());
    QVERIFY(!PetitionRules::statusFromKey(QString()).isOk());
    QVERIFY(!PetitionRules::resultFromKey(bad).isOk());
    QVERIFY(!PetitionRules::wayFromKey(bad).isOk());
    QVERIFY(!PetitionRules::wayFromKey(QString()).isOk());
    QVERIFY(!PetitionRules::satisfactionFromKey(bad).isOk());
    QVERIFY(PetitionRules::statusFromKey(bad).error().contains(bad));
}

void TestPetitionRules::titles()
{
    for (int i = 0; i <= int(PetitionChannel::Forwarded); ++i)
        QVERIFY(!PetitionRules::channelTitle(PetitionChannel(i)).isEmpty());
    for (int i = 0; i <= int(PetitionSubject::Other); ++i)
        QVERIFY(!PetitionRules::subjectTitle(PetitionSubject(i)).isEmpty());
    for (int i = 0; i <= int(BeyondLevel::Beijing); ++i)
        QVERIFY(!PetitionRules::beyondTitle(BeyondLevel(i)).isEmpty());
    for (int i = 0; i <= int(CaseStatus::Closed); ++i)
        QVERIFY(!PetitionRules::statusTitle(CaseStatus(i)).isEmpty());
    for (int i = 0; i <= int(AnswerResult::Unsupported); ++i)
        QVERIFY(!PetitionRules::resultTitle(AnswerResult(i)).isEmpty());
    for (int i = 0; i <= int(AnswerWay::Phone); ++i)
        QVERIFY(!PetitionRules::wayTitle(AnswerWay(i)).isEmpty());
    for (int i = 0; i <= int(Satisfaction::NoView); ++i)
        QVERIFY(!PetitionRules::satisfactionTitle(Satisfaction(i)).isEmpty());
    for (int i = 0; i <= int(ClockKind::RereviewDecision); ++i)
        QVERIFY(!PetitionRules::clockTitle(ClockKind(i)).isEmpty());
    QStringList seen;
    for (const char* k :
         {"register", "accept", "not_accept", "forward", "assign", "extend", "answer",
          "return_visit", "review_request", "review_answer", "rereview_request", "rereview_answer",
          "close", "notify", "note", "flag"}) {
        const QString t = PetitionRules::stepTitle(QLatin1String(k));
        QVERIFY2(!t.isEmpty() && t != QLatin1String(k), k);
        QVERIFY2(!seen.contains(t), k);
        seen << t;
    }
    QCOMPARE(PetitionRules::stepTitle(QStringLiteral("unknown_kind")),
             QStringLiteral("unknown_kind"));
}

void TestPetitionRules::numberFormat()
{
    QCOMPARE(PetitionRules::defaultNumberFormat(), QStringLiteral("武优信〔{year}〕{seq:04}号"));
}

QTEST_GUILESS_MAIN(TestPetitionRules)
#include "tst_petitionrules.moc"
