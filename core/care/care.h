#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace youfu::core {

// 短期疗养 and 医疗一站式结算 (migration 0016). Money in integer fen, dates as QDate.

enum class BatchState
{
    Planned,
    Done,
    Cancelled
};
QString batchStateKey(BatchState state); // "planned", "done", "cancelled"
std::optional<BatchState> batchStateFromKey(const QString& key);
QString batchStateTitle(BatchState state); // in the clerk's words

// A recuperation batch: where, when, who escorts; counts filled by the store.
struct RecuperationBatch
{
    qint64 id = 0;
    QString title;
    QString place;
    QDate startsOn;
    QDate endsOn;
    QString escort;
    BatchState state = BatchState::Planned;
    QString note;
    int participants = 0;
    int attended = 0;
    qint64 costFen = 0;
};

struct BatchDraft
{
    QString title;
    QString place;
    QDate startsOn;
    QDate endsOn;
    QString escort;
    QString note;
};

// One person of a batch. attended is empty until the batch is over.
struct RecuperationParticipant
{
    qint64 batchId = 0;
    qint64 personId = 0;
    QString name;
    QString maskedCitizenId;
    QString townshipName;
    QString categories;
    QString health;
    std::optional<bool> attended;
    qint64 costFen = 0;
    QString overrideReason;
};

// Whether a person sent on a batch starting `startsOn` went too recently.
struct IntervalCheck
{
    QDate lastEnd;  // end of the last batch the person attended; invalid = never
    QDate freeFrom; // the first start date outside the interval; invalid = never went
    bool within = false;
};

// A person who may be chosen for a batch, with what the clerk weighs.
struct RecuperationCandidate
{
    qint64 personId = 0;
    QString name;
    QString maskedCitizenId;
    QString townshipName;
    QString categories;
    bool keyPerson = false;
    QString lastHealth; // the health note of the last batch the person was on
    IntervalCheck interval;
    bool alreadyInBatch = false;
};

struct ParticipantDraft
{
    qint64 personId = 0;
    QString health;
    QString overrideReason; // required when the interval check says "within"
};

struct AttendanceEntry
{
    qint64 personId = 0;
    bool attended = false;
    qint64 costFen = 0;
};

// One medical settlement. The four sums add up: total = insurance + subsidy + self.
struct MedicalSettlement
{
    qint64 id = 0;
    qint64 personId = 0;
    QString name;
    QString maskedCitizenId;
    QString townshipName;
    QString hospital;
    QDate admittedOn;
    QDate dischargedOn;
    QDate settledOn;
    qint64 totalFen = 0;
    qint64 insuranceFen = 0;
    qint64 subsidyFen = 0;
    qint64 selfFen = 0;
    QString note;
    QString capOverride;
    bool voided = false;
    QString voidReason;
};

struct MedicalDraft
{
    qint64 personId = 0;
    QString hospital;
    QDate admittedOn;
    QDate dischargedOn;
    QDate settledOn;
    qint64 totalFen = 0;
    qint64 insuranceFen = 0;
    qint64 subsidyFen = 0;
    qint64 selfFen = 0;
    QString note;
    QString capOverride; // required when the subsidy goes over the year's cap
};

// Which settlements a list shows.
struct MedicalFilter
{
    int year = 0;         // 0 = every year (by settled_on)
    QString townshipCode; // empty = every township
    QString text;         // the person's name contains, or a full citizen ID
    bool withVoided = true;
};

// The yearly subsidy of one person against the cap.
struct CapCheck
{
    qint64 usedFen = 0; // subsidy of the year before this settlement, voided ones left out
    qint64 capFen = 0;
    qint64 leftFen = 0; // room left before this settlement (never below 0)
    bool exceeds = false;
};

// One line of a person's care (the person editor's 关爱 tab).
enum class CareEventKind
{
    Recuperation,
    Medical,
    FreeClinic,
    TemporaryAssistance
};
QString careEventKindTitle(CareEventKind kind);

struct CareEvent
{
    QDate date;
    CareEventKind kind = CareEventKind::Recuperation;
    QString summary;
    qint64 amountFen = 0; // 0 = no amount
    qint64 recordId = 0;
};

// The office's care settings (SettingsStore keys) and their defaults.
inline constexpr const char* kRecuperationIntervalKey = "care.recuperation_interval_years";
inline constexpr const char* kMedicalCapKey = "care.medical_subsidy_cap_fen";
inline constexpr int kDefaultRecuperationIntervalYears = 2;
inline constexpr qint64 kDefaultMedicalCapFen = 1000000;

} // namespace youfu::core
