#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace youfu::core {

// 重点对象: why a person is watched, how closely, and who answers for them. A record with history:
// a change ends the current record (until) and starts a new one.
enum class KeyPersonReason
{
    LongPetition,
    Hardship,
    SeriousIllness,
    ElderlyAlone,
    MentalDisorder,
    Other
};
enum class RiskLevel
{
    Normal,
    Elevated,
    High
}; // 一般 / 较高 / 高

struct KeyPersonRecord
{
    qint64 id = 0;
    qint64 personId = 0;
    QString personName; // filled when read
    KeyPersonReason reason = KeyPersonReason::Other;
    QString reasonText; // required for Other, free note otherwise
    RiskLevel risk = RiskLevel::Normal;
    qint64 leaderUserId = 0; // 包保领导 (a user), or…
    QString leaderName;      // … a name when the leader has no login
    qint64 workerUserId = 0; // 责任人 (a user), or…
    QString workerName;      // … a named township worker
    QDate since;
    QDate until;       // invalid while current
    QDate reviewOn;    // next review of the record
    QString endReason; // why it ended (e.g. the person died: set by the program)
};

// How often a plan's visits fall due. Festival visits come on top of the rhythm (or alone).
enum class Rhythm
{
    None,
    EveryNWeeks,
    Monthly,
    Quarterly,
    Yearly
};

// A plan covers one key person, or a group: persons holding one of `categoryCodes` (and, for
// disabled servicemen, one of `grades` when not empty) living in one of `townshipCodes` (all
// townships when empty). Only active persons are covered: a person who dies or moves away drops
// out of every plan by itself.
struct VisitPlan
{
    qint64 id = 0;
    QString title;
    qint64 personId = 0;       // a single person, or 0 for a group
    QStringList categoryCodes; // group plans
    QList<int> grades;         // group plans of disabled servicemen; empty = all
    QStringList townshipCodes; // group plans; empty = every township
    Rhythm rhythm = Rhythm::Monthly;
    int everyWeeks = 0;                // for EveryNWeeks (1…52)
    bool beforeBayi = false;           // due by 1 August
    bool beforeSpringFestival = false; // due by the lunar new year (LunarCalendar)
    QList<qint64> visitorUserIds;      // assigned visitors (users) …
    QStringList visitorNames;          // … and named visitors without a login
    QDate start;
    QDate end;                     // invalid: open-ended
    QDate pausedFrom, pausedUntil; // a pause (both valid) skips the due dates inside it
    bool active = true;            // false once ended or stopped
    QString stoppedReason;
};

enum class VisitForm
{
    Home,
    Phone,
    AtBureau,
    Symposium
}; // 上门 / 电话 / 来局 / 座谈

// What follows a visit; linked both ways with what it opened.
enum class FollowUpKind
{
    None,
    PetitionCase,
    AssistanceDraft,
    ChiefNote
};

struct VisitRecord
{
    qint64 id = 0;
    QDate date;
    VisitForm form = VisitForm::Home;
    QList<qint64> personIds;   // persons met (registry)
    QStringList personNames;   // filled when read
    qint64 planId = 0;         // the plan it was made under, if any
    qint64 receptionDayId = 0; // taken on a reception day, if any
    QList<qint64> visitorUserIds;
    QStringList visitorNames;
    QString demands;      // 诉求: what they said and asked
    QString explained;    // what was explained
    QString difficulties; // difficulties found
    qint64 moneyFen = 0;
    QString goods;
    QStringList photoShas; // content-addressed like scans (ScanStore)
    FollowUpKind followUp = FollowUpKind::None;
    qint64 followUpId = 0; // the case / application it opened
    QString followUpNote;  // the note for the section chief
};

// One due date of one plan for one person, and where it stands.
enum class DueState
{
    Done,
    Due,
    Overdue
};

struct DueOccurrence
{
    QDate due;
    DueState state = DueState::Due;
    QDate doneOn;     // the visit that satisfied it
    QString festival; // "八一" / "春节" for festival dues, empty for the rhythm
};

// A line of the "visits due" list.
struct DueVisit
{
    qint64 planId = 0;
    QString planTitle;
    qint64 personId = 0;
    QString personName;
    QString sortName; // the person's sort key (pinyin): with due, personId, planId the DueCursor
    QString maskedCitizenId;
    QString townshipCode;
    QString townshipName;
    RiskLevel risk = RiskLevel::Normal; // of the current key-person record, Normal if none
    QString leaderName;
    QDate due;
    DueState state = DueState::Due;
    QString festival;
};

struct DueFilter
{
    QDate until;             // dues up to this day (inclusive); invalid = today
    QString townshipCode;    // empty = all
    qint64 leaderUserId = 0; // 0 = any
    QString leaderName;      // or by name
    int minimumRisk = -1;    // -1 = any, else int(RiskLevel)
    bool overdueOnly = false;
};

// Keyset position in the due list (ordered by due, person name pinyin, person id, plan id).
struct DueCursor
{
    QDate due;
    QString sortName;
    qint64 personId = 0;
    qint64 planId = 0;
};

struct DueCounts
{
    int dueThisWeek = 0; // due from today to Sunday of this week, not yet done
    int overdue = 0;
};

// One day of the month calendar.
struct VisitDay
{
    QDate date;
    int due = 0, done = 0, overdue = 0;
};

} // namespace youfu::core
