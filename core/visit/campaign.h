#pragma once

#include "approval/application.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace youfu::core {

// 八一 (1 August, Army Day) or 春节 (Spring Festival).
enum class Festival
{
    Bayi,
    Spring
};

// One line of the festival amount table (慰问金标准): the amount a person of `categoryCode`
// receives at `festival`, from `effectiveFrom`, with its basis document.
struct FestivalAmount
{
    qint64 id = 0;
    Festival festival = Festival::Bayi;
    QString categoryCode;
    QString categoryName; // filled when read
    qint64 amountFen = 0;
    QDate effectiveFrom;
    QString basisNumber;
    QString basisTitle;
};

// What the clerk chooses to make a campaign list.
struct CampaignDraft
{
    Festival festival = Festival::Bayi;
    int year = 0;
    QString title;             // empty: "2026年八一慰问"
    QStringList categoryCodes; // at least one
    QStringList townshipCodes; // empty = every township
};

// One person of a campaign list, as copied when the list was made.
enum class Delivery
{
    Open,
    Delivered,
    NotDelivered
};

struct CampaignLine
{
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 personId = 0;
    QString personName;
    QString maskedCitizenId; // filled when read
    QString townshipCode;
    QString townshipName;
    QString categoriesText; // the campaign's categories the person holds: "残疾军人、参战退役人员"
    QString amountCategory; // the category whose amount was taken (the highest)
    qint64 amountFen = 0;
    Delivery delivery = Delivery::Open;
    QDate deliveredOn;
    QString deliveryNote; // why not delivered, or a remark
};

struct Campaign
{
    qint64 id = 0;
    Festival festival = Festival::Bayi;
    int year = 0;
    QString title;
    QStringList categoryCodes;
    QStringList townshipCodes;
    ApplicationState state = ApplicationState::Draft;
    int round = 0;
    int currentStep = 0;
    QList<Role> chain;
    qint64 draftedBy = 0;
    QDateTime draftedAt;
    QDateTime decidedAt;
    QList<ApprovalStep> steps;
    // Read with the campaign.
    int persons = 0;
    qint64 totalFen = 0;
    int delivered = 0;
    int notDelivered = 0;

    Role waitingRole() const
    {
        return state == ApplicationState::Pending && currentStep >= 1 && currentStep <= chain.size()
                   ? chain.at(currentStep - 1)
                   : Role::Clerk;
    }
    bool frozen() const { return state == ApplicationState::Approved; }
};

// A township's part of a campaign: what its roster totals.
struct TownshipTotal
{
    QString townshipCode;
    QString townshipName;
    int persons = 0;
    qint64 totalFen = 0;
};

} // namespace youfu::core
