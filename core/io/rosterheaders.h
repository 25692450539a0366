#pragma once

#include "io/roster.h"

#include <QString>

namespace youfu::core {

// The header words of old rosters: synonyms of each field, compared after normalising (case,
// spaces of every kind, full-width forms, a "*" marking a required column, a trailing colon).
class RosterHeaders
{
public:
    static QString normalise(const QString& header);
    // The field a header names ("服役情况/入伍时间" by its last part); Ignore when unknown.
    static RosterField fieldOf(const QString& header);
    // How many cells of a row are known header words: how a header row is found.
    static int score(const SheetRow& row);
    // Excel's column letters: 0 → A, 26 → AA.
    static QString columnLetter(int column);
};

} // namespace youfu::core
