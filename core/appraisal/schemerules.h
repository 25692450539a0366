#pragma once

#include "appraisal/appraisal.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace youfu::core {

// What an appraisal scheme may be, and the grade of a total under it. Pure.
class SchemeRules
{
public:
    static QString kindKey(SchemeKind kind); // "unit", "staff"
    static SchemeKind kindFromKey(const QString& key);
    static QString kindTitle(SchemeKind kind); // "township unit appraisal" (translated)

    // Stored keys: units excellent/good/pass/fail, staff excellent/competent/basic/incompetent.
    static QString gradeKey(Grade grade, SchemeKind kind);
    static Grade gradeFromKey(const QString& key);
    // 优秀/良好/合格/不合格 for units, 优秀/称职/基本称职/不称职 for staff.
    static QString gradeTitle(Grade grade, SchemeKind kind);
    // The grade of `total` (tenths of a point) under the scheme's thresholds.
    static Grade gradeFor(const AppraisalScheme& scheme, int total);

    // The indicators a kind of scheme may hold, with their titles and an illustrative weight,
    // target and period: the demo's scheme and the start of a new one.
    static QList<AppraisalIndicator> defaultIndicators(SchemeKind kind);
    static QStringList indicatorCodes(SchemeKind kind);
    static QString indicatorTitle(const QString& code); // translated, "" when unknown
    // The title to show: the one the scheme gives, or the default title in the reader's language
    // when it gives none or gives the default as an English session stored it.
    static QString shownTitle(const AppraisalIndicator& indicator);
    // A rate (target per mille) or a count (target a number).
    static bool isRate(const QString& code);
    // The indicator has a period in days (accepted within 15 days…).
    static bool hasDays(const QString& code);

    // Everything wrong with a scheme before it is saved or approved, in the clerk's words:
    // title, year, thresholds in order and within 100 points, weights adding up to 100 points,
    // known and distinct indicators, rate targets within 100%, periods where needed.
    static QStringList problems(const AppraisalScheme& scheme);

    // "85.5" for 855 tenths.
    static QString pointsText(int tenths);
    // "95.0%" for 950 per mille.
    static QString permilleText(qint64 permille);
};

} // namespace youfu::core
