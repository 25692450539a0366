// youfuctl disclosure.
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "common/isotime.h"
#include "db/database.h"
#include "payment/disclosureexport.h"
#include "payment/paymentliststore.h"
#include "payment/paymentrules.h"

#include <QCoreApplication>
#include <QDir>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::Cli)
};
} // namespace

int cmdDisclosure(CliContext& ctx)
{
    const QString period = ctx.takeOption(QStringLiteral("period"));
    const QString out = ctx.takeOption(QStringLiteral("out"));
    const QString township = ctx.takeOption(QStringLiteral("township"));
    const bool maskName = ctx.takeFlag(QStringLiteral("mask-name"));
    const bool omitId = ctx.takeFlag(QStringLiteral("omit-id"));
    const QString from = ctx.takeOption(QStringLiteral("from"));
    const QString to = ctx.takeOption(QStringLiteral("to"));
    const QString phone = ctx.takeOption(QStringLiteral("phone"));
    const QString as = ctx.takeOption(QStringLiteral("as"));
    if (!ctx.unexpected().isEmpty())
        return ctx.fail(Tr::tr("unexpected argument “%1”").arg(ctx.unexpected()));
    DisclosureOptions options;
    options.month = PaymentRules::monthFromKey(period);
    if (!options.month.isValid())
        return ctx.fail(Tr::tr("--period takes a month like 2026-12"));
    if (out.isEmpty())
        return ctx.fail(Tr::tr("say where to save it: --out FILE.xlsx, .pdf or .html"));
    auto format = DisclosureExport::formatForPath(out);
    if (!format)
        return ctx.fail(format.error());
    if (!from.isEmpty()) {
        options.startsOn = fromIsoDate(from);
        if (!options.startsOn.isValid())
            return ctx.fail(Tr::tr("--from takes a date like 2026-12-15"));
    }
    if (!to.isEmpty()) {
        options.endsOn = fromIsoDate(to);
        if (!options.endsOn.isValid())
            return ctx.fail(Tr::tr("--to takes a date like 2026-12-22"));
    }
    options.townshipCode = township;
    auto actor = ctx.reader(as, Permission::ManagePayments);
    if (!actor)
        return ctx.fail(actor.error());
    auto db = ctx.database(false);
    if (!db)
        return ctx.fail(db.error());
    // What the command does not say, the office's settings do.
    const PaymentSettings settings = PaymentListStore(*db.value()).settings();
    options.maskName = maskName || settings.disclosureMaskName;
    options.id = omitId ? IdDisclosure::Omitted : settings.disclosureId;
    options.supervisionPhone = phone.isEmpty() ? settings.supervisionPhone : phone;
    if (!options.startsOn.isValid())
        options.startsOn = db.value()->clock().today();
    if (!options.endsOn.isValid())
        options.endsOn = options.startsOn.addDays(6); // seven days, the shortest allowed
    auto rows = DisclosureExport::write(*db.value(), actor.value(), options, format.value(), out);
    if (!rows)
        return ctx.fail(rows.error());
    ctx.out() << Tr::tr("%n recipient(s) of %1 made public in %2", nullptr, rows.value())
                     .arg(PaymentRules::monthTitle(options.month), QDir::toNativeSeparators(out))
              << Qt::endl;
    return 0;
}

} // namespace youfu::core
