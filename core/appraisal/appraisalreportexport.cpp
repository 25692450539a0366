#include "appraisal/appraisalreportexport.h"

#include "appraisal/appraisalreportpaper.h"
#include "appraisal/appraisalreportsheets.h"
#include "appraisal/appraisalreportstore.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "report/atomicfile.h"
#include "report/documentrenderer.h"
#include "security/permission.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QPdfWriter>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::AppraisalReportExport)
};

Status cancelled()
{
    return Status::failure(Tr::tr("The export was cancelled. No file was written."));
}

bool isCancelled(const ExportOptions& o)
{
    return o.cancel && o.cancel->load();
}

void tell(const ExportOptions& o, int permille)
{
    if (o.progress)
        o.progress(qBound(0, permille, 999));
}

// A PDF writer that reports each new page and stops when the export is cancelled: the
// painting of a long report is where the time goes.
class PagedProgressWriter : public QPdfWriter
{
public:
    PagedProgressWriter(QIODevice* out, std::function<bool(int page)> onPage)
        : QPdfWriter(out), m_onPage(std::move(onPage))
    {}
    bool newPage() override
    {
        ++m_pages;
        if (m_onPage && !m_onPage(m_pages))
            return false;
        return QPdfWriter::newPage();
    }
    int pages() const { return m_pages; }

private:
    std::function<bool(int)> m_onPage;
    int m_pages = 1;
};

Status audit(Database& db, const Actor& actor, int year, AppraisalReportFormat format,
             const QString& path, const AppraisalReport& report)
{
    if (db.isReadOnly())
        return Status::success(); // a read-only file cannot record anything
    const QJsonObject after{{QStringLiteral("year"), year},
                            {QStringLiteral("format"), appraisalReportFormatKey(format)},
                            {QStringLiteral("units"), int(report.units.size())},
                            {QStringLiteral("staff"), int(report.staff.size())},
                            {QStringLiteral("file"), QFileInfo(path).fileName()}};
    return AuditedWrite::run(db, actor, Authority::of(Permission::ViewBusiness),
                             AuditNote(QStringLiteral("appraisal.report_export"),
                                       QStringLiteral("appraisal_report"), QString::number(year),
                                       QJsonObject(), after),
                             [](WriteScope&) { return Status::success(); });
}

Status writePdf(Database& db, const Actor& actor, const AppraisalReport& report,
                const QString& path, const ExportOptions& o, AppraisalReportWritten& written)
{
    // Building the paper: 100..300; painting the pages: 300..980.
    const OfficialDocument doc =
        AppraisalReportPaper::document(report, actor.displayName, [&](int permille) {
            tell(o, 100 + permille / 5);
            return !isCancelled(o);
        });
    if (isCancelled(o))
        return cancelled();
    const int expected = 4 + int(report.units.size()) + int(report.staff.size()) / 6;
    return writeFileAtomically(path, [&](QIODevice& out) -> Status {
        PagedProgressWriter writer(&out, [&](int page) {
            tell(o, 300 + 680 * qMin(page, expected) / expected);
            return !isCancelled(o);
        });
        writer.setTitle(doc.title());
        writer.setCreator(QStringLiteral("Youfu %1").arg(QStringLiteral(YOUFU_VERSION)));
        writer.setResolution(600);
        const Status painted = paintDocument(doc, &writer);
        if (isCancelled(o))
            return cancelled();
        if (!painted)
            return painted;
        written.pages = writer.pages();
        return audit(db, actor, report.year, AppraisalReportFormat::Pdf, path, report);
    });
}

} // namespace

QString appraisalReportFormatKey(AppraisalReportFormat format)
{
    return format == AppraisalReportFormat::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("pdf");
}

Result<AppraisalReportFormat> appraisalReportFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return AppraisalReportFormat::Pdf;
    if (suffix == QLatin1String("xlsx"))
        return AppraisalReportFormat::Xlsx;
    return Result<AppraisalReportFormat>::failure(
        Tr::tr("The report is saved as PDF or Excel: give the file a name ending in .pdf or "
               ".xlsx."));
}

Result<AppraisalReportWritten> exportAppraisalReport(Database& db, const Actor& actor, int year,
                                                     const QString& path,
                                                     const ExportOptions& options)
{
    if (Status s = require(actor, Permission::ViewBusiness); !s)
        return s;
    auto format = appraisalReportFormatForPath(path);
    if (!format)
        return format.status();
    tell(options, 0);
    auto loaded = AppraisalReportStore(db).load(year);
    if (!loaded)
        return loaded.status();
    const AppraisalReport& report = loaded.value();
    if (isCancelled(options))
        return cancelled();
    tell(options, 100);

    AppraisalReportWritten written;
    written.format = format.value();
    written.units = int(report.units.size());
    written.staff = int(report.staff.size());
    if (written.format == AppraisalReportFormat::Pdf) {
        if (Status s = writePdf(db, actor, report, path, options, written); !s)
            return s;
    } else {
        const QList<ExportSheet> sheets = AppraisalReportSheets::sheets(report);
        if (isCancelled(options))
            return cancelled();
        tell(options, 300);
        ExportOptions o = options;
        o.format = ExportFormat::Xlsx;
        if (!o.exportedAt.isValid())
            o.exportedAt = db.clock().nowUtc();
        // The engine counts rows; the report has few: its progress goes from 300 on.
        o.progress = [&](int permille) { tell(options, 300 + permille * 7 / 10); };
        o.beforeCommit = [&](qint64) {
            return audit(db, actor, year, AppraisalReportFormat::Xlsx, path, report);
        };
        auto rows = exportWorkbook(sheets, path, o);
        if (!rows)
            return rows.status();
        written.rows = rows.value();
    }
    if (options.progress)
        options.progress(1000);
    return written;
}

} // namespace youfu::core
