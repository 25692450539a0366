#pragma once

#include "common/result.h"
#include "township/training.h"

#include <QHash>
#include <QList>
#include <QString>

namespace youfu::core {

// Pure rules of the training register (no database).
class TrainingRules
{
public:
    static QString kindKey(TrainingKind kind); // "annual_township", "monthly_study", "exchange"
    static Result<TrainingKind> kindFromKey(const QString& key);
    static QString kindTitle(TrainingKind kind); // in the clerk's words
    static QString dutyTitle(StaffDuty duty);    // 优抚专干 / 信息员 in the clerk's words
    // "3", "1.5": hours from minutes, as the lists and the summary show them.
    static QString hoursText(int minutes);

    // A session needs a date, a topic, a length (more than nothing, at most a day), and a
    // held session's date is not in the future.
    static Status checkSession(const TrainingSession& s, const QDate& today);
    // Attendance is recorded for a session whose day has come.
    static Status checkAttendance(const TrainingSession& s, const QDate& today);

    // Whether the worker served for any part of `year`.
    static bool servesIn(const InfoStaff& worker, int year);
    // Minutes each worker attended in held sessions of `year` (staff id → minutes).
    static QHash<qint64, int> minutesByWorker(const QList<TrainingAttendance>& records, int year);
    // The workers serving in `year` who attended no held annual township training of that
    // year, in the order given.
    static QList<InfoStaff> missingAnnual(const QList<InfoStaff>& workers,
                                          const QList<TrainingAttendance>& records, int year);
    // Per township (in the order the workers come): workers serving in the year, minutes
    // attended together, who missed the annual training.
    static QList<TownshipTrainingLine> townshipSummary(const QList<InfoStaff>& workers,
                                                       const QList<TrainingAttendance>& records,
                                                       int year);
};

} // namespace youfu::core
