#include "report/csvwriter.h"

#include "report/atomicfile.h"

namespace youfu::core {

QString csvField(const QString& value)
{
    QString v = value;
    if (!v.isEmpty()) {
        const QChar c = v.at(0);
        bool formula = c == u'=' || c == u'+' || c == u'@';
        if (c == u'-') {
            bool number = false;
            v.toDouble(&number);
            formula = !number;
        }
        if (formula)
            v.prepend(u'\'');
    }
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r') ||
        v.startsWith(u' ') || v.endsWith(u' '))
        v = u'"' + QString(v).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return v;
}

QByteArray csvLine(const QStringList& cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString& c : cells)
        fields << csvField(c);
    return fields.join(u',').toUtf8() + "\r\n";
}

QByteArray toCsv(const QStringList& header, const QList<QStringList>& rows)
{
    QByteArray out = csvBom();
    if (!header.isEmpty())
        out += csvLine(header);
    for (const QStringList& r : rows)
        out += csvLine(r);
    return out;
}

Status writeCsv(const QString& path, const QStringList& header, const QList<QStringList>& rows)
{
    const QByteArray bytes = toCsv(header, rows);
    return writeFileAtomically(path, [&](QIODevice& out) {
        out.write(bytes); // a short write makes QSaveFile::commit() fail, with its message
        return Status::success();
    });
}

} // namespace youfu::core
