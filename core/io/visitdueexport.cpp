#include "io/visitdueexport.h"

#include "visit/visitrules.h"
#include "visit/visitstore.h"

#include <QCoreApplication>

#include <memory>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::ListExports)
};

struct DuePager
{
    QList<DueVisit> rows;
    qsizetype at = 0;
    bool started = false;
    bool done = false;
    DueCursor after;
};
} // namespace

Result<ExportTable> visitsDueTable(Database& db, const DueFilter& filter, int pageSize)
{
    using Kind = ExportColumn::Kind;
    auto count = VisitStore(db).dueCount(filter);
    if (!count)
        return count.status();
    ExportTable t;
    t.columns = {{Tr::tr("Due"), Kind::Date},
                 {Tr::tr("Festival")},
                 {Tr::tr("State")},
                 {Tr::tr("Name")},
                 {Tr::tr("Citizen ID"), Kind::Identifier},
                 {Tr::tr("Township")},
                 {Tr::tr("Risk")},
                 {Tr::tr("Responsible leader")},
                 {Tr::tr("Plan")}};
    t.expectedRows = count.value();
    const int size = pageSize > 0 ? pageSize : 1000;
    auto p = std::make_shared<DuePager>();
    t.next = [&db, filter, size, p](QVariantList& out) -> Result<bool> {
        if (p->at >= p->rows.size()) {
            if (p->done)
                return false;
            // Keyset: the next page starts after the last line read.
            auto page = VisitStore(db).dueList(filter, p->started ? &p->after : nullptr, size);
            if (!page)
                return page.status();
            p->started = true;
            p->rows = page.takeValue();
            p->at = 0;
            if (p->rows.isEmpty()) {
                p->done = true;
                return false;
            }
            const DueVisit& last = p->rows.last();
            p->after = DueCursor{last.due, last.sortName, last.personId, last.planId};
        }
        const DueVisit& r = p->rows.at(p->at++);
        out << r.due << r.festival << VisitRules::stateTitle(r.state) << r.personName
            << r.maskedCitizenId << r.townshipName << VisitRules::riskTitle(r.risk) << r.leaderName
            << r.planTitle;
        return true;
    };
    return t;
}

} // namespace youfu::core
