#pragma once

#include "common/result.h"

#include <QString>

namespace youfu::core {

// File copies that never leave half a file under the final name.
bool syncFile(const QString& path);     // flush a file's data to the disk
void syncFolder(const QString& folder); // make a rename in it durable (POSIX)
Status copyFileAtomically(const QString& from, const QString& to);
// Copies every file under `from` whose relative name is missing under `to` (the scan store is
// content-addressed: an existing name is the same content). Returns how many were copied.
Result<int> copyMissingFiles(const QString& from, const QString& to);

} // namespace youfu::core
