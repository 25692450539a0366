#pragma once

#include "care/freeclinic.h"

#include <QStringList>

namespace youfu::core {

// Pure rules of the free-clinic register. No database.
class FreeClinicRules
{
public:
    // Everything missing or wrong, one line each in the clerk's words; empty when it may be
    // saved. `listed` is how many registry persons are recorded as seen.
    static QStringList problems(const FreeClinic& clinic, int listed, const QDate& today);
};

} // namespace youfu::core
