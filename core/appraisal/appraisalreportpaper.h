#pragma once

#include "appraisal/appraisalreport.h"
#include "report/officialdocument.h"

#include <functional>

namespace youfu::core {

// The year-end appraisal report on paper (GB/T 9704, A4 portrait): a cover with the office's
// name, the date and the place of its seal; the summary of every township with its grade and
// veto and a chart of the totals; one page per township (each indicator with numerator,
// denominator, rate, target and score or "暂无记录", the adjustments with their reasons, the
// veto); the staff's results with the section chief's opinion and the director's grade; the
// schemes and their basis documents; the approval lines.
namespace AppraisalReportPaper {

// `preparedBy` is who prints it (制表人). `step(permille)` is told how far the building is
// and returns false to stop (the document is then incomplete and must not be used).
OfficialDocument document(const AppraisalReport& report, const QString& preparedBy,
                          const std::function<bool(int permille)>& step = {});

// 一, 二 … 九十九: the numbering of the townships' sections ("（十八）").
QString chineseOrdinal(int n);

} // namespace AppraisalReportPaper

} // namespace youfu::core
