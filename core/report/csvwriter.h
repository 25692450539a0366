#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace youfu::core {

// Registers as spreadsheets: UTF-8 with a byte-order mark (so Excel shows Chinese correctly),
// comma separated, CRLF line ends, fields quoted when needed (RFC 4180).
// Text that a spreadsheet would run as a formula (=, +, @, or - before a non-number) gets a
// leading apostrophe, so a typed name can never become a formula on the clerk's PC.
// Keep long digit strings such as citizen ID numbers as text yourself if Excel must not round
// them (e.g. prefix a tab or use a separate .xlsx export).
QString csvField(const QString& value);
// One record: its fields joined and ended with CRLF, UTF-8. The file starts with csvBom().
QByteArray csvLine(const QStringList& cells);
inline QByteArray csvBom()
{
    return QByteArray("\xEF\xBB\xBF");
}
QByteArray toCsv(const QStringList& header, const QList<QStringList>& rows);
// Written atomically (see atomicfile.h).
Status writeCsv(const QString& path, const QStringList& header, const QList<QStringList>& rows);

} // namespace youfu::core
