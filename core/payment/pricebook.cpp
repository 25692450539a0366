#include "payment/pricebook.h"

#include "policy/policyrules.h"

namespace youfu::core {

const Result<BenefitStandard>& PriceBook::annual(const QString& categoryCode, int grade,
                                                 const QString& nature, Residence residence,
                                                 const QDate& month) const
{
    const QString cacheKey = QStringLiteral("%1|%2|%3|%4|%5")
                                 .arg(categoryCode)
                                 .arg(grade)
                                 .arg(nature)
                                 .arg(int(residence))
                                 .arg(month.toJulianDay());
    auto it = m_cache.constFind(cacheKey);
    if (it != m_cache.constEnd())
        return it.value();
    const StandardKey key{StandardItem::Annual, categoryCode, grade, nature, residence};
    return m_cache.insert(cacheKey, PolicyRules::lookup(m_book, key, month)).value();
}

} // namespace youfu::core
