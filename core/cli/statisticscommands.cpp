// youfuctl statistics --year Y --out FILE.xlsx|FILE.pdf [--township CODE] --as LOGIN
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "db/database.h"
#include "statistics/statisticsexport.h"
#include "statistics/statisticsstore.h"

#include <QCoreApplication>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::Cli)
};
} // namespace

int cmdStatistics(CliContext& ctx)
{
    const QString as = ctx.takeOption(QStringLiteral("as"));
    const QString yearArg = ctx.takeOption(QStringLiteral("year"));
    const QString out = ctx.takeOption(QStringLiteral("out"));
    const QString township = ctx.takeOption(QStringLiteral("township"));
    if (!ctx.unexpected().isEmpty())
        return ctx.fail(Tr::tr("unexpected argument “%1”").arg(ctx.unexpected()));
    bool ok = false;
    const int year = yearArg.toInt(&ok);
    if (!ok || year < 1950 || year > 2200)
        return ctx.fail(Tr::tr("--year takes a year like 2026"));
    if (out.isEmpty())
        return ctx.fail(Tr::tr("--out FILE.xlsx or FILE.pdf is required"));
    auto actor = ctx.reader(as, Permission::ViewBusiness);
    if (!actor)
        return ctx.fail(actor.error());
    auto db = ctx.database(false);
    if (!db)
        return ctx.fail(db.error());
    if (!township.isEmpty()) {
        auto towns = StatisticsStore(*db.value()).townships();
        if (!towns)
            return ctx.fail(towns.error());
        bool known = false;
        for (const NamedCode& t : towns.value())
            known = known || t.code == township;
        if (!known)
            return ctx.fail(Tr::tr("there is no township with the code %1").arg(township));
    }
    StatisticsFilter filter;
    filter.year = year;
    filter.townshipCode = township;
    auto rows = StatisticsExport::write(*db.value(), actor.value(), filter, out, ExportOptions());
    if (!rows)
        return ctx.fail(rows.error());
    ctx.out() << Tr::tr("The statistics of %1 are written to %2 (%n table row(s)).", nullptr,
                        int(rows.value()))
                     .arg(year)
                     .arg(out)
              << Qt::endl;
    return 0;
}

} // namespace youfu::core
