#pragma once

#include <QString>
#include <QStringList>

namespace youfu::core {

// Splits a migration script into single statements (Qt runs one per exec). Knows that a
// CREATE TRIGGER body holds semicolons up to its END, and skips comment lines.
QStringList splitSqlScript(const QString& script);

} // namespace youfu::core
