#include "io/csvsheetreader.h"

#include "io/sheetvalue.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::SheetReader)
};

constexpr qint64 kChunk = 256 * 1024;

// Whether `data` is valid UTF-8; a sequence cut off by the end of `data` counts as valid unless
// `atEnd` (the data is the whole file).
bool validUtf8(const QByteArray& data, bool atEnd)
{
    const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        int follow = 0;
        if (c < 0x80)
            follow = 0;
        else if (c >= 0xC2 && c <= 0xDF)
            follow = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            follow = 2;
        else if (c >= 0xF0 && c <= 0xF4)
            follow = 3;
        else
            return false;
        if (i + follow >= n && follow > 0) {
            for (qsizetype k = i + 1; k < n; ++k)
                if ((p[k] & 0xC0) != 0x80)
                    return false;
            return !atEnd;
        }
        for (int k = 1; k <= follow; ++k)
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        i += follow + 1;
    }
    return true;
}

// Cells per record for `delimiter` over the first records of `text` (quotes respected; the
// last record is dropped when the text was cut off).
QList<int> countCells(const QString& text, QChar delimiter, bool complete)
{
    QList<int> counts;
    int cells = 1;
    bool inQuotes = false;
    for (qsizetype i = 0; i < text.size() && counts.size() < 50; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"'))
            inQuotes = !inQuotes;
        else if (!inQuotes && c == delimiter)
            ++cells;
        else if (!inQuotes && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            counts << cells;
            cells = 1;
        }
    }
    if (complete && cells > 1)
        counts << cells;
    return counts;
}
} // namespace

Result<std::unique_ptr<SheetReader>> CsvSheetReader::open(const QString& path)
{
    std::unique_ptr<CsvSheetReader> reader(new CsvSheetReader);
    reader->m_file.setFileName(path);
    if (!reader->m_file.open(QIODevice::ReadOnly))
        return Status::failure(
            Tr::tr("The file “%1” cannot be read: %2").arg(path, reader->m_file.errorString()));
    reader->m_size = reader->m_file.size();
    const Status detected = reader->detectEncoding();
    if (!detected)
        return detected;
    return std::unique_ptr<SheetReader>(std::move(reader));
}

Status CsvSheetReader::detectEncoding()
{
    const QByteArray head = m_file.peek(4);
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_bomSize = 3;
        m_encodingLabel = QStringLiteral("UTF-8 BOM");
    } else if (head.startsWith("\xFF\xFE")) {
        m_bomSize = 2;
        m_encoding = QStringConverter::Utf16LE;
        m_encodingLabel = QStringLiteral("UTF-16");
    } else if (head.startsWith("\xFE\xFF")) {
        m_bomSize = 2;
        m_encoding = QStringConverter::Utf16BE;
        m_encodingLabel = QStringLiteral("UTF-16");
    } else {
        // Look at the first bytes that are not ASCII (a header is usually Chinese, but an
        // English header may come before the first name).
        m_encodingLabel = QStringLiteral("UTF-8");
        while (true) {
            const QByteArray block = m_file.read(1 << 20);
            if (block.isEmpty())
                break;
            qsizetype first = -1;
            for (qsizetype i = 0; i < block.size(); ++i)
                if (static_cast<unsigned char>(block.at(i)) >= 0x80) {
                    first = i;
                    break;
                }
            if (first < 0)
                continue;
            const QByteArray sample = block.mid(first) + m_file.read(1 << 16);
            if (!validUtf8(sample, m_file.atEnd())) {
                m_gb18030 = true;
                m_encodingLabel = QStringLiteral("GB18030");
            }
            break;
        }
    }
    if (!m_file.seek(m_bomSize))
        return Status::failure(Tr::tr("The file “%1” cannot be read: %2")
                                   .arg(m_file.fileName(), m_file.errorString()));
    m_decoder = m_gb18030 ? QStringDecoder("GB18030") : QStringDecoder(m_encoding);
    if (!m_decoder.isValid())
        return Status::failure(
            Tr::tr("This computer cannot read text in %1.").arg(m_encodingLabel));
    const QByteArray start = m_file.peek(kChunk);
    detectDelimiter(start);
    return Status::success();
}

void CsvSheetReader::detectDelimiter(const QByteArray& head)
{
    QStringDecoder decoder = m_gb18030 ? QStringDecoder("GB18030") : QStringDecoder(m_encoding);
    const QString text = decoder(head);
    const bool complete = m_file.size() - m_bomSize <= head.size();
    const std::array<QChar, 3> candidates = {QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';')};
    int bestScore = 0;
    for (const QChar d : candidates) {
        QHash<int, int> frequency;
        for (const int n : countCells(text, d, complete))
            if (n > 1)
                ++frequency[n];
        int score = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it)
            score = qMax(score, it.value());
        if (score > bestScore) {
            bestScore = score;
            m_delimiter = d;
        }
    }
}

QString CsvSheetReader::formatName() const
{
    const QString delimiter = m_delimiter == QLatin1Char('\t')  ? Tr::tr("tab")
                              : m_delimiter == QLatin1Char(';') ? Tr::tr("semicolon")
                                                                : Tr::tr("comma");
    return QStringLiteral("csv (%1, %2)").arg(m_encodingLabel, delimiter);
}

int CsvSheetReader::progressPermille() const
{
    if (m_size <= 0 || (m_eof && m_pos >= m_buffer.size()))
        return 1000;
    return int(std::clamp<qint64>(m_file.pos() * 1000 / m_size, 0, 1000));
}

Status CsvSheetReader::readChunk()
{
    const QByteArray bytes = m_file.read(kChunk);
    if (bytes.isEmpty()) {
        if (m_file.error() != QFileDevice::NoError)
            return Status::failure(Tr::tr("The file “%1” cannot be read: %2")
                                       .arg(m_file.fileName(), m_file.errorString()));
        m_eof = true;
    }
    if (m_pos > (1 << 20)) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer += m_decoder(bytes);
    if (m_decoder.hasError())
        return Status::failure(
            Tr::tr("The text of the file is not all in %1 (near row %2). Save it "
                   "again from Excel as “CSV UTF-8” and import that file.")
                .arg(m_encodingLabel)
                .arg(m_record + 1));
    return Status::success();
}

CsvSheetReader::Parse CsvSheetReader::parseRecord(QStringList* fields, qsizetype* end) const
{
    fields->clear();
    const QString& b = m_buffer;
    const qsizetype n = b.size();
    qsizetype i = m_pos;
    if (i >= n)
        return m_eof ? Parse::End : Parse::NeedMore;
    QString field;
    bool inQuotes = false;
    bool fieldStart = true;
    while (i < n) {
        const QChar c = b.at(i);
        if (inQuotes) {
            if (c != QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (i + 1 < n) {
                if (b.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    i += 2;
                } else {
                    inQuotes = false;
                    ++i;
                }
            } else if (!m_eof) {
                return Parse::NeedMore;
            } else {
                inQuotes = false;
                ++i;
            }
            continue;
        }
        if (c == QLatin1Char('"') && fieldStart) {
            inQuotes = true;
            fieldStart = false;
            ++i;
        } else if (c == m_delimiter) {
            fields->append(field);
            field.clear();
            fieldStart = true;
            ++i;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 >= n && !m_eof)
                return Parse::NeedMore;
            i += (c == QLatin1Char('\r') && i + 1 < n && b.at(i + 1) == QLatin1Char('\n')) ? 2 : 1;
            fields->append(field);
            *end = i;
            return Parse::Complete;
        } else {
            field += c;
            fieldStart = false;
            ++i;
        }
    }
    if (!m_eof)
        return Parse::NeedMore;
    fields->append(field); // the last record has no line break after it
    *end = i;
    return Parse::Complete;
}

Result<bool> CsvSheetReader::next(SheetRow& row)
{
    row = SheetRow();
    QStringList fields;
    while (true) {
        qsizetype end = 0;
        const Parse p = parseRecord(&fields, &end);
        if (p == Parse::NeedMore) {
            const Status read = readChunk();
            if (!read)
                return read;
            continue;
        }
        if (p == Parse::End) {
            if (!m_sawCell)
                return Status::failure(sheetEmptyMessage());
            return false;
        }
        m_pos = end;
        break;
    }
    row.number = ++m_record;
    while (!fields.isEmpty() && fields.last().isEmpty())
        fields.removeLast();
    row.cells.reserve(fields.size());
    for (const QString& f : std::as_const(fields))
        row.cells.append(sheetTextCell(f));
    if (!row.cells.isEmpty())
        m_sawCell = true;
    return true;
}

} // namespace youfu::core
