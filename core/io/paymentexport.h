#pragma once

#include "common/result.h"
#include "io/tableexport.h"
#include "payment/paymentliststore.h"

namespace youfu::core {

class Database;

// A roll's full list (ExportList::PaymentRoll) with the page's filter, as a table read by keyset
// pages of PaymentListStore::linesPage in seq order: 序号, 乡镇, 村, 姓名, 身份证号 (masked unless
// `fullIds`), 类别, 金额, 状态, 失败原因/问题. Never the bank account. `pageSize` 0 = 1000 lines
// a page. `db` must outlive the table.
Result<ExportTable> paymentRollTable(Database& db, const LineFilter& filter, bool fullIds,
                                     int pageSize);

} // namespace youfu::core
