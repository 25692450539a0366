#include "payment/disclosureexport.h"

#include "common/isotime.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "io/tableexport.h"
#include "payment/paymentliststore.h"
#include "payment/paymentrules.h"
#include "policy/policyrules.h"
#include "registry/areastore.h"
#include "report/atomicfile.h"
#include "report/documentrenderer.h"
#include "report/officialdocument.h"
#include "security/permission.h"
#include "settings/settingsstore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QPdfWriter>
#include <QTemporaryDir>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::DisclosureExport)
};

// One line of the table as every format shows it: a recipient, a township's subtotal or the
// total. The layout is decided here once; the PDF, the web page and the workbook only draw it.
struct Line
{
    enum class Kind
    {
        Recipient,
        Subtotal,
        Total
    };
    Kind kind = Kind::Recipient;
    int seq = 0;
    QString township;
    QString village;
    QString name;
    QString citizenId; // masked; unused when the options omit it
    QString category;
    qint64 amountFen = 0;
    int persons = 0; // subtotal and total
};

// What a disclosure says, whatever it is printed on.
struct Layout
{
    QString title;
    QString preamble;
    bool withId = true;
    QStringList header;
    QList<Line> lines;
    QString note;
    QString phoneLine;
    QString office;
    QDate issuedOn;
};

// Defence in depth: whatever the rows hold, a full ID never reaches a public list, and the
// name is masked when the options say so (both masks leave a masked value as it is).
QString publicId(const QString& id)
{
    const QString t = id.trimmed();
    if (t.isEmpty() || t.contains(QLatin1Char('*')))
        return t;
    return PaymentRules::maskCitizenId(t);
}

Layout layoutOf(const QList<DisclosureRow>& rows, const DisclosureOptions& o,
                const QString& countyName)
{
    Layout l;
    const QString month = PaymentRules::monthTitle(o.month);
    l.title = Tr::tr("%1 %2 public notice of special-care pension and subsidy payments")
                  .arg(countyName.trimmed(), month);
    l.preamble = Tr::tr("Under the Regulations on Pensions and Preferential Treatment for "
                        "Servicemen and the special-care policies in force, the special-care "
                        "pensions and subsidies paid for %1 are made public below. The "
                        "disclosure period runs from %2 to %3; anyone with an objection may "
                        "report it to this office within that period.")
                     .arg(month, chineseDate(o.startsOn), chineseDate(o.endsOn));
    l.withId = o.id == IdDisclosure::Masked;
    l.header << Tr::tr("No.") << Tr::tr("Township") << Tr::tr("Village (community)")
             << Tr::tr("Name");
    if (l.withId)
        l.header << Tr::tr("Citizen ID");
    l.header << Tr::tr("Category") << Tr::tr("Amount (yuan)");
    qint64 total = 0;
    qint64 sub = 0;
    int subPersons = 0;
    int seq = 0;
    auto closeTownship = [&](const QString& township) {
        Line s;
        s.kind = Line::Kind::Subtotal;
        s.township = township;
        s.amountFen = sub;
        s.persons = subPersons;
        l.lines << s;
        sub = 0;
        subPersons = 0;
    };
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const DisclosureRow& r = rows.at(i);
        Line x;
        x.seq = ++seq;
        x.township = r.townshipName;
        x.village = r.villageName;
        x.name = o.maskName ? PaymentRules::maskName(r.name) : r.name;
        x.citizenId = l.withId ? publicId(r.citizenId) : QString();
        x.category = r.categoryName;
        x.amountFen = r.amountFen;
        l.lines << x;
        sub += r.amountFen;
        total += r.amountFen;
        ++subPersons;
        if (i + 1 == rows.size() || rows.at(i + 1).townshipName != r.townshipName)
            closeTownship(r.townshipName);
    }
    Line t;
    t.kind = Line::Kind::Total;
    t.amountFen = total;
    t.persons = int(rows.size());
    l.lines << t;
    l.note = l.withId ? Tr::tr("Note: citizen IDs are shown in part; bank accounts, phone "
                               "numbers and addresses are not made public.")
                      : Tr::tr("Note: bank accounts, phone numbers and addresses are not made "
                               "public.");
    l.phoneLine = Tr::tr("Supervision phone: %1").arg(o.supervisionPhone.trimmed());
    l.office = o.office.trimmed();
    l.issuedOn = o.startsOn;
    return l;
}

// The cells of a line, one per header column.
QStringList cellsOf(const Layout& l, const Line& x)
{
    QStringList c;
    switch (x.kind) {
    case Line::Kind::Recipient:
        c << QString::number(x.seq) << x.township << x.village << x.name;
        if (l.withId)
            c << x.citizenId;
        c << x.category;
        break;
    case Line::Kind::Subtotal:
        c << QString() << Tr::tr("%1 subtotal").arg(x.township) << QString()
          << Tr::tr("%n person(s)", nullptr, x.persons);
        if (l.withId)
            c << QString();
        c << QString();
        break;
    case Line::Kind::Total:
        c << QString() << Tr::tr("Total") << QString()
          << Tr::tr("%n person(s)", nullptr, x.persons);
        if (l.withId)
            c << QString();
        c << QString();
        break;
    }
    c << PolicyRules::yuan(x.amountFen);
    return c;
}

OfficialDocument documentOf(const Layout& l)
{
    OfficialDocument doc(PageSetup::landscape());
    doc.setTitle(l.title);
    doc.addParagraph(l.preamble);
    RuledTable t;
    t.header = l.header;
    for (const Line& x : l.lines)
        t.rows << cellsOf(l, x);
    if (l.withId) {
        t.columnPercent = {6, 13, 15, 10, 21, 21, 14};
        t.alignment = {Qt::AlignHCenter, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft,
                       Qt::AlignLeft,    Qt::AlignLeft, Qt::AlignRight};
    } else {
        t.columnPercent = {7, 17, 20, 14, 26, 16};
        t.alignment = {Qt::AlignHCenter, Qt::AlignLeft, Qt::AlignLeft,
                       Qt::AlignLeft,    Qt::AlignLeft, Qt::AlignRight};
    }
    doc.setContinuationHeader(Tr::tr("%1 (continued)").arg(l.title));
    doc.addTable(t);
    doc.addNote(l.note);
    doc.addLine(l.phoneLine);
    doc.addSpace(1);
    doc.addLine(l.office, Qt::AlignRight);
    doc.addDateLine(l.issuedOn);
    return doc;
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// The page for the government website: one UTF-8 file, its style inline, no script, no link.
QString webPage(const Layout& l)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<title>%1</title>\n<style>\n"
                        "body{font-family:\"FangSong\",\"仿宋\",\"Noto Serif CJK SC\",serif;"
                        "margin:2em auto;max-width:60em;line-height:1.6;color:#000}\n"
                        "h1{text-align:center;font-size:1.6em}\n"
                        "p.lead{text-indent:2em}\n"
                        "table{border-collapse:collapse;width:100%}\n"
                        "th,td{border:1px solid #000;padding:0.2em 0.4em}\n"
                        "th{background:#eee}\n"
                        "td.n{text-align:right}\ntd.c{text-align:center}\n"
                        "tr.sub td,tr.total td{font-weight:bold}\n"
                        "p.right{text-align:right}\np.note{font-size:0.9em}\n"
                        "</style>\n</head>\n<body>\n")
             .arg(esc(l.title));
    h += QStringLiteral("<h1>%1</h1>\n<p class=\"lead\">%2</p>\n<table>\n<thead><tr>")
             .arg(esc(l.title), esc(l.preamble));
    for (const QString& c : l.header)
        h += QStringLiteral("<th>%1</th>").arg(esc(c));
    h += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const Line& x : l.lines) {
        const QStringList cells = cellsOf(l, x);
        h += x.kind == Line::Kind::Recipient  ? QStringLiteral("<tr>")
             : x.kind == Line::Kind::Subtotal ? QStringLiteral("<tr class=\"sub\">")
                                              : QStringLiteral("<tr class=\"total\">");
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QString cls = i == 0                  ? QStringLiteral(" class=\"c\"")
                                : i == cells.size() - 1 ? QStringLiteral(" class=\"n\"")
                                                        : QString();
            h += QStringLiteral("<td%1>%2</td>").arg(cls, esc(cells.at(i)));
        }
        h += QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</tbody>\n</table>\n<p class=\"note\">%1</p>\n<p>%2</p>\n"
                        "<p class=\"right\">%3<br>%4</p>\n</body>\n</html>\n")
             .arg(esc(l.note), esc(l.phoneLine), esc(l.office), esc(chineseDate(l.issuedOn)));
    return h;
}

// The workbook: title, the period and the office under it, the header, the lines, the totals.
ExportTable tableOf(const Layout& l)
{
    using Kind = ExportColumn::Kind;
    ExportTable t;
    t.title = l.title;
    t.subtitle = QStringLiteral("%1 %2 %3").arg(l.preamble, l.phoneLine, l.office);
    for (qsizetype i = 0; i < l.header.size(); ++i) {
        Kind k = Kind::Text;
        if (i == 0)
            k = Kind::Integer;
        else if (i == l.header.size() - 1)
            k = Kind::Money;
        else if (l.withId && i == 4)
            k = Kind::Identifier;
        t.columns << ExportColumn{l.header.at(i), k};
    }
    t.expectedRows = l.lines.size();
    auto at = std::make_shared<qsizetype>(0);
    const QList<Line> lines = l.lines;
    const bool withId = l.withId;
    t.next = [at, lines, withId, l](QVariantList& out) -> Result<bool> {
        if (*at >= lines.size())
            return false;
        const Line& x = lines.at((*at)++);
        const QStringList cells = cellsOf(l, x);
        out << (x.kind == Line::Kind::Recipient ? QVariant(qint64(x.seq)) : QVariant());
        for (qsizetype i = 1; i + 1 < cells.size(); ++i)
            out << cells.at(i);
        out << QVariant(x.amountFen);
        Q_UNUSED(withId);
        return true;
    };
    return t;
}

Result<QByteArray> pdfBytes(const Layout& l)
{
    const OfficialDocument doc = documentOf(l);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Status painted = Status::success();
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(doc.title());
        writer.setCreator(QStringLiteral("Youfu %1").arg(QStringLiteral(YOUFU_VERSION)));
        writer.setResolution(600);
        painted = paintDocument(doc, &writer);
    }
    if (!painted)
        return painted;
    return buffer.data();
}

Result<QByteArray> xlsxBytes(const Layout& l, const QString& path)
{
    // libxlsxwriter writes a named file: into a private folder, then read back.
    QTemporaryDir dir(QFileInfo(path).absolutePath() + QStringLiteral("/.disclosure-XXXXXX"));
    if (!dir.isValid())
        return Status::failure(
            Tr::tr("The folder %1 cannot be written to.").arg(QFileInfo(path).absolutePath()));
    const QString file = dir.filePath(QStringLiteral("disclosure.xlsx"));
    ExportOptions options;
    options.format = ExportFormat::Xlsx;
    auto written = exportTable(tableOf(l), file, options);
    if (!written)
        return written.status();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Status::failure(Tr::tr("The disclosure workbook could not be read back."));
    return f.readAll();
}

QString formatKey(DisclosureFormat f)
{
    switch (f) {
    case DisclosureFormat::Pdf:
        return QStringLiteral("pdf");
    case DisclosureFormat::Xlsx:
        return QStringLiteral("xlsx");
    case DisclosureFormat::Html:
        return QStringLiteral("html");
    }
    return QString();
}
} // namespace

QString DisclosureExport::html(const QList<DisclosureRow>& rows, const DisclosureOptions& options,
                               const QString& countyName, bool forPrint)
{
    const Layout l = layoutOf(rows, options, countyName);
    return forPrint ? documentOf(l).toHtml() : webPage(l);
}

OfficialDocument DisclosureExport::document(const QList<DisclosureRow>& rows,
                                            const DisclosureOptions& options,
                                            const QString& countyName)
{
    return documentOf(layoutOf(rows, options, countyName));
}

Result<DisclosureFormat> DisclosureExport::formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return DisclosureFormat::Pdf;
    if (suffix == QLatin1String("xlsx"))
        return DisclosureFormat::Xlsx;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return DisclosureFormat::Html;
    return Status::failure(
        Tr::tr("A disclosure is saved as .pdf, .xlsx or .html, not “%1”.").arg(path));
}

Result<int> DisclosureExport::write(Database& db, const Actor& actor,
                                    const DisclosureOptions& options, DisclosureFormat format,
                                    const QString& path)
{
    if (Status s = require(actor, Permission::ManagePayments); !s)
        return s;
    DisclosureOptions o = options;
    if (o.office.trimmed().isEmpty())
        o.office = SettingsStore(db).officeName();
    if (Status s = PaymentRules::checkDisclosure(o); !s)
        return s;
    auto rows = PaymentListStore(db).disclosureRows(o);
    if (!rows)
        return rows.status();
    return writeRows(db, actor, rows.value(), o, format, path);
}

Result<int> DisclosureExport::writeRows(Database& db, const Actor& actor,
                                        const QList<DisclosureRow>& rows,
                                        const DisclosureOptions& options, DisclosureFormat format,
                                        const QString& path)
{
    if (Status s = require(actor, Permission::ManagePayments); !s)
        return s;
    if (Status s = PaymentRules::checkDisclosure(options); !s)
        return s;
    if (rows.isEmpty())
        return Status::failure(Tr::tr("%1 has no payments to make public: the month's roll is "
                                      "not approved yet, or it has no lines.")
                                   .arg(PaymentRules::monthTitle(options.month)));
    const Layout l = layoutOf(rows, options, AreaStore(db).countyName());
    Result<QByteArray> bytes = QByteArray();
    switch (format) {
    case DisclosureFormat::Pdf:
        bytes = pdfBytes(l);
        break;
    case DisclosureFormat::Xlsx:
        bytes = xlsxBytes(l, path);
        break;
    case DisclosureFormat::Html:
        bytes = webPage(l).toUtf8();
        break;
    }
    if (!bytes)
        return bytes.status();
    const QByteArray data = bytes.takeValue();
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    const int count = int(rows.size());
    Status s = writeFileAtomically(path, [&](QIODevice& out) -> Status {
        if (out.write(data) != data.size())
            return Status::failure(Tr::tr("The disclosure could not be written to %1.").arg(path));
        // Recorded before the file is put in place: a disclosure that cannot be recorded is
        // not written.
        const QJsonObject after{{QStringLiteral("month"), PaymentRules::monthKey(options.month)},
                                {QStringLiteral("format"), formatKey(format)},
                                {QStringLiteral("rows"), count},
                                {QStringLiteral("township"), options.townshipCode},
                                {QStringLiteral("ids"), options.id == IdDisclosure::Masked
                                                            ? QStringLiteral("masked")
                                                            : QStringLiteral("omitted")},
                                {QStringLiteral("mask_name"), options.maskName},
                                {QStringLiteral("starts_on"), toIsoDate(options.startsOn)},
                                {QStringLiteral("ends_on"), toIsoDate(options.endsOn)},
                                {QStringLiteral("file"), QFileInfo(path).fileName()},
                                {QStringLiteral("sha256"), sha}};
        return AuditedWrite::run(
            db, actor, Authority::of(Permission::ManagePayments),
            AuditNote(QStringLiteral("payment.disclosure"), QStringLiteral("payment_disclosure"),
                      PaymentRules::monthKey(options.month), QJsonObject(), after),
            [](WriteScope&) { return Status::success(); });
    });
    if (!s)
        return s;
    return count;
}

} // namespace youfu::core
