// Exports a registry of 200,000 demo persons through the export engine and prints the time
// and peak memory of each format (label: bench; built by the "benchmarks" target, never run
// by ctest).
// Usage: bench_export [--persons N] [--keep DIR [--reuse]]  (--reuse: export DIR/bench.db again)
#include "db/database.h"
#include "io/listexports.h"
#include "registry/demogenerator.h"
#include "security/userstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

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
    auto db = Database::open(path);
    if (!db) {
        out << "open failed: " << db.error() << Qt::endl;
        return 1;
    }
    UserStore users(*db.value());
    if (!reuse) {
        auto adminId = users.createFirstAdmin(
            {QStringLiteral("admin"), QStringLiteral("admin"), Roles(Role::Admin)},
            QStringLiteral("Bench#2026x"));
        const Actor admin = users.byId(adminId.value())->toActor();
        auto clerkId =
            users.add(admin, {QStringLiteral("clerk"), QStringLiteral("clerk"), Roles(Role::Clerk)},
                      QStringLiteral("Bench#2026x"));
        if (!clerkId) {
            out << "user failed: " << clerkId.error() << Qt::endl;
            return 1;
        }
        QElapsedTimer t;
        t.start();
        auto counts = DemoGenerator::generate(*db.value(), users.byId(clerkId.value())->toActor(),
                                              persons, 2026);
        if (!counts) {
            out << "generate failed: " << counts.error() << Qt::endl;
            return 1;
        }
        out << "generated " << persons << " persons in " << t.elapsed() / 1000.0 << " s"
            << Qt::endl;
    }
    auto clerk = users.byLogin(QStringLiteral("clerk"));
    if (!clerk) {
        out << "no clerk: " << clerk.error() << Qt::endl;
        return 1;
    }
    const Actor actor = clerk->toActor();
    for (const ExportFormat format :
         {ExportFormat::Xlsx, ExportFormat::CsvUtf8Bom, ExportFormat::CsvGbk}) {
        const QString file = dir + QStringLiteral("/registry.") + exportFormatKey(format);
        ListExportRequest request;
        ExportOptions options;
        options.format = format;
        QElapsedTimer t;
        t.start();
        auto rows = exportList(*db.value(), actor, request, file, options);
        if (!rows) {
            out << exportFormatKey(format) << " failed: " << rows.error() << Qt::endl;
            return 1;
        }
        out << QStringLiteral("export registry %1: %2 rows in %3 s, %4 MB, peak memory so far %5")
                   .arg(exportFormatKey(format), -7)
                   .arg(rows.value())
                   .arg(t.elapsed() / 1000.0, 0, 'f', 2)
                   .arg(QFileInfo(file).size() / 1e6, 0, 'f', 1)
                   .arg(vmHwm())
            << Qt::endl;
    }
    return 0;
}
