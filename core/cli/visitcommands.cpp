// youfuctl visit due.
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "common/isotime.h"
#include "visit/visitrules.h"
#include "visit/visitstore.h"

#include <QCoreApplication>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::Cli)
};
} // namespace

int cmdVisitDue(CliContext& ctx)
{
    const QString untilArg = ctx.takeOption(QStringLiteral("until"));
    const QString township = ctx.takeOption(QStringLiteral("township"));
    const QString as = ctx.takeOption(QStringLiteral("as"));
    if (!ctx.unexpected().isEmpty())
        return ctx.fail(Tr::tr("unexpected argument “%1”").arg(ctx.unexpected()));
    DueFilter filter;
    if (!untilArg.isEmpty()) {
        filter.until = fromIsoDate(untilArg);
        if (!filter.until.isValid())
            return ctx.fail(Tr::tr("--until takes a date like 2026-12-31"));
    }
    filter.townshipCode = township;
    auto actor = ctx.reader(as, Permission::ViewBusiness);
    if (!actor)
        return ctx.fail(actor.error());
    auto db = ctx.database(false);
    if (!db)
        return ctx.fail(db.error());
    VisitStore store(*db.value());
    // The whole list, a page at a time along the keyset.
    int total = 0;
    DueCursor cursor;
    bool first = true;
    for (;;) {
        auto page = store.dueList(filter, first ? nullptr : &cursor, 500);
        if (!page)
            return ctx.fail(page.error());
        if (page->isEmpty())
            break;
        for (const DueVisit& d : page.value()) {
            ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7%8\n")
                             .arg(toIsoDate(d.due), VisitRules::stateTitle(d.state), d.personName,
                                  d.maskedCitizenId, d.townshipName, d.planTitle, d.leaderName)
                             .arg(d.festival.isEmpty() ? QString()
                                                       : QStringLiteral("  ") + d.festival);
        }
        total += int(page->size());
        const DueVisit& last = page->last();
        cursor = DueCursor{last.due, last.sortName, last.personId, last.planId};
        first = false;
    }
    ctx.out() << Tr::tr("%n visit(s) due", nullptr, total) << Qt::endl;
    return 0;
}

} // namespace youfu::core
