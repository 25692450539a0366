#include "io/aliasmemo.h"

#include "io/aliasmatcher.h"

namespace youfu::core {

CleanCell AliasMemo::match(int slot, const QHash<QString, QString>& table, const QString& prefix,
                           const QString& value, const QStringList& suffixes,
                           const std::function<QString()>& what)
{
    // The unit separator cannot appear in a cell the matcher is asked about as a key part.
    const QString key = QString::number(slot) + QChar(0x1f) + prefix + QChar(0x1f) + value;
    if (const auto it = m_answers.constFind(key); it != m_answers.constEnd())
        return *it;
    const CleanCell answer = AliasMatcher::match(table, prefix, value, suffixes, what);
    m_answers.insert(key, answer);
    return answer;
}

} // namespace youfu::core
