#include "care/carerules.h"

#include "common/isotime.h"

#include <QCoreApplication>
#include <QLocale>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::CareRules)
};
} // namespace

QString batchStateKey(BatchState state)
{
    switch (state) {
    case BatchState::Planned:
        return QStringLiteral("planned");
    case BatchState::Done:
        return QStringLiteral("done");
    case BatchState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

std::optional<BatchState> batchStateFromKey(const QString& key)
{
    for (BatchState s : {BatchState::Planned, BatchState::Done, BatchState::Cancelled})
        if (batchStateKey(s) == key)
            return s;
    return std::nullopt;
}

QString batchStateTitle(BatchState state)
{
    switch (state) {
    case BatchState::Planned:
        return Tr::tr("Planned");
    case BatchState::Done:
        return Tr::tr("Done");
    case BatchState::Cancelled:
        return Tr::tr("Cancelled");
    }
    return QString();
}

QString careEventKindTitle(CareEventKind kind)
{
    switch (kind) {
    case CareEventKind::Recuperation:
        return Tr::tr("Recuperation");
    case CareEventKind::Medical:
        return Tr::tr("Medical settlement");
    case CareEventKind::FreeClinic:
        return Tr::tr("Free clinic");
    case CareEventKind::TemporaryAssistance:
        return Tr::tr("Temporary assistance");
    }
    return QString();
}

namespace carerules {

IntervalCheck recuperationInterval(const QDate& lastEnd, const QDate& startsOn, int years)
{
    IntervalCheck c;
    c.lastEnd = lastEnd;
    if (!lastEnd.isValid())
        return c;
    // QDate::addYears moves 29 February to 28 February in a year without it.
    c.freeFrom = lastEnd.addYears(qMax(0, years));
    c.within = startsOn.isValid() && startsOn < c.freeFrom;
    return c;
}

QString intervalWarning(const IntervalCheck& check, int years)
{
    if (!check.within)
        return QString();
    return Tr::tr("Last recuperation ended on %1; the section sends a person again after %2 "
                  "year(s), from %3. Give the reason to send them now.")
        .arg(toIsoDate(check.lastEnd))
        .arg(years)
        .arg(toIsoDate(check.freeFrom));
}

Status checkParticipant(const IntervalCheck& check, const QString& overrideReason)
{
    if (check.within && overrideReason.trimmed().isEmpty())
        return Status::failure(
            Tr::tr("This person's last recuperation ended on %1, within the interval the "
                   "section set: write why they go again.")
                .arg(toIsoDate(check.lastEnd)));
    return Status::success();
}

QString eligibilityText(const RecuperationCandidate& candidate, int years)
{
    QStringList parts;
    if (candidate.keyPerson)
        parts << Tr::tr("key person");
    if (candidate.interval.lastEnd.isValid())
        parts << Tr::tr("last recuperation ended %1").arg(toIsoDate(candidate.interval.lastEnd));
    else
        parts << Tr::tr("never on recuperation");
    if (!candidate.lastHealth.trimmed().isEmpty())
        parts << Tr::tr("health: %1").arg(candidate.lastHealth.trimmed());
    if (candidate.interval.within)
        parts << Tr::tr("within %1 year(s): reason needed").arg(years);
    return parts.join(Tr::tr("; "));
}

Status checkBatch(const BatchDraft& draft)
{
    if (draft.title.trimmed().isEmpty())
        return Status::failure(Tr::tr("Give the batch a title."));
    if (draft.place.trimmed().isEmpty())
        return Status::failure(Tr::tr("Write where the batch goes."));
    if (!draft.startsOn.isValid() || !draft.endsOn.isValid())
        return Status::failure(Tr::tr("Give the first and the last day of the batch."));
    if (draft.endsOn < draft.startsOn)
        return Status::failure(Tr::tr("The batch cannot end before it starts."));
    return Status::success();
}

qint64 yearSubsidy(const QList<MedicalSettlement>& settlements, int year, qint64 excludeId)
{
    qint64 sum = 0;
    for (const MedicalSettlement& s : settlements)
        if (!s.voided && s.settledOn.year() == year && (excludeId == 0 || s.id != excludeId))
            sum += s.subsidyFen;
    return sum;
}

CapCheck capCheck(qint64 usedFen, qint64 capFen, qint64 subsidyFen)
{
    CapCheck c;
    c.usedFen = usedFen;
    c.capFen = capFen;
    c.leftFen = qMax<qint64>(0, capFen - usedFen);
    c.exceeds = subsidyFen > c.leftFen;
    return c;
}

Status checkSettlement(const MedicalDraft& d, const CapCheck& cap)
{
    if (d.personId <= 0)
        return Status::failure(Tr::tr("Choose the person whose bill is settled."));
    if (d.hospital.trimmed().isEmpty())
        return Status::failure(Tr::tr("Write the hospital."));
    if (!d.admittedOn.isValid() || !d.dischargedOn.isValid() || !d.settledOn.isValid())
        return Status::failure(Tr::tr("Give the days of admission, discharge and settlement."));
    if (d.dischargedOn < d.admittedOn)
        return Status::failure(Tr::tr("The discharge cannot come before the admission."));
    if (d.settledOn < d.admittedOn)
        return Status::failure(Tr::tr("The bill cannot be settled before the admission."));
    if (d.totalFen < 0 || d.insuranceFen < 0 || d.subsidyFen < 0 || d.selfFen < 0)
        return Status::failure(Tr::tr("No sum can be negative."));
    if (d.totalFen <= 0)
        return Status::failure(Tr::tr("Write the total cost."));
    if (d.insuranceFen + d.subsidyFen + d.selfFen != d.totalFen)
        return Status::failure(
            Tr::tr("Insurance %1 + subsidy %2 + paid by the person %3 make %4, not the total %5 "
                   "yuan.")
                .arg(yuan(d.insuranceFen), yuan(d.subsidyFen), yuan(d.selfFen),
                     yuan(d.insuranceFen + d.subsidyFen + d.selfFen), yuan(d.totalFen)));
    if (cap.exceeds && d.capOverride.trimmed().isEmpty())
        return Status::failure(
            Tr::tr("The subsidy goes over this year's cap of %1 yuan: %2 yuan are left. Write "
                   "why it is paid anyway.")
                .arg(yuan(cap.capFen), yuan(cap.leftFen)));
    return Status::success();
}

QString yuan(qint64 fen)
{
    const bool negative = fen < 0;
    const qint64 a = negative ? -fen : fen;
    QString s = QLocale(QLocale::English).toString(a / 100) + QLatin1Char('.') +
                QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + s : s;
}

} // namespace carerules
} // namespace youfu::core
