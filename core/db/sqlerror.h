#pragma once

#include <QString>

class QSqlError;

namespace youfu::core {

// What a failed statement means for the clerk. A full disk, a busy or damaged database and
// an I/O error each get their own plain sentence; anything else keeps SQLite's text.
// Stores use it for every message made from a QSqlError.
QString describeSqlError(const QSqlError& error);
bool isDiskFull(const QSqlError& error);

} // namespace youfu::core
