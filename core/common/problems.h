#pragma once

#include "common/result.h"

#include <QStringList>

namespace youfu::core {

// The first of the rules' objections (in the clerk's words), or success when there is none:
// how a store turns a rule's check* list into the Status it returns.
inline Status firstProblem(const QStringList& problems)
{
    return problems.isEmpty() ? Status::success() : Status::failure(problems.first());
}

} // namespace youfu::core
