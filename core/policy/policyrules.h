#pragma once

#include "common/result.h"
#include "policy/benefitstandard.h"

#include <QList>
#include <QStringList>

namespace youfu::core {

// Pure rules of the policy book. No database.
class PolicyRules
{
public:
    static QList<StandardItem> allItems();
    static QString itemKey(StandardItem item); // "annual", ... as stored
    static bool itemFromKey(const QString& key, StandardItem* out);
    static QString itemTitle(StandardItem item); // 定期抚恤补助 …
    static QString residenceKey(Residence r);    // "all", "urban", "rural"
    static bool residenceFromKey(const QString& key, Residence* out);
    static QString residenceTitle(Residence r);  // 不分城乡, 城镇, 农村

    // A street (街道) or a community (社区) is urban; a village (村) is rural; otherwise the
    // township decides (town/township = rural). Kinds as stored by the registry.
    static Residence residenceOf(const QString& townshipKind, const QString& villageKind);

    // The one standard for `key` on day `on`, or why there is none in the clerk's words.
    // Rows for the exact category win over rows for every category (""); among the rows
    // of the key, the newest effective date on or before `on` is the edition in force; in it
    // the row of the person's residence or the one for all residences applies.
    static Result<BenefitStandard> lookup(const QList<BenefitStandard>& book, const StandardKey& key,
                                          const QDate& on, const QString& categoryName = QString());
    // "残疾军人 三级 因战 农村": the key as the clerk reads it.
    static QString describe(const StandardKey& key, const QString& categoryName);

    // A new line may be added when it is complete and fits the book: one line per key and
    // date, and in one edition either one line for all residences or urban/rural lines.
    static Status checkNew(const BenefitStandard& candidate, const QList<BenefitStandard>& sameKeyRows,
                           bool categoryHasDisability);

    // 1234567 fen → "12345.67"; negative with a minus sign.
    static QString yuan(qint64 fen);
    // "12345.67", "12,345.6", "12345" → fen; false when it is not an amount.
    static bool parseYuan(const QString& text, qint64* fen);
};

} // namespace youfu::core
