#pragma once

#include "io/cellcleaner.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace youfu::core {

// Looks a township, village or category up in the office's alias table. A value matches a key
// as it is, then with spaces and full-width forms folded, then without its unit suffix (镇, 乡,
// 街道 …) on both sides; two codes for one value is ambiguous and refused, never guessed.
class AliasMatcher
{
public:
    // `prefix` narrows the keys ("430581101|" for the villages of one township); `suffixes`
    // are the unit words a full name ends with; `what` names the column for a message (made only
    // when one is needed).
    static CleanCell match(const QHash<QString, QString>& table, const QString& prefix,
                           const QString& value, const QStringList& suffixes,
                           const std::function<QString()>& what);
};

} // namespace youfu::core
