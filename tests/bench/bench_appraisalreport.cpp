// Prints how long the year-end appraisal report takes to write as PDF and as xlsx for 18
// townships × 9 indicators and 20 staff members (median of 3 runs each; targets ≤ 5 s), and
// leaves the files to look at:  build/tests/bench_appraisalreport [FOLDER]
#include "../core/appraisalreportfixture.h"
#include "appraisal/appraisalreportexport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>

using namespace youfu;

namespace {

qint64 median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::tempPath();
    QDir().mkpath(folder);

    test::TestDb t;
    QElapsedTimer fillTimer;
    fillTimer.start();
    const test::ReportFixture f = test::fillReport(t, 2026, 18, 20);
    if (!f.problem.isEmpty()) {
        out << "fill failed: " << f.problem << Qt::endl;
        return 1;
    }
    out << "filled 18 townships x 9 indicators + 20 staff in " << fillTimer.elapsed() << " ms"
        << Qt::endl;

    for (const QString& suffix : {QStringLiteral("pdf"), QStringLiteral("xlsx")}) {
        const QString path = QDir(folder).filePath(QStringLiteral("appraisal-report.") + suffix);
        QList<qint64> times;
        core::AppraisalReportWritten last;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto written = core::exportAppraisalReport(t.db(), f.clerk, 2026, path);
            times << timer.elapsed();
            if (!written) {
                out << suffix << " failed: " << written.error() << Qt::endl;
                return 1;
            }
            last = written.value();
        }
        out << suffix << ": median " << median(times) << " ms (runs " << times.at(0) << ", "
            << times.at(1) << ", " << times.at(2) << " ms; target <= 5000 ms); "
            << (suffix == QLatin1String("pdf") ? QStringLiteral("%1 pages").arg(last.pages)
                                               : QStringLiteral("%1 rows").arg(last.rows))
            << ", " << QFileInfo(path).size() / 1024 << " KB: " << path << Qt::endl;
    }
    return 0;
}
