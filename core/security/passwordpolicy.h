#pragma once

#include "common/result.h"

#include <QString>

namespace youfu::core {

// GB/T 22239 level 3 asks for passwords of some complexity: at least 8 characters from at
// least three of the four classes (upper case, lower case, digits, other signs), and not the
// login name.
Status checkPasswordPolicy(const QString& password, const QString& login);

} // namespace youfu::core
