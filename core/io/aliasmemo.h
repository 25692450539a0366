#pragma once

#include "io/cellcleaner.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace youfu::core {

// AliasMatcher's answers remembered for a batch of roster rows: a roster names the same few
// townships, villages and categories on every row, and a value that is not written as a full
// name makes the matcher fold every key of the table. The answer depends only on the table,
// the prefix and the value, so a memo lives no longer than the tables it was filled from (one
// batch of the preview, on one thread).
class AliasMemo
{
public:
    // `slot` tells the tables apart (the field: township, village, category).
    CleanCell match(int slot, const QHash<QString, QString>& table, const QString& prefix,
                    const QString& value, const QStringList& suffixes,
                    const std::function<QString()>& what);

private:
    QHash<QString, CleanCell> m_answers;
};

} // namespace youfu::core
