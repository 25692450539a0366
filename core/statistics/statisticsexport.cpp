#include "statistics/statisticsexport.h"

#include "db/auditedwrite.h"
#include "db/database.h"
#include "report/chartpainter.h"
#include "report/documentrenderer.h"
#include "settings/settingsstore.h"
#include "statistics/statisticsrules.h"
#include "statistics/statisticsstore.h"
#include "statistics/statisticstables.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::StatisticsExport)
};

Status cancelled()
{
    return Status::failure(Tr::tr("The export was cancelled. No file was written."));
}

bool isCancelled(const ExportOptions& o)
{
    return o.cancel && o.cancel->load();
}

void report(const ExportOptions& o, int permille)
{
    if (o.progress)
        o.progress(permille);
}

QString scopeLine(const YearStatistics& s, const QString& officeName)
{
    const QString where = s.filter.townshipCode.isEmpty()
                              ? QStringLiteral("全县（市、区）")
                              : StatisticsTables::townshipName(s, s.filter.townshipCode);
    QString line = QStringLiteral("统计年度：%1年　　统计范围：%2").arg(s.filter.year).arg(where);
    if (!officeName.isEmpty())
        line = QStringLiteral("填报单位：%1　　").arg(officeName) + line;
    return line;
}

bool anyWide(const QList<StatTable>& tables)
{
    for (const StatTable& t : tables) {
        if (StatisticsRules::isWide(t))
            return true;
    }
    return false;
}

const char* const kChineseNumbers[] = {"一", "二", "三",   "四",   "五",   "六",   "七",  "八",
                                       "九", "十", "十一", "十二", "十三", "十四", "十五"};

QString sectionNumber(int i)
{
    return i < 15 ? QString::fromUtf8(kChineseNumbers[i]) : QString::number(i + 1);
}

RuledTable ruled(const StatTable& t)
{
    RuledTable r;
    r.header << t.labelTitle;
    for (const StatColumn& c : t.columns)
        r.header << c.title;
    r.alignment << Qt::AlignLeft;
    for (int c = 0; c < t.columns.size(); ++c)
        r.alignment << Qt::AlignRight;
    for (const StatRow& row : t.rows) {
        QStringList cells{row.label};
        for (int c = 0; c < t.columns.size(); ++c)
            cells << StatisticsRules::cellText(t.columns.at(c), row.values.value(c));
        r.rows << cells;
    }
    // The label column takes what a township's name needs; the figures share the rest.
    const int n = int(t.columns.size());
    const int label = n > 8 ? 11 : n > 4 ? 22 : 34;
    r.columnPercent << label;
    for (int c = 0; c < n; ++c)
        r.columnPercent << (100 - label) / std::max(1, n);
    // Ten money columns or 18 townships and the total still fit one landscape page.
    r.pointSize = n > 8 || t.rows.size() > 13 ? 9.0 : ReportFonts::kTablePt;
    return r;
}

ExportTable exportTableOf(const StatTable& t, const QString& subtitle)
{
    ExportTable e;
    e.title = t.title;
    e.subtitle = subtitle;
    e.columns << ExportColumn{t.labelTitle, ExportColumn::Kind::Text};
    for (const StatColumn& c : t.columns) {
        switch (c.kind) {
        case StatColumn::Kind::Count:
            e.columns << ExportColumn{c.title, ExportColumn::Kind::Integer};
            break;
        case StatColumn::Kind::Money:
            e.columns << ExportColumn{c.title, ExportColumn::Kind::Money};
            break;
        case StatColumn::Kind::Permille:
            e.columns << ExportColumn{c.title, ExportColumn::Kind::Text};
            break;
        }
    }
    e.expectedRows = t.rows.size();
    auto next = std::make_shared<int>(0);
    const StatTable table = t;
    e.next = [table, next](QVariantList& row) -> Result<bool> {
        if (*next >= table.rows.size())
            return false;
        const StatRow& r = table.rows.at((*next)++);
        row.clear();
        row << r.label;
        for (int c = 0; c < table.columns.size(); ++c) {
            const StatColumn& col = table.columns.at(c);
            if (col.kind == StatColumn::Kind::Permille)
                row << StatisticsRules::cellText(col, r.values.value(c));
            else
                row << qint64(r.values.value(c));
        }
        return true;
    };
    return e;
}

} // namespace

OfficialDocument StatisticsExport::document(const YearStatistics& stats, const QString& officeName,
                                            const QDate& date)
{
    const QList<StatTable> tables = StatisticsTables::all(stats);
    const bool landscape = anyWide(tables);
    OfficialDocument doc(landscape ? PageSetup::landscape() : PageSetup::portrait());
    doc.setTitle(StatisticsTables::reportTitle(stats));
    doc.setDocumentNumber(scopeLine(stats, officeName), Qt::AlignHCenter);
    // A chart takes the page after its table (or the rest of a short table's page).
    const double widthMm = landscape ? 240 : 150;
    const double heightMm = landscape ? 130 : 100;
    for (int i = 0; i < tables.size(); ++i) {
        const StatTable& t = tables.at(i);
        if (i > 0)
            doc.addPageBreak();
        doc.addHeading(QStringLiteral("%1、%2").arg(sectionNumber(i), t.title));
        doc.addTable(ruled(t));
        if (!t.note.isEmpty())
            doc.addNote(t.note);
        if (!t.chartColumns.isEmpty())
            doc.addImage(chartImage(StatisticsRules::chart(t), widthMm, heightMm, 150), widthMm);
    }
    const QStringList problems = StatisticsRules::flowProblems(stats);
    if (!problems.isEmpty())
        doc.addNote(QStringLiteral("核对：") + problems.join(QStringLiteral("；")));
    doc.addDateLine(date);
    return doc;
}

QList<ExportSheet> StatisticsExport::sheets(const YearStatistics& stats, const QString& officeName)
{
    QList<ExportSheet> out;
    const QString subtitle = scopeLine(stats, officeName);
    for (const StatTable& t : StatisticsTables::all(stats)) {
        ExportSheet sheet;
        sheet.name = t.sheetName.left(31);
        sheet.table = exportTableOf(t, subtitle);
        if (!t.chartColumns.isEmpty())
            sheet.images << ExportImage{chartPng(StatisticsRules::chart(t), 240, 120, 150), 0.5};
        out << sheet;
    }
    return out;
}

Result<qint64> StatisticsExport::write(Database& db, const Actor& actor,
                                       const StatisticsFilter& filter, const QString& path,
                                       ExportOptions options)
{
    if (Status s = require(actor, Permission::ViewBusiness); !s)
        return s;
    report(options, 0);
    auto stats = StatisticsStore(db).load(filter);
    if (!stats)
        return stats.status();
    return write(db, actor, stats.value(), path, std::move(options));
}

Result<qint64> StatisticsExport::write(Database& db, const Actor& actor,
                                       const YearStatistics& stats, const QString& path,
                                       ExportOptions options)
{
    if (Status s = require(actor, Permission::ViewBusiness); !s)
        return s;
    if (stats.filter.year <= 0)
        return Result<qint64>::failure(Tr::tr("Choose the year of the statistics."));
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (!options.exportedAt.isValid())
        options.exportedAt = db.clock().nowUtc();
    const QString office = SettingsStore(db).officeName();
    qint64 rowCount = 0;
    for (const StatTable& t : StatisticsTables::all(stats))
        rowCount += t.rows.size();

    auto audit = [&](qint64 rows) -> Status {
        QJsonObject after{
            {QStringLiteral("year"), stats.filter.year},
            {QStringLiteral("township"), stats.filter.townshipCode},
            {QStringLiteral("format"), pdf ? QStringLiteral("pdf") : QStringLiteral("xlsx")},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("file"), QFileInfo(path).fileName()}};
        return AuditedWrite::run(
            db, actor, Authority::of(Permission::ViewBusiness),
            AuditNote(QStringLiteral("statistics.export"), QStringLiteral("statistics"),
                      QString::number(stats.filter.year), QJsonObject(), after),
            [](WriteScope&) { return Status::success(); });
    };

    if (!pdf) {
        options.format = ExportFormat::Xlsx;
        options.beforeCommit = audit;
        report(options, 50);
        if (isCancelled(options))
            return cancelled();
        const QList<ExportSheet> sheetList = sheets(stats, office);
        if (isCancelled(options))
            return cancelled();
        return exportWorkbook(sheetList, path, options);
    }

    report(options, 100);
    const OfficialDocument doc = document(stats, office, db.clock().today());
    if (isCancelled(options))
        return cancelled();
    report(options, 400);
    const Status written = renderToPdf(
        path,
        [&](QPagedPaintDevice* device) -> Status {
            if (Status s = paintDocument(doc, device); !s)
                return s;
            report(options, 900);
            if (isCancelled(options))
                return cancelled();
            return audit(rowCount);
        },
        doc.title());
    if (!written)
        return written;
    report(options, 1000);
    return rowCount;
}

} // namespace youfu::core
