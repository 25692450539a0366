#pragma once

#include "common/result.h"
#include "io/tableexport.h"
#include "security/actor.h"

#include <QStringList>

namespace youfu::core {

class Database;

// A table a page computed and shows (the petition statistics), written through the export
// engine (xlsx or CSV by the file's name, 0600, atomic) with one audit entry "list.export"
// naming `listKey` ("petition_statistics"), the rows, the format and the file. Needs
// Permission::ViewBusiness. Returns the number of rows.
Result<qint64> exportComputedTable(Database& db, const Actor& actor, const QString& listKey,
                                   const QString& title, const QString& subtitle,
                                   const QStringList& headers, const QList<QStringList>& lines,
                                   const QString& path);

} // namespace youfu::core
