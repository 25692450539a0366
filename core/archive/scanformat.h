#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace youfu::core {

// What a scanned copy may be: PDF, PNG or JPEG, and its content must be what its name says.
namespace ScanFormat {

// "pdf", "png", "jpg" for a file name or extension (JPEG/jpeg → jpg); empty when not allowed.
QString extensionOf(const QString& fileNameOrExtension);
// The type the bytes say they are ("pdf", "png", "jpg"), from their first bytes; empty if none.
QString sniff(const QByteArray& bytes);
// Refuses, with the reason in the clerk's words, a file whose content is not what its
// extension says, an image that does not decode, a PDF without its header or end marker.
Status check(const QByteArray& bytes, const QString& fileNameOrExtension);
// For the file chooser: "Scans (*.pdf *.png *.jpg *.jpeg)".
QString mimeFilterPatterns();

} // namespace ScanFormat

} // namespace youfu::core
