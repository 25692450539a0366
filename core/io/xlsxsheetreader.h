#pragma once

#include "io/sheet.h"

#include <QHash>
#include <QList>
#include <QXmlStreamReader>

#include "io/ziparchive.h"

#include <memory>

namespace youfu::core {

// The first worksheet of an xlsx workbook, streamed with minizip (ZipArchive) and QXmlStreamReader:
// the sheet XML is never held in memory (the shared strings and styles are). Merged ranges are
// written at the end of the sheet XML, so open() first scans the sheet part for <mergeCells> (bytes
// only, no parse) and then reads the rows in a second pass.
class XlsxSheetReader : public SheetReader
{
public:
    ~XlsxSheetReader() override;
    static Result<std::unique_ptr<SheetReader>> open(const QString& path);

    QString formatName() const override { return QStringLiteral("xlsx"); }
    Result<bool> next(SheetRow& row) override;
    int progressPermille() const override;

private:
    XlsxSheetReader();
    Status load(const QString& path);
    Result<QByteArray> readPart(const QString& name);
    Status openPart(const QString& name);
    Status readWorkbook(QString* sheetPart, QString* sharedPart, QString* stylesPart);
    Status readSharedStrings(const QString& part);
    Status readStyles(const QString& part);
    Status scanMerges();
    Status failure(const QString& detail) const;
    SheetCell cellFrom(const QString& type, int style, const QString& value,
                       const QString& inlineText, bool* ok) const;

    ZipArchive m_zip;
    QXmlStreamReader m_xml;
    QString m_sheetPart;
    QStringList m_shared;
    QList<bool> m_dateStyle;      // by cellXfs index
    QList<QString> m_styleFormat; // by cellXfs index: the format code of custom formats
    QHash<int, QList<QPair<int, int>>> m_merges; // row → merged column spans covering it
    bool m_date1904 = false;
    bool m_ended = false;
    bool m_sawCell = false;
    int m_lastRow = 0;
};

} // namespace youfu::core
