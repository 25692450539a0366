// Fills 50,000 letters-and-visits cases over two years (direct SQL, one transaction) and prints
// what the 信访 page costs: the case list's first page (target ≤ 50 ms), a later page by keyset,
// the overdue page, the home counts, and the stability view (≤ 100 ms).
// Usage: bench_petitions [--cases N]
#include "common/isotime.h"
#include "db/database.h"
#include "petition/petitionliststore.h"
#include "petition/petitionrules.h"
#include "petition/warningstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
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
    int cases = 50000;
    for (int i = 1; i + 1 < args.size(); ++i)
        if (args[i] == QLatin1String("--cases"))
            cases = args[i + 1].toInt();
    QTemporaryDir tmp;
    auto db = Database::open(tmp.path() + QStringLiteral("/bench.db"));
    if (!db) {
        out << "open failed: " << db.error() << Qt::endl;
        return 1;
    }
    const QDate today = db.value()->clock().today();
    QSqlDatabase c = db.value()->connection();
    QStringList townships;
    {
        QSqlQuery q(c);
        q.exec(QStringLiteral("SELECT code FROM townships"));
        while (q.next())
            townships << q.value(0).toString();
    }
    static const char* const channels[] = {"letter", "visit", "phone", "online", "leader"};
    static const char* const subjects[] = {"benefit", "status", "medical", "housing", "other"};
    QElapsedTimer t;
    t.start();
    QRandomGenerator rng(2026);
    c.transaction();
    QSqlQuery q(c);
    q.prepare(QStringLiteral(
        "INSERT INTO petition_cases (number, number_year, number_seq, received_at, channel, "
        "subject, township_code, summary, petitioner_count, first_petitioner, is_group, status, "
        "decided_on, answered_on, result, closed_on, deadline, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    QHash<int, int> seqOfYear;
    for (int i = 0; i < cases; ++i) {
        PetitionCase pc;
        pc.receivedAt = QDateTime(today.addDays(-int(rng.bounded(730))),
                                  QTime(8 + int(rng.bounded(9)), int(rng.bounded(60))));
        const QDate received = pc.receivedAt.date();
        const int roll = int(rng.bounded(100));
        pc.status = roll < 5    ? CaseStatus::Registered
                    : roll < 15 ? CaseStatus::Accepted
                                : CaseStatus::Closed;
        if (pc.status != CaseStatus::Registered)
            pc.decidedOn = received.addDays(int(rng.bounded(20)));
        if (pc.status == CaseStatus::Closed) {
            pc.answeredOn = pc.decidedOn.addDays(int(rng.bounded(70)));
            pc.result = AnswerResult::Solved;
            pc.closedOn = pc.answeredOn;
        }
        const int year = received.year();
        const int seq = ++seqOfYear[year];
        const int count = rng.bounded(20) == 0 ? 6 : 1;
        q.addBindValue(
            QStringLiteral("武优信〔%1〕%2号").arg(year).arg(seq, 5, 10, QLatin1Char('0')));
        q.addBindValue(year);
        q.addBindValue(seq);
        q.addBindValue(toIsoUtc(pc.receivedAt));
        q.addBindValue(QLatin1String(channels[rng.bounded(5)]));
        q.addBindValue(QLatin1String(subjects[rng.bounded(5)]));
        q.addBindValue(townships.isEmpty()
                           ? QVariant()
                           : QVariant(townships.at(int(rng.bounded(quint32(townships.size()))))));
        q.addBindValue(QStringLiteral("反映待遇问题 %1").arg(i));
        q.addBindValue(count);
        q.addBindValue(QStringLiteral("信访人%1").arg(i));
        q.addBindValue(PetitionRules::isGroup(count, false) ? 1 : 0);
        q.addBindValue(PetitionRules::statusKey(pc.status));
        q.addBindValue(pc.decidedOn.isValid() ? QVariant(toIsoDate(pc.decidedOn)) : QVariant());
        q.addBindValue(pc.answeredOn.isValid() ? QVariant(toIsoDate(pc.answeredOn)) : QVariant());
        q.addBindValue(PetitionRules::resultKey(pc.result));
        q.addBindValue(pc.closedOn.isValid() ? QVariant(toIsoDate(pc.closedOn)) : QVariant());
        const QDate deadline = PetitionRules::deadline(pc);
        q.addBindValue(deadline.isValid() ? QVariant(toIsoDate(deadline)) : QVariant());
        q.addBindValue(toIsoUtc(pc.receivedAt));
        q.addBindValue(toIsoUtc(pc.receivedAt));
        if (!q.exec()) {
            out << "insert failed" << Qt::endl;
            return 1;
        }
    }
    c.commit();
    out << QStringLiteral("fill %1 cases: %2 s").arg(cases).arg(t.elapsed() / 1000.0, 0, 'f', 1)
        << Qt::endl;

    PetitionListStore list(*db.value());
    t.restart();
    auto first = list.page(CaseFilter(), nullptr, 100, today);
    out << QStringLiteral("first page (100 lines): %1 ms (target ≤ 50)").arg(ms(t.nsecsElapsed()))
        << Qt::endl;
    if (first && !first->isEmpty()) {
        auto cursor = list.cursorOf(first->last().id);
        t.restart();
        auto next = list.page(CaseFilter(), &cursor.value(), 100, today);
        out << QStringLiteral("next page by keyset: %1 ms").arg(ms(t.nsecsElapsed())) << Qt::endl;
    }
    CaseFilter overdue;
    overdue.overdueOnly = true;
    t.restart();
    auto late = list.page(overdue, nullptr, 100, today);
    out << QStringLiteral("overdue first page: %1 ms").arg(ms(t.nsecsElapsed())) << Qt::endl;
    t.restart();
    auto counts = list.homeCounts(today);
    out << QStringLiteral("home counts: %1 ms (due 7: %2, overdue: %3)")
               .arg(ms(t.nsecsElapsed()))
               .arg(counts ? counts->dueWithin7 : -1)
               .arg(counts ? counts->overdue : -1)
        << Qt::endl;
    t.restart();
    auto stability = WarningStore(*db.value()).stability(today);
    out << QStringLiteral("stability view: %1 ms (target ≤ 100)%2")
               .arg(ms(t.nsecsElapsed()))
               .arg(stability ? QString() : QStringLiteral(" failed: ") + stability.error())
        << Qt::endl;
    return 0;
}
