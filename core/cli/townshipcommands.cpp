// youfuctl zero-report missing [--date D], zero-report import FILE [--dry-run].
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "common/isotime.h"
#include "db/database.h"
#include "township/zeroreportimport.h"
#include "township/zeroreportrules.h"
#include "township/zeroreportstore.h"

#include <QCoreApplication>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::Cli)
};
} // namespace

int cmdZeroReportMissing(CliContext& ctx)
{
    const QString as = ctx.takeOption(QStringLiteral("as"));
    const QString dateArg = ctx.takeOption(QStringLiteral("date"));
    if (!ctx.unexpected().isEmpty())
        return ctx.fail(Tr::tr("unexpected argument “%1”").arg(ctx.unexpected()));
    QDate day;
    if (!dateArg.isEmpty()) {
        day = fromIsoDate(dateArg);
        if (!day.isValid())
            return ctx.fail(Tr::tr("--date takes a date like 2026-12-10"));
    }
    auto actor = ctx.reader(as, Permission::ViewBusiness);
    if (!actor)
        return ctx.fail(actor.error());
    auto db = ctx.database(false);
    if (!db)
        return ctx.fail(db.error());
    ZeroReportStore store(*db.value());
    const QDateTime local = db.value()->clock().nowUtc().toLocalTime();
    const QDateTime now(local.date(), local.time());
    if (!day.isValid())
        day = ZeroReportRules::dueDay(now);
    auto list = store.missing(day);
    if (!list)
        return ctx.fail(list.error());
    const QDateTime deadline = ZeroReportRules::deadline(day, store.deadlineHours());
    const bool overdue = now > deadline;
    for (const ZeroMissing& m : list.value())
        ctx.out() << m.townshipCode << "  " << m.townshipName << '\n';
    ctx.out() << (overdue ? Tr::tr("%1: %n township(s) missing; the deadline was %2", nullptr,
                                   int(list->size()))
                          : Tr::tr("%1: %n township(s) not yet reported; the deadline is %2",
                                   nullptr, int(list->size())))
                     .arg(toIsoDate(day), deadline.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
              << Qt::endl;
    return 0;
}

int cmdZeroReportImport(CliContext& ctx)
{
    const QString as = ctx.takeOption(QStringLiteral("as"));
    const bool dryRun = ctx.takeFlag(QStringLiteral("dry-run"));
    if (ctx.args().isEmpty())
        return ctx.fail(Tr::tr("say which file: zero-report import FILE [--dry-run] --as LOGIN"));
    const QString file = ctx.args().takeFirst();
    if (!ctx.unexpected().isEmpty())
        return ctx.fail(Tr::tr("unexpected argument “%1”").arg(ctx.unexpected()));
    auto actor = dryRun ? ctx.reader(as, Permission::ManageTownships) : ctx.actingUser(as);
    if (!actor)
        return ctx.fail(actor.error());
    if (Status s = require(actor.value(), Permission::ManageTownships); !s)
        return ctx.fail(s.error());
    auto db = ctx.database(false);
    if (!db)
        return ctx.fail(db.error());
    ZeroReportImport import(*db.value());
    auto preview = import.preview(file);
    if (!preview)
        return ctx.fail(preview.error());
    for (const ZeroImportRow& r : preview->rows)
        if (!r.ok())
            ctx.out() << Tr::tr("Row %1").arg(r.line) << "  " << r.problem << '\n';
    ctx.out() << Tr::tr("%n report(s) to record", nullptr, preview->good()) << ", "
              << Tr::tr("%n row(s) refused", nullptr, preview->bad()) << '\n';
    if (dryRun) {
        ctx.out() << Tr::tr("Dry run: nothing recorded.") << Qt::endl;
        return 0;
    }
    if (preview->good() == 0)
        return ctx.fail(Tr::tr("No row of the file can be recorded."));
    auto ids = import.commit(actor.value(), preview.value());
    if (!ids)
        return ctx.fail(ids.error());
    ctx.out() << Tr::tr("%n report(s) recorded.", nullptr, int(ids->size())) << Qt::endl;
    return 0;
}

} // namespace youfu::core
