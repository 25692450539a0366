#pragma once

#include "common/result.h"
#include "payment/payment.h"
#include "security/actor.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace youfu::core {

class Database;

// The office's payment settings (SettingsStore keys):
//   payment.period.<category code> = month | quarter | year   (default month)
//   payment.start.<category code>.<application type key> = next | same   (default next)
//   payment.pay_day = 1…28   (default 10: paid by the 10th of the month is on time)
//   disclosure.id = masked | omitted,  disclosure.mask_name = 0 | 1,
//   disclosure.phone = the supervision phone (监督电话)
struct PaymentSettings
{
    QHash<QString, PayPeriod> periods;    // category code → period; absent = Month
    QHash<QString, StartRule> startRules; // "<category>.<type>" → rule; absent = NextMonth
    int payDay = 10;
    IdDisclosure disclosureId = IdDisclosure::Masked;
    bool disclosureMaskName = false;
    QString supervisionPhone;

    PayPeriod periodOf(const QString& categoryCode) const
    {
        return periods.value(categoryCode, PayPeriod::Month);
    }
    StartRule startRuleOf(const QString& categoryCode, const QString& typeKey) const
    {
        return startRules.value(categoryCode + QLatin1Char('.') + typeKey, StartRule::NextMonth);
    }
};

// Which lines of a roll a page shows.
struct LineFilter
{
    qint64 rollId = 0;
    QString townshipCode;      // empty = every township
    QString text;              // name starts with / contains, or a full citizen ID
    bool problemsOnly = false; // held or failed, not re-issued
};

// The home page's payment cards.
struct PaymentHomeCounts
{
    int failedToFix = 0;       // persons with failed or held lines of approved rolls, not re-issued
    int rollsWaitingForMe = 0; // pending at a step of one of the actor's roles
    int recoveriesOpen = 0;    // proposed or approved, not settled
};

// Reads of payments (migration 0015). The only SQL that reads them. Pages of lines are keyset
// pages (by seq), so a roll of 200,000 lines reads like one of 200.
class PaymentListStore
{
public:
    explicit PaymentListStore(Database& db) : m_db(db) {}

    Result<QList<PaymentRoll>> rolls() const;      // newest first, counts filled, steps not
    Result<PaymentRoll> roll(qint64 rollId) const; // with its steps, every round
    // Up to `limit` lines after `afterSeq` (0 = from the start), in seq order.
    Result<QList<PaymentLine>> linesPage(const LineFilter& filter, int afterSeq, int limit) const;
    Result<int> lineCount(const LineFilter& filter) const;
    Result<PaymentLine> line(qint64 lineId) const; // with its items
    // Per township (township order) and category: persons and amount; held lines included.
    Result<QList<RollSummaryRow>> summary(qint64 rollId) const;
    // Every line of a person, newest roll first, with items (the person editor's tab).
    Result<QList<PaymentLine>> personLines(qint64 personId) const;
    Result<QList<Recovery>> recoveries(qint64 personId = 0, bool openOnly = false) const;
    Result<PaymentHomeCounts> homeCounts(const Actor& actor) const;
    // Timely and in full, per township × category, for the approved regular and re-issue rolls of
    // the months first…last (inclusive), `payDay` the day by which payment is on time.
    Result<QList<TimelinessRow>> timeliness(const QDate& firstMonth, const QDate& lastMonth,
                                            int payDay) const;
    // The recipients of `options.month`'s approved regular roll (and re-issues paid in that
    // month), by township, village and name, masked per the options.
    Result<QList<DisclosureRow>> disclosureRows(const DisclosureOptions& options) const;
    Result<QList<BankTemplate>> templates() const;
    Result<BankTemplate> bankTemplate(qint64 id) const;
    PaymentSettings settings() const;

private:
    Database& m_db;
};

} // namespace youfu::core
