#pragma once

#include "io/tableexport.h"
#include "township/publicity.h"

namespace youfu::core {

class Database;

// The publicity register under a filter as an export table.
ExportTable publicityTable(Database& db, const PublicityFilter& filter);

} // namespace youfu::core
