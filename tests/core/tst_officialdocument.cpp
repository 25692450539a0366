#include "report/atomicfile.h"
#include "report/csvwriter.h"
#include "report/documentrenderer.h"
#include "report/officialdocument.h"
#include "report/pagesetup.h"
#include "report/reportfonts.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <sys/wait.h>
#include <unistd.h>

using namespace youfu::core;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Pages in a PDF written by Qt: its page objects say "/Type /Page" (the tree says "/Pages").
int pdfPageCount(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int n = 0;
    auto it = page.globalMatch(QString::fromLatin1(pdf));
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

QList<QSizeF> mediaBoxes(const QByteArray& pdf)
{
    static const QRegularExpression box(QStringLiteral(
        "/MediaBox\\s*\\[\\s*([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s*\\]"));
    QList<QSizeF> out;
    auto it = box.globalMatch(QString::fromLatin1(pdf));
    while (it.hasNext()) {
        const auto m = it.next();
        out << QSizeF(m.captured(3).toDouble() - m.captured(1).toDouble(),
                      m.captured(4).toDouble() - m.captured(2).toDouble());
    }
    return out;
}

OfficialDocument longRegister(int rows, const PageSetup& page = PageSetup::portrait())
{
    OfficialDocument doc(page);
    doc.setTitle(QStringLiteral("优抚对象花名册"));
    RuledTable t;
    t.header = {QStringLiteral("序号"), QStringLiteral("姓名"), QStringLiteral("类别"),
                QStringLiteral("金额（元）")};
    t.columnPercent = {10, 30, 40, 20};
    for (int i = 0; i < rows; ++i)
        t.rows << QStringList{QString::number(i + 1), QStringLiteral("张三%1").arg(i),
                              QStringLiteral("残疾军人"), QStringLiteral("1200.00")};
    doc.addTable(t);
    return doc;
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

class TstOfficialDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesText_data();
    void escapesText();
    void everyPartIsEscaped();
    void dateLine();
    void signatures();
    void pageSetupMillimetres_data();
    void pageSetupMillimetres();
    void fontChoice_data();
    void fontChoice();
    void headerRowRepeats();
    void pdfIsA4WithRightPageCount();
    void landscapePdf();
    void pdfFailsInMissingFolder();
    void failedRenderKeepsPreviousFile();
    void readOnlyFolderFailsCleanly();
    void htmlFile();
    void csv_data();
    void csv();
    void csvFile();
};

void TstOfficialDocument::escapesText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("html");
    QTest::newRow("plain") << QStringLiteral("张三") << QStringLiteral("张三");
    QTest::newRow("tags") << QStringLiteral("<b>x</b>") << QStringLiteral("&lt;b&gt;x&lt;/b&gt;");
    QTest::newRow("amp quote") << QStringLiteral("a&b \"c\"")
                               << QStringLiteral("a&amp;b &quot;c&quot;");
    QTest::newRow("newline") << QStringLiteral("一\n二") << QStringLiteral("一<br/>二");
    QTest::newRow("crlf") << QStringLiteral("一\r\n二\r三") << QStringLiteral("一<br/>二<br/>三");
    QTest::newRow("control chars dropped") << QStringLiteral("a\x01\x1b"
                                                             "b")
                                           << QStringLiteral("ab");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a b");
}

void TstOfficialDocument::escapesText()
{
    QFETCH(QString, text);
    QFETCH(QString, html);
    QCOMPARE(OfficialDocument::escape(text), html);
}

void TstOfficialDocument::everyPartIsEscaped()
{
    const QString evil = QStringLiteral("<script>alert(1)</script>&");
    OfficialDocument doc;
    doc.setTitle(evil).setDocumentNumber(evil);
    doc.addParagraph(evil).addLine(evil).addHeading(evil).addNote(evil);
    doc.addParticulars({{evil, evil, false, evil}, {evil, evil, true}});
    RuledTable t;
    t.header = {evil};
    t.rows = {{evil}};
    doc.addTable(t);
    doc.addSignatures({{evil, evil, QDate(), true}});
    const QString html = doc.toHtml();
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    // title ×2 (<title> and heading), number, 4 text parts, particulars 5, table 2, signature 2
    QCOMPARE(html.count(QStringLiteral("&lt;script&gt;")), 16);

    // What QTextDocument shows is the text itself, not markup.
    QTextDocument text;
    text.setHtml(html);
    QVERIFY(text.toPlainText().contains(evil));
}

void TstOfficialDocument::dateLine()
{
    OfficialDocument doc;
    doc.addDateLine(QDate(2026, 11, 29));
    QVERIFY(doc.toHtml().contains(QStringLiteral("2026年11月29日")));
    QVERIFY(doc.toHtml().contains(QStringLiteral("align=\"right\"")));
    OfficialDocument blank;
    blank.addDateLine(QDate());
    QTextDocument text;
    text.setHtml(blank.toHtml());
    QCOMPARE(text.toPlainText().trimmed(), QStringLiteral("年　　月　　日"));
}

void TstOfficialDocument::signatures()
{
    QCOMPARE(OfficialDocument::signLine(QStringLiteral("签字"), QStringLiteral("李四"),
                                        QDate(2026, 1, 5)),
             QStringLiteral("签字：李四　　2026年1月5日"));
    const QString blank = OfficialDocument::signLine(QStringLiteral("签字"), QString(), QDate());
    QVERIFY(blank.startsWith(QStringLiteral("签字：____")));
    QVERIFY(blank.endsWith(QStringLiteral("年　　月　　日")));

    OfficialDocument doc;
    doc.addSignatures(
        {{QStringLiteral("经办人")},
         {QStringLiteral("负责人"), QStringLiteral("王五"), QDate(2026, 11, 29), true}});
    QTextDocument text;
    text.setHtml(doc.toHtml());
    const QString plain = text.toPlainText();
    QVERIFY2(plain.contains(QStringLiteral("经办人：____")), qPrintable(plain));
    QVERIFY(plain.contains(QStringLiteral("负责人：王五")));
    QVERIFY(plain.contains(QStringLiteral("日期：2026年11月29日（盖章）")));
    QCOMPARE(plain.count(QStringLiteral("（盖章）")), 1);
}

void TstOfficialDocument::pageSetupMillimetres_data()
{
    QTest::addColumn<bool>("landscape");
    QTest::addColumn<QSizeF>("paper");
    QTest::addColumn<QSizeF>("block");
    QTest::addColumn<QMarginsF>("margins"); // left, top, right, bottom
    QTest::newRow("GB/T 9704 portrait")
        << false << QSizeF(210, 297) << QSizeF(156, 225) << QMarginsF(28, 37, 26, 35);
    QTest::newRow("landscape register")
        << true << QSizeF(297, 210) << QSizeF(257, 170) << QMarginsF(20, 20, 20, 20);
}

void TstOfficialDocument::pageSetupMillimetres()
{
    QFETCH(bool, landscape);
    QFETCH(QSizeF, paper);
    QFETCH(QSizeF, block);
    QFETCH(QMarginsF, margins);
    const PageSetup p = landscape ? PageSetup::landscape() : PageSetup::portrait();
    QCOMPARE(p.paperSizeMm().toSize(), paper.toSize());
    QCOMPARE(p.textBlockMm(), block);
    const QPageLayout layout = p.pageLayout();
    QCOMPARE(layout.pageSize().id(), QPageSize::A4);
    QCOMPARE(layout.orientation(), landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    QCOMPARE(layout.margins(QPageLayout::Millimeter), margins);
    QCOMPARE(layout.paintRect(QPageLayout::Millimeter).size().toSize(), block.toSize());
    // The page number stays inside the bottom margin.
    QVERIFY(p.footerBaselineMm() > p.textRectMm().bottom());
    QVERIFY(p.footerBaselineMm() < p.paperSizeMm().height() - 5);
}

void TstOfficialDocument::fontChoice_data()
{
    QTest::addColumn<QStringList>("installed");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<bool>("headingBold");
    const QString noto = QStringLiteral("Noto Serif CJK SC");
    QTest::newRow("Debian, Noto only")
        << QStringList{QStringLiteral("DejaVu Sans"), noto} << noto << noto << noto << true;
    QTest::newRow("Windows office")
        << QStringList{QStringLiteral("SimSun"), QStringLiteral("FangSong"),
                       QStringLiteral("方正小标宋简体"), noto}
        << QStringLiteral("FangSong") << QStringLiteral("SimSun")
        << QStringLiteral("方正小标宋简体") << false;
    QTest::newRow("仿宋_GB2312 wins")
        << QStringList{QStringLiteral("FangSong"), QStringLiteral("仿宋_GB2312")}
        << QStringLiteral("仿宋_GB2312") << noto << noto << true;
    QTest::newRow("only SimSun, foundry suffix")
        << QStringList{QStringLiteral("SimSun [Monotype]")} << QStringLiteral("SimSun")
        << QStringLiteral("SimSun") << QStringLiteral("SimSun") << true;
    QTest::newRow("nothing") << QStringList() << noto << noto << noto << true;
}

void TstOfficialDocument::fontChoice()
{
    QFETCH(QStringList, installed);
    const ReportFonts f = ReportFonts::choose(installed);
    QTEST(f.bodyFamily, "body");
    QTEST(f.tableFamily, "table");
    QTEST(f.headingFamily, "heading");
    QTEST(f.headingBold, "headingBold");
    QCOMPARE(f.titleFont().pointSizeF(), 22.0);
    QCOMPARE(f.bodyFont().pointSizeF(), 16.0);
    QCOMPARE(f.tableFont().pointSizeF(), 12.0);
}

void TstOfficialDocument::headerRowRepeats()
{
    QTextDocument text;
    text.setHtml(longRegister(3).toHtml());
    const QList<QTextFrame*> frames = text.rootFrame()->childFrames();
    QCOMPARE(frames.size(), 1);
    auto* table = qobject_cast<QTextTable*>(frames.first());
    QVERIFY(table);
    QCOMPARE(table->format().headerRowCount(), 1);
    QCOMPARE(table->rows(), 4);
    QCOMPARE(table->columns(), 4);
}

void TstOfficialDocument::pdfIsA4WithRightPageCount()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.pdf"));
    const OfficialDocument doc = longRegister(200);
    QVERIFY2(renderToPdf(doc, path).isOk(), "render failed");
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    const int pages = pdfPageCount(pdf);
    QVERIFY2(pages >= 4, qPrintable(QString::number(pages))); // 200 rows at 小四 never fit on 3
    QCOMPARE(pages, pageCount(doc));
    const QList<QSizeF> boxes = mediaBoxes(pdf);
    QCOMPARE(boxes.size(), pages);
    for (const QSizeF& b : boxes) { // A4 in points: 595.3 × 841.9
        QVERIFY(qAbs(b.width() - 595.3) < 1.5);
        QVERIFY(qAbs(b.height() - 841.9) < 1.5);
    }
    // A short paper is one page; more rows, more pages; a page break adds one.
    QCOMPARE(pageCount(longRegister(5)), 1);
    OfficialDocument broken = longRegister(5);
    broken.addPageBreak().addParagraph(QStringLiteral("第二页"));
    QCOMPARE(pageCount(broken), 2);
    QVERIFY(pageCount(longRegister(400)) > pages);
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("register.pdf")});
}

void TstOfficialDocument::landscapePdf()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wide.pdf"));
    QVERIFY(renderToPdf(longRegister(200, PageSetup::landscape()), path).isOk());
    const QByteArray pdf = readAll(path);
    const QList<QSizeF> boxes = mediaBoxes(pdf);
    QVERIFY(!boxes.isEmpty());
    QVERIFY(qAbs(boxes.first().width() - 841.9) < 1.5);
    QVERIFY(qAbs(boxes.first().height() - 595.3) < 1.5);
    // Fewer rows fit on a landscape page.
    QVERIFY(pdfPageCount(pdf) > pageCount(longRegister(200)));
}

void TstOfficialDocument::pdfFailsInMissingFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/x.pdf"));
    const Status s = renderToPdf(longRegister(3), path);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QStringLiteral("does not exist")), qPrintable(s.error()));
    QVERIFY(filesIn(dir.path()).isEmpty());

    // A folder where the file should be.
    const Status d = renderToPdf(longRegister(3), dir.path());
    QVERIFY(!d);
    QVERIFY(!d.error().isEmpty());
    QVERIFY(!renderToPdf(longRegister(3), QString()));
}

void TstOfficialDocument::failedRenderKeepsPreviousFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kept.pdf"));
    QVERIFY(renderToPdf(longRegister(3), path).isOk());
    const QByteArray before = readAll(path);
    QVERIFY(!before.isEmpty());

    // The painter draws part of a page and then fails: nothing of it may reach kept.pdf.
    bool painted = false;
    const Status s = renderToPdf(path, [&](QPagedPaintDevice* device) {
        QPainter p(device);
        p.drawText(100, 100, QStringLiteral("half"));
        painted = true;
        return Status::failure(QStringLiteral("the data went away"));
    });
    QVERIFY(painted);
    QVERIFY(!s);
    QCOMPARE(s.error(), QStringLiteral("the data went away"));
    QCOMPARE(readAll(path), before);
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("kept.pdf")}); // no temp left

    // And a successful render replaces it.
    QVERIFY(renderToPdf(longRegister(200), path).isOk());
    QVERIFY(readAll(path) != before);
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("kept.pdf")});
}

void TstOfficialDocument::readOnlyFolderFailsCleanly()
{
    QTemporaryDir dir;
    const QString sub = dir.filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(sub));
    const QString path = QDir(sub).filePath(QStringLiteral("old.pdf"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old content");
    }
    const auto readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const auto enterable = QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(path, readable | QFileDevice::WriteOwner));
    QVERIFY(QFile::setPermissions(dir.path(), readable | enterable | QFileDevice::WriteOwner));
    QVERIFY(QFile::setPermissions(sub, readable | enterable));
    const OfficialDocument doc = longRegister(3);
    // Root may write anywhere, so the clerk's situation is played by an unprivileged child
    // (as in tst_databasefiles). Exit codes: 3 could not drop, 4 render succeeded,
    // 5 wrong message, 6 old file changed, 7 a file left behind.
    const pid_t pid = fork();
    QVERIFY(pid >= 0);
    if (pid == 0) {
        alarm(120); // a child stuck in a lock taken before fork ends, and the test fails
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
            _exit(3);
        const Status s = renderToPdf(doc, path);
        if (s)
            _exit(4);
        if (!s.error().contains(QStringLiteral("cannot be written")))
            _exit(5);
        if (readAll(path) != QByteArray("old content"))
            _exit(6);
        if (filesIn(sub) != QStringList{QStringLiteral("old.pdf")})
            _exit(7);
        _exit(0);
    }
    int status = 0;
    QCOMPARE(waitpid(pid, &status, 0), pid);
    QFile::setPermissions(sub, readable | enterable | QFileDevice::WriteOwner);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
    QCOMPARE(readAll(path), QByteArray("old content"));
    QCOMPARE(filesIn(sub), QStringList{QStringLiteral("old.pdf")});
}

void TstOfficialDocument::htmlFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paper.html"));
    OfficialDocument doc = longRegister(2);
    doc.addDateLine(QDate(2026, 11, 29));
    QVERIFY(renderToHtml(doc, path).isOk());
    const QString html = QString::fromUtf8(readAll(path));
    QCOMPARE(html, doc.toHtml());
    QVERIFY(html.contains(QStringLiteral("charset=\"utf-8\"")));
    QVERIFY(html.contains(QStringLiteral("<thead>")));
    QVERIFY(html.contains(QStringLiteral("2026年11月29日")));
}

void TstOfficialDocument::csv_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("张三") << QStringLiteral("张三");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("一\n二") << QStringLiteral("\"一\n二\"");
    QTest::newRow("formula") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("plus") << QStringLiteral("+86") << QStringLiteral("'+86");
    QTest::newRow("negative number") << QStringLiteral("-12.50") << QStringLiteral("-12.50");
    QTest::newRow("minus text") << QStringLiteral("-cmd") << QStringLiteral("'-cmd");
    QTest::newRow("empty") << QString() << QString();
}

void TstOfficialDocument::csv()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(csvField(value), field);
}

void TstOfficialDocument::csvFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("名册.csv"));
    QVERIFY(writeCsv(path, {QStringLiteral("姓名"), QStringLiteral("金额")},
                     {{QStringLiteral("张三"), QStringLiteral("1,200.00")}})
                .isOk());
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(bytes.mid(3)), QStringLiteral("姓名,金额\r\n张三,\"1,200.00\"\r\n"));
    QVERIFY(!writeCsv(dir.filePath(QStringLiteral("missing/x.csv")), {}, {}));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("名册.csv")});
}

QTEST_MAIN(TstOfficialDocument)
#include "tst_officialdocument.moc"
