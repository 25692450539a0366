#pragma once

#include "approval/application.h"
#include "policy/benefitstandard.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace youfu::core {

// 资金发放与公示 (payments and public disclosure, issue 14). Value types only: the rules live in
// PaymentRules and BankRules, the SQL in PaymentStore and PaymentListStore. A month is always
// a QDate on the first day of the month ("2026-12" as stored). Money is integer fen.

// How often a category is paid (a setting per category): every month in that month's roll;
// a quarter's three months in the roll of its first month; a year's twelve in January's.
enum class PayPeriod
{
    Month,   // 'month' (default)
    Quarter, // 'quarter'
    Year     // 'year'
};

// From which month a new or changed benefit is paid, counted from the day it was approved
// (a setting per category and application type): the month after (下一个月起, default) or
// the month of approval itself.
enum class StartRule
{
    NextMonth, // 'next'
    SameMonth  // 'same'
};

// One stretch of what a person is entitled to: a category they hold, with the key of the
// policy book that prices it, and the first and last month paid. Made by
// PaymentRules::entitlements from the registry's category rows, the approvals that made them
// and the person's status.
struct Entitlement
{
    qint64 personCategoryId = 0;
    QString categoryCode;
    int grade = 0;
    QString nature;
    Residence residence = Residence::All;
    QDate firstMonth; // first month paid
    QDate lastMonth;  // last month paid; null = open
};

// A category row of the registry as the rules need it (person_categories), with the day the
// approval that made it was signed (benefit_decisions.created_at) when it came from one.
struct HeldCategory
{
    qint64 id = 0;
    QString categoryCode;
    int grade = 0;
    QString nature;
    QDate startDate;
    QDate endDate;       // null while held
    QDate approvedOn;    // null: registered before Youfu (no approval in the program)
    QString decisionType; // application type key of that approval ("recognition", …) or ""
};

// What one month of one category is worth for a person, and why.
struct OwedMonth
{
    QDate month;
    QString categoryCode;
    qint64 amountFen = 0;
    qint64 standardId = 0;
    QString basis; // 民发〔2025〕12号《…》
};

enum class ItemKind
{
    Regular, // 'regular': the month's own amount
    BackPay  // 'backpay': 补发, an earlier month owed more than was paid
};

// One month a line pays.
struct PaymentItem
{
    qint64 id = 0;
    QDate month;
    ItemKind kind = ItemKind::Regular;
    QString categoryCode;
    qint64 amountFen = 0;
    qint64 standardId = 0;
    QString basis;
};

// A month that was paid more than was owed (a death reported late): what to recover.
struct Overpaid
{
    QDate month;
    qint64 amountFen = 0; // > 0
};

// What PaymentRules::settle finds for one person: the items to pay in this roll and the
// months overpaid before it.
struct Settlement
{
    QList<PaymentItem> items;
    QList<Overpaid> overpaid;
    qint64 totalFen() const
    {
        qint64 t = 0;
        for (const PaymentItem& i : items)
            t += i.amountFen;
        return t;
    }
};

enum class RollKind
{
    Regular, // 'regular': the month's roll
    Reissue  // 'reissue': failed and held lines paid again
};

// A roll's state: ApplicationState's five, and Cancelled ('cancelled') for a draft or returned
// roll the clerk gave up (with the reason).
enum class RollState
{
    Draft,
    Pending,
    Returned,
    Rejected,
    Approved,
    Cancelled
};

enum class LineState
{
    Pending, // 'pending': to be (or being) paid by the bank
    Held,    // 'held': not sent, see problem (无银行账户 …)
    Paid,    // 'paid': the bank paid it (paidOn)
    Failed   // 'failed': the bank returned it (failReason)
};

struct PaymentLine
{
    qint64 id = 0;
    qint64 rollId = 0;
    int seq = 0;
    qint64 personId = 0;
    QString personName;
    QString maskedCitizenId; // filled when read (430581********1234)
    QString townshipCode;
    QString townshipName;
    QString villageName;
    QString categoriesText; // 残疾军人、参战退役人员
    qint64 amountFen = 0;
    QString bankName;
    QString problem; // why held
    LineState state = LineState::Pending;
    QDate paidOn;
    QString failReason;
    qint64 reissueOf = 0;
    qint64 reissuedBy = 0;
    QList<PaymentItem> items; // filled by PaymentListStore::line, not by pages of lines
};

struct PaymentRoll
{
    qint64 id = 0;
    RollKind kind = RollKind::Regular;
    QDate month;
    QString title; // 2026年12月优抚金发放花名册 / …补发（重发）花名册
    RollState state = RollState::Draft;
    int round = 0;
    int currentStep = 0;
    QList<Role> chain; // section_chief, director
    int lineCount = 0;
    qint64 totalFen = 0;
    int problemCount = 0;
    int paidCount = 0;    // filled when read
    int failedCount = 0;  // filled when read
    int pendingCount = 0; // filled when read
    QString cancelReason;
    qint64 draftedBy = 0;
    QString draftedByName;
    QDateTime draftedAt;
    QDateTime decidedAt;
    QList<ApprovalStep> steps; // filled by PaymentListStore::roll
};

// One township × category block of a roll's summary (A4 with the total in 大写).
struct RollSummaryRow
{
    QString townshipCode;
    QString townshipName;
    QString categoryName;
    int persons = 0;
    qint64 amountFen = 0;
};

enum class RecoveryState
{
    Proposed,  // 'proposed': found when a roll was drafted
    Approved,  // 'approved': the section chief confirmed it is owed back
    Recovered, // 'recovered': paid back (settledOn)
    WrittenOff // 'written_off': the director wrote it off (reason)
};

struct Recovery
{
    qint64 id = 0;
    qint64 personId = 0;
    QString personName;
    QString townshipCode;
    QString townshipName; // filled when read
    QList<QDate> months;
    qint64 amountFen = 0;
    QString reason; // 2026年9月死亡，2026年11月报告：多发2个月
    qint64 foundRollId = 0;
    RecoveryState state = RecoveryState::Proposed;
    QDateTime recordedAt;
    QString recordedByName;
    QDateTime decidedAt;
    QString decidedByName;
    QDate settledOn;
    QString settledNote;
};

// The columns a bank's batch file may have, in the template's order.
enum class BankColumn
{
    Seq,       // 'seq'        序号
    Account,   // 'account'    账号
    Name,      // 'name'       户名
    CitizenId, // 'citizen_id' 身份证号
    Amount,    // 'amount'     金额 (yuan, two decimals)
    Bank,      // 'bank'       开户行
    Township,  // 'township'   乡镇
    Village,   // 'village'    村（社区）
    Note       // 'note'       摘要 (the roll's title)
};

struct BankTemplate
{
    qint64 id = 0;
    QString name;
    QString bankName;
    QList<BankColumn> columns;
    bool headerRow = true;
    bool gbk = true;  // 'gb18030' (Excel on Chinese Windows) or 'utf-8'
    bool xlsx = false; // 'xlsx' or 'csv'
    bool summaryLine = false; // a last line: 合计, count, total
    bool active = true;
};

// One line of a roll as it goes to the bank (account decrypted, only while writing the file).
struct BankLine
{
    qint64 lineId = 0;
    int seq = 0;
    QString account;
    QString name;
    QString citizenId;
    qint64 amountFen = 0;
    QString bankName;
    QString townshipName;
    QString villageName;
};

// One data row of a bank's result file, as read (BankRules::readReturn).
struct BankReturnRow
{
    int row = 0; // as Excel shows it (1-based, header included)
    QString account;
    QString name;
    QString citizenId; // may be empty: not every bank sends it back
    qint64 amountFen = 0;
    bool success = false;
    QDate paidOn;   // when success (the file's date, or the row's)
    QString reason; // when not: 账户不存在, 已销户, 户名不符 …
};

enum class MatchOutcome
{
    Paid,      // matched one pending line; the bank paid it
    Failed,    // matched one pending line; the bank returned it
    Unmatched, // no pending line of the roll has that account and amount (and ID)
    Ambiguous, // more than one line fits; nothing guessed
    Duplicate, // the same line was already matched by an earlier row of this file
    Done       // the line already has a result from an earlier file: left as it was
};

struct MatchedRow
{
    BankReturnRow row;
    MatchOutcome outcome = MatchOutcome::Unmatched;
    qint64 lineId = 0; // when Paid, Failed, Duplicate or Done
    QString note;      // why unmatched / ambiguous, in the clerk's words
};

// "Timely and in full" for one township × category of a month (or a whole period).
struct TimelinessRow
{
    QString townshipCode;
    QString townshipName;
    QString categoryCode;
    QString categoryName;
    int lines = 0;
    qint64 owedFen = 0;       // every line of the month's live rolls (held included)
    qint64 paidFen = 0;       // lines the bank paid
    qint64 paidOnTimeFen = 0; // paid on or before the month's payment day
    qint64 failedFen = 0;     // returned and not yet paid again
    qint64 heldFen = 0;       // never sent (no account) and not yet paid again
    qint64 recoveryOpenFen = 0; // recoveries proposed or approved, not settled
};

// The citizen ID on a disclosure list: first 6 + 8 stars + last 4, or not at all (a setting).
enum class IdDisclosure
{
    Masked,
    Omitted
};

struct DisclosureOptions
{
    QDate month;
    QString townshipCode; // empty = every township
    bool maskName = false; // 张*明
    IdDisclosure id = IdDisclosure::Masked;
    QDate startsOn;
    QDate endsOn; // ≥ startsOn + 7 days
    QString supervisionPhone;
    QString office; // the issuing office, the settings' office name by default
};

// One recipient on a disclosure list. Never phone, bank account or address.
struct DisclosureRow
{
    int seq = 0;
    QString townshipName;
    QString villageName;
    QString name;      // masked when the options say so
    QString citizenId; // masked or empty
    QString categoryName;
    qint64 amountFen = 0;
};

} // namespace youfu::core
