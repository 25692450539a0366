#include "care/assistanceexport.h"

#include "approval/applicationrules.h"
#include "care/assistanceregisterstore.h"
#include "care/registerexport.h"

#include <QCoreApplication>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::AssistanceExport)
};
} // namespace

ExportTable assistanceTable(Database& db, const AssistanceFilter& filter)
{
    using K = ExportColumn::Kind;
    ExportTable t;
    t.title = registerTitle(db, Tr::tr("Temporary assistance granted"));
    t.columns = {{Tr::tr("Number"), K::Identifier},     {Tr::tr("Name"), K::Text},
                 {Tr::tr("Citizen ID"), K::Identifier}, {Tr::tr("Township"), K::Text},
                 {Tr::tr("Reason"), K::Text},           {Tr::tr("Amount (yuan)"), K::Money},
                 {Tr::tr("Granted on"), K::Date}};
    auto count = AssistanceRegisterStore(db).count(filter);
    if (count)
        t.expectedRows = count.value();
    Database* d = &db;
    t.next = pagedRows<AssistanceGrant>(
        [d, filter](int offset, int limit) {
            return AssistanceRegisterStore(*d).page(filter, offset, limit);
        },
        [](const AssistanceGrant& g) {
            return QVariantList{g.number,
                                g.personName,
                                g.maskedCitizenId,
                                g.townshipName,
                                ApplicationRules::assistanceReasonTitle(g.reason),
                                g.amountFen,
                                g.decidedOn};
        });
    return t;
}

} // namespace youfu::core
