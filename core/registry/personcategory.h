#pragma once

#include <QDate>
#include <QString>

namespace youfu::core {

// A category a person holds, with its own dates and details. Several at once are allowed;
// the same category twice only when the periods do not overlap.
struct PersonCategory
{
    qint64 id = 0;
    qint64 personId = 0;
    QString categoryCode;
    QString categoryName; // filled when read
    QDate startDate;
    QDate endDate; // invalid while it lasts
    QString endReason;
    // Disability: grade 1–10 (0 = none) and nature 因战/因公/因病.
    int grade = 0;
    QString nature;
    // Survivors and families: relation to the serviceman (父亲, 配偶, ...) and his name.
    QString relation;
    QString servicemanName;
    // Veterans: enlistment and discharge.
    QDate enlistedOn;
    QDate dischargedOn;

    bool isCurrent(const QDate& today) const
    {
        return startDate <= today && (!endDate.isValid() || endDate > today);
    }
};

} // namespace youfu::core
