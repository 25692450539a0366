// youfuctl export.
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "io/listexports.h"

#include <QCoreApplication>
#include <QDir>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::Cli)
};
} // namespace

int cmdExport(CliContext& ctx)
{
    const QString as = ctx.takeOption(QStringLiteral("as"));
    const QString formatArg = ctx.takeOption(QStringLiteral("format"));
    const bool fullIds = ctx.takeFlag(QStringLiteral("full-ids"));
    ListExportRequest request;
    request.registry.text = ctx.takeOption(QStringLiteral("text")).simplified();
    const QString township = ctx.takeOption(QStringLiteral("township"));
    const QString category = ctx.takeOption(QStringLiteral("category"));
    const QString year = ctx.takeOption(QStringLiteral("year"));
    const QString roll = ctx.takeOption(QStringLiteral("roll"));
    if (ctx.args().size() != 2)
        return ctx.fail(
            Tr::tr("say which list and where: export LIST OUT --format xlsx --as LOGIN"));
    auto list = exportListFromKey(ctx.args().at(0));
    if (!list)
        return ctx.fail(list.error());
    const QString out = ctx.args().at(1);
    ctx.args().clear();
    auto format = exportFormatFromKey(formatArg.isEmpty() ? QStringLiteral("xlsx") : formatArg);
    if (!format)
        return ctx.fail(format.error());
    request.list = list.value();
    request.fullIds = fullIds;
    request.registry.townshipCode = township;
    request.registry.categoryCode = category;
    request.completeness = CompletenessFilter{township, category};
    request.paymentLines.rollId = roll.toLongLong();
    request.paymentLines.townshipCode = township;
    if (!year.isEmpty()) {
        bool ok = false;
        request.approvals.year = year.toInt(&ok);
        if (!ok || request.approvals.year < 1900)
            return ctx.fail(Tr::tr("--year takes a year such as 2026"));
    }
    QStringList filters;
    if (!request.registry.text.isEmpty())
        filters << Tr::tr("search: %1").arg(request.registry.text);
    if (!township.isEmpty())
        filters << Tr::tr("township: %1").arg(township);
    if (!category.isEmpty())
        filters << Tr::tr("category: %1").arg(category);
    if (!year.isEmpty())
        filters << Tr::tr("year: %1").arg(year);
    request.subtitle = filters.join(Tr::tr("; "));

    auto actor = ctx.reader(as, list.value() == ExportList::Audit ? Permission::ReadAudit
                                                                  : Permission::ViewBusiness);
    if (!actor)
        return ctx.fail(actor.error());
    auto db = ctx.database(false);
    if (!db)
        return ctx.fail(db.error());
    ExportOptions options;
    options.format = format.value();
    auto rows = exportList(*db.value(), actor.value(), request, out, options);
    if (!rows)
        return ctx.fail(rows.error());
    ctx.out() << Tr::tr("%n row(s) written to %1", nullptr,
                        int(qMin<qint64>(rows.value(), INT_MAX)))
                     .arg(QDir::toNativeSeparators(out))
              << Qt::endl;
    return 0;
}

} // namespace youfu::core
