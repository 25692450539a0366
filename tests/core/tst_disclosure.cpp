// Public disclosure (公示, issue 14): every output — the PDF's text, the workbook read back, the
// web page — is scanned for a full citizen ID, a mobile phone and a bank account; the masks are
// applied as configured; totals add up; a period under 7 days is refused; the file is 0600 and
// its SHA-256 is in the audit entry. And the roll's summary paper.
#include "testdb.h"

#include "common/moneywords.h"
#include "io/sheet.h"
#include "payment/disclosureexport.h"
#include "payment/paymentrules.h"
#include "payment/rollpapers.h"
#include "policy/policyrules.h"
#include "report/documentrenderer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace youfu::core;
using youfu::test::TestDb;

namespace {

const QString kFullId1 = QStringLiteral("430581195203011234");
const QString kFullId2 = QStringLiteral("43058119480715002X");
const QString kPhone = QStringLiteral("0739-4522345");

// Hand-made rows as a careless store might hand them over: full IDs, names unmasked.
QList<DisclosureRow> sampleRows()
{
    QList<DisclosureRow> rows;
    auto add = [&](const QString& town, const QString& village, const QString& name,
                   const QString& id, const QString& cat, qint64 fen) {
        DisclosureRow r;
        r.seq = int(rows.size()) + 1;
        r.townshipName = town;
        r.villageName = village;
        r.name = name;
        r.citizenId = id;
        r.categoryName = cat;
        r.amountFen = fen;
        rows << r;
    };
    add(QStringLiteral("迎春亭街道"), QStringLiteral("红星社区"), QStringLiteral("张建明"),
        kFullId1, QStringLiteral("残疾军人"), 345650);
    add(QStringLiteral("迎春亭街道"), QStringLiteral("红星社区"), QStringLiteral("欧阳建国"),
        kFullId2, QStringLiteral("在乡复员军人"), 123401);
    add(QStringLiteral("邓家铺镇"), QStringLiteral("大田村"), QStringLiteral("李四"),
        QStringLiteral("430581196001012345"), QStringLiteral("带病回乡退伍军人"), 98700);
    for (int i = 0; i < 60; ++i) // several pages of PDF
        add(QStringLiteral("荆竹铺镇"), QStringLiteral("荆竹村"), QStringLiteral("王五%1").arg(i),
            QStringLiteral("4305811970010%1").arg(1000 + i, 4, 10, QLatin1Char('0')) +
                QStringLiteral("1"),
            QStringLiteral("参战退役人员"), 50000 + i);
    return rows;
}

qint64 sumOf(const QList<DisclosureRow>& rows)
{
    qint64 t = 0;
    for (const DisclosureRow& r : rows)
        t += r.amountFen;
    return t;
}

DisclosureOptions options()
{
    DisclosureOptions o;
    o.month = QDate(2026, 12, 1);
    o.startsOn = QDate(2026, 12, 15);
    o.endsOn = QDate(2026, 12, 22);
    o.supervisionPhone = kPhone;
    o.office = QStringLiteral("武冈市民政局");
    return o;
}

// Anything that looks like a full citizen ID, a mobile phone or a bank account.
QStringList leaks(const QString& text)
{
    static const QRegularExpression id(QStringLiteral("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])"));
    static const QRegularExpression mobile(QStringLiteral("(?<![0-9])1[3-9][0-9]{9}(?![0-9])"));
    static const QRegularExpression bank(QStringLiteral("(?<![0-9])[0-9]{16,19}(?![0-9])"));
    QStringList found;
    for (const QRegularExpression* re : {&id, &mobile, &bank}) {
        auto it = re->globalMatch(text);
        while (it.hasNext())
            found << it.next().captured(0);
    }
    return found;
}

// The text as laid out and with every space removed (a number a line break cut in two).
QStringList leaksAnyway(const QString& text)
{
    QString compact = text;
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    return leaks(text) + leaks(compact);
}

QString pdfText(const QString& path)
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (exe.isEmpty())
        return QString();
    QProcess p;
    p.start(exe, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-layout"), path,
                  QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return QString();
    // The CJK fonts map some characters to Kangxi radicals (⽉ for 月): NFKC undoes it.
    // Two radicals of the supplement block NFKC leaves alone: ⻆ for 角, ⺠ for 民.
    return QString::fromUtf8(p.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .replace(QChar(0x2EC6), QChar(0x89D2))
        .replace(QChar(0x2EA0), QChar(0x6C11));
}

QString sheetText(const QString& path, QList<SheetRow>* rowsOut)
{
    auto reader = openSheet(path);
    if (!reader)
        return QString();
    QString text;
    SheetRow row;
    for (;;) {
        auto more = reader.value()->next(row);
        if (!more || !more.value())
            break;
        QStringList cells;
        for (const SheetCell& c : row.cells)
            cells << c.shown;
        text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
        if (rowsOut)
            *rowsOut << row;
    }
    return text;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TstDisclosure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void webPageIsPlainAndMasked_data();
    void webPageIsPlainAndMasked();
    void everyFormatIsScanned_data();
    void everyFormatIsScanned();
    void shortPeriodIsRefused();
    void needsManagePayments();
    void formatFromFileName();
    void rollSummary();
};

void TstDisclosure::webPageIsPlainAndMasked_data()
{
    QTest::addColumn<bool>("maskName");
    QTest::addColumn<bool>("omitId");
    QTest::newRow("masked id") << false << false;
    QTest::newRow("masked id and name") << true << false;
    QTest::newRow("no id") << false << true;
    QTest::newRow("no id, masked name") << true << true;
}

void TstDisclosure::webPageIsPlainAndMasked()
{
    QFETCH(bool, maskName);
    QFETCH(bool, omitId);
    DisclosureOptions o = options();
    o.maskName = maskName;
    o.id = omitId ? IdDisclosure::Omitted : IdDisclosure::Masked;
    const QList<DisclosureRow> rows = sampleRows();
    for (bool forPrint : {false, true}) {
        const QString html = DisclosureExport::html(rows, o, QStringLiteral("武冈市"), forPrint);
        QVERIFY2(leaksAnyway(html).isEmpty(), qPrintable(leaksAnyway(html).join(u',')));
        QCOMPARE(html.contains(QStringLiteral("430581********1234")), !omitId);
        QCOMPARE(html.contains(QStringLiteral("430581********002X")), !omitId);
        QVERIFY(!html.contains(QStringLiteral("19520301")));
        QCOMPARE(html.contains(QStringLiteral("张*明")), maskName);
        QCOMPARE(html.contains(QStringLiteral("欧**国")), maskName);
        QCOMPARE(html.contains(QStringLiteral("张建明")), !maskName);
        QVERIFY(html.contains(PolicyRules::yuan(sumOf(rows))));
        QVERIFY(html.contains(QStringLiteral("2026")));
        QVERIFY(html.contains(kPhone));
        if (!forPrint) {
            // A page for the website: standalone, UTF-8, nothing fetched, nothing run.
            QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
            QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
            for (const char* bad : {"<script", "<link", "src=", "href=", "url(", "@import",
                                    "http:", "https:", "javascript:", "onload"})
                QVERIFY2(!html.contains(QLatin1String(bad), Qt::CaseInsensitive), bad);
        }
    }
    // A value that looks like markup is shown, not obeyed.
    QList<DisclosureRow> evil = rows.mid(0, 1);
    evil[0].villageName = QStringLiteral("<script>alert(1)</script>");
    const QString page = DisclosureExport::html(evil, o, QStringLiteral("武冈市"), false);
    QVERIFY(!page.contains(QStringLiteral("<script>")));
    QVERIFY(page.contains(QStringLiteral("&lt;script&gt;")));
}

void TstDisclosure::everyFormatIsScanned_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("file");
    QTest::newRow("pdf") << int(DisclosureFormat::Pdf) << QStringLiteral("gs.pdf");
    QTest::newRow("xlsx") << int(DisclosureFormat::Xlsx) << QStringLiteral("gs.xlsx");
    QTest::newRow("html") << int(DisclosureFormat::Html) << QStringLiteral("gs.html");
}

void TstDisclosure::everyFormatIsScanned()
{
    QFETCH(int, format);
    QFETCH(QString, file);
    TestDb t;
    t.clock().set(QDateTime(QDate(2026, 12, 15), QTime(9, 0)).toUTC());
    const Actor clerk = t.addUser(QStringLiteral("clerk"), Role::Clerk, QStringLiteral("张丽"));
    DisclosureOptions o = options();
    o.maskName = true;
    const QList<DisclosureRow> rows = sampleRows();
    const QString keep = qEnvironmentVariable("YOUFU_KEEP_PAPERS");
    const QString path = (keep.isEmpty() ? t.dir() : keep) + QLatin1Char('/') + file;
    auto written =
        DisclosureExport::writeRows(t.db(), clerk, rows, o, DisclosureFormat(format), path);
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(written.value(), int(rows.size()));
    QCOMPARE(int(QFile::permissions(path) &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)),
             0);

    QString text;
    QList<SheetRow> sheet;
    switch (DisclosureFormat(format)) {
    case DisclosureFormat::Pdf:
        QVERIFY(fileBytes(path).startsWith("%PDF-"));
        text = pdfText(path);
        if (text.isEmpty())
            QSKIP("pdftotext is not installed: the PDF's text cannot be read");
        QVERIFY(pageCount(DisclosureExport::document(rows, o, QStringLiteral("武冈市"))) > 1);
        break;
    case DisclosureFormat::Xlsx:
        text = sheetText(path, &sheet);
        QVERIFY(!sheet.isEmpty());
        break;
    case DisclosureFormat::Html:
        text = QString::fromUtf8(fileBytes(path));
        break;
    }
    QVERIFY2(leaksAnyway(text).isEmpty(), qPrintable(leaksAnyway(text).join(u',')));
    const QString compact = QString(text)
                                .remove(QRegularExpression(QStringLiteral("<[^>]*>")))
                                .remove(QRegularExpression(QStringLiteral("\\s")));
    QVERIFY2(compact.contains(QStringLiteral("430581********1234")), qPrintable(text.left(3000)));
    QVERIFY2(compact.contains(QStringLiteral("张*明")), qPrintable(text.left(3000)));
    QVERIFY(!compact.contains(QStringLiteral("张建明")));
    QVERIFY(compact.contains(PolicyRules::yuan(sumOf(rows))));
    // The issuing office and the date close it, also after a table of several pages (the
    // lazy layout once left them off the PDF's last page).
    if (DisclosureFormat(format) != DisclosureFormat::Xlsx)
        QVERIFY2(compact.contains(QStringLiteral("武冈市民政局2026年12月15日")),
                 qPrintable(text.right(600)));

    if (!sheet.isEmpty()) {
        // The workbook's numbers: the recipients' amounts add up to the total row, each
        // township's to its subtotal; the IDs are text, never numbers.
        const int amountCol = 6;
        qint64 recipients = 0;
        qint64 subtotals = 0;
        qint64 total = -1;
        for (const SheetRow& r : sheet) {
            if (r.cells.size() <= amountCol ||
                r.cells.at(amountCol).kind != SheetCell::Kind::Number)
                continue;
            const qint64 fen = qRound64(r.cells.at(amountCol).number * 100);
            const QString label = r.cells.at(1).shown;
            if (r.cells.at(0).kind == SheetCell::Kind::Number) {
                recipients += fen;
                QCOMPARE(r.cells.at(4).kind, SheetCell::Kind::Text);
            } else if (label.contains(u'迎') || label.contains(u'邓') || label.contains(u'荆')) {
                subtotals += fen;
            } else {
                total = fen;
            }
        }
        QCOMPARE(recipients, sumOf(rows));
        QCOMPARE(subtotals, sumOf(rows));
        QCOMPARE(total, sumOf(rows));
    }

    // One audit entry, with the month, the format, the rows and the file's SHA-256.
    QSqlQuery q(t->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT after_json, actor_login FROM audit_log WHERE action = 'payment.disclosure'")));
    QVERIFY(q.next());
    const QJsonObject after = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    QVERIFY(!q.next());
    QCOMPARE(after.value(QStringLiteral("month")).toString(), QStringLiteral("2026-12"));
    QCOMPARE(after.value(QStringLiteral("rows")).toInt(), int(rows.size()));
    QCOMPARE(after.value(QStringLiteral("format")).toString(), QFileInfo(path).suffix());
    QCOMPARE(after.value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(
                 QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex()));
}

void TstDisclosure::shortPeriodIsRefused()
{
    TestDb t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), Role::Clerk);
    DisclosureOptions o = options();
    o.endsOn = o.startsOn.addDays(5); // six days, counted inclusive
    const QString path = t.dir() + QStringLiteral("/short.html");
    auto r =
        DisclosureExport::writeRows(t.db(), clerk, sampleRows(), o, DisclosureFormat::Html, path);
    QVERIFY(!r);
    QVERIFY(!QFile::exists(path));
    o.endsOn = o.startsOn.addDays(6); // 15th to 21st: seven days
    auto ok =
        DisclosureExport::writeRows(t.db(), clerk, sampleRows(), o, DisclosureFormat::Html, path);
    QVERIFY2(ok, qPrintable(ok.error()));
    // No supervision phone: refused too.
    o.supervisionPhone.clear();
    QVERIFY(!DisclosureExport::writeRows(t.db(), clerk, sampleRows(), o, DisclosureFormat::Html,
                                         t.dir() + QStringLiteral("/nophone.html")));
}

void TstDisclosure::needsManagePayments()
{
    TestDb t;
    const Actor inspector = t.addUser(QStringLiteral("insp"), Role::Inspector);
    const QString path = t.dir() + QStringLiteral("/no.html");
    QVERIFY(!DisclosureExport::writeRows(t.db(), inspector, sampleRows(), options(),
                                         DisclosureFormat::Html, path));
    QVERIFY(!QFile::exists(path));
    QSqlQuery q(t->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'payment.disclosure'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TstDisclosure::formatFromFileName()
{
    QCOMPARE(DisclosureExport::formatForPath(QStringLiteral("a/gs.PDF")).value(),
             DisclosureFormat::Pdf);
    QCOMPARE(DisclosureExport::formatForPath(QStringLiteral("gs.xlsx")).value(),
             DisclosureFormat::Xlsx);
    QCOMPARE(DisclosureExport::formatForPath(QStringLiteral("gs.htm")).value(),
             DisclosureFormat::Html);
    QVERIFY(!DisclosureExport::formatForPath(QStringLiteral("gs.csv")));
}

void TstDisclosure::rollSummary()
{
    PaymentRoll roll;
    roll.id = 7;
    roll.month = QDate(2026, 12, 1);
    roll.title = QStringLiteral("2026年12月优抚金发放花名册");
    roll.state = RollState::Approved;
    roll.draftedByName = QStringLiteral("张丽");
    ApprovalStep submit;
    submit.round = 1;
    submit.stepIndex = 0;
    submit.decision = StepDecision::Submit;
    submit.signerName = QStringLiteral("张丽");
    submit.signedAt = QDateTime(QDate(2026, 12, 2), QTime(9, 0));
    ApprovalStep chief = submit;
    chief.stepIndex = 1;
    chief.role = Role::SectionChief;
    chief.decision = StepDecision::Approve;
    chief.signerName = QStringLiteral("李科长");
    ApprovalStep director = chief;
    director.stepIndex = 2;
    director.role = Role::Director;
    director.signerName = QStringLiteral("王局长");
    roll.steps = {submit, chief, director};
    const QList<RollSummaryRow> rows = {{QStringLiteral("430581001"), QStringLiteral("迎春亭街道"),
                                         QStringLiteral("残疾军人"), 12, 1234567},
                                        {QStringLiteral("430581001"), QStringLiteral("迎春亭街道"),
                                         QStringLiteral("在乡复员军人"), 3, 45600},
                                        {QStringLiteral("430581101"), QStringLiteral("邓家铺镇"),
                                         QStringLiteral("残疾军人"), 5, 300001}};
    qint64 total = 0;
    for (const RollSummaryRow& r : rows)
        total += r.amountFen;
    roll.totalFen = total;
    PaymentLine held;
    held.seq = 14;
    held.personName = QStringLiteral("赵六");
    held.maskedCitizenId = QStringLiteral("430581********5678");
    held.townshipName = QStringLiteral("邓家铺镇");
    held.amountFen = 60000;
    held.state = LineState::Held;
    held.problem = QStringLiteral("无银行账户");
    const OfficialDocument doc =
        RollPapers::summaryDocument(roll, rows, {held}, QStringLiteral("武冈市民政局"));
    const QString html = RollPapers::summary(roll, rows, {held}, QStringLiteral("武冈市民政局"));
    QCOMPARE(html, doc.toHtml());
    for (const QString& s :
         {MoneyWords::capital(total), PolicyRules::yuan(total), QStringLiteral("李科长"),
          QStringLiteral("王局长"), QStringLiteral("张丽"), QStringLiteral("无银行账户"),
          QStringLiteral("赵六"), QStringLiteral("武冈市民政局")})
        QVERIFY2(html.contains(s.toHtmlEscaped()), qPrintable(s));
    QCOMPARE(pageCount(doc), 1);
    const QString keep = qEnvironmentVariable("YOUFU_KEEP_PAPERS");
    QTemporaryDir dir;
    const QString path = (keep.isEmpty() ? dir.path() : keep) + QStringLiteral("/summary.pdf");
    QVERIFY(renderToPdf(doc, path).isOk());
    const QString text = pdfText(path);
    if (!text.isEmpty()) {
        const QString compact = QString(text).remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(compact.contains(MoneyWords::capital(total)), qPrintable(text));
        QVERIFY(leaksAnyway(text).isEmpty());
    }
    // Not signed yet: the places stay blank.
    PaymentRoll draft = roll;
    draft.steps.clear();
    draft.state = RollState::Draft;
    const QString blank = RollPapers::summary(draft, rows, {}, QStringLiteral("武冈市民政局"));
    QVERIFY(!blank.contains(QStringLiteral("王局长")));
}

QTEST_MAIN(TstDisclosure)
#include "tst_disclosure.moc"
