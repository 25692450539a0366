#pragma once

#include "common/result.h"
#include "io/tableexport.h"

namespace youfu::core {

class Database;

// A campaign's list as an export table (ExportList::Campaign in io/listexports): 序号, 乡镇,
// 姓名, masked ID, 类别, 金额, 发放情况, 发放日期, 备注, in the roster's order.
Result<ExportTable> campaignExportTable(Database& db, qint64 campaignId);

} // namespace youfu::core
