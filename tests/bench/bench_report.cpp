// Prints how long a two-page form and a long register take to render to PDF, and writes a
// sample paper to look at:  build/tests/bench_report [/tmp/youfu-sample.pdf]
#include "common/isotime.h"
#include "report/documentrenderer.h"
#include "report/officialdocument.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace youfu::core;

namespace {

const QStringList kSurnames = {QStringLiteral("张"), QStringLiteral("王"), QStringLiteral("李"),
                               QStringLiteral("刘"), QStringLiteral("陈"), QStringLiteral("杨")};
const QStringList kTowns = {QStringLiteral("邓元泰镇"), QStringLiteral("湾头桥镇"),
                            QStringLiteral("文坪镇"), QStringLiteral("荆竹铺镇")};

OfficialDocument sampleForm(int tableRows)
{
    OfficialDocument doc;
    doc.setTitle(QStringLiteral("优抚对象基本情况表"));
    doc.setDocumentNumber(QStringLiteral("编号：武民优审〔2026〕0001号"));
    doc.addParticulars({
        {QStringLiteral("姓名"), QStringLiteral("张建国")},
        {QStringLiteral("性别"), QStringLiteral("男")},
        {QStringLiteral("公民身份号码"), QStringLiteral("430581195803120017")},
        {QStringLiteral("出生日期"), chineseDate(QDate(1958, 3, 12))},
        {QStringLiteral("优抚类别"), QStringLiteral("残疾军人（因战，六级）")},
        {QStringLiteral("档案号"), QStringLiteral("WG-2026-000123")},
        {QStringLiteral("家庭住址"),
         QStringLiteral(
             "湖南省武冈市邓元泰镇青山村三组 <特别说明: a&b \"引号\"> 联系电话 139****1234"),
         true},
    });
    doc.addHeading(QStringLiteral("一、历年抚恤补助发放记录"));
    RuledTable t;
    t.header = {QStringLiteral("序号"), QStringLiteral("发放年月"), QStringLiteral("姓名"),
                QStringLiteral("乡镇"), QStringLiteral("项目"),     QStringLiteral("金额（元）")};
    t.columnPercent = {8, 18, 14, 18, 24, 18};
    t.alignment = {Qt::AlignHCenter, Qt::AlignHCenter, Qt::AlignLeft,
                   Qt::AlignLeft,    Qt::AlignLeft,    Qt::AlignRight};
    for (int i = 0; i < tableRows; ++i)
        t.rows << QStringList{QString::number(i + 1),
                              QStringLiteral("%1年%2月").arg(2020 + i / 12).arg(i % 12 + 1),
                              kSurnames.at(i % kSurnames.size()) + QStringLiteral("建国"),
                              kTowns.at(i % kTowns.size()),
                              QStringLiteral("残疾抚恤金"),
                              QStringLiteral("%1.00").arg(3000 + (i * 37) % 900)};
    doc.addTable(t);
    doc.addHeading(QStringLiteral("二、审批意见"));
    const QString longOpinion =
        QStringLiteral("经审核，该同志于1979年参加对越自卫还击作战负伤，伤残性质为因战，伤残等级经"
                       "市级评残机构鉴定为六级，"
                       "相关档案材料（入伍登记表、立功受奖证书、伤残鉴定表、户籍证明）齐全、真实、"
                       "有效，符合《伤残抚恤管理办法》"
                       "第十条及《军人抚恤优待条例》有关规定。建议自2026年1月起按六级因战残疾军人标"
                       "准发放残疾抚恤金，"
                       "并同步纳入重点走访对象名单，每季度走访一次。AVeryLongUnbrokenReferenceNumbe"
                       "r0123456789012345678901234567890123456789 ");
    doc.addParticulars(
        {{QStringLiteral("经办人意见"), longOpinion.repeated(2), true,
          OfficialDocument::signLine(QStringLiteral("签字"), QStringLiteral("李四"),
                                     QDate(2026, 11, 20))},
         {QStringLiteral("科长审核意见"), QStringLiteral("同意。"), true,
          OfficialDocument::signLine(QStringLiteral("签字"), QString(), QDate()), 2},
         {QStringLiteral("局长审批意见"), QString(), true,
          OfficialDocument::signLine(QStringLiteral("签字"), QString(), QDate()), 3}},
        1);
    doc.addParagraph(longOpinion);
    doc.addSignatures(
        {{QStringLiteral("经办人"), QStringLiteral("李四"), QDate(2026, 11, 29), false},
         {QStringLiteral("负责人"), QString(), QDate(), true}});
    doc.addDateLine(QDate(2026, 11, 29));
    doc.addNote(QStringLiteral("注：本表一式两份，一份存档，一份报上级民政部门。"));
    return doc;
}

double medianMs(const std::function<void()>& run, int times)
{
    QList<double> ms;
    for (int i = 0; i < times; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        ms << t.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const QString samplePath =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/youfu-sample.pdf");
    const OfficialDocument sample = sampleForm(40);
    if (Status s = renderToPdf(sample, samplePath); !s) {
        out << "sample failed: " << s.error() << Qt::endl;
        return 1;
    }
    out << "sample: " << samplePath << " (" << pageCount(sample) << " pages)" << Qt::endl;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.pdf"));
    // Warm up fonts and the font database once, as a running program has.
    (void)renderToPdf(sampleForm(5), path);
    int rows = 12; // the sample form with as many rows as still make exactly two pages
    while (rows > 0 && pageCount(sampleForm(rows)) > 2)
        --rows;
    const OfficialDocument twoPages = sampleForm(rows);
    const double formMs = medianMs([&] { (void)renderToPdf(twoPages, path); }, 15);
    out << "2-page form (" << pageCount(twoPages)
        << " pages) to PDF: " << QString::number(formMs, 'f', 1)
        << " ms median of 15 (target <= 200 ms), " << QFile(path).size() / 1024 << " KiB"
        << Qt::endl;

    const OfficialDocument reg = sampleForm(1000);
    const int regPages = pageCount(reg);
    const double regMs = medianMs([&] { (void)renderToPdf(reg, path); }, 3);
    out << "1000-row register (" << regPages << " pages) to PDF: " << QString::number(regMs, 'f', 1)
        << " ms median of 3" << Qt::endl;
    return 0;
}
