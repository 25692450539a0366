#include "payment/paymentdemo.h"

#include "common/clock.h"
#include "db/database.h"
#include "payment/paymentliststore.h"
#include "payment/paymentrules.h"
#include "payment/paymentstore.h"
#include "policy/policystore.h"
#include "registry/personstore.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTimeZone>

namespace youfu::core {

namespace {

const char* const kFailReasons[] = {"账户不存在", "户名不符", "已销户", "账户已冻结"};

// Puts the database's clock on a day of the demo's past and back when done.
class DemoTime
{
public:
    explicit DemoTime(Database& db) : m_db(db), m_saved(db.sharedClock()) {}
    ~DemoTime() { m_db.setClock(m_saved); }
    void at(const QDate& day, int hour = 9)
    {
        m_db.setClock(std::make_shared<FixedClock>(
            QDateTime(day, QTime(hour, 0), QTimeZone::systemTimeZone()).toUTC()));
    }

private:
    Database& m_db;
    std::shared_ptr<Clock> m_saved;
};

// Every pending line of a roll, in seq order.
Result<QList<PaymentLine>> pendingLines(PaymentListStore& list, qint64 rollId)
{
    QList<PaymentLine> out;
    LineFilter f;
    f.rollId = rollId;
    int after = 0;
    for (;;) {
        auto page = list.linesPage(f, after, 2000);
        if (!page)
            return page.status();
        if (page->isEmpty())
            break;
        for (const PaymentLine& l : page.value()) {
            if (l.state == LineState::Pending)
                out << l;
            after = l.seq;
        }
    }
    return out;
}

// The newest regular roll, or 0.
Result<qint64> lastRegularRoll(PaymentListStore& list)
{
    auto rolls = list.rolls();
    if (!rolls)
        return rolls.status();
    for (const PaymentRoll& r : rolls.value())
        if (r.kind == RollKind::Regular && r.state == RollState::Approved)
            return r.id;
    return qint64(0);
}

QString fakeSha(const QString& what)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(what.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// The bank's answer to a roll: every pending line paid on `paidOn`, but every `failEvery`-th
// (0 = none) failed with one of the usual reasons.
Result<BankReturnSummary> bankAnswers(PaymentStore& store, PaymentListStore& list,
                                      const Actor& clerk, qint64 rollId, const QDate& paidOn,
                                      int failEvery, int salt)
{
    auto lines = pendingLines(list, rollId);
    if (!lines)
        return lines.status();
    QList<MatchedRow> rows;
    rows.reserve(lines->size());
    int i = 0;
    for (const PaymentLine& l : lines.value()) {
        MatchedRow m;
        m.row.row = ++i + 1;
        m.row.name = l.personName;
        m.row.amountFen = l.amountFen;
        m.lineId = l.id;
        const bool fails = failEvery > 0 && (i + salt) % failEvery == 0;
        m.row.success = !fails;
        m.outcome = fails ? MatchOutcome::Failed : MatchOutcome::Paid;
        if (fails)
            m.row.reason =
                QString::fromUtf8(kFailReasons[(i + salt) % int(std::size(kFailReasons))]);
        else
            m.row.paidOn = paidOn;
        rows << m;
    }
    return store.recordReturn(clerk, rollId, QStringLiteral("回盘%1.xlsx").arg(rollId),
                              fakeSha(QStringLiteral("demo return %1").arg(rollId)), rows);
}

Status approve(PaymentStore& store, DemoTime& time, const QDate& day, const Actor& clerk,
               const Actor& chief, const Actor& director, qint64 rollId)
{
    if (Status s = store.submit(clerk, rollId); !s)
        return s;
    time.at(day, 10);
    if (Status s = store.sign(chief, rollId, StepDecision::Approve,
                              QStringLiteral("经审核，名单及金额无误，同意发放。"));
        !s)
        return s;
    time.at(day.addDays(1), 11);
    return store.sign(director, rollId, StepDecision::Approve, QStringLiteral("同意。"));
}

// A new account for a person whose line failed (the township collected the right card).
Status fixAccount(PersonStore& persons, const Actor& clerk, qint64 personId, int n)
{
    auto p = persons.byId(personId);
    if (!p)
        return p.status();
    PersonDraft d = p->toDraft();
    d.bankName = QStringLiteral("湖南武冈农村商业银行");
    d.bankAccount = QStringLiteral("62213588%1")
                        .arg(40000000 + (personId * 7919 + n) % 9999999, 11, 10, QLatin1Char('0'));
    const PersonSaveResult r = persons.update(clerk, personId, d);
    return r.status;
}

} // namespace

Result<PaymentDemoCounts> PaymentDemo::seed(Database& db, const Actor& clerk, const Actor& chief,
                                            const Actor& director, const QDate& today, int months)
{
    PaymentDemoCounts counts;
    DemoTime time(db);
    PaymentStore store(db);
    PaymentListStore list(db);
    PersonStore persons(db);
    PolicyStore policy(db);

    const QDate thisMonth = PaymentRules::monthOf(today);
    const QDate first = PaymentRules::addMonths(thisMonth, -qMax(1, months));
    // The raise: 1 August of the year of the last November before this month, announced that
    // November (as the yearly raise usually is), unless the book already has that edition.
    QDate november(thisMonth.month() > 11 ? thisMonth.year() : thisMonth.year() - 1, 11, 1);
    const QDate raiseFrom(november.year(), 8, 1);
    const QList<BenefitStandard> book = policy.all();
    bool raiseExists = false;
    for (const BenefitStandard& s : book)
        raiseExists = raiseExists || s.effectiveFrom == raiseFrom;
    if (raiseExists || november < first)
        november = QDate();
    // The late death: reported in the month before this one, died two months before that.
    const QDate deathReported = PaymentRules::addMonths(thisMonth, -1);
    // Persons whose account is missing from the middle of the demo (their lines are held).
    const QDate accountsLost = PaymentRules::addMonths(first, months / 2);

    qint64 deceasedId = 0;
    QList<qint64> withoutAccount;
    for (QDate m = first; m <= thisMonth; m = m.addMonths(1)) {
        if (m == november) {
            time.at(november.addDays(1), 15);
            QSet<QString> seen;
            for (const BenefitStandard& s : book) {
                if (s.item != StandardItem::Annual)
                    continue;
                const QString key = QStringLiteral("%1|%2|%3|%4")
                                        .arg(s.categoryCode)
                                        .arg(s.grade)
                                        .arg(s.nature)
                                        .arg(int(s.residence));
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                // The newest edition of this key, raised by 5% (rounded to whole yuan).
                BenefitStandard newest = s;
                for (const BenefitStandard& t : book)
                    if (t.item == s.item && t.categoryCode == s.categoryCode &&
                        t.grade == s.grade && t.nature == s.nature && t.residence == s.residence &&
                        t.effectiveFrom > newest.effectiveFrom)
                        newest = t;
                BenefitStandard raised = newest;
                raised.id = 0;
                raised.amountFen = (newest.amountFen * 105 / 100 + 50) / 100 * 100;
                raised.effectiveFrom = raiseFrom;
                raised.basisNumber = QStringLiteral("演示〔%1〕8号").arg(raiseFrom.year());
                raised.basisTitle =
                    QStringLiteral(
                        "演示用抚恤补助标准调整（%1年8月1日起执行，示意金额，非正式文件）")
                        .arg(raiseFrom.year());
                auto r = policy.add(chief, raised);
                if (!r)
                    return r.status();
            }
            counts.raised = true;
        }
        if (m == accountsLost && withoutAccount.isEmpty()) {
            // Three persons whose cards were cancelled: the clerk clears the account.
            auto regular = lastRegularRoll(list);
            if (!regular)
                return regular.status();
            if (regular.value() > 0) {
                LineFilter all;
                all.rollId = regular.value();
                auto lines = list.linesPage(all, 0, 400);
                if (!lines)
                    return lines.status();
                time.at(m.addDays(-3), 14);
                for (int i = 5; i < lines->size() && withoutAccount.size() < 3; i += 97) {
                    auto p = persons.byId(lines->at(i).personId);
                    if (!p)
                        return p.status();
                    PersonDraft d = p->toDraft();
                    d.bankAccount = QString();
                    const PersonSaveResult r = persons.update(clerk, p->id, d);
                    if (!r.status)
                        return r.status;
                    withoutAccount << p->id;
                }
            }
        }
        if (m == deathReported && deceasedId == 0) {
            // A person of the last regular roll died two months ago; the family reports it now.
            auto regular = lastRegularRoll(list);
            if (!regular)
                return regular.status();
            if (regular.value() > 0) {
                LineFilter f;
                f.rollId = regular.value();
                auto page = list.linesPage(f, 10, 1);
                if (!page)
                    return page.status();
                if (!page->isEmpty()) {
                    time.at(m.addDays(1), 10);
                    deceasedId = page->first().personId;
                    if (Status s =
                            persons.changeStatus(clerk, deceasedId, PersonStatus::Deceased,
                                                 PaymentRules::addMonths(m, -2).addDays(16),
                                                 QStringLiteral("家属来局报告：病故，附死亡证明"));
                        !s)
                        return s;
                }
            }
        }
        time.at(std::min(m.addDays(2), today), 9);
        auto drafted = store.draftRoll(clerk, m);
        if (!drafted)
            return drafted.status();
        ++counts.rolls;
        counts.backPayItems += drafted->backPayItems;
        counts.recoveries += drafted->recoveries;
        if (m == thisMonth)
            break; // this month's roll waits for the clerk to submit it
        if (Status s = approve(store, time, m.addDays(3), clerk, chief, director, drafted->rollId);
            !s)
            return s;
        time.at(m.addDays(8), 16);
        const bool lastApproved = m == PaymentRules::addMonths(thisMonth, -1);
        auto answered = bankAnswers(store, list, clerk, drafted->rollId, m.addDays(7), 211,
                                    m.month() * 13 + m.year());
        if (!answered)
            return answered.status();
        counts.failed += answered->failed;
        counts.lines += drafted->lines;
        if (lastApproved)
            continue; // last month's failures wait for the clerk (the home card)
        // The failed lines' accounts are corrected and paid again by a re-issue roll.
        LineFilter problems;
        problems.rollId = drafted->rollId;
        problems.problemsOnly = true;
        auto failed = list.linesPage(problems, 0, 1000);
        if (!failed)
            return failed.status();
        time.at(m.addDays(12), 10);
        int fixed = 0;
        for (const PaymentLine& l : failed.value())
            if (l.state == LineState::Failed) {
                if (Status s = fixAccount(persons, clerk, l.personId, m.month()); !s)
                    return s;
                ++fixed;
            }
        if (fixed == 0)
            continue;
        time.at(m.addDays(14), 9);
        auto reissue = store.draftReissue(clerk, m);
        if (!reissue)
            return reissue.status();
        ++counts.rolls;
        if (Status s = approve(store, time, m.addDays(15), clerk, chief, director, reissue->rollId);
            !s)
            return s;
        time.at(m.addDays(20), 16);
        auto again = bankAnswers(store, list, clerk, reissue->rollId, m.addDays(19), 0, 0);
        if (!again)
            return again.status();
        counts.reissued += again->paid;
    }
    // The recovery found by the roll after the late death: the section chief confirms it.
    auto recoveries = list.recoveries(0, true);
    if (!recoveries)
        return recoveries.status();
    time.at(today, 9);
    for (const Recovery& r : recoveries.value())
        if (r.state == RecoveryState::Proposed)
            if (Status s = store.approveRecovery(chief, r.id); !s)
                return s;
    return counts;
}

} // namespace youfu::core
