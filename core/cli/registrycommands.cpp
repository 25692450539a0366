// youfuctl demo, person find.
#include "appraisal/appraisaldemo.h"
#include "appraisal/appraisalstore.h"
#include "appraisal/staffstore.h"
#include "care/caredemo.h"
#include "care/clinicdemo.h"
#include "cli/clicontext.h"
#include "cli/commands.h"
#include "db/database.h"
#include "db/transaction.h"
#include "payment/paymentdemo.h"
#include "petition/petitiondemo.h"
#include "policy/policystore.h"
#include "registry/demogenerator.h"
#include "registry/registrysearchstore.h"
#include "registry/sex.h"
#include "security/demousers.h"
#include "security/role.h"
#include "security/userstore.h"
#include "township/trainingdemo.h"
#include "township/zeroreportdemo.h"
#include "visit/festivaldemo.h"
#include "visit/visitdemostore.h"

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
    if (userCount.value() > 0 || RegistrySearchStore(*db.value()).count(RegistryQuery()) > 0)
        return ctx.fail(
            Tr::tr("demo data goes only into an empty database; “%1” already has users or "
                   "persons")
                .arg(db.value()->path()));
    // One transaction: a demo killed half-way leaves an empty database (and may be run again),
    // never users whose passwords were not shown.
    Transaction tx(*db.value());
    if (!tx.isActive())
        return ctx.fail(tx.error());
    auto users = DemoUsers::create(*db.value());
    if (!users)
        return ctx.fail(users.error());
    Actor clerk;
    Actor chief;
    Actor inspector;
    Actor director;
    for (const DemoUser& u : users.value()) {
        if (u.role == Role::Clerk)
            clerk = UserStore(*db.value()).byId(u.id)->toActor();
        if (u.role == Role::SectionChief)
            chief = UserStore(*db.value()).byId(u.id)->toActor();
        if (u.role == Role::Inspector)
            inspector = UserStore(*db.value()).byId(u.id)->toActor();
        if (u.role == Role::Director)
            director = UserStore(*db.value()).byId(u.id)->toActor();
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
    VisitDemoOptions visitOptions;
    visitOptions.seed = seed;
    auto visits = VisitDemoStore(*db.value()).generate(clerk, visitOptions);
    if (!visits)
        return ctx.fail(visits.error());
    auto festivals = FestivalDemo::generate(*db.value(), clerk, chief, inspector, director);
    if (!festivals)
        return ctx.fail(festivals.error());
    auto petitions = PetitionDemo::generate(*db.value(), clerk, director, seed);
    if (!petitions)
        return ctx.fail(petitions.error());
    // Two years of monthly rolls; a very large demo registry gets the last three months only
    // (each roll of 200,000 lines with its items takes about 100 MB).
    const int paymentMonths = persons > 20000 ? 3 : 24;
    auto payments = PaymentDemo::seed(*db.value(), clerk, chief, director,
                                      db.value()->clock().today(), paymentMonths);
    if (!payments)
        return ctx.fail(payments.error());
    auto training = TrainingDemo::generate(*db.value(), clerk, chief);
    if (!training)
        return ctx.fail(training.error());
    auto zeroReports = ZeroReportDemo::generate(*db.value(), clerk);
    if (!zeroReports)
        return ctx.fail(zeroReports.error());
    auto clinics = ClinicDemo::generate(*db.value(), clerk, chief, inspector, director);
    if (!clinics)
        return ctx.fail(clinics.error());
    auto care = CareDemo::seed(*db.value(), clerk, db.value()->clock().today(), seed);
    if (!care)
        return ctx.fail(care.error());
    // After the registry and the petitions: the schemes of this year and last, and a few moves.
    auto appraisal = AppraisalDemo::seed(*db.value(), clerk, chief, director,
                                         db.value()->clock().today().year());
    if (!appraisal)
        return ctx.fail(appraisal.error());
    // This year's appraisal computed from the demo's records, so the 年终考核 page has figures.
    const int appraisalYear = db.value()->clock().today().year();
    auto unitOutcomes = AppraisalStore(*db.value()).compute(chief, appraisalYear);
    if (!unitOutcomes)
        return ctx.fail(unitOutcomes.error());
    if (Status s = StaffStore(*db.value()).compute(chief, appraisalYear); !s)
        return ctx.fail(s.error());
    if (Status s = tx.commit(); !s)
        return ctx.fail(s.error());
    ctx.out() << Tr::tr("Demo users (the passwords are shown only now):") << '\n';
    for (const DemoUser& u : users.value())
        ctx.out() << QStringLiteral("  %1  %2  %3  %4\n")
                         .arg(u.login, -12)
                         .arg(u.displayName, -6)
                         .arg(roleKey(u.role), -14)
                         .arg(u.password);
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
    ctx.out() << Tr::tr("%1 key persons with %2 visit plans and %3 visits over the past year.")
                     .arg(visits->keyPersons)
                     .arg(visits->plans)
                     .arg(visits->visits)
              << Qt::endl;
    ctx.out() << Tr::tr("%1 petition cases over the past two years, %2 information staff and %3 "
                        "warnings.")
                     .arg(petitions->cases)
                     .arg(petitions->staff)
                     .arg(petitions->warnings)
              << Qt::endl;
    ctx.out() << Tr::tr("%1 payment rolls over the past %2 months (%3 lines returned by the bank, "
                        "%4 paid again), %5 months of back pay after the August raise, %6 "
                        "recoveries.")
                     .arg(payments->rolls)
                     .arg(paymentMonths)
                     .arg(payments->failed)
                     .arg(payments->reissued)
                     .arg(payments->backPayItems)
                     .arg(payments->recoveries)
              << Qt::endl;
    ctx.out() << Tr::tr("%1 special-care workers, %2 training sessions this year (%3 missed the "
                        "annual township training).")
                     .arg(training->careWorkers)
                     .arg(training->sessions)
                     .arg(training->missing)
              << Qt::endl;
    ctx.out() << Tr::tr("%1 zero reports from the townships over the past year (%2 with items, "
                        "%3 late, %4 missing).")
                     .arg(zeroReports->reports)
                     .arg(zeroReports->withItems)
                     .arg(zeroReports->late)
                     .arg(zeroReports->missing)
              << Qt::endl;
    ctx.out() << Tr::tr("%1 free clinic (%2 seen, %3 registry persons with findings), %4 "
                        "temporary assistance applications (%5 granted), %6 handouts of "
                        "materials and %7 policy sessions.")
                     .arg(clinics->clinics)
                     .arg(clinics->seen)
                     .arg(clinics->registrySeen)
                     .arg(clinics->applications)
                     .arg(clinics->granted)
                     .arg(clinics->handouts)
                     .arg(clinics->sessions)
              << Qt::endl;
    ctx.out() << Tr::tr("%1 recuperation batches with %2 persons, %3 medical settlements (%4 over "
                        "the yearly cap, with a reason).")
                     .arg(care->batches)
                     .arg(care->participants)
                     .arg(care->settlements)
                     .arg(care->overCap)
              << Qt::endl;
    ctx.out() << Tr::tr("%1 approved appraisal schemes for this year and last (illustrative), %2 "
                        "persons moved township in the middle of the year.")
                     .arg(appraisal->schemes)
                     .arg(appraisal->moves)
              << Qt::endl;
    ctx.out() << Tr::tr("The %1 appraisal computed: %n township(s).", nullptr,
                        int(unitOutcomes->size()))
                     .arg(appraisalYear)
              << Qt::endl;
    ctx.out() << Tr::tr("%1 illustrative benefit standards added (not official amounts).")
                     .arg(standards.value())
              << Qt::endl;
    return 0;
}

int cmdPersonFind(CliContext& ctx)
{
    const QString limitArg = ctx.takeOption(QStringLiteral("limit"));
    const QString as = ctx.takeOption(QStringLiteral("as"));
    RegistryQuery query;
    query.text = ctx.args().join(QLatin1Char(' ')).simplified();
    ctx.args().clear();
    // An empty text would list the whole registry.
    if (query.text.isEmpty())
        return ctx.fail(Tr::tr("say what to look for: person find TEXT --as LOGIN"));
    bool ok = true;
    const int limit = limitArg.isEmpty() ? 50 : limitArg.toInt(&ok);
    if (!ok || limit <= 0)
        return ctx.fail(Tr::tr("--limit takes a positive number"));
    auto actor = ctx.reader(as, Permission::ViewBusiness);
    if (!actor)
        return ctx.fail(actor.error());
    auto db = ctx.database(false);
    if (!db)
        return ctx.fail(db.error());
    RegistrySearchStore search(*db.value());
    const auto total = search.countOrError(query);
    if (!total)
        return ctx.fail(total.error());
    const auto rows = search.pageOrError(query, 0, limit);
    if (!rows)
        return ctx.fail(rows.error());
    for (const PersonRow& r : rows.value()) {
        // The birth year only: the masked ID hides the birth date, which would give it back.
        ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  %6%7  %8  %9%10\n")
                         .arg(r.id, 6)
                         .arg(r.name, -4)
                         .arg(r.sex, r.maskedCitizenId,
                              r.birthDate.isValid() ? QString::number(r.birthDate.year())
                                                    : QString(),
                              r.townshipName, r.villageName, r.categories,
                              personStatusTitle(r.status))
                         .arg(r.keyPerson ? QStringLiteral("  重点") : QString());
    }
    ctx.out() << Tr::tr("%n match(es)", nullptr, int(qMin<qint64>(total.value(), INT_MAX)))
              << (total.value() > limit ? Tr::tr(", first %1 shown").arg(limit) : QString())
              << Qt::endl;
    return total.value() > 0 ? 0 : 1;
}

} // namespace youfu::core
