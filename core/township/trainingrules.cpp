#include "township/trainingrules.h"

#include "common/isotime.h"

#include <QCoreApplication>
#include <QSet>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::TrainingRules)
};

constexpr int kMaxMinutes = 24 * 60;
} // namespace

QString TrainingRules::kindKey(TrainingKind kind)
{
    switch (kind) {
    case TrainingKind::AnnualTownship:
        return QStringLiteral("annual_township");
    case TrainingKind::MonthlyStudy:
        return QStringLiteral("monthly_study");
    case TrainingKind::Exchange:
        return QStringLiteral("exchange");
    }
    return QString();
}

Result<TrainingKind> TrainingRules::kindFromKey(const QString& key)
{
    for (TrainingKind k :
         {TrainingKind::AnnualTownship, TrainingKind::MonthlyStudy, TrainingKind::Exchange}) {
        if (kindKey(k) == key)
            return k;
    }
    return Result<TrainingKind>::failure(Tr::tr("Unknown kind of training: %1").arg(key));
}

QString TrainingRules::kindTitle(TrainingKind kind)
{
    switch (kind) {
    case TrainingKind::AnnualTownship:
        return Tr::tr("Annual township training");
    case TrainingKind::MonthlyStudy:
        return Tr::tr("Monthly study of the section");
    case TrainingKind::Exchange:
        return Tr::tr("Experience exchange");
    }
    return QString();
}

QString TrainingRules::dutyTitle(StaffDuty duty)
{
    return duty == StaffDuty::Care ? Tr::tr("Special-care worker") : Tr::tr("Information staff");
}

QString TrainingRules::hoursText(int minutes)
{
    if (minutes % 60 == 0)
        return QString::number(minutes / 60);
    return QString::number(minutes / 60.0, 'f', minutes % 6 == 0 ? 1 : 2);
}

Status TrainingRules::checkSession(const TrainingSession& s, const QDate& today)
{
    if (!s.heldOn.isValid())
        return Status::failure(Tr::tr("Give the day of the training."));
    if (s.topic.trimmed().isEmpty())
        return Status::failure(Tr::tr("Give the topic of the training."));
    if (s.minutes <= 0)
        return Status::failure(Tr::tr("Give how many hours the training takes."));
    if (s.minutes > kMaxMinutes)
        return Status::failure(Tr::tr("A training session takes at most 24 hours; record a "
                                      "longer course day by day."));
    if (s.held && s.heldOn > today)
        return Status::failure(Tr::tr("The training of %1 has not been held yet: it is still "
                                      "planned.")
                                   .arg(chineseDate(s.heldOn)));
    return Status::success();
}

Status TrainingRules::checkAttendance(const TrainingSession& s, const QDate& today)
{
    if (s.heldOn.isValid() && s.heldOn > today)
        return Status::failure(Tr::tr("Attendance is recorded once the training is held; it "
                                      "is planned for %1.")
                                   .arg(chineseDate(s.heldOn)));
    return Status::success();
}

bool TrainingRules::servesIn(const InfoStaff& worker, int year)
{
    const QDate first(year, 1, 1);
    const QDate last(year, 12, 31);
    if (worker.since.isValid() && worker.since > last)
        return false;
    if (worker.until.isValid() && worker.until < first)
        return false;
    return true;
}

QHash<qint64, int> TrainingRules::minutesByWorker(const QList<TrainingAttendance>& records,
                                                  int year)
{
    QHash<qint64, int> out;
    for (const TrainingAttendance& r : records) {
        if (r.held && r.attended && r.heldOn.year() == year && r.staffId > 0)
            out[r.staffId] += r.minutes;
    }
    return out;
}

QList<InfoStaff> TrainingRules::missingAnnual(const QList<InfoStaff>& workers,
                                              const QList<TrainingAttendance>& records, int year)
{
    QSet<qint64> came;
    for (const TrainingAttendance& r : records) {
        if (r.held && r.attended && r.kind == TrainingKind::AnnualTownship &&
            r.heldOn.year() == year)
            came.insert(r.staffId);
    }
    QList<InfoStaff> out;
    for (const InfoStaff& w : workers) {
        if (servesIn(w, year) && !came.contains(w.id))
            out << w;
    }
    return out;
}

QList<TownshipTrainingLine> TrainingRules::townshipSummary(const QList<InfoStaff>& workers,
                                                           const QList<TrainingAttendance>& records,
                                                           int year)
{
    const QHash<qint64, int> minutes = minutesByWorker(records, year);
    QSet<qint64> missing;
    for (const InfoStaff& w : missingAnnual(workers, records, year))
        missing.insert(w.id);
    QList<TownshipTrainingLine> out;
    QHash<QString, int> at;
    for (const InfoStaff& w : workers) {
        if (!servesIn(w, year))
            continue;
        auto it = at.constFind(w.townshipCode);
        if (it == at.constEnd()) {
            it = at.insert(w.townshipCode, int(out.size()));
            out << TownshipTrainingLine{w.townshipCode, w.townshipName, 0, 0, {}};
        }
        TownshipTrainingLine& line = out[*it];
        ++line.workers;
        line.minutes += minutes.value(w.id);
        if (missing.contains(w.id))
            line.missing << w.name;
    }
    return out;
}

} // namespace youfu::core
