#pragma once

#include "common/result.h"
#include "report/documentrenderer.h"
#include "report/officialdocument.h"
#include "visit/campaign.h"
#include "visit/reception.h"
#include "visit/symposium.h"

#include <QDate>
#include <QList>
#include <QString>

namespace youfu::core {

// One township's signature roster (慰问金发放签领表) of a campaign.
struct SignatureRoster
{
    QString officeName;   // 武冈市民政局: printed as the issuing office
    QString title;        // 2025年八一慰问
    QString townshipName; // 迎春亭街道
    QList<CampaignLine> lines;
};

// The visits area's papers.
namespace VisitPapers {

// Lines on one page of the signature roster: room for a signature or a thumbprint each.
constexpr int kRosterRowsPerPage = 12;

// A4 landscape, one township after another (each starts on a new page): title, township and
// page "第n页 共m页", the header repeated on every page, 序号, 姓名, masked ID, 类别, 金额（元）,
// 签名或手印, 备注; 本页小计 under every page; on the township's last page 合计 (persons and
// amount) and the amount in capital numerals (大写); places for 经办人, 审核人 and the seal.
Status paintSignatureRosters(const QList<SignatureRoster>& rosters, QPagedPaintDevice* device);
PagePainter signatureRosterPainter(const QList<SignatureRoster>& rosters);
// Pages the rosters take (tests, and the preview's title).
int signatureRosterPages(const QList<SignatureRoster>& rosters);
// Splits a campaign's lines (in township order) into one roster per township.
QList<SignatureRoster> rostersByTownship(const QString& officeName, const QString& title,
                                         const QList<CampaignLine>& lines);

// The month's reception roster for posting (领导接访日安排表): A4 portrait, GB/T 9704 fonts;
// 日期, 星期, 接访领导, 地点, 备注 (substitutions: "代张三接访").
OfficialDocument receptionRoster(const QString& officeName, int year, int month,
                                 const QList<ReceptionDay>& days, const QDate& printedOn);

// The minutes (纪要) of a symposium on A4: title, time, place, chair, recorder, attendees (with
// whom they represent), then each issue raised, the answer given and its follow-up.
OfficialDocument symposiumMinutes(const QString& officeName, const Symposium& s,
                                  const QDate& printedOn);

} // namespace VisitPapers

} // namespace youfu::core
