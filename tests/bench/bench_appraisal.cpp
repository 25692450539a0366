// The year-end township appraisal at county scale: 200,000 registry persons (DemoGenerator),
// 50,000 letters-and-visits cases and three years of zero reports, visits, training and
// payments (unitbenchdata.h); prints the median of three computations of the current year
// (AppraisalStore::compute: every township × every indicator, written in one audited change;
// target ≤ 2 s) and of a township's evidence page; then the year-end report (PDF, xlsx) and the
// year's statistics (xlsx, PDF) of that county as the clerk exports them (targets ≤ 5 s each).
// Usage: bench_appraisal [--persons 200000] [--cases 50000] [--years 3]
#include "appraisal/appraisalreportexport.h"
#include "appraisal/appraisalstore.h"
#include "appraisal/schemerules.h"
#include "appraisal/schemestore.h"
#include "db/database.h"
#include "registry/demogenerator.h"
#include "security/userstore.h"
#include "statistics/statisticsexport.h"
#include "unitbenchdata.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

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

Actor addUser(UserStore& users, const Actor& admin, const char* login, Role role)
{
    auto id =
        users.add(admin, {QString::fromLatin1(login), QString::fromLatin1(login), Roles(role)},
                  QStringLiteral("Bench#2026x"));
    return id ? users.byId(id.value())->toActor() : Actor();
}
} // namespace

int main(int argc, char** argv)
{
    // Papers need fonts: a GUI application on the offscreen platform, no display needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    int persons = 200000;
    int cases = 50000;
    int years = 3;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--persons"))
            persons = args[i + 1].toInt();
        if (args[i] == QLatin1String("--cases"))
            cases = args[i + 1].toInt();
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
    const Actor clerk = addUser(users, admin, "clerk", Role::Clerk);
    const Actor chief = addUser(users, admin, "chief", Role::SectionChief);
    const Actor director = addUser(users, admin, "director", Role::Director);

    QElapsedTimer t;
    t.start();
    auto counts = DemoGenerator::generate(*db.value(), clerk, persons, 2026);
    if (!counts) {
        out << "generate failed: " << counts.error() << Qt::endl;
        return 1;
    }
    out << QStringLiteral("generate %1 persons: %2 s").arg(persons).arg(t.elapsed() / 1000.0)
        << Qt::endl;
    t.restart();
    const QString failed =
        youfu::bench::UnitBenchData(*db.value(), clerk.userId).generate(cases, years);
    if (!failed.isEmpty()) {
        out << "records failed: " << failed << Qt::endl;
        return 1;
    }
    out << QStringLiteral("records (%1 cases, %2 years of zero reports, visits, training, "
                          "payments): %3 s")
               .arg(cases)
               .arg(years)
               .arg(t.elapsed() / 1000.0)
        << Qt::endl;

    const int year = db.value()->clock().today().year();
    AppraisalScheme s;
    s.year = year;
    s.title = QStringLiteral("bench");
    s.basis = QStringLiteral("illustrative");
    s.excellentAt = 900;
    s.goodAt = 800;
    s.passAt = 600;
    s.indicators = SchemeRules::defaultIndicators(SchemeKind::Unit);
    auto schemeId = SchemeStore(*db.value()).saveDraft(chief, s);
    if (!schemeId || !SchemeStore(*db.value()).approve(director, schemeId.value())) {
        out << "scheme failed" << Qt::endl;
        return 1;
    }
    AppraisalStore store(*db.value());
    QString error;
    QList<UnitOutcome> last;
    const double compute = medianMs(3, [&] {
        auto r = store.compute(chief, year);
        if (!r)
            error = r.error();
        else
            last = r.value();
        return r.isOk();
    });
    if (compute < 0) {
        out << "compute failed: " << error << Qt::endl;
        return 1;
    }
    out << QStringLiteral("compute %1 (%2 townships): median of 3 %3 ms (target ≤ 2000)")
               .arg(year)
               .arg(last.size())
               .arg(compute, 0, 'f', 1)
        << Qt::endl;
    if (!last.isEmpty()) {
        const UnitOutcome& o = last.first();
        for (const IndicatorResult& r : o.indicators)
            out << "  " << o.townshipCode << ' ' << r.indicatorCode << ' ' << r.numerator << '/'
                << r.denominator << ' ' << SchemeRules::pointsText(r.score) << Qt::endl;
        for (const char* code : {"archive_complete", "visits_done", "zero_report_rate"}) {
            const double evidence = medianMs(3, [&] {
                return store.evidence(year, o.townshipCode, QString::fromLatin1(code), 0, 200)
                    .isOk();
            });
            out << QStringLiteral("evidence page of %1 (%2, 200 rows): median %3 ms")
                       .arg(o.townshipCode, QString::fromLatin1(code))
                       .arg(evidence, 0, 'f', 1)
                << Qt::endl;
        }
    }
    for (const char* suffix : {"pdf", "xlsx"}) {
        const QString path = tmp.filePath(QStringLiteral("report.") + QLatin1String(suffix));
        QString why;
        const double ms = medianMs(3, [&] {
            auto r = exportAppraisalReport(*db.value(), clerk, year, path);
            if (!r)
                why = r.error();
            return r.isOk();
        });
        out << QStringLiteral("appraisal report %1: median of 3 %2 ms (target ≤ 5000) %3")
                   .arg(QLatin1String(suffix))
                   .arg(ms, 0, 'f', 1)
                   .arg(why)
            << Qt::endl;
    }
    for (const char* suffix : {"xlsx", "pdf"}) {
        const QString path = tmp.filePath(QStringLiteral("statistics.") + QLatin1String(suffix));
        QString why;
        const double ms = medianMs(3, [&] {
            auto r = StatisticsExport::write(*db.value(), clerk, StatisticsFilter{year, {}}, path,
                                             ExportOptions{});
            if (!r)
                why = r.error();
            return r.isOk();
        });
        out << QStringLiteral("statistics %1 (whole county): median of 3 %2 ms (target ≤ 5000) %3")
                   .arg(QLatin1String(suffix))
                   .arg(ms, 0, 'f', 1)
                   .arg(why)
            << Qt::endl;
    }
    return 0;
}
