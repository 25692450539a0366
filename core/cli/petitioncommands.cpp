// youfuctl petition overdue, petition due --within N.
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "common/isotime.h"
#include "db/database.h"
#include "petition/petitionliststore.h"
#include "petition/petitionrules.h"

#include <QCoreApplication>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::Cli)
};

// The whole list, a page at a time along the keyset; the cases' petitioners are named, no ID
// is printed.
int printCases(CliContext& ctx, const CaseFilter& filter, const QString& as)
{
    auto actor = ctx.reader(as, Permission::ViewBusiness);
    if (!actor)
        return ctx.fail(actor.error());
    auto db = ctx.database(false);
    if (!db)
        return ctx.fail(db.error());
    const QDate today = db.value()->clock().today();
    PetitionListStore store(*db.value());
    int total = 0;
    CaseCursor cursor;
    bool first = true;
    for (;;) {
        auto page = store.page(filter, first ? nullptr : &cursor, 500, today);
        if (!page)
            return ctx.fail(page.error());
        if (page->isEmpty())
            break;
        for (const CaseLine& l : page.value())
            ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
                             .arg(toIsoDate(l.deadline), l.number,
                                  PetitionRules::statusTitle(l.status), l.petitionerNames,
                                  l.townshipName, PetitionRules::subjectTitle(l.subject),
                                  l.responsibleName)
                             .arg(l.daysLeft < 0 ? Tr::tr("%n day(s) overdue", nullptr, -l.daysLeft)
                                                 : Tr::tr("%n day(s) left", nullptr, l.daysLeft));
        total += int(page->size());
        // The keyset runs over received_at, which the line holds as a day: read the last one.
        auto last = store.cursorOf(page->last().id);
        if (!last)
            return ctx.fail(last.error());
        cursor = last.value();
        first = false;
    }
    ctx.out() << Tr::tr("%n case(s)", nullptr, total) << Qt::endl;
    return 0;
}
} // namespace

int cmdPetitionOverdue(CliContext& ctx)
{
    const QString as = ctx.takeOption(QStringLiteral("as"));
    if (!ctx.unexpected().isEmpty())
        return ctx.fail(Tr::tr("unexpected argument “%1”").arg(ctx.unexpected()));
    CaseFilter filter;
    filter.overdueOnly = true;
    return printCases(ctx, filter, as);
}

int cmdPetitionDue(CliContext& ctx)
{
    const QString within = ctx.takeOption(QStringLiteral("within"));
    const QString as = ctx.takeOption(QStringLiteral("as"));
    if (!ctx.unexpected().isEmpty())
        return ctx.fail(Tr::tr("unexpected argument “%1”").arg(ctx.unexpected()));
    CaseFilter filter;
    filter.dueWithinDays = 7;
    if (!within.isEmpty()) {
        bool ok = false;
        filter.dueWithinDays = within.toInt(&ok);
        if (!ok || filter.dueWithinDays < 0 || filter.dueWithinDays > 366)
            return ctx.fail(Tr::tr("--within takes a number of days like 7"));
    }
    return printCases(ctx, filter, as);
}

} // namespace youfu::core
