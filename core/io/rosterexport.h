#pragma once

#include "common/result.h"
#include "io/rosterexportstore.h"
#include "io/tableexport.h"

namespace youfu::core {

class Database;

// The roster that the roster import takes back (ExportList::Roster): one row per current
// category of each active person, under the header texts the import recognises (序号, 姓名,
// 身份证号 … 享受时间, 残疾等级 …). The headers are the file's format, so they are Chinese in
// every language of the program. With `fullIds` the full citizen ID, the birth date and the
// phone; otherwise the masked ID, the year of birth only and no phone column (such a file is
// for reading, not for importing). The caller checks the permissions. `db` must outlive it.
Result<ExportTable> rosterExportTable(Database& db, const RosterExportFilter& filter, bool fullIds);

} // namespace youfu::core
