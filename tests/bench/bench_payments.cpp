// Drafts the payment rolls of 200,000 demo persons and prints what it costs: January's roll
// (target ≤ 5 s), its approval, its bank file (≤ 3 s) and the bank's return of every line read,
// matched and recorded (≤ 5 s); then a raise of every standard effective 1 January and
// February's roll with a month of back pay for everyone; the first page of lines, the home
// counts, and the peak memory of the process.
// Usage: bench_payments [--persons N]
#include "db/database.h"
#include "payment/bankfilestore.h"
#include "payment/paymentliststore.h"
#include "payment/paymentstore.h"
#include "policy/policystore.h"
#include "registry/demogenerator.h"
#include "security/userstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace youfu::core;

namespace {
// CPU seconds of the process (user + system): the PC is shared, the wall clock is not alone.
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double peakMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024.0; // kilobytes on Linux
}

Actor addUser(UserStore& users, const Actor& admin, const QString& login, Role role)
{
    auto id = users.add(admin, {login, login, Roles(role)}, QStringLiteral("Bench#2026x"));
    return id ? users.byId(id.value())->toActor() : Actor();
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    int persons = 200000;
    for (int i = 1; i + 1 < args.size(); ++i)
        if (args[i] == QLatin1String("--persons"))
            persons = args[i + 1].toInt();
    QTemporaryDir tmp;
    const QString path = tmp.path() + QStringLiteral("/bench.db");
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
    const Actor clerk = addUser(users, admin, QStringLiteral("clerk"), Role::Clerk);
    const Actor chief = addUser(users, admin, QStringLiteral("chief"), Role::SectionChief);
    const Actor director = addUser(users, admin, QStringLiteral("director"), Role::Director);
    QElapsedTimer t;
    t.start();
    auto counts = DemoGenerator::generate(*db.value(), clerk, persons, 2026);
    if (!counts) {
        out << "generate failed: " << counts.error() << Qt::endl;
        return 1;
    }
    if (auto seeded = PolicyStore(*db.value()).seedIllustrative(chief); !seeded) {
        out << "policy book: " << seeded.error() << Qt::endl;
        return 1;
    }
    out << QStringLiteral("generate %1 persons: %2 s").arg(persons).arg(t.elapsed() / 1000.0)
        << Qt::endl;

    PaymentStore store(*db.value());
    PaymentListStore list(*db.value());
    const auto roll = [&](const QDate& month) -> qint64 {
        QElapsedTimer d;
        d.start();
        const double cpu = cpuSeconds();
        auto r = store.draftRoll(clerk, month);
        if (!r) {
            out << "draft failed: " << r.error() << Qt::endl;
            return 0;
        }
        out << QStringLiteral("draft %1: %2 lines (%3 held, %4 back pay), %5 s (%6 s CPU)")
                   .arg(month.toString(QStringLiteral("yyyy-MM")))
                   .arg(r->lines)
                   .arg(r->held)
                   .arg(r->backPayItems)
                   .arg(d.elapsed() / 1000.0, 0, 'f', 2)
                   .arg(cpuSeconds() - cpu, 0, 'f', 2)
            << Qt::endl;
        for (const QString& p : r->problems)
            out << "  problem: " << p << Qt::endl;
        d.restart();
        if (!store.submit(clerk, r->rollId) ||
            !store.sign(chief, r->rollId, StepDecision::Approve, QString()) ||
            !store.sign(director, r->rollId, StepDecision::Approve, QString())) {
            out << "approval failed" << Qt::endl;
            return 0;
        }
        out << QStringLiteral("submit and approve: %1 ms").arg(d.elapsed()) << Qt::endl;
        return r->rollId;
    };
    const qint64 jan = roll(QDate(2026, 1, 1));
    if (!jan)
        return 1;
    {
        // The bank file of January's roll, in the first template (CSV, GB18030).
        auto templates = list.templates();
        if (!templates || templates->isEmpty()) {
            out << "no bank template" << Qt::endl;
            return 1;
        }
        BankFileStore bank(*db.value());
        const QString bankPath = tmp.path() + QStringLiteral("/bank.csv");
        QElapsedTimer b;
        b.start();
        double cpu = cpuSeconds();
        auto written = bank.writeBankFile(clerk, jan, templates->first().id, bankPath);
        if (!written) {
            out << "bank file failed: " << written.error() << Qt::endl;
            return 1;
        }
        out << QStringLiteral("bank file: %1 lines, %2 s (%3 s CPU)")
                   .arg(written->lines)
                   .arg(b.elapsed() / 1000.0, 0, 'f', 2)
                   .arg(cpuSeconds() - cpu, 0, 'f', 2)
            << Qt::endl;
        // The bank's answer: every row of the file back with 成功 (the summary line left out),
        // made in a block of its own so that its copies of the text are gone before the
        // measured import.
        const QString returnPath = tmp.path() + QStringLiteral("/return.csv");
        {
            QFile in(bankPath);
            if (!in.open(QIODevice::ReadOnly)) {
                out << "cannot read the bank file" << Qt::endl;
                return 1;
            }
            QStringDecoder gbk("GB18030");
            const QString text = gbk(in.readAll());
            QStringList rows = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
            QString answer;
            for (int i = 0; i < rows.size(); ++i) {
                if (rows[i].startsWith(QStringLiteral("合计")))
                    continue;
                answer += rows[i] + (i == 0 ? QStringLiteral(",处理结果,失败原因\r\n")
                                            : QStringLiteral(",成功,\r\n"));
            }
            QFile ret(returnPath);
            if (!ret.open(QIODevice::WriteOnly) || ret.write(answer.toUtf8()) < 0) {
                out << "cannot write the return file" << Qt::endl;
                return 1;
            }
            ret.close();
        }
        b.restart();
        cpu = cpuSeconds();
        auto preview = bank.previewReturn(clerk, jan, returnPath, QDate(2026, 1, 8));
        if (!preview) {
            out << "return preview failed: " << preview.error() << Qt::endl;
            return 1;
        }
        const qint64 previewMs = b.elapsed();
        auto recorded = bank.recordReturn(clerk, preview.value());
        if (!recorded) {
            out << "return record failed: " << recorded.error() << Qt::endl;
            return 1;
        }
        out << QStringLiteral("bank return: %1 rows read and matched in %2 s, recorded in %3 s "
                              "(%4 s CPU in all); %5 paid, %6 unmatched")
                   .arg(preview->rows.size())
                   .arg(previewMs / 1000.0, 0, 'f', 2)
                   .arg((b.elapsed() - previewMs) / 1000.0, 0, 'f', 2)
                   .arg(cpuSeconds() - cpu, 0, 'f', 2)
                   .arg(recorded->paid)
                   .arg(recorded->unmatched)
            << Qt::endl;
    }
    {
        // A raise of every annual standard effective 1 January, announced after January's roll:
        // February's roll pays January's difference as back pay to everyone.
        PolicyStore policy(*db.value());
        int raised = 0;
        QSet<QString> seen;
        const QList<BenefitStandard> book = policy.all();
        for (const BenefitStandard& s : book) {
            if (s.item != StandardItem::Annual)
                continue;
            BenefitStandard newest = s;
            for (const BenefitStandard& t : book)
                if (t.key().categoryCode == s.categoryCode && t.item == s.item &&
                    t.grade == s.grade && t.nature == s.nature && t.residence == s.residence &&
                    t.effectiveFrom > newest.effectiveFrom)
                    newest = t;
            const QString key = QStringLiteral("%1|%2|%3|%4")
                                    .arg(s.categoryCode)
                                    .arg(s.grade)
                                    .arg(s.nature)
                                    .arg(int(s.residence));
            if (seen.contains(key))
                continue;
            seen.insert(key);
            BenefitStandard r = newest;
            r.id = 0;
            r.amountFen = newest.amountFen + 120000;
            r.effectiveFrom = QDate(2026, 1, 1);
            r.basisNumber = QStringLiteral("bench〔2026〕1号");
            if (policy.add(chief, r))
                ++raised;
        }
        out << QStringLiteral("raised %1 standards from 2026-01-01").arg(raised) << Qt::endl;
    }
    const qint64 feb = roll(QDate(2026, 2, 1));
    if (!feb)
        return 1;
    QElapsedTimer d;
    d.start();
    LineFilter f;
    f.rollId = feb;
    auto page = list.linesPage(f, 0, 100);
    out << QStringLiteral("first page of lines: %1 ms (%2 lines)")
               .arg(d.elapsed())
               .arg(page ? page->size() : -1)
        << Qt::endl;
    d.restart();
    auto home = list.homeCounts(clerk);
    out << QStringLiteral("home counts: %1 ms (%2 to fix)")
               .arg(d.elapsed())
               .arg(home ? home->failedToFix : -1)
        << Qt::endl;
    d.restart();
    auto rolls = list.rolls();
    out << QStringLiteral("rolls with counts: %1 ms").arg(d.elapsed()) << Qt::endl;
    out << QStringLiteral("peak memory: %1 MB").arg(peakMb(), 0, 'f', 0) << Qt::endl;
    return rolls ? 0 : 1;
}
