#pragma once

#include "registry/personstatus.h"

#include <QDate>
#include <QString>
#include <Qt>

#include <optional>

namespace youfu::core {

// What the registry page asks for: search text and filters, the sort. Empty = no filter.
struct RegistryQuery
{
    enum class Sort
    {
        Name,
        CitizenId,
        BirthDate,
        Township,
        Village,
        Status,
        KeyPerson,
        Registered
    };

    // Words separated by spaces, all must match. Each word is looked for in the name, the
    // citizen ID, the village name; a complete phone number finds its owner.
    QString text;
    QString townshipCode;
    QString categoryCode; // holds this category today
    std::optional<PersonStatus> status;
    bool keyPersonsOnly = false;
    Sort sort = Sort::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
};

// One line of the registry list: light, with the citizen ID already masked.
struct PersonRow
{
    qint64 id = 0;
    QString name;
    QString sex; // 男 / 女
    QString maskedCitizenId;
    QDate birthDate;
    QString townshipName;
    QString villageName;
    QString categories; // 残疾军人（三级）、带病回乡退伍军人
    PersonStatus status = PersonStatus::Active;
    bool keyPerson = false;
};

} // namespace youfu::core
