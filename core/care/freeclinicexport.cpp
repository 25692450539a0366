#include "care/freeclinicexport.h"

#include "care/freeclinicstore.h"
#include "care/registerexport.h"

#include <QCoreApplication>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::FreeClinicExport)
};
} // namespace

ExportTable freeClinicTable(Database& db, const FreeClinicFilter& filter)
{
    using K = ExportColumn::Kind;
    ExportTable t;
    t.title = registerTitle(db, Tr::tr("Free clinics"));
    t.columns = {{Tr::tr("Date"), K::Date},
                 {Tr::tr("Township"), K::Text},
                 {Tr::tr("Hospital"), K::Text},
                 {Tr::tr("Doctors"), K::Text},
                 {Tr::tr("Place"), K::Text},
                 {Tr::tr("Persons seen"), K::Integer},
                 {Tr::tr("Registry persons"), K::Integer},
                 {Tr::tr("Follow-up"), K::Text},
                 {Tr::tr("Note"), K::Text}};
    auto count = FreeClinicStore(db).count(filter);
    if (count)
        t.expectedRows = count.value();
    Database* d = &db;
    t.next = pagedRows<FreeClinic>(
        [d, filter](int offset, int limit) {
            return FreeClinicStore(*d).page(filter, offset, limit);
        },
        [](const FreeClinic& c) {
            return QVariantList{c.heldOn,
                                c.townshipName,
                                c.hospital,
                                c.doctors,
                                c.place,
                                qint64(c.personsSeen),
                                qint64(c.registeredSeen),
                                c.followUp,
                                c.note};
        });
    return t;
}

} // namespace youfu::core
