#pragma once

#include <QString>

namespace youfu::core {

// Whether a required kind of document is in a person's archive.
enum class Presence {
    Present, // a verified, current entry
    Pending, // only entries waiting for verification (or returned)
    Missing, // nothing
};
QString presenceTitle(Presence p);

// One required document of one person, with the categories that require it.
struct RequiredItem
{
    QString kindCode;
    QString kindName;
    QString requiredBy; // 残疾军人、烈士遗属
    Presence presence = Presence::Missing;
};

// Filter of the archive-wide completeness view. Empty = all.
struct CompletenessFilter
{
    QString townshipCode;
    QString categoryCode;
};

// One line of the archive-wide view: persons holding a category in a township today.
struct CompletenessSummaryRow
{
    QString townshipCode;
    QString townshipName;
    QString categoryCode;
    QString categoryName;
    qint64 persons = 0;        // active persons holding the category
    qint64 incomplete = 0;     // of those, missing at least one required document
    qint64 missingDocuments = 0; // required documents without a verified entry
};

// One person with missing documents (the detail list, paged).
struct IncompletePersonRow
{
    qint64 personId = 0;
    QString name;
    QString maskedCitizenId;
    QString townshipName;
    QString categoryName;
    QString archiveNumber;
    QString missingKinds; // 残疾军人证、评残/调残审批表
    int missingCount = 0;
};

} // namespace youfu::core
