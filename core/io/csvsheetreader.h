#pragma once

#include "io/sheet.h"

#include <QFile>
#include <QStringDecoder>

namespace youfu::core {

// A CSV or tab-separated text file, streamed through a QFile in chunks. The encoding is found
// from the content: a BOM (UTF-8 or UTF-16), else UTF-8 if the first non-ASCII bytes are valid
// UTF-8, else GB18030 (what Excel on a Chinese Windows saves, a superset of GBK). The delimiter
// is the one of , \t ; that gives the most records the same number of cells (outside quotes) in
// the first lines. Quotes follow RFC 4180: "" inside quotes is one quote, and a quoted cell may
// hold line breaks. Rows are numbered by record, as Excel numbers them when it opens the file.
// Every cell is Text: the digits of an ID are read as written, never as a number.
class CsvSheetReader : public SheetReader
{
public:
    static Result<std::unique_ptr<SheetReader>> open(const QString& path);

    QString formatName() const override;
    Result<bool> next(SheetRow& row) override;
    int progressPermille() const override;

private:
    enum class Parse
    {
        Complete,
        NeedMore,
        End
    };
    CsvSheetReader() = default;
    Status detectEncoding();
    void detectDelimiter(const QByteArray& head);
    Status readChunk();
    Parse parseRecord(QStringList* fields, qsizetype* end) const;

    QFile m_file;
    QStringDecoder m_decoder;
    QString m_encodingLabel;
    QStringConverter::Encoding m_encoding = QStringConverter::Utf8;
    bool m_gb18030 = false;
    qint64 m_bomSize = 0;
    qint64 m_size = 0;
    QChar m_delimiter = QLatin1Char(',');
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    int m_record = 0;
    bool m_sawCell = false;
};

} // namespace youfu::core
