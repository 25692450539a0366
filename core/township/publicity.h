#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace youfu::core {

// 政策宣传: brochures and materials handed to a township, or a policy session held.
enum class PublicityKind
{
    Materials,
    Session
};

struct PublicityRecord
{
    qint64 id = 0;
    QDate onDate;
    PublicityKind kind = PublicityKind::Materials;
    QString townshipCode; // empty = the whole county
    QString townshipName; // read back
    QString title;        // 《退役军人优待政策明白卡》, 优抚政策宣讲会
    int copies = 0;       // materials
    int audience = 0;     // sessions
    QString place;        // sessions
    QString note;
};

struct PublicityFilter
{
    int year = 0;         // 0 = every year
    QString townshipCode; // empty = all; "county" = records for the whole county
    std::optional<PublicityKind> kind;
    QString text; // part of the title or place
};

// A year's publicity in one township (or the county as a whole, code empty): what issue 16's
// year-end counts read.
struct PublicityTotal
{
    QString townshipCode;
    QString townshipName;
    int handouts = 0; // records of materials handed over
    int copies = 0;
    int sessions = 0;
    int audience = 0;
};

} // namespace youfu::core
