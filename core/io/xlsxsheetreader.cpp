#include "io/xlsxsheetreader.h"

#include "io/sheetvalue.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <algorithm>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::SheetReader)
};

QString attr(const QXmlStreamReader& xml, QLatin1String name)
{
    return xml.attributes().value(name).toString();
}

// The text of a <si> or <is>: its <t> and the <t> of its rich-text runs, without the phonetic
// guides (<rPh>). The reader stands on the start element and ends on its end element.
QString richText(QXmlStreamReader& xml)
{
    QString text;
    int phonetic = 0;
    const QString end = xml.name().toString();
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

QString resolveTarget(const QString& baseDir, const QString& target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(baseDir + target);
}

// Relationship id → target part, and type → first target, of a .rels part.
void readRels(const QByteArray& data, const QString& baseDir, QHash<QString, QString>* byId,
              QHash<QString, QString>* byType, QHash<QString, QString>* typeById = nullptr)
{
    QXmlStreamReader xml(data);
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (xml.tokenType() != QXmlStreamReader::StartElement ||
            xml.name() != QLatin1String("Relationship"))
            continue;
        const QString target = resolveTarget(baseDir, attr(xml, QLatin1String("Target")));
        const QString type = attr(xml, QLatin1String("Type")).section(QLatin1Char('/'), -1);
        byId->insert(attr(xml, QLatin1String("Id")), target);
        if (typeById)
            typeById->insert(attr(xml, QLatin1String("Id")), type);
        if (!byType->contains(type))
            byType->insert(type, target);
    }
}
} // namespace

XlsxSheetReader::XlsxSheetReader() = default;
XlsxSheetReader::~XlsxSheetReader() = default;

Result<std::unique_ptr<SheetReader>> XlsxSheetReader::open(const QString& path)
{
    std::unique_ptr<XlsxSheetReader> reader(new XlsxSheetReader);
    const Status loaded = reader->load(path);
    if (!loaded)
        return loaded;
    return std::unique_ptr<SheetReader>(std::move(reader));
}

Status XlsxSheetReader::failure(const QString& detail) const
{
    return Status::failure(sheetCorruptMessage() + QLatin1Char(' ') + detail);
}

Status XlsxSheetReader::openPart(const QString& name)
{
    if (!m_zip.contains(name))
        return failure(Tr::tr("(the part %1 is missing)").arg(name));
    if (!m_zip.openEntry(name))
        return failure(Tr::tr("(the part %1 cannot be read)").arg(name));
    return Status::success();
}

Result<QByteArray> XlsxSheetReader::readPart(const QString& name)
{
    const Status opened = openPart(name);
    if (!opened)
        return opened;
    const QByteArray data = m_zip.entry()->readAll();
    m_zip.entry()->close();
    const bool bad = m_zip.entryFailed();
    if (bad)
        return failure(Tr::tr("(the part %1 cannot be read)").arg(name));
    return data;
}

Status XlsxSheetReader::load(const QString& path)
{
    if (!m_zip.open(path))
        return Status::failure(sheetCorruptMessage());
    QString sheetPart, sharedPart, stylesPart;
    Status s = readWorkbook(&sheetPart, &sharedPart, &stylesPart);
    if (s && !sharedPart.isEmpty())
        s = readSharedStrings(sharedPart);
    if (s && !stylesPart.isEmpty())
        s = readStyles(stylesPart);
    m_sheetPart = sheetPart;
    if (s)
        s = scanMerges();
    if (s)
        s = openPart(m_sheetPart);
    if (!s)
        return s;
    m_xml.setDevice(m_zip.entry());
    return Status::success();
}

Status XlsxSheetReader::readWorkbook(QString* sheetPart, QString* sharedPart, QString* stylesPart)
{
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    if (m_zip.contains(QStringLiteral("_rels/.rels"))) {
        const auto rootRels = readPart(QStringLiteral("_rels/.rels"));
        if (!rootRels)
            return rootRels.status();
        QHash<QString, QString> byId, byType;
        readRels(*rootRels, QString(), &byId, &byType);
        workbookPart = byType.value(QStringLiteral("officeDocument"), workbookPart);
    }
    const auto workbook = readPart(workbookPart);
    if (!workbook)
        return workbook.status();
    const QString baseDir = workbookPart.contains(QLatin1Char('/'))
                                ? workbookPart.section(QLatin1Char('/'), 0, -2) + QLatin1Char('/')
                                : QString();
    const QString relsName = baseDir + QStringLiteral("_rels/") +
                             workbookPart.section(QLatin1Char('/'), -1) + QStringLiteral(".rels");
    const auto rels = readPart(relsName);
    if (!rels)
        return rels.status();
    QHash<QString, QString> byId, byType, typeById;
    readRels(*rels, baseDir, &byId, &byType, &typeById);
    *sharedPart = byType.value(QStringLiteral("sharedStrings"));
    *stylesPart = byType.value(QStringLiteral("styles"));

    QStringList visible, all;
    QXmlStreamReader xml(*workbook);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("workbookPr")) {
            const QString v = attr(xml, QLatin1String("date1904"));
            m_date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            QString id;
            for (const auto& a : xml.attributes())
                if (a.name() == QLatin1String("id"))
                    id = a.value().toString();
            const QString target = byId.value(id);
            if (target.isEmpty() || typeById.value(id) != QLatin1String("worksheet"))
                continue; // a chart sheet or a dialog sheet
            all << target;
            if (attr(xml, QLatin1String("state")).isEmpty() ||
                attr(xml, QLatin1String("state")) == QLatin1String("visible"))
                visible << target;
        }
    }
    if (xml.hasError())
        return failure(Tr::tr("(the part %1 is not valid XML)").arg(workbookPart));
    if (all.isEmpty())
        return Status::failure(sheetEmptyMessage());
    *sheetPart = visible.isEmpty() ? all.first() : visible.first();
    return Status::success();
}

Status XlsxSheetReader::readSharedStrings(const QString& part)
{
    const Status opened = openPart(part);
    if (!opened)
        return opened;
    QXmlStreamReader xml(m_zip.entry());
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
            m_shared << richText(xml);
    }
    m_zip.entry()->close();
    const bool bad = xml.hasError() || m_zip.entryFailed();
    if (bad)
        return failure(Tr::tr("(the part %1 is not valid XML)").arg(part));
    return Status::success();
}

Status XlsxSheetReader::readStyles(const QString& part)
{
    const auto data = readPart(part);
    if (!data)
        return data.status();
    QHash<int, QString> formats;
    bool inCellXfs = false;
    QXmlStreamReader xml(*data);
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("numFmt")) {
            formats.insert(attr(xml, QLatin1String("numFmtId")).toInt(),
                           attr(xml, QLatin1String("formatCode")));
        } else if (xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
            const int id = attr(xml, QLatin1String("numFmtId")).toInt();
            const QString code = formats.value(id);
            m_dateStyle << (formats.contains(id) ? isDateFormatCode(code)
                                                 : isBuiltinDateFormat(id));
            // Built-in number formats the way Excel shows them (0, 0.00, #,##0, #,##0.00, 0%,
            // 0.00%).
            static const QHash<int, QString> builtin = {
                {1, QStringLiteral("0")},     {2, QStringLiteral("0.00")},
                {3, QStringLiteral("#,##0")}, {4, QStringLiteral("#,##0.00")},
                {9, QStringLiteral("0%")},    {10, QStringLiteral("0.00%")}};
            m_styleFormat << (formats.contains(id) ? code : builtin.value(id));
        }
    }
    if (xml.hasError())
        return failure(Tr::tr("(the part %1 is not valid XML)").arg(part));
    return Status::success();
}

Status XlsxSheetReader::scanMerges()
{
    // Bytes only: "<mergeCells" cannot occur in cell text (there "<" is escaped), so everything
    // from it to the end of the part is the (small) merge list and what follows it.
    const Status opened = openPart(m_sheetPart);
    if (!opened)
        return opened;
    QByteArray window, tail;
    bool found = false;
    while (true) {
        const QByteArray chunk = m_zip.entry()->read(1 << 20);
        if (chunk.isEmpty())
            break;
        if (found) {
            tail += chunk;
            continue;
        }
        window = window.right(32) + chunk;
        int at = window.indexOf("mergeCells");
        while (at >= 0) {
            const int lt = window.lastIndexOf('<', at);
            if (lt >= 0 && at - lt < 16) {
                found = true;
                tail = window.mid(lt);
                break;
            }
            at = window.indexOf("mergeCells", at + 1);
        }
    }
    m_zip.entry()->close();
    if (m_zip.entryFailed())
        return failure(Tr::tr("(the part %1 cannot be read)").arg(m_sheetPart));
    static const QRegularExpression cell(QStringLiteral(
        "<(?:\\w+:)?mergeCell\\s[^>]*ref\\s*=\\s*[\"']([A-Za-z]+\\d+):([A-Za-z]+\\d+)[\"']"));
    const QString text = QString::fromUtf8(tail);
    for (auto it = cell.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        int c1 = 0, r1 = 0, c2 = 0, r2 = 0;
        if (!parseSheetCellRef(m.capturedView(1), &c1, &r1) ||
            !parseSheetCellRef(m.capturedView(2), &c2, &r2))
            continue;
        if (r2 - r1 > 1000) // a merge down a whole column: no header is that tall
            r2 = r1;
        for (int r = r1; r <= r2; ++r)
            m_merges[r].append({qMin(c1, c2), qMax(c1, c2)});
    }
    return Status::success();
}

int XlsxSheetReader::progressPermille() const
{
    if (m_ended)
        return 1000;
    if (m_zip.entrySize() <= 0)
        return 0;
    return int(std::clamp<qint64>(m_zip.entryRead() * 1000 / m_zip.entrySize(), 0, 1000));
}

SheetCell XlsxSheetReader::cellFrom(const QString& type, int style, const QString& value,
                                    const QString& inlineText, bool* ok) const
{
    *ok = true;
    if (type == QLatin1String("s")) {
        const int index = value.toInt(ok);
        if (!*ok || index < 0 || index >= m_shared.size()) {
            *ok = false;
            return {};
        }
        return sheetTextCell(m_shared.at(index));
    }
    if (type == QLatin1String("inlineStr"))
        return sheetTextCell(inlineText);
    if (type == QLatin1String("str"))
        return sheetTextCell(value);
    if (type == QLatin1String("b")) {
        SheetCell c;
        c.kind = SheetCell::Kind::Boolean;
        c.boolean =
            value.trimmed() == QLatin1String("1") || value.trimmed() == QLatin1String("true");
        c.shown = c.boolean ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        return c;
    }
    if (type == QLatin1String("e")) {
        SheetCell c;
        c.kind = SheetCell::Kind::Error;
        c.shown = value;
        return c;
    }
    if (type == QLatin1String("d")) {
        const QDate d = QDate::fromString(value.left(10), Qt::ISODate);
        if (d.isValid())
            return sheetDateCell(d, double(QDate(1899, 12, 30).daysTo(d)));
        return sheetTextCell(value);
    }
    if (value.trimmed().isEmpty())
        return {}; // a formula without a cached value, or an empty <v/>
    const double number = value.trimmed().toDouble(ok);
    if (!*ok)
        return {};
    if (style >= 0 && style < m_dateStyle.size() && m_dateStyle.at(style)) {
        const QDate d = excelSerialToDate(number, m_date1904);
        if (d.isValid())
            return sheetDateCell(d, number);
    }
    const QString format =
        style >= 0 && style < m_styleFormat.size() ? m_styleFormat.at(style) : QString();
    return sheetNumberCell(number,
                           format.isEmpty() ? QString() : excelFormattedNumber(number, format));
}

Result<bool> XlsxSheetReader::next(SheetRow& row)
{
    row = SheetRow();
    while (!m_ended && !m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement && m_xml.name() == QLatin1String("sheetData"))
            break;
        if (token != QXmlStreamReader::StartElement || m_xml.name() != QLatin1String("row"))
            continue;
        const QString r = attr(m_xml, QLatin1String("r"));
        row.number = r.isEmpty() ? m_lastRow + 1 : r.toInt();
        if (row.number < 1 || row.number > 1048576)
            return failure(Tr::tr("(a row number after row %1 is not valid)").arg(m_lastRow));
        m_lastRow = row.number;
        int column = -1;
        while (!m_xml.atEnd()) {
            const auto t = m_xml.readNext();
            if (t == QXmlStreamReader::EndElement && m_xml.name() == QLatin1String("row"))
                break;
            if (t != QXmlStreamReader::StartElement || m_xml.name() != QLatin1String("c"))
                continue;
            const QString ref = attr(m_xml, QLatin1String("r"));
            int refRow = 0;
            if (ref.isEmpty())
                ++column;
            else if (!parseSheetCellRef(ref, &column, &refRow))
                return failure(Tr::tr("(row %1 has a cell “%2”)").arg(row.number).arg(ref));
            const QString type = attr(m_xml, QLatin1String("t"));
            const QString styleText = attr(m_xml, QLatin1String("s"));
            const int style = styleText.isEmpty() ? 0 : styleText.toInt();
            QString value, inlineText;
            while (!m_xml.atEnd()) {
                const auto ct = m_xml.readNext();
                if (ct == QXmlStreamReader::EndElement && m_xml.name() == QLatin1String("c"))
                    break;
                if (ct != QXmlStreamReader::StartElement)
                    continue;
                if (m_xml.name() == QLatin1String("v"))
                    value = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
                else if (m_xml.name() == QLatin1String("is"))
                    inlineText = richText(m_xml);
                else
                    m_xml.skipCurrentElement(); // <f>: the cached value in <v> is what Excel shows
            }
            bool ok = true;
            const SheetCell cell = cellFrom(type, style, value, inlineText, &ok);
            if (!ok)
                return failure(Tr::tr("(cell %1 of row %2 has the value “%3”)")
                                   .arg(ref.isEmpty() ? QString::number(column + 1) : ref)
                                   .arg(row.number)
                                   .arg(value.left(40)));
            if (cell.kind == SheetCell::Kind::Empty)
                continue;
            while (row.cells.size() <= column)
                row.cells.append(SheetCell());
            row.cells[column] = cell;
            m_sawCell = true;
        }
        if (m_xml.hasError())
            break;
        row.merges = m_merges.value(row.number);
        return true;
    }
    if (m_xml.hasError())
        return failure(Tr::tr("(the sheet is not valid XML near row %1)").arg(m_lastRow + 1));
    m_zip.entry()->close(); // checks the CRC of what was read
    if (m_zip.entryFailed())
        return failure(Tr::tr("(the sheet cannot be read near row %1)").arg(m_lastRow + 1));
    m_ended = true;
    if (!m_sawCell)
        return Status::failure(sheetEmptyMessage());
    return false;
}

} // namespace youfu::core
