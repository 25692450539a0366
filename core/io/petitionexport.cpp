#include "io/petitionexport.h"

#include "db/database.h"
#include "petition/petitionliststore.h"
#include "petition/petitionrules.h"

#include <QCoreApplication>

#include <memory>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::ListExports)
};

struct CasePager
{
    QList<CaseLine> rows;
    qsizetype at = 0;
    bool started = false;
    bool done = false;
    CaseCursor after;
};

QString flags(const CaseLine& l)
{
    QStringList f;
    if (l.group)
        f << Tr::tr("group");
    if (l.beyond != BeyondLevel::None)
        f << PetitionRules::beyondTitle(l.beyond);
    if (l.repeat)
        f << Tr::tr("repeat");
    return f.join(QStringLiteral("、"));
}
} // namespace

Result<ExportTable> petitionsTable(Database& db, const CaseFilter& filter, int pageSize)
{
    using Kind = ExportColumn::Kind;
    const QDate today = db.clock().today();
    auto count = PetitionListStore(db).count(filter, today);
    if (!count)
        return count.status();
    ExportTable t;
    t.columns = {{Tr::tr("Case number")}, {Tr::tr("Received"), Kind::Date},
                 {Tr::tr("Petitioners")}, {Tr::tr("Channel")},
                 {Tr::tr("Subject")},     {Tr::tr("Township")},
                 {Tr::tr("Status")},      {Tr::tr("Marks")},
                 {Tr::tr("Responsible")}, {Tr::tr("Deadline"), Kind::Date},
                 {Tr::tr("Days left")}};
    t.expectedRows = count.value();
    const int size = pageSize > 0 ? pageSize : 1000;
    auto p = std::make_shared<CasePager>();
    t.next = [&db, filter, size, today, p](QVariantList& out) -> Result<bool> {
        if (p->at >= p->rows.size()) {
            if (p->done)
                return false;
            PetitionListStore store(db);
            auto page = store.page(filter, p->started ? &p->after : nullptr, size, today);
            if (!page)
                return page.status();
            p->started = true;
            p->rows = page.takeValue();
            p->at = 0;
            if (p->rows.isEmpty()) {
                p->done = true;
                return false;
            }
            auto after = store.cursorOf(p->rows.last().id);
            if (!after)
                return after.status();
            p->after = after.value();
        }
        const CaseLine& l = p->rows.at(p->at++);
        out << l.number << l.receivedOn << l.petitionerNames
            << PetitionRules::channelTitle(l.channel) << PetitionRules::subjectTitle(l.subject)
            << l.townshipName << PetitionRules::statusTitle(l.status) << flags(l)
            << l.responsibleName
            << (l.deadline.isValid() ? QVariant(l.deadline) : QVariant(QString()))
            << (l.deadline.isValid() ? QVariant(qint64(l.daysLeft)) : QVariant(QString()));
        return true;
    };
    return t;
}

} // namespace youfu::core
