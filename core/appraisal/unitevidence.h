#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace youfu::core {

// One record behind a township's indicator (click-through from the figure): its cells under
// UnitRules::evidenceHeaders and whether it counted in the numerator. Every row listed counts
// in the denominator.
struct UnitEvidenceRow
{
    QStringList cells;
    bool inNumerator = false;
};

// A page of the evidence: the column titles, the rows from `offset`, and how many there are.
struct UnitEvidencePage
{
    QStringList headers;
    QList<UnitEvidenceRow> rows;
    int count = 0;
};

} // namespace youfu::core
