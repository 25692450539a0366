#pragma once

#include "common/result.h"
#include "policy/benefitstandard.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace youfu::core {

// The annual standards of the policy book with their lookups remembered: a roll asks the same
// (key, month) for thousands of persons. Pure (no database); PolicyRules::lookup decides.
class PriceBook
{
public:
    explicit PriceBook(QList<BenefitStandard> book) : m_book(std::move(book)) {}

    // The annual standard in force on the first day of `month` for the key, or why none.
    const Result<BenefitStandard>& annual(const QString& categoryCode, int grade,
                                          const QString& nature, Residence residence,
                                          const QDate& month) const;

private:
    QList<BenefitStandard> m_book;
    mutable QHash<QString, Result<BenefitStandard>> m_cache;
};

} // namespace youfu::core
