// Imports a 200,000-row roster as CSV and as xlsx (written here with libxlsxwriter), each into a
// fresh database through RosterImport (inspect, preview, commit), and prints the seconds of each
// step and the peak memory (VmHWM) of the process; then `sqlite3 DB ".import --csv"` of the same
// CSV, the physical floor:
//   cmake --build build --target bench_import && build/tests/bench_import [rows] [csv|xlsx]
#include "testdb.h"

#include "io/rosterimport.h"
#include "registry/citizenid.h"
#include "security/role.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <cstdio>

#include <sys/resource.h>

using namespace youfu;
using namespace youfu::core;

namespace {

QString statusLine(const char* key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(key))
            return QString::fromLatin1(line.mid(int(qstrlen(key))).trimmed());
    return QStringLiteral("?");
}

QString peakMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    return QStringLiteral("?");
}

// CPU seconds of the process (user + system): the PC is shared, the wall clock is not alone.
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

const QStringList kHeader = {QStringLiteral("序号"),     QStringLiteral("姓名"),
                             QStringLiteral("性别"),     QStringLiteral("身份证号"),
                             QStringLiteral("乡镇"),     QStringLiteral("村"),
                             QStringLiteral("类别"),     QStringLiteral("享受时间"),
                             QStringLiteral("残疾等级"), QStringLiteral("伤残性质")};

QStringList rowFor(int i)
{
    static const QString surnames = QStringLiteral("张王李赵刘陈杨黄周吴徐孙马朱胡郭何林罗高");
    static const QString given = QStringLiteral("建国华明军平志强红英丽芳伟勇刚秀兰桂珍德");
    const QDate birth = QDate(1940, 1, 1).addDays(i / 900);
    const int seq = 100 + i % 900;
    const QString first17 = QStringLiteral("430581") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QString::number(seq);
    const QString id = first17 + CitizenId::checkCharacter(first17);
    const QString name = QString(surnames.at(i % surnames.size())) +
                         given.at((i / 20) % given.size()) + given.at((i / 7) % given.size());
    return {QString::number(i + 1), name, seq % 2 ? QStringLiteral("男") : QStringLiteral("女"), id,
            QStringLiteral("邓元泰镇"), QStringLiteral("高桥村"), QStringLiteral("残疾军人"),
            QStringLiteral("2010-01-01"),
            // A roster of a few percent dirty cells: one row in twenty writes its grade "6级"
            // (repaired and listed), the others as the office does, 六级.
            i % 20 == 0
                ? QString::number(1 + i % 10) + QStringLiteral("级")
                : QString(QStringLiteral("一二三四五六七八九十").at(i % 10)) + QStringLiteral("级"),
            QStringLiteral("因战")};
}

void writeCsv(const QString& path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(kHeader.join(QLatin1Char(',')).toUtf8() + "\n");
    for (int i = 0; i < rows; ++i)
        f.write(rowFor(i).join(QLatin1Char(',')).toUtf8() + "\n");
}

void writeXlsx(const QString& path, int rows)
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* wb = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
    for (int c = 0; c < kHeader.size(); ++c)
        worksheet_write_string(ws, 0, c, kHeader.at(c).toUtf8().constData(), nullptr);
    for (int i = 0; i < rows; ++i) {
        const QStringList r = rowFor(i);
        worksheet_write_number(ws, i + 1, 0, i + 1, nullptr);
        for (int c = 1; c < r.size(); ++c)
            worksheet_write_string(ws, i + 1, c, r.at(c).toUtf8().constData(), nullptr);
    }
    if (workbook_close(wb) != LXW_NO_ERROR)
        qFatal("cannot write %s", qPrintable(path));
}

void importOnce(const QString& label, const QString& path, int rows)
{
    test::TestDb t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), Roles(Role::Clerk));
    RosterImport import(t.db());
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuSeconds();
    auto first = import.inspect(path);
    if (!first)
        qFatal("%s", qPrintable(first.error()));
    auto p = import.preview(path, first->layout, first->mapping);
    if (!p)
        qFatal("%s", qPrintable(p.error()));
    const double previewSeconds = timer.nsecsElapsed() / 1e9;
    const double cpu1 = cpuSeconds();
    std::printf("%-5s preview: %d to import, %d repaired, %d issues listed\n", qPrintable(label),
                p->imported, p->repaired, int(p->issues.size()));
    for (int i = 0; i < qMin(3, int(p->issues.size())); ++i)
        std::printf("  row %d %s: %s → %s\n", p->issues.at(i).row,
                    qPrintable(p->issues.at(i).column), qPrintable(p->issues.at(i).original),
                    qPrintable(p->issues.at(i).message));
    const QString previewPeak = peakMemory();
    const QString previewHeld = statusLine("VmRSS:");
    if (p->imported != rows)
        qFatal("%s: %d of %d rows to import (refused %d, first issue: %s)", qPrintable(label),
               p->imported, rows, p->refused,
               qPrintable(p->issues.isEmpty() ? QString() : p->issues.first().message));
    timer.restart();
    auto counts = import.commit(clerk, *p);
    if (!counts)
        qFatal("%s", qPrintable(counts.error()));
    const double commitSeconds = timer.nsecsElapsed() / 1e9;
    const double cpu2 = cpuSeconds();
    std::printf("%-5s %d rows: preview %.2f s (cpu %.2f), commit %.2f s (cpu %.2f), total %.2f s "
                "(cpu %.2f); peak memory %s (after the preview: peak %s, held %s)\n",
                qPrintable(label), rows, previewSeconds, cpu1 - cpu0, commitSeconds, cpu2 - cpu1,
                previewSeconds + commitSeconds, cpu2 - cpu0, qPrintable(peakMemory()),
                qPrintable(previewPeak), qPrintable(previewHeld));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::atoi(argv[1]) : 200000;
    // A second argument runs one format only ("csv" or "xlsx"), for its own peak memory.
    const QString only = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("roster.csv"));
    const QString xlsx = dir.filePath(QStringLiteral("roster.xlsx"));
    writeCsv(csv, rows);
    if (only != QLatin1String("csv"))
        writeXlsx(xlsx, rows);
    std::printf("files written; peak memory %s\n", qPrintable(peakMemory()));
    if (only != QLatin1String("xlsx"))
        importOnce(QStringLiteral("csv"), csv, rows);
    if (only != QLatin1String("csv"))
        importOnce(QStringLiteral("xlsx"), xlsx, rows);

    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty()) {
        std::printf("sqlite3 .import: skipped (no sqlite3 on this PC)\n");
        return 0;
    }
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.start(sqlite, {dir.filePath(QStringLiteral("floor.db")),
                     QStringLiteral(".import --csv %1 t").arg(csv)});
    p.waitForFinished(-1);
    std::printf("sqlite3 .import --csv of the same file: %.2f s (exit %d)\n",
                timer.nsecsElapsed() / 1e9, p.exitCode());
    return 0;
}
