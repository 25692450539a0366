#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace youfu::core {

// 信访 (letters and visits, issue 13). Value types only; the clock lives in PetitionRules, the
// SQL in PetitionStore. Keys stored in the database are given beside each enum.

enum class PetitionChannel
{
    Letter,   // 来信      'letter'
    Visit,    // 来访      'visit'
    Phone,    // 电话      'phone'
    Online,   // 网上信访  'online'
    Leader,   // 领导交办  'leader'
    Forwarded // 上级转送  'forwarded' (with the forwarding office and its number)
};

enum class PetitionSubject
{
    Benefit,    // 抚恤待遇 'benefit'
    Status,     // 身份认定 'status'
    Medical,    // 医疗     'medical'
    Housing,    // 住房     'housing'
    Employment, // 就业安置 'employment'
    Other       // 其他     'other'
};

// 越级访: to whom above the county the petitioners went.
enum class BeyondLevel
{
    None,     // ''
    City,     // 'city'      市
    Province, // 'province'  省
    Beijing   // 'beijing'   进京
};

// Where a case stands. Registered → (Accepted | NotAccepted | Forwarded); Accepted → Answered
// (with a result) → Closed (after the return visit, or when the review window has passed);
// Answered/Closed → Reviewing (复查 requested within 30 days of the answer) → Answered again
// (the review decision) → Rereviewing (复核) → Answered → Closed. NotAccepted and Forwarded end
// the case for this office.
enum class CaseStatus
{
    Registered,  // 待受理   'registered'
    Accepted,    // 办理中   'accepted'
    NotAccepted, // 不予受理 'not_accepted'
    Forwarded,   // 已转送   'forwarded'
    Answered,    // 已答复   'answered'
    Reviewing,   // 复查中   'reviewing'
    Rereviewing, // 复核中   'rereviewing'
    Closed       // 已办结   'closed'
};

enum class AcceptDecision
{
    Accept,    // 受理
    NotAccept, // 不予受理 (with the reason)
    Forward    // 转送 the competent office
};

enum class AnswerResult
{
    None,       // ''
    Solved,     // 解决       'solved'
    Partly,     // 部分解决   'partly'
    Explained,  // 解释说明   'explained'
    Unsupported // 不予支持   'unsupported'
};

enum class AnswerWay
{
    Written,  // 书面     'written'
    InPerson, // 当面     'in_person'
    Phone     // 电话     'phone'
};

enum class Satisfaction
{
    None,         // ''           (no return visit yet)
    Satisfied,    // 满意         'satisfied'
    Basically,    // 基本满意     'basically'
    Dissatisfied, // 不满意       'dissatisfied'
    NoView        // 未表态       'no_view'
};

// Which statutory clock runs for a case.
enum class ClockKind
{
    None,            // nothing due from the office (ended, answered and waiting, closed)
    Acceptance,      // decide on acceptance: received + 15 days
    Answer,          // answer: accepted + 60 days (+ extension ≤ 30)
    ReviewDecision,  // decide the review: requested + 30 days
    RereviewDecision // decide the re-review: requested + 30 days
};

// How a deadline looks: green, amber within 3 days, red when overdue.
enum class DeadlineBadge
{
    None,
    Ok,
    Soon,   // 0…3 days left
    Overdue // past the deadline
};

struct Petitioner
{
    qint64 id = 0;
    qint64 personId = 0; // a registry person, or 0 for an outsider …
    QString name;        // … with name (required), phone, address and optional ID
    QString phone;
    QString address;
    QString citizenId; // stored as given; shown masked like the registry's
};

// One step of a case's way: who, when, what, the opinion.
struct PetitionStep
{
    qint64 id = 0;
    QDateTime at;
    QString kind; // 'register','accept','not_accept','forward','assign','extend','answer',
                  // 'return_visit','review_request','review_answer','rereview_request',
                  // 'rereview_answer','close','notify','note','flag'
    qint64 userId = 0;
    QString actorName;
    QString opinion;
};

struct PetitionAttachment
{
    QString sha256; // content-addressed in the scan store, like archive scans
    QString extension;
    QString title;
};

struct PetitionCase
{
    qint64 id = 0;
    QString number; // 武优信〔2026〕0001号, given at registration, per year without gaps
    QDateTime receivedAt;
    PetitionChannel channel = PetitionChannel::Letter;
    QString forwardedBy;     // 上级转送: the forwarding office …
    QString forwardedNumber; // … and its number (转办单号)
    PetitionSubject subject = PetitionSubject::Other;
    QString townshipCode; // township of origin
    QString townshipName; // filled when read
    QString summary;
    QString demands;
    QList<Petitioner> petitioners; // one or many
    bool groupByHand = false;      // 集体访 set by hand …
    bool group = false;            // … or by itself at five or more petitioners (read only)
    BeyondLevel beyond = BeyondLevel::None;
    qint64 repeatOfId = 0;     // 重复信访: the earlier case
    QString repeatOfNumber;    // filled when read
    qint64 visitId = 0;        // opened from a visit's follow-up (走访), linked both ways
    qint64 receptionDayId = 0; // taken on a reception day (接访日)

    CaseStatus status = CaseStatus::Registered;
    // Acceptance.
    QDate decidedOn;        // 受理 / 不予受理 / 转送 on
    QString decisionReason; // why not accepted; for Forward: the competent office
    QDate notifiedOn;       // written notice to the petitioner
    // Responsibility (set at acceptance; may be reassigned).
    qint64 responsibleUserId = 0;
    QString responsibleName; // 责任人
    QString responsibleUnit; // 责任单位: a township code, or an office's name
    // Extension (once).
    int extensionDays = 0;
    QString extensionReason;
    qint64 extensionApprovedBy = 0;
    QString extensionApproverName;
    QDate extendedOn;
    // Answer.
    QDate answeredOn;
    AnswerResult result = AnswerResult::None;
    AnswerWay answerWay = AnswerWay::Written;
    QString answerText;
    // Return visit.
    QDate returnVisitOn;
    Satisfaction satisfaction = Satisfaction::None;
    QString returnVisitNote;
    // Review (复查) and re-review (复核).
    QDate reviewRequestedOn, reviewAnsweredOn;
    QDate rereviewRequestedOn, rereviewAnsweredOn;
    QDate closedOn;

    QDate deadline; // of the clock that runs now (kept by the store from PetitionRules)
    QList<PetitionAttachment> attachments;
    QList<PetitionStep> steps; // the timeline, oldest first (filled by PetitionStore::read)
};

// A line of the case list (lazy, keyset-paged).
struct CaseLine
{
    qint64 id = 0;
    QString number;
    QDate receivedOn;
    QDateTime receivedAt;    // the keyset position (CaseCursor) of the line
    QString petitionerNames; // "张三等6人"
    PetitionChannel channel = PetitionChannel::Letter;
    PetitionSubject subject = PetitionSubject::Other;
    QString townshipName;
    CaseStatus status = CaseStatus::Registered;
    bool group = false;
    BeyondLevel beyond = BeyondLevel::None;
    bool repeat = false;
    QString responsibleName;
    QDate deadline; // invalid when no clock runs
    DeadlineBadge badge = DeadlineBadge::None;
    int daysLeft = 0;
};

struct CaseFilter
{
    QList<CaseStatus> statuses; // empty = all
    bool openOnly = false;      // a clock runs (Registered, Accepted, Reviewing, Rereviewing)
    bool overdueOnly = false;   // deadline < today
    int dueWithinDays = -1;     // deadline in [today, today + n]; -1 = any
    QString townshipCode;
    int subject = -1; // int(PetitionSubject), -1 = any
    bool groupOnly = false, beyondOnly = false, repeatOnly = false;
    qint64 responsibleUserId = 0;
    QString text;        // number, petitioner name or summary contains
    qint64 personId = 0; // cases of one registry person
};

// Keyset position: newest first (received_at desc, id desc).
struct CaseCursor
{
    QDateTime receivedAt;
    qint64 id = 0;
};

struct PetitionCounts
{
    int dueWithin7 = 0; // a clock runs, deadline in [today, today + 7]
    int overdue = 0;    // a clock runs, deadline < today
    int warningsOpen = 0;
};

// Statistics: one table each, for a date range of receipt.
struct PetitionStatRow
{
    QString key;   // '2026-03', a channel / subject key, a township code
    QString title; // its title for the table
    int cases = 0;
    int acceptedOnTime = 0, accepted = 0; // decided ≤ 15 days after receipt
    int answeredOnTime = 0, answered = 0; // answered ≤ 60 (+ extension) days after acceptance
    int satisfied = 0, returnVisits = 0;  // 满意 + 基本满意 among return visits
};

} // namespace youfu::core
