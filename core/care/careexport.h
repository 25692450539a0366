#pragma once

#include "care/care.h"
#include "common/result.h"
#include "io/tableexport.h"
#include "security/actor.h"

namespace youfu::core {

class Database;

// The care registers as spreadsheets (citizen IDs masked), each written with one audit entry
// ("list.export") before the file is put in place; files are 0600 (exportTable).
Result<qint64> exportMedical(Database& db, const Actor& actor, const MedicalFilter& filter,
                             const QString& subtitle, const QString& path, ExportOptions options);
Result<qint64> exportRecuperation(Database& db, const Actor& actor, qint64 batchId,
                                  const QString& path, ExportOptions options);

} // namespace youfu::core
