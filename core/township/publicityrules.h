#pragma once

#include "township/publicity.h"

#include <QStringList>

namespace youfu::core {

// Pure rules of the publicity register. No database.
class PublicityRules
{
public:
    static QString kindKey(PublicityKind kind); // "materials", "session" as stored
    static bool kindFromKey(const QString& key, PublicityKind* out);
    static QString kindTitle(PublicityKind kind); // 宣传资料 / 政策宣讲

    // Everything missing or wrong, one line each; empty when it may be saved.
    static QStringList problems(const PublicityRecord& record, const QDate& today);

    // Per-township totals from records (or from partial totals), in the order the townships
    // first appear; the county-wide line (code empty) last. `sum` gets the sum of all lines.
    static QList<PublicityTotal> totals(const QList<PublicityRecord>& records,
                                        PublicityTotal* sum = nullptr);
    static QList<PublicityTotal> merge(const QList<PublicityTotal>& parts,
                                       PublicityTotal* sum = nullptr);
};

} // namespace youfu::core
