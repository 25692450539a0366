#include "visit/campaignexport.h"

#include "visit/campaignrules.h"
#include "visit/campaignstore.h"

#include <QCoreApplication>

#include <memory>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::CampaignExport)
};
} // namespace

Result<ExportTable> campaignExportTable(Database& db, qint64 campaignId)
{
    CampaignStore store(db);
    auto campaign = store.byId(campaignId);
    if (!campaign)
        return campaign.status();
    auto lines = store.lines(campaignId);
    if (!lines)
        return lines.status();
    using Kind = ExportColumn::Kind;
    ExportTable t;
    t.columns = {
        {Tr::tr("No."), Kind::Integer},     {Tr::tr("Township"), Kind::Text},
        {Tr::tr("Name"), Kind::Text},       {Tr::tr("Citizen ID number"), Kind::Identifier},
        {Tr::tr("Categories"), Kind::Text}, {Tr::tr("Amount (yuan)"), Kind::Money},
        {Tr::tr("Delivery"), Kind::Text},   {Tr::tr("Delivered on"), Kind::Date},
        {Tr::tr("Note"), Kind::Text}};
    t.expectedRows = lines->size();
    auto rows = std::make_shared<QList<CampaignLine>>(lines.takeValue());
    auto at = std::make_shared<qsizetype>(0);
    t.next = [rows, at](QVariantList& row) -> Result<bool> {
        if (*at >= rows->size())
            return false;
        const CampaignLine& l = rows->at((*at)++);
        row << qint64(*at) << l.townshipName << l.personName << l.maskedCitizenId
            << l.categoriesText << l.amountFen << CampaignRules::deliveryTitle(l.delivery)
            << l.deliveredOn << l.deliveryNote;
        return true;
    };
    return t;
}

} // namespace youfu::core
