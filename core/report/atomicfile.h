#pragma once

#include "common/result.h"

#include <QIODevice>
#include <QString>

#include <functional>

namespace youfu::core {

// Writes a file all-or-nothing through QSaveFile: the content goes to a temporary file next to
// `path` and replaces it only when `write` succeeded and everything reached the disk. A failed or
// killed export leaves the previous file as it was and no half-written file behind.
// The file is readable and writable by its owner only (0600), whatever it replaces.
// `write` returns a failure to abandon the file; its message is passed on as it is.
Status writeFileAtomically(const QString& path, const std::function<Status(QIODevice& out)>& write);

// The same for writers that want a file name (a C library that opens the file itself):
// `write` gets the name of an empty 0600 temporary file in the folder of `path`, which replaces
// `path` only when `write` succeeded. On failure the temporary file is removed.
Status writeFileAtomicallyByName(const QString& path,
                                 const std::function<Status(const QString& tempPath)>& write);

} // namespace youfu::core
