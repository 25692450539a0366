// The export engine (io/tableexport.h) and the lists on it (io/listexports.h): what Excel
// reads back from the xlsx, CSV in UTF-8 and GBK, masking and its audit entry, cancel, modes.
#include "audit/auditlog.h"
#include "clirun.h"
#include "db/database.h"
#include "io/listexports.h"
#include "io/tableexport.h"
#include "io/ziparchive.h"
#include "registry/demogenerator.h"
#include "registry/registrysearchstore.h"
#include "testdb.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace youfu;
using core::ExportColumn;
using Kind = core::ExportColumn::Kind;

namespace {

struct Cell
{
    QString type;  // t="…"
    int style = 0; // s="…"
    QString value; // <v> or the inline string
};

struct Sheet
{
    QHash<QString, Cell> cells; // "C4"
    QStringList merges;
    QString paneState;
    int ySplit = 0;
    QString autoFilter;
    QHash<int, QString> formatOfStyle; // cellXfs index → format code
};

QByteArray unzipped(const QString& xlsx, const QString& name)
{
    // The project's zip reader (system minizip): never QuaZip, whose minizip clashes with
    // libxlsxwriter's in one process.
    core::ZipArchive zip;
    if (!zip.open(xlsx) || !zip.openEntry(name))
        return {};
    const QByteArray bytes = zip.entry()->readAll();
    return zip.entryFailed() ? QByteArray() : bytes;
}

Sheet readSheet(const QString& xlsx)
{
    Sheet s;
    QXmlStreamReader xml(unzipped(xlsx, QStringLiteral("xl/worksheets/sheet1.xml")));
    QString ref;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto a = xml.attributes();
        const auto name = xml.name();
        if (name == u"c") {
            ref = a.value(QLatin1String("r")).toString();
            s.cells[ref].type = a.value(QLatin1String("t")).toString();
            s.cells[ref].style = a.value(QLatin1String("s")).toInt();
        } else if (name == u"v" || name == u"t") {
            s.cells[ref].value = xml.readElementText();
        } else if (name == u"mergeCell") {
            s.merges << a.value(QLatin1String("ref")).toString();
        } else if (name == u"pane") {
            s.paneState = a.value(QLatin1String("state")).toString();
            s.ySplit = a.value(QLatin1String("ySplit")).toInt();
        } else if (name == u"autoFilter") {
            s.autoFilter = a.value(QLatin1String("ref")).toString();
        }
    }
    // Styles: cellXfs in order, their numFmtId, and the custom formats' codes.
    QXmlStreamReader styles(unzipped(xlsx, QStringLiteral("xl/styles.xml")));
    QHash<int, QString> codes{{0, QStringLiteral("General")}, {49, QStringLiteral("@")}};
    bool inXfs = false;
    int xf = 0;
    while (!styles.atEnd()) {
        styles.readNext();
        if (styles.isEndElement() && styles.name() == u"cellXfs")
            inXfs = false;
        if (!styles.isStartElement())
            continue;
        const auto a = styles.attributes();
        if (styles.name() == u"numFmt")
            codes.insert(a.value(QLatin1String("numFmtId")).toInt(),
                         a.value(QLatin1String("formatCode")).toString());
        else if (styles.name() == u"cellXfs")
            inXfs = true;
        else if (inXfs && styles.name() == u"xf")
            s.formatOfStyle.insert(xf++, codes.value(a.value(QLatin1String("numFmtId")).toInt()));
    }
    return s;
}

// A small table of every kind of column, rows made on the fly.
core::ExportTable sampleTable(int rows, bool failAtEnd = false)
{
    core::ExportTable t;
    t.title = QStringLiteral("优抚对象花名册（测试县民政局）");
    t.subtitle = QStringLiteral("乡镇：龙溪镇");
    t.columns = {{QStringLiteral("姓名")},
                 {QStringLiteral("公民身份号码"), Kind::Identifier},
                 {QStringLiteral("出生日期"), Kind::Date},
                 {QStringLiteral("登记时间"), Kind::DateTime},
                 {QStringLiteral("年标准（元）"), Kind::Money},
                 {QStringLiteral("人数"), Kind::Integer}};
    t.expectedRows = rows;
    auto at = std::make_shared<int>(0);
    t.next = [at, rows, failAtEnd](QVariantList& row) -> core::Result<bool> {
        if (*at >= rows) {
            if (failAtEnd)
                return core::Status::failure(QStringLiteral("disk on fire"));
            return false;
        }
        const int i = (*at)++;
        row << QStringLiteral("张建国%1").arg(i) << QStringLiteral("430581195003285637")
            << QDate(1950, 3, 28) << QDateTime(QDate(2026, 11, 29), QTime(9, 30)) << qint64(1020050)
            << qint64(i);
        return true;
    };
    return t;
}

// 0600: the owner reads and writes, nobody else anything.
bool ownerOnly(const QString& path)
{
    const QFile::Permissions p = QFile::permissions(path);
    return p.testFlag(QFile::ReadOwner) && p.testFlag(QFile::WriteOwner) && (int(p) & 0x0077) == 0;
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestTableExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void xlsxReadsBackAsExcelWould();
    void csvUtf8AndGbkHoldTheSameText();
    void cancelLeavesNoFile_data();
    void cancelLeavesNoFile();
    void errorKeepsThePreviousFile();
    void textWidthCountsChineseDouble();
    void registryMaskedUnlessFullAskedAndAllowed();
    void auditorCannotExportTheRegistry();
    void youfuctlExports();
};

void TestTableExport::xlsxReadsBackAsExcelWould()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.xlsx"));
    core::ExportOptions o;
    o.exportedAt = QDateTime(QDate(2026, 12, 1), QTime(14, 5));
    QList<int> progress;
    o.progress = [&](int p) { progress << p; };
    auto rows = core::exportTable(sampleTable(2500), path, o);
    QVERIFY2(rows, qPrintable(rows.error()));
    QCOMPARE(rows.value(), qint64(2500));
    QVERIFY(ownerOnly(path));
    QCOMPARE(filesIn(dir.path()), QStringList{"r.xlsx"}); // no temporary file left
    QVERIFY(progress.size() >= 3 && progress.last() == 1000);

    const Sheet s = readSheet(path);
    // Title merged over the six columns, the filters, the time, then the frozen bold header.
    QCOMPARE(s.cells.value("A1").value, QStringLiteral("优抚对象花名册（测试县民政局）"));
    QVERIFY2(s.merges.contains("A1:F1"), qPrintable(s.merges.join(' ')));
    QCOMPARE(s.cells.value("A2").value, QStringLiteral("乡镇：龙溪镇"));
    QCOMPARE(s.cells.value("A3").value, QStringLiteral("Exported: 2026年12月1日 14:05"));
    QCOMPARE(s.cells.value("B4").value, QStringLiteral("公民身份号码"));
    QCOMPARE(s.paneState, QStringLiteral("frozen"));
    QCOMPARE(s.ySplit, 4);
    QCOMPARE(s.autoFilter, QStringLiteral("A4:F2504"));
    // The ID is text with the text format: never 4.30581E+17.
    const Cell id = s.cells.value("B5");
    QVERIFY2(id.type == "inlineStr" || id.type == "s", qPrintable(id.type));
    QCOMPARE(id.value, QStringLiteral("430581195003285637"));
    QCOMPARE(s.formatOfStyle.value(id.style), QStringLiteral("@"));
    // The date is a number (Excel's serial day) with a date format.
    const Cell birth = s.cells.value("C5");
    QVERIFY(birth.type.isEmpty());
    QCOMPARE(birth.value.toDouble(), 18350.0); // 1950-03-28
    QCOMPARE(s.formatOfStyle.value(birth.style), QStringLiteral("yyyy-mm-dd"));
    const Cell at = s.cells.value("D5");
    QVERIFY(at.type.isEmpty());
    QVERIFY(qAbs(at.value.toDouble() - (46355.0 + 9.5 / 24)) < 1e-6);
    // Money from fen: 10200.50 with two decimals.
    const Cell money = s.cells.value("E5");
    QVERIFY(money.type.isEmpty());
    QCOMPARE(money.value.toDouble(), 10200.5);
    QCOMPARE(s.formatOfStyle.value(money.style), QStringLiteral("0.00"));
    QCOMPARE(s.cells.value("F2504").value, QStringLiteral("2499"));
    // Widths fitted: the ID column wider than the count column.
    const QString xml = QString::fromUtf8(unzipped(path, "xl/worksheets/sheet1.xml"));
    QVERIFY(xml.contains(QRegularExpression(R"(<col min="2" max="2" width="19)")));
}

void TestTableExport::csvUtf8AndGbkHoldTheSameText()
{
    QTemporaryDir dir;
    core::ExportOptions o;
    o.format = core::ExportFormat::CsvUtf8Bom;
    const QString utf8Path = dir.filePath("u.csv");
    const QString gbkPath = dir.filePath("g.csv");
    QVERIFY(core::exportTable(sampleTable(3), utf8Path, o));
    o.format = core::ExportFormat::CsvGbk;
    QVERIFY(core::exportTable(sampleTable(3), gbkPath, o));
    QFile u(utf8Path), g(gbkPath);
    QVERIFY(u.open(QIODevice::ReadOnly) && g.open(QIODevice::ReadOnly));
    const QByteArray ub = u.readAll();
    const QByteArray gb = g.readAll();
    QVERIFY(ub.startsWith("\xEF\xBB\xBF"));
    QVERIFY(!gb.startsWith("\xEF\xBB\xBF"));
    QVERIFY(gb.contains("\xD5\xC5")); // 张 in GBK
    QStringDecoder fromGbk("GB18030");
    const QString gbText = fromGbk.decode(gb);
    const QString uText = QString::fromUtf8(ub.mid(3));
    QCOMPARE(gbText, uText);
    const QStringList lines = uText.split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(1), QStringLiteral("张建国0,\t430581195003285637,1950-03-28,"
                                         "2026-11-29 09:30:00,10200.50,0"));
    QVERIFY(ownerOnly(gbkPath));
}

void TestTableExport::cancelLeavesNoFile_data()
{
    QTest::addColumn<core::ExportFormat>("format");
    QTest::newRow("xlsx") << core::ExportFormat::Xlsx;
    QTest::newRow("csv") << core::ExportFormat::CsvUtf8Bom;
    QTest::newRow("gbk") << core::ExportFormat::CsvGbk;
}

void TestTableExport::cancelLeavesNoFile()
{
    QFETCH(core::ExportFormat, format);
    QTemporaryDir dir;
    std::atomic_bool cancel{false};
    core::ExportOptions o;
    o.format = format;
    o.cancel = &cancel;
    o.progress = [&](int permille) {
        if (permille > 0)
            cancel = true; // the clerk presses Cancel after the first thousand rows
    };
    auto rows = core::exportTable(sampleTable(5000), dir.filePath("x.out"), o);
    QVERIFY(!rows);
    QVERIFY(rows.error().contains("cancelled"));
    QCOMPARE(filesIn(dir.path()), QStringList());
}

void TestTableExport::errorKeepsThePreviousFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("r.xlsx");
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    auto rows = core::exportTable(sampleTable(10, true), path, core::ExportOptions());
    QVERIFY(!rows);
    QCOMPARE(rows.error(), QStringLiteral("disk on fire"));
    QCOMPARE(filesIn(dir.path()), QStringList{"r.xlsx"});
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("old"));
}

void TestTableExport::textWidthCountsChineseDouble()
{
    QCOMPARE(core::exportTextWidth(QStringLiteral("abc")), 3);
    QCOMPARE(core::exportTextWidth(QStringLiteral("张建国")), 6);
    QCOMPARE(core::exportTextWidth(QStringLiteral("（1）")), 5);
}

void TestTableExport::registryMaskedUnlessFullAskedAndAllowed()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", core::Role::Clerk, "张丽");
    const core::Actor director = t.addUser("chenguoping", core::Role::Director, "陈国平");
    auto gen = core::DemoGenerator::generate(t.db(), clerk, 1200, 7);
    QVERIFY2(gen, qPrintable(gen.error()));
    core::ListExportRequest req;
    req.list = core::ExportList::Registry;
    core::ExportOptions o;
    o.format = core::ExportFormat::CsvUtf8Bom;
    const QString masked = t.dir() + "/masked.csv";
    auto rows = core::exportList(t.db(), clerk, req, masked, o);
    QVERIFY2(rows, qPrintable(rows.error()));
    QCOMPARE(rows.value(), core::RegistrySearchStore(t.db()).count(req.registry));
    QFile m(masked);
    QVERIFY(m.open(QIODevice::ReadOnly));
    const QString maskedText = QString::fromUtf8(m.readAll());
    QVERIFY(maskedText.contains("430581********"));
    QVERIFY(!maskedText.contains(QRegularExpression("\\b4305811\\d{11}")));
    QVERIFY(!maskedText.contains(QRegularExpression(",\\d{4}-\\d\\d-\\d\\d,"))); // no birth dates

    // The director may not see full numbers: refused, no file.
    req.fullIds = true;
    const QString full = t.dir() + "/full.csv";
    QVERIFY(!core::exportList(t.db(), director, req, full, o));
    QVERIFY(!QFile::exists(full));
    QVERIFY(!core::mayExportFullIds(director, core::ExportList::Registry));
    QVERIFY(core::mayExportFullIds(clerk, core::ExportList::Registry));

    auto fullRows = core::exportList(t.db(), clerk, req, full, o);
    QVERIFY2(fullRows, qPrintable(fullRows.error()));
    QFile f(full);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString fullText = QString::fromUtf8(f.readAll());
    QVERIFY(!fullText.contains("********"));
    QVERIFY(fullText.contains(QRegularExpression("\t430581\\d{11}[\\dX]")));

    // One entry per export: which list, how many rows, format, masked or full.
    QList<core::AuditEntry> entries;
    for (const auto& e : core::AuditLog(t.db()).forEntity("registry", ""))
        if (e.action == "list.export")
            entries << e;
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).action, QStringLiteral("list.export"));
    QStringList ids;
    for (const auto& e : entries) {
        QVERIFY2(e.afterJson.contains(QString("\"rows\":%1").arg(rows.value())),
                 qPrintable(e.afterJson));
        QVERIFY(e.afterJson.contains("\"format\":\"csv\""));
        QCOMPARE(e.actorLogin, QStringLiteral("zhangli"));
        ids << (e.afterJson.contains("\"ids\":\"full\"") ? "full" : "masked");
    }
    ids.sort();
    QCOMPARE(ids, (QStringList{"full", "masked"}));
}

void TestTableExport::auditorCannotExportTheRegistry()
{
    test::TestDb t;
    const core::Actor auditor = t.addUser("zhouhong", core::Role::Auditor, "周红");
    core::ListExportRequest req;
    const QString path = t.dir() + "/r.xlsx";
    QVERIFY(!core::exportList(t.db(), auditor, req, path, core::ExportOptions()));
    QVERIFY(!QFile::exists(path));
    req.list = core::ExportList::Audit;
    auto rows = core::exportList(t.db(), auditor, req, path, core::ExportOptions());
    QVERIFY2(rows, qPrintable(rows.error()));
    QVERIFY(rows.value() > 0);
    QCOMPARE(core::AuditLog(t.db()).forEntity("audit_log", "").value(0).action,
             QStringLiteral("audit.export"));
}

void TestTableExport::youfuctlExports()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("y.db");
    const auto passwords = test::makeDemo(db, 40);
    QVERIFY(!passwords.isEmpty());
    for (const QString& format : {QString("xlsx"), QString("csv"), QString("csv-gbk")}) {
        const QString out = dir.filePath("registry." + format);
        const auto r = test::youfuctl(
            {"--db", db, "export", "registry", out, "--format", format, "--as", "zhangli"},
            {passwords.value("zhangli")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("40"), qPrintable(r.out));
        QVERIFY(ownerOnly(out));
    }
    const Sheet s = readSheet(dir.filePath("registry.xlsx"));
    QCOMPARE(s.paneState, QStringLiteral("frozen"));
    // The auditor reads the log, not the registry; the director may not ask for full IDs.
    auto r = test::youfuctl(
        {"--db", db, "export", "registry", dir.filePath("a.xlsx"), "--as", "zhouhong"},
        {passwords.value("zhouhong")});
    QCOMPARE(r.code, 1);
    QVERIFY(!QFile::exists(dir.filePath("a.xlsx")));
    r = test::youfuctl({"--db", db, "export", "audit", dir.filePath("a.xlsx"), "--as", "zhouhong"},
                       {passwords.value("zhouhong")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = test::youfuctl({"--db", db, "export", "approvals", dir.filePath("b.csv"), "--format", "csv",
                        "--full-ids", "--as", "chenguoping"},
                       {passwords.value("chenguoping")});
    QCOMPARE(r.code, 1);
    r = test::youfuctl({"--db", db, "export", "nonsense", dir.filePath("c.csv"), "--as", "zhangli"},
                       {passwords.value("zhangli")});
    QCOMPARE(r.code, 1);
}

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
