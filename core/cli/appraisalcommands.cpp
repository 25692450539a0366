// youfuctl appraisal compute: the year's township appraisal under its approved scheme, one line
// per township (points, adjustment, total, grade, veto). The staff computation joins it here.
#include "appraisal/appraisalstore.h"
#include "appraisal/schemerules.h"
#include "appraisal/staffstore.h"
#include "cli/clicontext.h"
#include "cli/commands.h"

#include <QCoreApplication>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::Cli)
};
} // namespace

int cmdAppraisalCompute(CliContext& ctx)
{
    const QString as = ctx.takeOption(QStringLiteral("as"));
    const QString yearArg = ctx.takeOption(QStringLiteral("year"));
    if (!ctx.unexpected().isEmpty())
        return ctx.fail(Tr::tr("unexpected argument “%1”").arg(ctx.unexpected()));
    bool ok = false;
    const int year = yearArg.toInt(&ok);
    if (!ok || year < 2000 || year > 2100)
        return ctx.fail(Tr::tr("--year takes a year like 2026"));
    auto actor = ctx.actingUser(as);
    if (!actor)
        return ctx.fail(actor.error());
    if (Status s = require(actor.value(), Permission::ManageAppraisal); !s)
        return ctx.fail(s.error());
    auto db = ctx.database(false);
    if (!db)
        return ctx.fail(db.error());
    auto outcomes = AppraisalStore(*db.value()).compute(actor.value(), year);
    if (!outcomes)
        return ctx.fail(outcomes.error());
    for (const UnitOutcome& o : outcomes.value()) {
        ctx.out() << o.townshipCode << "  " << o.townshipName << "  "
                  << Tr::tr("points %1").arg(SchemeRules::pointsText(o.points)) << "  "
                  << Tr::tr("adjustment %1").arg(SchemeRules::pointsText(o.adjustment)) << "  "
                  << Tr::tr("total %1").arg(SchemeRules::pointsText(o.total)) << "  "
                  << SchemeRules::gradeTitle(o.grade, SchemeKind::Unit);
        if (!o.vetoReason.isEmpty())
            ctx.out() << "  " << Tr::tr("vetoed: %1").arg(o.vetoReason);
        ctx.out() << '\n';
    }
    ctx.out() << Tr::tr("%1: %n township(s) appraised", nullptr, int(outcomes->size())).arg(year)
              << Qt::endl;
    // The staff's post appraisal too, when the year has an approved staff scheme.
    StaffStore staff(*db.value());
    if (auto scheme = staff.scheme(year); scheme) {
        if (Status s = staff.compute(actor.value(), year); !s)
            return ctx.fail(s.error());
        auto rows = staff.rows(year);
        if (!rows)
            return ctx.fail(rows.error());
        ctx.out()
            << Tr::tr("%1: %n staff member(s) appraised", nullptr, int(rows->size())).arg(year)
            << Qt::endl;
    } else {
        ctx.out() << Tr::tr("Staff: %1").arg(scheme.error()) << Qt::endl;
    }
    return 0;
}

} // namespace youfu::core
