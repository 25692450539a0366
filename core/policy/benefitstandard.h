#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace youfu::core {

// What a standard pays: a yearly amount (定期抚恤补助), the ceiling of one temporary
// assistance (临时救助), or one short-term recuperation stay (短期疗养).
enum class StandardItem
{
    Annual,
    TemporaryAssistance,
    Recuperation
};

// Urban and rural standards differ for some categories; "All" when the book does not split.
enum class Residence
{
    All,
    Urban,
    Rural
};

// Which standard: the item, the category ("" = every category), disability grade 1–10 and
// nature (0 / "" when the category has none), and the residence.
struct StandardKey
{
    StandardItem item = StandardItem::Annual;
    QString categoryCode;
    int grade = 0;
    QString nature;
    Residence residence = Residence::All;
};

// One line of the policy book (抚恤补助标准). Never changed: a newer line with the same key
// supersedes it from its effective date.
struct BenefitStandard
{
    qint64 id = 0;
    StandardItem item = StandardItem::Annual;
    QString categoryCode;
    QString categoryName; // filled when read
    int grade = 0;
    QString nature;
    Residence residence = Residence::All;
    qint64 amountFen = 0;
    QDate effectiveFrom;
    QString basisNumber; // 民发〔2025〕12号
    QString basisTitle; // 关于调整部分优抚对象等人员抚恤和生活补助标准的通知
    QString note;
    QDateTime createdAt;
    QString createdBy; // display name (login if the user has none)

    StandardKey key() const { return {item, categoryCode, grade, nature, residence}; }
    // 民发〔2025〕12号《关于…的通知》
    QString basis() const
    {
        return basisTitle.isEmpty() ? basisNumber
                                    : QStringLiteral("%1《%2》").arg(basisNumber, basisTitle);
    }
};

} // namespace youfu::core
