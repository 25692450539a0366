#include "township/publicityexport.h"

#include "care/registerexport.h"
#include "township/publicityrules.h"
#include "township/publicitystore.h"

#include <QCoreApplication>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::PublicityExport)
};
} // namespace

ExportTable publicityTable(Database& db, const PublicityFilter& filter)
{
    using K = ExportColumn::Kind;
    ExportTable t;
    t.title = registerTitle(db, Tr::tr("Policy publicity"));
    t.columns = {{Tr::tr("Date"), K::Date},      {Tr::tr("Kind"), K::Text},
                 {Tr::tr("Township"), K::Text},  {Tr::tr("Materials or subject"), K::Text},
                 {Tr::tr("Copies"), K::Integer}, {Tr::tr("Audience"), K::Integer},
                 {Tr::tr("Place"), K::Text},     {Tr::tr("Note"), K::Text}};
    auto count = PublicityStore(db).count(filter);
    if (count)
        t.expectedRows = count.value();
    Database* d = &db;
    const QString county = Tr::tr("Whole county");
    t.next = pagedRows<PublicityRecord>(
        [d, filter](int offset, int limit) {
            return PublicityStore(*d).page(filter, offset, limit);
        },
        [county](const PublicityRecord& r) {
            return QVariantList{r.onDate,
                                PublicityRules::kindTitle(r.kind),
                                r.townshipCode.isEmpty() ? county : r.townshipName,
                                r.title,
                                qint64(r.copies),
                                qint64(r.audience),
                                r.place,
                                r.note};
        });
    return t;
}

} // namespace youfu::core
