// youfuctl demo, person find.
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "policy/policystore.h"
#include "registry/demogenerator.h"
#include "registry/registrysearchstore.h"
#include "registry/sex.h"
#include "security/demousers.h"
#include "security/role.h"
#include "security/userstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::Cli)
};
} // namespace

int cmdDemo(CliContext& ctx)
{
    const QString personsArg = ctx.takeOption(QStringLiteral("persons"));
    const QString seedArg = ctx.takeOption(QStringLiteral("seed"));
    if (!ctx.unexpected().isEmpty())
        return ctx.fail(Tr::tr("unexpected argument “%1”").arg(ctx.unexpected()));
    bool ok = true;
    const int persons = personsArg.isEmpty() ? 2000 : personsArg.toInt(&ok);
    if (!ok || persons < 0 || persons > 1000000)
        return ctx.fail(Tr::tr("--persons takes a number from 0 to 1000000"));
    const quint64 seed = seedArg.isEmpty() ? 1 : seedArg.toULongLong(&ok);
    if (!ok)
        return ctx.fail(Tr::tr("--seed takes a whole number"));
    auto db = ctx.database(true);
    if (!db)
        return ctx.fail(db.error());
    const Result<int> userCount = UserStore(*db.value()).count();
    if (!userCount)
        return ctx.fail(userCount.error());
    if (userCount.value() > 0 ||
        RegistrySearchStore(*db.value()).count(RegistryQuery()) > 0)
        return ctx.fail(
            Tr::tr("demo data goes only into an empty database; “%1” already has users or "
                   "persons")
                .arg(db.value()->path()));
    auto users = DemoUsers::create(*db.value());
    if (!users)
        return ctx.fail(users.error());
    Actor clerk;
    Actor chief;
    ctx.out() << Tr::tr("Demo users (the passwords are shown only now):") << '\n';
    for (const DemoUser& u : users.value()) {
        ctx.out() << QStringLiteral("  %1  %2  %3  %4\n")
                         .arg(u.login, -12)
                         .arg(u.displayName, -6)
                         .arg(roleKey(u.role), -14)
                         .arg(u.password);
        if (u.role == Role::Clerk)
            clerk = UserStore(*db.value()).byId(u.id)->toActor();
        if (u.role == Role::SectionChief)
            chief = UserStore(*db.value()).byId(u.id)->toActor();
    }
    // The demo's policy book: illustrative amounts (basis 演示〔示意〕), never official ones.
    auto standards = PolicyStore(*db.value()).seedIllustrative(chief);
    if (!standards)
        return ctx.fail(standards.error());
    QElapsedTimer timer;
    timer.start();
    auto counts = DemoGenerator::generate(*db.value(), clerk, persons, seed);
    if (!counts)
        return ctx.fail(counts.error());
    ctx.out() << Tr::tr("%1 demo persons added in %2 s (%3 categories held, %4 key persons, %5 "
                        "deceased, %6 moved away), seed %7.")
                     .arg(counts->persons)
                     .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                     .arg(counts->categories)
                     .arg(counts->keyPersons)
                     .arg(counts->deceased)
                     .arg(counts->movedAway)
                     .arg(seed)
              << Qt::endl;
    ctx.out() << Tr::tr("%1 illustrative benefit standards added (not official amounts).")
                     .arg(standards.value())
              << Qt::endl;
    return 0;
}

int cmdPersonFind(CliContext& ctx)
{
    const QString limitArg = ctx.takeOption(QStringLiteral("limit"));
    if (ctx.args().isEmpty())
        return ctx.fail(Tr::tr("say what to look for: person find TEXT"));
    RegistryQuery query;
    query.text = ctx.args().join(QLatin1Char(' '));
    ctx.args().clear();
    bool ok = true;
    const int limit = limitArg.isEmpty() ? 50 : limitArg.toInt(&ok);
    if (!ok || limit <= 0)
        return ctx.fail(Tr::tr("--limit takes a positive number"));
    auto db = ctx.readOnlyDatabase();
    if (!db)
        return ctx.fail(db.error());
    RegistrySearchStore search(*db.value());
    const qint64 total = search.count(query);
    for (const PersonRow& r : search.page(query, 0, limit)) {
        ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  %6%7  %8  %9%10\n")
                         .arg(r.id, 6)
                         .arg(r.name, -4)
                         .arg(r.sex, r.maskedCitizenId, r.birthDate.toString(Qt::ISODate),
                              r.townshipName, r.villageName, r.categories,
                              personStatusTitle(r.status))
                         .arg(r.keyPerson ? QStringLiteral("  重点") : QString());
    }
    ctx.out() << Tr::tr("%n match(es)", nullptr, int(qMin<qint64>(total, INT_MAX)))
              << (total > limit ? Tr::tr(", first %1 shown").arg(limit) : QString()) << Qt::endl;
    return total > 0 ? 0 : 1;
}

} // namespace youfu::core
