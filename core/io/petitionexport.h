#pragma once

#include "common/result.h"
#include "io/tableexport.h"
#include "petition/petition.h"

namespace youfu::core {

class Database;

// The letters-and-visits cases (ExportList::Petitions) with the 信访 page's filters, as a table
// read by keyset pages of PetitionListStore::page, newest first: number, received, petitioners
// (names only, no ID), channel, subject, township, status, flags, responsible, deadline.
// `pageSize` 0 = 1000 lines a page. `db` must outlive the table.
Result<ExportTable> petitionsTable(Database& db, const CaseFilter& filter, int pageSize);

} // namespace youfu::core
