#pragma once

#include "common/result.h"
#include "io/tableexport.h"
#include "visit/visit.h"

namespace youfu::core {

class Database;

// The visits due (ExportList::VisitsDue) as a table read by keyset pages of
// VisitStore::dueList: due date, state, person, masked ID, township, risk, leader, plan.
// `pageSize` 0 = 1000 lines a page. `db` must outlive the table.
Result<ExportTable> visitsDueTable(Database& db, const DueFilter& filter, int pageSize);

} // namespace youfu::core
