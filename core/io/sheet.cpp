#include "io/sheet.h"

#include "io/csvsheetreader.h"
#include "io/sheetvalue.h"
#include "io/xlssheetreader.h"
#include "io/xlsxsheetreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::SheetReader)
};

// An Excel file with a password is not a zip but an OLE2 container holding "EncryptedPackage"
// (and "EncryptionInfo") streams, named in UTF-16 in its directory.
bool isEncryptedOoxml(QFile& file)
{
    static const QByteArray name =
        QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
    const QByteArray head = file.read(1 << 20);
    return head.contains(name);
}
} // namespace

Result<std::unique_ptr<SheetReader>> openSheet(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Status::failure(Tr::tr("The file “%1” does not exist.").arg(info.fileName()));
    if (info.isDir())
        return Status::failure(Tr::tr("“%1” is a folder. Choose a file.").arg(info.fileName()));
    if (info.size() > kMaxSheetFileBytes)
        return Status::failure(
            Tr::tr("The file “%1” is %2 MB, more than the %3 MB a roster can be. "
                   "Split it into smaller files.")
                .arg(info.fileName())
                .arg(info.size() / (1024 * 1024))
                .arg(kMaxSheetFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(
            Tr::tr("The file “%1” cannot be read: %2").arg(info.fileName(), file.errorString()));
    const QByteArray magic = file.peek(8);
    if (magic.startsWith("PK\x03\x04") || magic.startsWith("PK\x05\x06"))
        return XlsxSheetReader::open(path);
    if (magic.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        if (isEncryptedOoxml(file))
            return Status::failure(sheetPasswordMessage());
        return XlsSheetReader::open(path);
    }
    // Other binary content (a PDF, a picture, a .et or a damaged file) is not a text table.
    const QByteArray head = file.read(4096);
    if (head.contains('\0') && !head.startsWith("\xFF\xFE") && !head.startsWith("\xFE\xFF"))
        return Status::failure(sheetCorruptMessage());
    return CsvSheetReader::open(path);
}

} // namespace youfu::core
