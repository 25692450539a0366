#include "care/careexport.h"

#include "care/carerules.h"
#include "care/medicalstore.h"
#include "care/recuperationstore.h"
#include "care/registerexport.h"
#include "db/database.h"

#include <QCoreApplication>

#include <memory>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::CareExport)
};

} // namespace

Result<qint64> exportMedical(Database& db, const Actor& actor, const MedicalFilter& filter,
                             const QString& subtitle, const QString& path, ExportOptions options)
{
    MedicalStore store(db);
    auto total = store.count(filter);
    if (!total)
        return total.status();
    ExportTable t;
    t.title = Tr::tr("One-stop medical settlements");
    t.subtitle = subtitle;
    using K = ExportColumn::Kind;
    t.columns = {{Tr::tr("Settled on"), K::Date},
                 {Tr::tr("Name"), K::Text},
                 {Tr::tr("Citizen ID"), K::Identifier},
                 {Tr::tr("Township"), K::Text},
                 {Tr::tr("Hospital"), K::Text},
                 {Tr::tr("Admitted"), K::Date},
                 {Tr::tr("Discharged"), K::Date},
                 {Tr::tr("Total"), K::Money},
                 {Tr::tr("Insurance"), K::Money},
                 {Tr::tr("Subsidy"), K::Money},
                 {Tr::tr("Paid by the person"), K::Money},
                 {Tr::tr("Over the cap because"), K::Text},
                 {Tr::tr("Voided"), K::Text}};
    t.expectedRows = total.value();
    struct State
    {
        QList<MedicalSettlement> page;
        int next = 0;
        MedicalCursor cursor;
        bool done = false;
    };
    auto st = std::make_shared<State>();
    t.next = [&db, filter, st](QVariantList& row) -> Result<bool> {
        if (st->next >= st->page.size()) {
            if (st->done)
                return false;
            auto page = MedicalStore(db).page(filter, st->cursor, 500);
            if (!page)
                return page.status();
            st->page = page.value();
            st->next = 0;
            st->done = st->page.size() < 500;
            if (st->page.isEmpty())
                return false;
            st->cursor = {st->page.last().settledOn, st->page.last().id};
        }
        const MedicalSettlement& m = st->page.at(st->next++);
        row = {m.settledOn,
               m.name,
               m.maskedCitizenId,
               m.townshipName,
               m.hospital,
               m.admittedOn,
               m.dischargedOn,
               m.totalFen,
               m.insuranceFen,
               m.subsidyFen,
               m.selfFen,
               m.capOverride,
               m.voided ? Tr::tr("voided: %1").arg(m.voidReason) : QString()};
        return true;
    };
    return exportRegister(db, actor, std::move(t), QStringLiteral("medical"), path,
                          std::move(options));
}

Result<qint64> exportRecuperation(Database& db, const Actor& actor, qint64 batchId,
                                  const QString& path, ExportOptions options)
{
    RecuperationStore store(db);
    auto batch = store.batch(batchId);
    if (!batch)
        return batch.status();
    auto people = store.participants(batchId);
    if (!people)
        return people.status();
    ExportTable t;
    t.title = Tr::tr("Recuperation: %1").arg(batch->title);
    t.subtitle = Tr::tr("%1, %2 to %3, escort %4")
                     .arg(batch->place, batch->startsOn.toString(Qt::ISODate),
                          batch->endsOn.toString(Qt::ISODate), batch->escort);
    using K = ExportColumn::Kind;
    t.columns = {{Tr::tr("Name"), K::Text},     {Tr::tr("Citizen ID"), K::Identifier},
                 {Tr::tr("Township"), K::Text}, {Tr::tr("Categories"), K::Text},
                 {Tr::tr("Health"), K::Text},   {Tr::tr("Attended"), K::Text},
                 {Tr::tr("Cost"), K::Money},    {Tr::tr("Sent again because"), K::Text}};
    t.expectedRows = people->size();
    auto rows = std::make_shared<QList<RecuperationParticipant>>(people.value());
    auto next = std::make_shared<int>(0);
    t.next = [rows, next](QVariantList& row) -> Result<bool> {
        if (*next >= rows->size())
            return false;
        const RecuperationParticipant& p = rows->at((*next)++);
        const QString came = !p.attended ? QString() : *p.attended ? Tr::tr("yes") : Tr::tr("no");
        row = {p.name, p.maskedCitizenId, p.townshipName,  p.categories, p.health,
               came,   p.costFen,         p.overrideReason};
        return true;
    };
    return exportRegister(db, actor, std::move(t), QStringLiteral("recuperation"), path,
                          std::move(options));
}

} // namespace youfu::core
