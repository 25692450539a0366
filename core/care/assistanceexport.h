#pragma once

#include "care/assistanceregister.h"
#include "io/tableexport.h"

namespace youfu::core {

class Database;

// The register of temporary assistance granted as an export table, citizen IDs masked.
ExportTable assistanceTable(Database& db, const AssistanceFilter& filter);

} // namespace youfu::core
