#include "archive/scanformat.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::ScanFormat)
};

QString typeTitle(const QString& ext)
{
    if (ext == QLatin1String("pdf"))
        return QStringLiteral("PDF");
    if (ext == QLatin1String("png"))
        return QStringLiteral("PNG");
    if (ext == QLatin1String("jpg"))
        return QStringLiteral("JPEG");
    return Tr::tr("unknown");
}
} // namespace

namespace ScanFormat {

QString extensionOf(const QString& fileNameOrExtension)
{
    QString ext = fileNameOrExtension.contains(QLatin1Char('.'))
                      ? QFileInfo(fileNameOrExtension).suffix()
                      : fileNameOrExtension;
    ext = ext.toLower();
    if (ext == QLatin1String("jpeg"))
        ext = QStringLiteral("jpg");
    if (ext == QLatin1String("pdf") || ext == QLatin1String("png") || ext == QLatin1String("jpg"))
        return ext;
    return QString();
}

QString sniff(const QByteArray& bytes)
{
    if (bytes.startsWith("%PDF-"))
        return QStringLiteral("pdf");
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("png");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QStringLiteral("jpg");
    return QString();
}

Status check(const QByteArray& bytes, const QString& fileNameOrExtension)
{
    const QString ext = extensionOf(fileNameOrExtension);
    if (ext.isEmpty())
        return Status::failure(Tr::tr("Only PDF, PNG and JPEG files can be attached as scans."));
    if (bytes.isEmpty())
        return Status::failure(Tr::tr("The file is empty."));
    const QString actual = sniff(bytes);
    if (actual.isEmpty())
        return Status::failure(Tr::tr("The file is named as %1 but its content is not a PDF, PNG or "
                                      "JPEG file.").arg(typeTitle(ext)));
    if (actual != ext)
        return Status::failure(Tr::tr("The file is named as %1 but its content is %2. Rename it or "
                                      "choose the right file.").arg(typeTitle(ext), typeTitle(actual)));
    if (ext == QLatin1String("pdf")) {
        // A complete PDF ends with %%EOF (allowing trailing line ends or padding).
        const QByteArray tail = bytes.right(1024);
        if (!tail.contains("%%EOF"))
            return Status::failure(Tr::tr("The PDF file is incomplete or damaged (its end is missing)."));
        return Status::success();
    }
    // Images end with a known marker: a cut-off upload decodes partly, so check it first.
    const QByteArray tail = bytes.right(64);
    if ((ext == QLatin1String("png") && !tail.contains("IEND")) ||
        (ext == QLatin1String("jpg") && !tail.contains("\xff\xd9")))
        return Status::failure(Tr::tr("The %1 image is incomplete or damaged (its end is missing).")
                                   .arg(typeTitle(ext)));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, ext == QLatin1String("png") ? "png" : "jpeg");
    const QImage image = reader.read();
    if (image.isNull())
        return Status::failure(Tr::tr("The %1 image is damaged and cannot be shown: %2")
                                   .arg(typeTitle(ext), reader.errorString()));
    return Status::success();
}

QString mimeFilterPatterns()
{
    return QStringLiteral("*.pdf *.png *.jpg *.jpeg");
}

} // namespace ScanFormat

} // namespace youfu::core
