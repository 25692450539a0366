#include "township/zeroreportpapers.h"

#include "common/isotime.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "security/permission.h"
#include "settings/settingsstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::ZeroReportPapers)
};

QString gridTitle(const ZeroMonthGrid& g)
{
    return QStringLiteral("%1年%2月乡镇零报告报送情况表").arg(g.year).arg(g.month);
}

QString asOfLine(const QString& officeName, const ZeroMonthGrid& g)
{
    return QStringLiteral("填报单位：%1　　统计至：%2　　截止时限：日终后%3小时")
        .arg(officeName, g.asOf.toString(QStringLiteral("yyyy年M月d日 HH:mm")))
        .arg(g.deadlineHours);
}
} // namespace

namespace ZeroReportPapers {

QString symbol(ZeroDayStatus s)
{
    switch (s) {
    case ZeroDayStatus::ReportedNothing:
        return QStringLiteral("✓");
    case ZeroDayStatus::ReportedItems:
        return QStringLiteral("●");
    case ZeroDayStatus::Late:
        return QStringLiteral("迟");
    case ZeroDayStatus::Missing:
        return QStringLiteral("✗");
    case ZeroDayStatus::NotYetDue:
        break;
    }
    return QString();
}

QString statusTitle(ZeroDayStatus s)
{
    switch (s) {
    case ZeroDayStatus::ReportedNothing:
        return QStringLiteral("无事项");
    case ZeroDayStatus::ReportedItems:
        return QStringLiteral("有事项");
    case ZeroDayStatus::Late:
        return QStringLiteral("迟报");
    case ZeroDayStatus::Missing:
        return QStringLiteral("缺报");
    case ZeroDayStatus::NotYetDue:
        break;
    }
    return QStringLiteral("未到期");
}

QString rateText(double rate)
{
    if (rate < 0)
        return QStringLiteral("—");
    return QStringLiteral("%1%").arg(rate * 100.0, 0, 'f', 1);
}

QString legend()
{
    return QStringLiteral("注：✓ 已报无事项；● 已报有事项；迟 迟报（超过截止时限收到）；✗ 缺报；"
                          "空白 未到截止时限。报送率＝已报天数÷应报天数，及时率＝按时报送天数÷"
                          "应报天数；应报天数不含尚未到截止时限的日子。");
}

OfficialDocument monthGrid(const QString& officeName, const ZeroMonthGrid& g,
                           const QDate& printedOn)
{
    // A4 landscape; 15 mm top and bottom so that 18 townships and the legend fit on one sheet.
    PageSetup page = PageSetup::landscape();
    page.topMm = 15.0;
    page.bottomMm = 15.0;
    OfficialDocument doc(page);
    doc.setTitle(gridTitle(g));
    doc.setDocumentNumber(asOfLine(officeName, g), Qt::AlignLeft);
    doc.setContinuationHeader(gridTitle(g) + QStringLiteral("（续页）"));
    const int days = QDate(g.year, g.month, 1).daysInMonth();
    RuledTable t;
    t.pointSize = 7.5; // 31 day columns of 2 % each hold "31" on one line
    t.header << QStringLiteral("乡镇");
    for (int d = 1; d <= days; ++d)
        t.header << QString::number(d);
    t.header << QStringLiteral("报送率") << QStringLiteral("及时率");
    // Widths in % that add up to less than 100: the table spreads the rest over all columns
    // alike, which gives the day columns room for "31" beside the cell padding.
    t.columnPercent << 10;
    t.alignment << Qt::AlignLeft;
    for (int d = 0; d < days; ++d) {
        t.columnPercent << 2;
        t.alignment << Qt::AlignHCenter;
    }
    t.columnPercent << 5 << 5;
    t.alignment << Qt::AlignRight << Qt::AlignRight;
    for (const ZeroGridRow& r : g.rows) {
        QStringList line{r.townshipName};
        for (const ZeroGridCell& c : r.cells)
            line << symbol(c.status);
        line << rateText(r.rate.rate()) << rateText(r.rate.onTimeRate());
        t.rows << line;
    }
    doc.addTable(t);
    doc.addNote(QStringLiteral("注：✓ 无事项　● 有事项　迟 迟报　✗ 缺报　空白 未到截止时限；"
                               "报送率＝已报天数÷应报天数，及时率＝按时天数÷应报天数。　"
                               "制表：%1")
                    .arg(chineseDate(printedOn)));
    return doc;
}

ExportTable monthGridTable(const QString& officeName, const ZeroMonthGrid& g)
{
    QStringList headers{QStringLiteral("乡镇")};
    const int days = QDate(g.year, g.month, 1).daysInMonth();
    for (int d = 1; d <= days; ++d)
        headers << QString::number(d);
    headers << QStringLiteral("应报天数") << QStringLiteral("已报天数")
            << QStringLiteral("按时天数") << QStringLiteral("报送率") << QStringLiteral("及时率");
    QList<QStringList> lines;
    for (const ZeroGridRow& r : g.rows) {
        QStringList line{r.townshipName};
        for (const ZeroGridCell& c : r.cells)
            line << symbol(c.status);
        line << QString::number(r.rate.daysDue) << QString::number(r.rate.daysReported)
             << QString::number(r.rate.daysOnTime) << rateText(r.rate.rate())
             << rateText(r.rate.onTimeRate());
        lines << line;
    }
    return textTable(gridTitle(g), asOfLine(officeName, g) + QStringLiteral("　") + legend(),
                     headers, lines, {}, false);
}

Result<qint64> exportMonthGrid(Database& db, const Actor& actor, const ZeroMonthGrid& grid,
                               const QString& path)
{
    if (Status s = require(actor, Permission::ViewBusiness); !s)
        return s;
    const ExportTable table = monthGridTable(SettingsStore(db).officeName(), grid);
    ExportOptions options;
    options.format = exportFormatForPath(path);
    options.exportedAt = db.clock().nowUtc();
    options.beforeCommit = [&](qint64 rows) -> Status {
        if (db.isReadOnly())
            return Status::success();
        const QJsonObject after{
            {QStringLiteral("month"),
             QStringLiteral("%1-%2").arg(grid.year).arg(grid.month, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("format"), exportFormatKey(options.format)},
            {QStringLiteral("file"), QFileInfo(path).fileName()}};
        return AuditedWrite::run(db, actor, Authority::of(Permission::ViewBusiness),
                                 AuditNote(QStringLiteral("zero_report.export"),
                                           QStringLiteral("zero_reports"), QString(), QJsonObject(),
                                           after),
                                 [](WriteScope&) { return Status::success(); });
    };
    return exportTable(table, path, options);
}

} // namespace ZeroReportPapers

} // namespace youfu::core
