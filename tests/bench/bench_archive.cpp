// Completeness view over a prefecture-size registry: 200,000 demo persons, archives with
// about two thirds of their required documents verified. Prints the time of each query.
//   build/tests/bench_archive [persons]
#include "archive/completenessstore.h"
#include "registry/demogenerator.h"
#include "testdb.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>

using namespace youfu;

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    const int persons = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200000;
    test::TestDb t;
    const core::Actor clerk = t.addUser(QStringLiteral("clerk"), core::Role::Clerk);
    const core::Actor chief = t.addUser(QStringLiteral("chief"), core::Role::SectionChief);
    QElapsedTimer timer;
    timer.start();
    auto gen = core::DemoGenerator::generate(t.db(), clerk, persons, 20261129);
    if (!gen) {
        std::printf("demo generator failed: %s\n", qPrintable(gen.error()));
        return 1;
    }
    std::printf("generated %d persons in %.1f s\n", persons, timer.elapsed() / 1000.0);

    // Archives and verified documents in bulk (benchmark set-up, not the product's path).
    timer.restart();
    QSqlQuery q(t.db().connection());
    q.exec(QStringLiteral("BEGIN"));
    q.exec(
        QStringLiteral(
            "INSERT INTO archives (person_id, archive_number, sequence_no, created_at, created_by) "
            "SELECT id, 'WG-YF-' || printf('%06d', id), id, '2026-01-01T00:00:00Z', %1 FROM "
            "persons")
            .arg(clerk.userId));
    // Two of three required documents on file, verified; the rest missing.
    const bool ok =
        q.exec(QStringLiteral("INSERT INTO archive_documents (archive_id, person_id, kind_code, "
                              "title, pages, status, filed_at, filed_by, "
                              "changed_at, changed_by, verified_at, verified_by) "
                              "SELECT DISTINCT a.id, a.person_id, r.kind_code, r.kind_code, 1, "
                              "'verified', '2026-01-01', %1, '2026-01-01', %1, "
                              "'2026-01-02', %2 FROM person_categories pc JOIN "
                              "archive_required_kinds r ON r.category_code = pc.category_code "
                              "JOIN archives a ON a.person_id = pc.person_id WHERE (pc.person_id + "
                              "length(r.kind_code)) % 3 <> 0")
                   .arg(clerk.userId)
                   .arg(chief.userId));
    q.exec(QStringLiteral("COMMIT"));
    q.exec(QStringLiteral("ANALYZE"));
    q.exec(QStringLiteral("SELECT count(*) FROM archive_documents"));
    q.next();
    std::printf("filed %lld verified documents (%s) in %.1f s\n", q.value(0).toLongLong(),
                ok ? "ok" : "failed", timer.elapsed() / 1000.0);

    core::CompletenessStore store(t.db());
    for (int run = 0; run < 3; ++run) {
        timer.restart();
        const auto rows = store.summary().value();
        const qint64 ms = timer.elapsed();
        qint64 total = 0, incomplete = 0;
        for (const auto& r : rows) {
            total += r.persons;
            incomplete += r.incomplete;
        }
        std::printf("completeness summary (township x category): %lld rows, %lld "
                    "person-categories, %lld incomplete: %lld ms\n",
                    qint64(rows.size()), total, incomplete, ms);
    }
    timer.restart();
    const QList<qint64> ids = store.incompletePersonIds().value();
    const qint64 idsMs = timer.elapsed();
    timer.restart();
    const auto page = store.incompleteRows(ids.mid(ids.size() / 2, 100)).value();
    std::printf("incomplete persons list: %lld ids in %lld ms; a window of %lld rows in %lld ms\n",
                qint64(ids.size()), idsMs, qint64(page.size()), qint64(timer.elapsed()));
    core::CompletenessFilter f;
    f.townshipCode = QStringLiteral("430581100");
    timer.restart();
    const auto one = store.summary(f).value();
    std::printf("summary of one township: %lld rows in %lld ms\n", qint64(one.size()),
                qint64(timer.elapsed()));
    // Keep the database for query-plan experiments: YOUFU_BENCH_KEEP=/path/copy.db
    const QString keep = qEnvironmentVariable("YOUFU_BENCH_KEEP");
    if (!keep.isEmpty()) {
        q.exec(QStringLiteral("VACUUM INTO '%1'").arg(keep));
        std::printf("kept a copy at %s\n", qPrintable(keep));
    }
    return 0;
}
