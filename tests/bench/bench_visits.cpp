// Builds a registry of 200,000 demo persons with 5,000 key persons, 20 group plans and three
// years of visits, and prints what the visits page costs: the due list's first page (target
// ≤ 100 ms), a later page by keyset, the count, and the home card's counts (≤ 50 ms).
// Usage: bench_visits [--persons N] [--key-persons K] [--keep DIR [--reuse]]
#include "db/database.h"
#include "petition/warningstore.h"
#include "registry/demogenerator.h"
#include "security/userstore.h"
#include "visit/visitdemostore.h"
#include "visit/visitrules.h"
#include "visit/visitstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace youfu::core;

namespace {
double ms(qint64 ns)
{
    return ns / 1e6;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    int persons = 200000;
    int keyPersons = 5000;
    QString keepDir;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--persons"))
            persons = args[i + 1].toInt();
        if (args[i] == QLatin1String("--key-persons"))
            keyPersons = args[i + 1].toInt();
        if (args[i] == QLatin1String("--keep"))
            keepDir = args[i + 1];
    }
    const bool reuse = args.contains(QStringLiteral("--reuse")) && !keepDir.isEmpty();
    QTemporaryDir tmp;
    const QString dir = keepDir.isEmpty() ? tmp.path() : keepDir;
    const QString path = dir + QStringLiteral("/bench.db");
    if (!reuse) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral(".key"));
        auto db = Database::open(path);
        if (!db) {
            out << "open failed: " << db.error() << Qt::endl;
            return 1;
        }
        UserStore users(*db.value());
        auto adminId = users.createFirstAdmin(
            {QStringLiteral("admin"), QStringLiteral("admin"), Roles(Role::Admin)},
            QStringLiteral("Bench#2026x"));
        const Actor admin = users.byId(adminId.value())->toActor();
        auto clerkId =
            users.add(admin, {QStringLiteral("clerk"), QStringLiteral("clerk"), Roles(Role::Clerk)},
                      QStringLiteral("Bench#2026x"));
        const Actor clerk = users.byId(clerkId.value())->toActor();
        QElapsedTimer t;
        t.start();
        auto counts = DemoGenerator::generate(*db.value(), clerk, persons, 2026);
        if (!counts) {
            out << "generate failed: " << counts.error() << Qt::endl;
            return 1;
        }
        out << QStringLiteral("generate %1 persons: %2 s")
                   .arg(persons)
                   .arg(t.elapsed() / 1000.0, 0, 'f', 1)
            << Qt::endl;
        t.restart();
        VisitDemoOptions options;
        options.seed = 2026;
        options.keyPersons = keyPersons;
        options.groupPlans = 20;
        options.years = 3;
        auto visits = VisitDemoStore(*db.value()).generate(clerk, options);
        if (!visits) {
            out << "visits failed: " << visits.error() << Qt::endl;
            return 1;
        }
        out << QStringLiteral("build %1 key persons, %2 plans, %3 visits, %4 scheduled dues: %5 s")
                   .arg(visits->keyPersons)
                   .arg(visits->plans)
                   .arg(visits->visits)
                   .arg(visits->scheduled)
                   .arg(t.elapsed() / 1000.0, 0, 'f', 1)
            << Qt::endl;
    }
    out << QStringLiteral("database file: %1 MB").arg(QFile(path).size() / 1048576.0, 0, 'f', 1)
        << Qt::endl;

    auto opened = Database::open(path);
    if (!opened)
        return 1;
    Database& db = *opened.value();
    VisitStore store(db);
    const QDate today = db.clock().today();

    auto firstPage = [&](const QString& title, const DueFilter& filter) {
        for (int round = 0; round < 3; ++round) {
            QElapsedTimer t;
            t.start();
            auto page = store.dueList(filter, nullptr, 100);
            const double first = ms(t.nsecsElapsed());
            if (!page) {
                out << title << ": " << page.error() << Qt::endl;
                return;
            }
            double next = 0;
            if (!page->isEmpty()) {
                const DueVisit& last = page->last();
                const DueCursor after{last.due, last.sortName, last.personId, last.planId};
                t.restart();
                auto second = store.dueList(filter, &after, 100);
                next = ms(t.nsecsElapsed());
                if (!second)
                    out << title << ": " << second.error() << Qt::endl;
            }
            t.restart();
            auto count = store.dueCount(filter);
            const double counted = ms(t.nsecsElapsed());
            out << QStringLiteral("%1 (%2): first page %3 ms, next page %4 ms, count %5 ms (%6)")
                       .arg(title, round == 0 ? QStringLiteral("cold") : QStringLiteral("warm"))
                       .arg(first, 0, 'f', 1)
                       .arg(next, 0, 'f', 1)
                       .arg(counted, 0, 'f', 1)
                       .arg(count ? count.value() : -1)
                << Qt::endl;
        }
    };
    firstPage(QStringLiteral("due list up to today"), DueFilter());
    DueFilter month;
    month.until = today.addDays(30);
    firstPage(QStringLiteral("due list, next 30 days"), month);
    DueFilter township = month;
    township.townshipCode = QStringLiteral("430581207");
    firstPage(QStringLiteral("due list, one township"), township);
    DueFilter risky = month;
    risky.minimumRisk = int(RiskLevel::High);
    firstPage(QStringLiteral("due list, high risk"), risky);

    for (int round = 0; round < 3; ++round) {
        QElapsedTimer t;
        t.start();
        auto counts = store.homeCounts();
        out << QStringLiteral("home counts: %1 ms (this week %2, overdue %3)")
                   .arg(ms(t.nsecsElapsed()), 0, 'f', 1)
                   .arg(counts ? counts->dueThisWeek : -1)
                   .arg(counts ? counts->overdue : -1)
            << Qt::endl;
    }
    QElapsedTimer t;
    t.start();
    auto days = store.month(today.year(), today.month());
    out << QStringLiteral("month calendar: %1 ms").arg(ms(t.nsecsElapsed()), 0, 'f', 1) << Qt::endl;
    // The letters-and-visits stability view counts the key persons with an overdue visit per
    // township from this schedule (issue 13, target ≤ 100 ms).
    t.restart();
    auto stability = WarningStore(db).stability(today);
    int overdueKeyPersons = 0;
    if (stability)
        for (const StabilityLine& l : stability.value())
            overdueKeyPersons += l.keyPersonsOverdue;
    out << QStringLiteral("stability view: %1 ms (%2 key persons overdue)")
               .arg(ms(t.nsecsElapsed()), 0, 'f', 1)
               .arg(stability ? overdueKeyPersons : -1)
        << Qt::endl;
    return days && stability ? 0 : 1;
}
