// Zero reports at county scale: every active township × 3 years of daily reports (recorded
// through ZeroReportStore::recordAll, a day of all townships per audited change: mostly
// "nothing", some items, some late, a few missing) beside 200,000 registry persons; prints
// the median of several runs of the month grid (target ≤ 50 ms) and of the home alerts
// (≤ 50 ms), and the year's monthly rates.
// Usage: bench_township [--persons N] [--years Y]
#include "db/database.h"
#include "registry/demogenerator.h"
#include "security/userstore.h"
#include "township/zeroreportstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <random>

using namespace youfu::core;

namespace {
double medianMs(int runs, const std::function<bool()>& run)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!run())
            return -1;
        ms << t.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    int persons = 200000;
    int years = 3;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--persons"))
            persons = args[i + 1].toInt();
        if (args[i] == QLatin1String("--years"))
            years = args[i + 1].toInt();
    }
    QTemporaryDir tmp;
    auto db = Database::open(tmp.path() + QStringLiteral("/bench.db"));
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
    out << QStringLiteral("generate %1 persons: %2 s").arg(persons).arg(t.elapsed() / 1000.0)
        << Qt::endl;

    ZeroReportStore store(*db.value());
    auto townships = store.activeTownships();
    if (!townships) {
        out << townships.error() << Qt::endl;
        return 1;
    }
    const QDate today = store.now().date();
    std::mt19937 rng(2026);
    t.restart();
    int reports = 0;
    for (QDate day = today.addYears(-years); day < today; day = day.addDays(1)) {
        QList<ZeroReport> list;
        for (const Township& tw : townships.value()) {
            if (rng() % 100 == 0)
                continue; // missing
            ZeroReport r;
            r.townshipCode = tw.code;
            r.day = day;
            r.receivedAt = QDateTime(day.addDays(rng() % 30 == 0 ? 3 : 1), QTime(9, 0));
            if (r.receivedAt > store.now())
                r.receivedAt = store.now();
            r.reporter = QStringLiteral("bench");
            if (rng() % 25 == 0) {
                r.nothing = false;
                ZeroReportItem it;
                it.summary = QStringLiteral("bench item");
                r.items << it;
            }
            list << r;
        }
        auto ids = store.recordAll(clerk, list, QStringLiteral("bench"));
        if (!ids) {
            out << "record failed: " << ids.error() << Qt::endl;
            return 1;
        }
        reports += int(ids->size());
    }
    out << QStringLiteral("%1 townships, %2 reports over %3 years: %4 s")
               .arg(townships->size())
               .arg(reports)
               .arg(years)
               .arg(t.elapsed() / 1000.0)
        << Qt::endl;

    const double grid = medianMs(9, [&] {
        auto g = store.monthGrid(today.year(), today.month());
        return g.isOk() && !g->rows.isEmpty();
    });
    const double pastGrid = medianMs(9, [&] {
        const QDate m = today.addMonths(-14);
        return store.monthGrid(m.year(), m.month()).isOk();
    });
    const double home = medianMs(9, [&] { return store.homeCounts().isOk(); });
    const double rates = medianMs(5, [&] { return store.monthlyRates(today.year()).isOk(); });
    out << QStringLiteral("month grid (this month): %1 ms median of 9 (target <= 50 ms)").arg(grid)
        << Qt::endl;
    out << QStringLiteral("month grid (14 months ago): %1 ms median of 9").arg(pastGrid)
        << Qt::endl;
    out << QStringLiteral("home alerts: %1 ms median of 9 (target <= 50 ms)").arg(home) << Qt::endl;
    out << QStringLiteral("monthly rates of the year: %1 ms median of 5").arg(rates) << Qt::endl;
    return grid >= 0 && grid <= 50 && home >= 0 && home <= 50 ? 0 : 2;
}
