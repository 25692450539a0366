#pragma once

#include "petition/warning.h" // InfoStaff, StaffDuty

#include <QDate>
#include <QList>
#include <QString>

namespace youfu::core {

// What a training session is (training_sessions.kind).
enum class TrainingKind
{
    AnnualTownship, // 'annual_township': the annual training of the townships' workers
    MonthlyStudy,   // 'monthly_study': the section's monthly study
    Exchange        // 'exchange': an experience exchange
};

// 业务培训: one session, planned (no attendance yet) or held.
struct TrainingSession
{
    qint64 id = 0;
    QDate heldOn;
    QString topic;
    QString trainer;
    int minutes = 0; // hours × 60
    TrainingKind kind = TrainingKind::AnnualTownship;
    QString place;
    bool held = false;
    QString note;
    int invited = 0;   // filled when read
    int attended = 0;  // filled when read
    int materials = 0; // filled when read
};

// Someone asked to come: a township worker (staffId) or a member of the bureau's staff
// (userId); exactly one of the two.
struct TrainingAttendee
{
    qint64 id = 0;
    qint64 staffId = 0;
    qint64 userId = 0;
    QString name;
    bool attended = false;
    // Filled when read: the township (empty for the bureau's staff), the duty, the phone
    // (decrypted; the window and the paper mask it).
    QString townshipCode;
    QString townshipName;
    StaffDuty duty = StaffDuty::Info;
    QString phone;
};

// A material of a session, content-addressed in the scan store.
struct TrainingMaterial
{
    qint64 sessionId = 0;
    int ord = 0;
    QString title;
    QString sha256;
    QString extension;
};

// One township worker's place in one session, as the rules count hours and the annual
// training: what the session was and whether they came.
struct TrainingAttendance
{
    qint64 staffId = 0;
    QDate heldOn;
    TrainingKind kind = TrainingKind::AnnualTownship;
    int minutes = 0;
    bool held = false;
    bool attended = false;
};

// One township in the summary of a year's training.
struct TownshipTrainingLine
{
    QString townshipCode;
    QString townshipName;
    int workers = 0;     // serving in the year
    int minutes = 0;     // hours × 60 its workers attended, together
    QStringList missing; // workers serving in the year who missed the annual training
};

} // namespace youfu::core
