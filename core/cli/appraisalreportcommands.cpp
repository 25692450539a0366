// youfuctl appraisal report --year Y --out FILE.pdf|FILE.xlsx --as LOGIN
#include "appraisal/appraisalreportexport.h"
#include "cli/clicontext.h"
#include "cli/commands.h"

#include <QCoreApplication>
#include <QDir>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::Cli)
};
} // namespace

int cmdAppraisalReport(CliContext& ctx)
{
    const QString as = ctx.takeOption(QStringLiteral("as"));
    const QString yearText = ctx.takeOption(QStringLiteral("year"));
    const QString out = ctx.takeOption(QStringLiteral("out"));
    if (!ctx.unexpected().isEmpty())
        return ctx.fail(Tr::tr("unexpected argument “%1”").arg(ctx.unexpected()));
    bool ok = false;
    const int year = yearText.toInt(&ok);
    if (!ok || year < 2000 || year > 2100)
        return ctx.fail(Tr::tr("say which year and where: appraisal report --year 2026 "
                               "--out FILE.pdf|FILE.xlsx --as LOGIN"));
    if (out.isEmpty())
        return ctx.fail(Tr::tr("say where to write the report: --out FILE.pdf or --out FILE.xlsx"));
    if (auto format = appraisalReportFormatForPath(out); !format)
        return ctx.fail(format.error());
    auto actor = ctx.reader(as, Permission::ViewBusiness);
    if (!actor)
        return ctx.fail(actor.error());
    auto db = ctx.database(false);
    if (!db)
        return ctx.fail(db.error());
    auto written = exportAppraisalReport(*db.value(), actor.value(), year, out);
    if (!written)
        return ctx.fail(written.error());
    const AppraisalReportWritten& w = written.value();
    const QString what = w.format == AppraisalReportFormat::Pdf
                             ? Tr::tr("%n page(s)", nullptr, w.pages)
                             : Tr::tr("%n row(s)", nullptr, int(qMin<qint64>(w.rows, INT_MAX)));
    ctx.out() << Tr::tr("Appraisal report of %1 (%2 township(s), %3 staff member(s), %4) written "
                        "to %5")
                     .arg(year)
                     .arg(w.units)
                     .arg(w.staff)
                     .arg(what, QDir::toNativeSeparators(out))
              << Qt::endl;
    return 0;
}

} // namespace youfu::core
