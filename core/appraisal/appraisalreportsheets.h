#pragma once

#include "appraisal/appraisalreport.h"
#include "io/tableexport.h"

#include <QList>

namespace youfu::core {

// The year-end appraisal report as an xlsx workbook (through exportWorkbook): 汇总 (every
// township's points, adjustment, total, grade, veto), 单位 (each township's indicator scores
// and adjustments with their reasons), 岗位 (the staff), 指标 (every indicator of every
// subject with numerator and denominator), 图表 (the charts as pictures). Numbers are numbers;
// points and rates keep one decimal. Pure.
namespace AppraisalReportSheets {

QList<ExportSheet> sheets(const AppraisalReport& report);

} // namespace AppraisalReportSheets

} // namespace youfu::core
