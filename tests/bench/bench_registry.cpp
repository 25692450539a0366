// Builds a registry of 200,000 demo persons and prints what the registry page costs: opening
// the database and the first page, search latency, the last page, peak memory.
// Usage: bench_registry [--persons N] [--keep DIR [--reuse]]  (--reuse: measure DIR/bench.db again)
#include "db/database.h"
#include "registry/demogenerator.h"
#include "registry/registrysearchstore.h"
#include "security/userstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace youfu::core;

namespace {
QString vmHwm()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    return QStringLiteral("?");
}

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
    QString keepDir;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--persons"))
            persons = args[i + 1].toInt();
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
    }

    if (!reuse) {
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
        out << QStringLiteral("peak RSS after generation: %1").arg(vmHwm()) << Qt::endl;
    }
    out << QStringLiteral("database file: %1 MB").arg(QFile(path).size() / 1048576.0, 0, 'f', 1)
        << Qt::endl;

    QElapsedTimer t;
    t.start();
    auto opened = Database::open(path);
    if (!opened)
        return 1;
    Database& db = *opened.value();
    RegistrySearchStore search(db);
    RegistryQuery all; // sorted by name
    const qint64 total = search.count(all);
    const QList<PersonRow> first = search.page(all, 0, 100);
    out << QStringLiteral("open + count (%1) + first 100 rows by name: %2 ms")
               .arg(total)
               .arg(ms(t.nsecsElapsed()), 0, 'f', 1)
        << Qt::endl;

    // Search terms of each kind a clerk types: 1-, 2-, 3-character names, ID fragments (birth
    // date, sequence and check digits, a whole ID), village names.
    const QStringList terms =
        QString::fromUtf8("李 王 张 刘 陈 黄 周 欧 秀 国 "
                          "建国 秀英 志强 李建 王秀 欧阳 华 桂兰 "
                          "李建国 王秀英 张志强 刘德华 陈国平 周红梅 "
                          "19520314 0010 2296 547X 19491203 430581194912032296 "
                          "高桥村 洞口 东塔社区 马坪村 梅溪 水口")
            .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    auto measure = [&](const QStringList& words, bool print, const QString& title) {
        QList<double> cold, warm;
        for (int round = 0; round < 4; ++round) {
            for (const QString& term : words) {
                RegistryQuery q;
                q.text = term;
                QElapsedTimer s;
                s.start();
                const qint64 n = search.count(q);
                const QList<PersonRow> rows = search.page(q, 0, 100);
                const double took = ms(s.nsecsElapsed());
                (round == 0 ? cold : warm) << took;
                if (round == 0 && print)
                    out << QStringLiteral("  %1: %2 matches, %3 ms")
                               .arg(term)
                               .arg(n)
                               .arg(took, 0, 'f', 1)
                        << Qt::endl;
                Q_UNUSED(rows);
            }
        }
        for (QList<double>* l : {&cold, &warm})
            std::sort(l->begin(), l->end());
        auto pct = [](const QList<double>& l, double p) {
            return l.at(qMin(int(l.size()) - 1, int(p * l.size())));
        };
        QList<double> both = cold + warm;
        std::sort(both.begin(), both.end());
        out << QStringLiteral("%1 (count + first 100 rows): first pass p50 %2 / p95 %3 ms; "
                              "all %4 runs p50 %5 / p95 %6 / max %7 ms")
                   .arg(title)
                   .arg(pct(cold, 0.5), 0, 'f', 1)
                   .arg(pct(cold, 0.95), 0, 'f', 1)
                   .arg(both.size())
                   .arg(pct(both, 0.5), 0, 'f', 1)
                   .arg(pct(both, 0.95), 0, 'f', 1)
                   .arg(both.last(), 0, 'f', 1)
            << Qt::endl;
    };
    measure(terms, true, QStringLiteral("search mix"));
    // Pinyin as clerks type it: initials (2-4 letters), full pinyin with and without a space,
    // a surname alone (the broadest: every 张), a surname read as a surname.
    measure(QStringLiteral("zjg wxy lm zs ljg zgf oyjg lxy "
                           "zhangjianguo wangxiuying liujianguo zhang jian wang xiu "
                           "li wang zhang zeng zhangj ouyang chen")
                .split(QLatin1Char(' '), Qt::SkipEmptyParts),
            true, QStringLiteral("pinyin search mix"));
    {
        const QList<QString> typed{QStringLiteral("zhang jianguo"), QStringLiteral("wang xiuying")};
        measure(typed, true, QStringLiteral("pinyin with a space"));
    }
    // Fragments every county ID shares (the area code with a birth decade): tens of thousands
    // of matches, shown apart because no clerk looks a person up that way.
    measure(QString::fromUtf8("0581195 430581196 05811").split(QLatin1Char(' ')), true,
            QStringLiteral("broad ID fragments"));

    t.restart();
    const QList<PersonRow> last = search.page(all, int(total) - 100, 100);
    out << QStringLiteral("last page (offset %1) by name: %2 ms, %3 rows")
               .arg(total - 100)
               .arg(ms(t.nsecsElapsed()), 0, 'f', 1)
               .arg(last.size())
        << Qt::endl;
    RegistryQuery byBirth;
    byBirth.sort = RegistryQuery::Sort::BirthDate;
    byBirth.order = Qt::DescendingOrder;
    t.restart();
    search.page(byBirth, int(total) - 100, 100);
    out << QStringLiteral("last page by birth date, descending: %1 ms")
               .arg(ms(t.nsecsElapsed()), 0, 'f', 1)
        << Qt::endl;
    RegistryQuery filtered;
    filtered.categoryCode = QStringLiteral("disabled_serviceman");
    filtered.townshipCode = QStringLiteral("430581105");
    t.restart();
    const qint64 nf = search.count(filtered);
    search.page(filtered, 0, 100);
    out << QStringLiteral("filter township + category (%1 matches): %2 ms")
               .arg(nf)
               .arg(ms(t.nsecsElapsed()), 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("peak RSS (VmHWM): %1").arg(vmHwm()) << Qt::endl;
    Q_UNUSED(first);
    return 0;
}
