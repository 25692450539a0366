#pragma once

#include "care/freeclinic.h"
#include "io/tableexport.h"

namespace youfu::core {

class Database;

// The free-clinic register under a filter as an export table (read in pages when written).
ExportTable freeClinicTable(Database& db, const FreeClinicFilter& filter);

} // namespace youfu::core
