// Fuzzes the roster import (issue 11): mutates the corpus files and realistic generated rosters,
// and runs each through inspect → preview → commit against one database. Fails (exit 1) on a
// partial import: a commit that succeeded must add exactly the persons it previewed, a commit
// that failed must add none. A crash is a failure too (the process dies with the file kept).
// Not part of CI:
//   cmake --build build --target fuzz_import && build/tests/fuzz_import --minutes 10 [--seed N]
#include "db/database.h"
#include "io/rosterimport.h"
#include "registry/areastore.h"
#include "registry/citizenid.h"
#include "security/role.h"
#include "testdb.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTextStream>

#include <cstdio>

using namespace youfu;

namespace {

qint64 personCount(core::Database& db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM persons")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString citizenId(QRandomGenerator& rng, const QDate& birth, bool male)
{
    const int order = int(rng.bounded(50)) * 2 + (male ? 1 : 0);
    const QString first17 = QStringLiteral("430581") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(order, 3, 10, QLatin1Char('0'));
    return first17 + core::CitizenId::checkCharacter(first17);
}

// A roster as a township keeps it: title, two-level header, data with dirt, 小计, 合计, footer.
QByteArray generatedRoster(QRandomGenerator& rng, const QStringList& townships, bool gbk)
{
    static const QStringList surnames{"王", "李", "张", "刘", "陈", "杨", "曾", "欧阳", "单", "解"};
    static const QStringList given{"建国", "卫民", "秀英", "德明", "桂花", "志强", "红", "国平"};
    static const QStringList categories{"残疾军人",         "烈属",
                                        "带病回乡退伍军人", "参战退役人员",
                                        "病故军人遗属",     "农村籍退役士兵（60周岁以上）"};
    QString text;
    QTextStream out(&text);
    out << "武冈市优抚对象花名册（2026年）,,,,,,\n";
    out << "序号,姓名,性别,身份证号,乡镇,优抚类别,残疾等级,伤残性质,享受时间,服役情况,\n";
    out << ",,,,,,,,,入伍时间,退伍时间\n";
    const int rows = 5 + int(rng.bounded(40));
    for (int i = 1; i <= rows; ++i) {
        const bool male = rng.bounded(4) != 0;
        const QDate birth(1930 + int(rng.bounded(60)), 1 + int(rng.bounded(12)),
                          1 + int(rng.bounded(28)));
        QString id = citizenId(rng, birth, male);
        switch (rng.bounded(8)) {
        case 0:
            id = id.toLower();
            break;
        case 1:
            id = QStringLiteral(" ") + id + QStringLiteral("\u3000");
            break;
        case 2:
            id = QStringLiteral("4.30581E+17");
            break;
        default:
            break;
        }
        const QString name = surnames.at(int(rng.bounded(surnames.size()))) +
                             given.at(int(rng.bounded(given.size())));
        const QString category = categories.at(int(rng.bounded(categories.size())));
        const QString grade = category == QStringLiteral("残疾军人")
                                  ? QStringLiteral("%1级").arg(1 + rng.bounded(10))
                                  : QString();
        out << i << ',' << name << ',' << (male ? "男" : "女") << ',' << id << ','
            << townships.at(int(rng.bounded(townships.size()))) << ',' << category << ',' << grade
            << ',' << (grade.isEmpty() ? "" : "因战") << ',' << (2000 + rng.bounded(25)) << "年"
            << (1 + rng.bounded(12)) << "月," << birth.year() + 18 << '.' << (1 + rng.bounded(12))
            << ',' << "\"" << birth.year() + 22 << "年3月\"\n";
        if (rng.bounded(15) == 0)
            out << ",小计,,,,,,,\n";
    }
    out << "合计,,,,,,,,\n";
    out << "制表人：张丽,,审核人：王建华,,日期：2026年12月1日,,,,\n";
    out.flush();
    if (!gbk)
        return text.toUtf8();
    QStringEncoder enc("GB18030");
    return enc.encode(text);
}

QByteArray mutate(QRandomGenerator& rng, QByteArray data)
{
    static const QList<QByteArray> tokens{
        ",",        "\"",         "\n",    "\r\n",        "\t",
        ";",        "小计",       "合计",  "4.30581E+17", "430581194101010013",
        "\xff\xfe", "PK\x03\x04", "<row>", "</c>",        "1952.3",
        "十级"};
    const int n = 1 + int(rng.bounded(8));
    for (int i = 0; i < n && !data.isEmpty(); ++i) {
        const int at = int(rng.bounded(data.size()));
        switch (rng.bounded(6)) {
        case 0:
            data[at] = char(rng.bounded(256));
            break;
        case 1:
            data.insert(at, tokens.at(int(rng.bounded(tokens.size()))));
            break;
        case 2:
            data.remove(at, int(rng.bounded(qMin(64, data.size() - at)) + 1));
            break;
        case 3:
            data.insert(at, data.mid(int(rng.bounded(data.size())), 32));
            break;
        case 4:
            data.truncate(at);
            break;
        default:
            data[at] = char(data[at] ^ (1 << rng.bounded(8)));
            break;
        }
    }
    return data;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    double minutes = 10;
    quint32 seed = quint32(QDateTime::currentMSecsSinceEpoch());
    QString dump;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--minutes"))
            minutes = args[i + 1].toDouble();
        else if (args[i] == QLatin1String("--seed"))
            seed = args[i + 1].toUInt();
        else if (args[i] == QLatin1String("--dump")) // the first input, to look at
            dump = args[i + 1];
    }
    QRandomGenerator rng(seed);
    std::printf("fuzz_import: seed %u, %.1f minutes\n", seed, minutes);

    test::TestDb t;
    if (!t.isValid()) {
        std::fprintf(stderr, "no database\n");
        return 2;
    }
    const core::Actor clerk =
        t.addUser(QStringLiteral("zhangli"), core::Role::Clerk, QStringLiteral("张丽"));
    QStringList townships;
    for (const auto& township : core::AreaStore(t.db()).townships())
        townships << township.name << township.name.left(2);

    QList<QPair<QString, QByteArray>> corpus; // suffix, bytes
    QDirIterator it(QStringLiteral(YOUFU_SOURCE_DIR "/tests/data/roster"), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            corpus.append({QFileInfo(f).suffix(), f.readAll()});
    }
    std::printf("corpus: %d files\n", int(corpus.size()));

    QElapsedTimer clock;
    clock.start();
    qint64 runs = 0, opened = 0, previewed = 0, committed = 0, imported = 0;
    const QString file = t.dir() + QStringLiteral("/fuzz");
    while (clock.elapsed() < qint64(minutes * 60000)) {
        QString suffix = QStringLiteral("csv");
        QByteArray bytes;
        if (corpus.isEmpty() || rng.bounded(2) == 0) {
            bytes = generatedRoster(rng, townships, rng.bounded(2) == 0);
        } else {
            const auto& c = corpus.at(int(rng.bounded(corpus.size())));
            suffix = c.first;
            bytes = c.second;
        }
        // One in three goes in clean: the commit path must be taken too.
        if (rng.bounded(3) != 0)
            bytes = mutate(rng, bytes);
        if (!dump.isEmpty() && runs == 0) {
            QFile d(dump);
            if (d.open(QIODevice::WriteOnly))
                d.write(bytes);
        }
        const QString path = file + QLatin1Char('.') + suffix;
        {
            QFile out(path);
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) < 0)
                return 2;
        }
        ++runs;
        core::RosterImport import(t.db());
        auto first = import.inspect(path);
        if (!first)
            continue;
        ++opened;
        auto preview = import.preview(path, first->layout, first->mapping);
        if (!preview)
            continue;
        ++previewed;
        const qint64 before = personCount(t.db());
        auto result = import.commit(clerk, preview.value());
        const qint64 after = personCount(t.db());
        if (result) {
            ++committed;
            imported += after - before;
            if (after - before != preview->toImport.size() || result->persons != after - before) {
                QFile::copy(path, path + QStringLiteral(".partial"));
                std::printf("PARTIAL IMPORT: previewed %d, reported %lld, added %lld (kept %s)\n",
                            int(preview->toImport.size()), result->persons, after - before,
                            qPrintable(path + QStringLiteral(".partial")));
                return 1;
            }
        } else if (after != before) {
            QFile::copy(path, path + QStringLiteral(".partial"));
            std::printf("FAILED COMMIT CHANGED THE REGISTRY: %lld → %lld (%s)\n", before, after,
                        qPrintable(result.error()));
            return 1;
        }
        if (runs % 500 == 0)
            std::printf("%.0f s: %lld runs, %lld opened, %lld previewed, %lld committed, %lld "
                        "persons imported\n",
                        clock.elapsed() / 1000.0, runs, opened, previewed, committed, imported);
        std::fflush(stdout);
    }
    std::printf("done in %.0f s: %lld runs, %lld opened, %lld previewed, %lld committed, %lld "
                "persons imported; no crash, no partial import\n",
                clock.elapsed() / 1000.0, runs, opened, previewed, committed, imported);
    return 0;
}
