#include "db/sqlscript.h"

#include <QRegularExpression>

namespace youfu::core {

QStringList splitSqlScript(const QString& script)
{
    static const QRegularExpression triggerStart(QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+)?TRIGGER\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression triggerEnd(QStringLiteral("\\bEND\\s*;\\s*$"),
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        if (current.isEmpty() && triggerStart.match(line).hasMatch())
            inTrigger = true;
        current += raw + QLatin1Char('\n');
        const bool ends = inTrigger ? triggerEnd.match(line).hasMatch() : line.endsWith(QLatin1Char(';'));
        if (ends) {
            QString stmt = current.trimmed();
            if (!inTrigger && stmt.endsWith(QLatin1Char(';')))
                stmt.chop(1);
            statements << stmt;
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace youfu::core
