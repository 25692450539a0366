#pragma once

#include "common/result.h"
#include "petition/warning.h"

#include <QDate>
#include <QString>

namespace youfu::core {

// Pure checks of information staff and warning reports (no database), and the stability score.
class WarningRules
{
public:
    // A staff member needs a township, a name and the date they began; an end not before it.
    static Status checkStaff(const InfoStaff& s);
    // Ending a staff member's service: a date, not before they began, not already ended.
    static Status checkEndStaff(const InfoStaff& s, const QDate& on);
    // A report needs a township, who reported it, what is expected and a report date that is
    // not in the future; the expected date, if given, is not before the report.
    static Status checkReport(const WarningReport& w, const QDate& today);
    // A follow-up of an open warning: a date between the report and today, and words.
    static Status checkFollowUp(const WarningReport& w, const QDate& on, const QString& note,
                                const QDate& today);
    // Resolving an open warning: a date between the report and today, and how it was resolved.
    static Status checkResolution(const WarningReport& w, const QDate& on,
                                  const QString& resolution, const QDate& today);

    // How much attention a township needs, for sorting the stability view (higher first):
    //   overdue cases × 3 + group petitions (12 months) × 5 + beyond-level petitions
    //   (12 months) × 5 + open high-risk warnings × 4 + open warnings × 2 + key persons with an
    //   overdue visit × 1.
    // A high-risk warning counts both as open (2) and as high-risk (4). Open cases on time
    // count nothing: they are the office's ordinary work.
    static int stabilityScore(const StabilityLine& line);
};

} // namespace youfu::core
