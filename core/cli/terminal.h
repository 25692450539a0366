#pragma once

#include <QString>

namespace youfu::core {

// Reads one line from standard input; without echo when it is a terminal.
QString readSecretLine(const QString& prompt);

} // namespace youfu::core
