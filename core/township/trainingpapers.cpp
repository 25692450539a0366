#include "township/trainingpapers.h"

#include "common/isotime.h"
#include "registry/phonenumber.h"
#include "report/pagesetup.h"
#include "report/reportfonts.h"
#include "township/trainingrules.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::TrainingPapers)
};

void drawFitted(QPainter& p, const QRectF& cell, const QString& text, QFont font,
                Qt::Alignment align, double padding)
{
    const QRectF r = cell.adjusted(padding, 0, -padding, 0);
    while (QFontMetricsF(font, p.device()).horizontalAdvance(text) > r.width() &&
           font.pointSizeF() > 7)
        font.setPointSizeF(font.pointSizeF() - 0.5);
    p.setFont(font);
    const QString shown =
        QFontMetricsF(font, p.device()).elidedText(text, Qt::ElideRight, r.width());
    p.drawText(r, int(align | Qt::AlignVCenter), shown);
}
// The paper is in Chinese whatever the window's language (as the other papers).
QString kindOnPaper(TrainingKind kind)
{
    switch (kind) {
    case TrainingKind::AnnualTownship:
        return QStringLiteral("乡镇年度业务培训");
    case TrainingKind::MonthlyStudy:
        return QStringLiteral("科室每月学习");
    case TrainingKind::Exchange:
        return QStringLiteral("经验交流");
    }
    return QString();
}
} // namespace

namespace TrainingPapers {

QString dutyShort(const TrainingAttendee& a)
{
    if (a.userId > 0)
        return QStringLiteral("科室");
    return a.duty == StaffDuty::Care ? QStringLiteral("专干") : QStringLiteral("信息员");
}

int attendanceSheetPages(const AttendanceSheet& sheet)
{
    // One more row than there are attendees, so that a full last page still has room.
    const int rows = int(sheet.attendees.size()) + 1;
    return qMax(1, (rows + kSheetRowsPerPage - 1) / kSheetRowsPerPage);
}

Status paintAttendanceSheet(const AttendanceSheet& sheet, QPagedPaintDevice* device)
{
    PageSetup page = PageSetup::portrait();
    page.topMm = page.bottomMm = 15.0;
    page.leftMm = page.rightMm = 15.0;
    device->setPageLayout(page.pageLayout());
    QPainter p;
    if (!p.begin(device))
        return Status::failure(Tr::tr("The attendance sheet cannot be drawn on this printer."));
    const double dpi = device->logicalDpiX();
    auto mm = [dpi](double v) { return v * dpi / 25.4; };
    const double width = mm(210 - 30);
    const ReportFonts& fonts = ReportFonts::installed();
    const QFont cellFont = fonts.tableFont(ReportFonts::kTablePt);
    QFont boldFont = cellFont;
    boldFont.setBold(true);
    // 序号, 乡镇（单位）, 姓名, 职务, 联系电话, 签到 (mm, 180 in all).
    const QList<double> cols = {14, 40, 26, 22, 34, 44};
    const QStringList header = {QStringLiteral("序号"),     QStringLiteral("乡镇（单位）"),
                                QStringLiteral("姓名"),     QStringLiteral("职务"),
                                QStringLiteral("联系电话"), QStringLiteral("签到")};
    auto colX = [&](int c) {
        double x = 0;
        for (int k = 0; k < c; ++k)
            x += mm(cols.at(k));
        return x;
    };
    const double rowH = mm(11);
    const QPen thin(Qt::black, mm(0.25));
    const QPen thick(Qt::black, mm(0.5));
    const TrainingSession& s = sheet.session;
    const int pages = attendanceSheetPages(sheet);
    for (int pi = 0; pi < pages; ++pi) {
        if (pi > 0 && !device->newPage()) {
            p.end();
            return Status::failure(Tr::tr("The printer refused a new page."));
        }
        double y = 0;
        QFont title = fonts.titleFont();
        title.setPointSizeF(20);
        drawFitted(p, QRectF(0, y, width, mm(12)), QStringLiteral("业务培训签到表"), title,
                   Qt::AlignHCenter, 0);
        y += mm(15);
        p.setPen(thin);
        drawFitted(p, QRectF(0, y, width, mm(7)),
                   QStringLiteral("培训内容：") + s.topic + QStringLiteral("（") +
                       kindOnPaper(s.kind) + QStringLiteral("）"),
                   cellFont, Qt::AlignLeft, 0);
        y += mm(8);
        drawFitted(p, QRectF(0, y, width * 0.5, mm(7)),
                   QStringLiteral("时间：") + chineseDate(s.heldOn) + QStringLiteral("　") +
                       TrainingRules::hoursText(s.minutes) + QStringLiteral("学时"),
                   cellFont, Qt::AlignLeft, 0);
        drawFitted(p, QRectF(width * 0.5, y, width * 0.5, mm(7)),
                   QStringLiteral("地点：") + s.place, cellFont, Qt::AlignLeft, 0);
        y += mm(8);
        drawFitted(p, QRectF(0, y, width * 0.5, mm(7)), QStringLiteral("主讲人：") + s.trainer,
                   cellFont, Qt::AlignLeft, 0);
        drawFitted(p, QRectF(width * 0.5, y, width * 0.3, mm(7)),
                   QStringLiteral("主办：") + sheet.officeName, cellFont, Qt::AlignLeft, 0);
        drawFitted(p, QRectF(width * 0.8, y, width * 0.2, mm(7)),
                   QStringLiteral("第%1页　共%2页").arg(pi + 1).arg(pages), cellFont,
                   Qt::AlignRight, 0);
        y += mm(9);
        const double top = y;
        for (int c = 0; c < cols.size(); ++c)
            drawFitted(p, QRectF(colX(c), y, mm(cols.at(c)), mm(10)), header.at(c), boldFont,
                       Qt::AlignHCenter, mm(1));
        y += mm(10);
        p.drawLine(QPointF(0, y), QPointF(width, y));
        for (int r = 0; r < kSheetRowsPerPage; ++r) {
            const int i = pi * kSheetRowsPerPage + r;
            if (i < sheet.attendees.size()) {
                const TrainingAttendee& a = sheet.attendees.at(i);
                const QStringList cells = {
                    QString::number(i + 1),
                    a.userId > 0 ? sheet.officeName : a.townshipName,
                    a.name,
                    dutyShort(a),
                    a.phone.isEmpty() ? QString() : PhoneNumber::mask(a.phone),
                    QString()};
                for (int c = 0; c < cols.size(); ++c)
                    drawFitted(p, QRectF(colX(c), y, mm(cols.at(c)), rowH), cells.at(c), cellFont,
                               c == 1 ? Qt::AlignLeft : Qt::AlignHCenter, mm(1.5));
            }
            y += rowH;
            p.drawLine(QPointF(0, y), QPointF(width, y));
        }
        for (int c = 1; c < cols.size(); ++c)
            p.drawLine(QPointF(colX(c), top), QPointF(colX(c), y));
        p.setPen(thick);
        p.drawRect(QRectF(0, top, width, y - top));
        p.setPen(thin);
        y += mm(4);
        drawFitted(p, QRectF(0, y, width, mm(8)),
                   QStringLiteral("应到　　　人，实到　　　人。　　　　记录人：　　　　　　"),
                   cellFont, Qt::AlignLeft, 0);
    }
    p.end();
    return Status::success();
}

PagePainter attendanceSheetPainter(const AttendanceSheet& sheet)
{
    return [sheet](QPagedPaintDevice* device) { return paintAttendanceSheet(sheet, device); };
}

} // namespace TrainingPapers

} // namespace youfu::core
