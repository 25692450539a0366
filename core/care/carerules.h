#pragma once

#include "care/care.h"
#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace youfu::core {

// The care registers' rules: pure, no database.
namespace carerules {

// Whether a batch starting `startsOn` comes within `years` of `lastEnd` (the end of the last
// batch the person attended). The interval runs from the day after lastEnd: a person whose
// batch ended 2024-05-10 is free again from 2026-05-10 with two years; 29 February falls
// back to 28 February in a year without it.
IntervalCheck recuperationInterval(const QDate& lastEnd, const QDate& startsOn, int years);

// The warning to show the clerk ("went on 2025-05-10; the interval is 2 years…"); empty when
// the person is outside the interval.
QString intervalWarning(const IntervalCheck& check, int years);

// A participant within the interval needs a reason; never refused otherwise.
Status checkParticipant(const IntervalCheck& check, const QString& overrideReason);

// What the clerk sees beside a candidate: last recuperation, health, key person.
QString eligibilityText(const RecuperationCandidate& candidate, int years);

// A batch as typed: title, place, dates in order.
Status checkBatch(const BatchDraft& draft);

// The subsidy of the settlements of `year` (by settled_on), voided ones left out,
// `excludeId` (the one being edited) too.
qint64 yearSubsidy(const QList<MedicalSettlement>& settlements, int year, qint64 excludeId = 0);

// The room left under the cap before `subsidyFen` is added to `usedFen`.
CapCheck capCheck(qint64 usedFen, qint64 capFen, qint64 subsidyFen);

// The settlement as typed: hospital, dates in order, sums not negative and adding up, and a
// reason when the subsidy goes over the cap.
Status checkSettlement(const MedicalDraft& draft, const CapCheck& cap);

// "1,234.50" from fen.
QString yuan(qint64 fen);

} // namespace carerules
} // namespace youfu::core
