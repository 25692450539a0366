#pragma once

#include "common/result.h"
#include "report/documentrenderer.h"
#include "township/training.h"

#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace youfu::core {

// 业务培训签到表 of a session: what is printed.
struct AttendanceSheet
{
    QString officeName; // 武冈市民政局
    TrainingSession session;
    QList<TrainingAttendee> attendees;
};

namespace TrainingPapers {

// Rows on one page of the sheet: room for a signature each.
constexpr int kSheetRowsPerPage = 18;

// A4 portrait: the title, the topic, date, place and trainer, page "第n页 共m页", then the
// table 序号, 乡镇, 姓名, 职务 (专干/信息员/科室), 联系电话 (masked), 签到 with empty signature
// cells; the last page keeps its empty rows for those who come unasked.
Status paintAttendanceSheet(const AttendanceSheet& sheet, QPagedPaintDevice* device);
PagePainter attendanceSheetPainter(const AttendanceSheet& sheet);
int attendanceSheetPages(const AttendanceSheet& sheet);
// What the 职务 column says of an attendee.
QString dutyShort(const TrainingAttendee& a);

} // namespace TrainingPapers

} // namespace youfu::core
