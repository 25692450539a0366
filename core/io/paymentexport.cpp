#include "io/paymentexport.h"

#include "db/database.h"
#include "io/exportstore.h"
#include "payment/paymentrules.h"

#include <QCoreApplication>

#include <memory>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::ListExports)
};

struct LinePager
{
    QList<PaymentLine> rows;
    QHash<qint64, QString> ids; // person → full citizen ID, when asked for
    qsizetype at = 0;
    int afterSeq = 0;
    bool done = false;
};

QString problemOf(const PaymentLine& l)
{
    if (l.state == LineState::Failed)
        return l.failReason;
    if (l.state == LineState::Held)
        return l.problem;
    return QString();
}
} // namespace

Result<ExportTable> paymentRollTable(Database& db, const LineFilter& filter, bool fullIds,
                                     int pageSize)
{
    using Kind = ExportColumn::Kind;
    auto count = PaymentListStore(db).lineCount(filter);
    if (!count)
        return count.status();
    ExportTable t;
    t.columns = {{Tr::tr("No."), Kind::Integer},
                 {Tr::tr("Township")},
                 {Tr::tr("Village")},
                 {Tr::tr("Name")},
                 {Tr::tr("Citizen ID"), Kind::Identifier},
                 {Tr::tr("Categories")},
                 {Tr::tr("Amount (yuan)"), Kind::Money},
                 {Tr::tr("State")},
                 {Tr::tr("Failure reason / problem")}};
    t.expectedRows = count.value();
    const int size = pageSize > 0 ? pageSize : 1000;
    auto p = std::make_shared<LinePager>();
    t.next = [&db, filter, fullIds, size, p](QVariantList& out) -> Result<bool> {
        if (p->at >= p->rows.size()) {
            if (p->done)
                return false;
            auto page = PaymentListStore(db).linesPage(filter, p->afterSeq, size);
            if (!page)
                return page.status();
            p->rows = page.takeValue();
            p->at = 0;
            if (p->rows.isEmpty()) {
                p->done = true;
                return false;
            }
            p->afterSeq = p->rows.last().seq;
            p->ids.clear();
            if (fullIds) {
                QList<qint64> persons;
                for (const PaymentLine& l : p->rows)
                    persons << l.personId;
                auto found = ExportStore(db).citizenIdsOfPersons(persons);
                if (!found)
                    return found.status();
                p->ids = found.takeValue();
            }
        }
        const PaymentLine& l = p->rows.at(p->at++);
        out << qint64(l.seq) << l.townshipName << l.villageName << l.personName
            << (fullIds ? p->ids.value(l.personId) : l.maskedCitizenId) << l.categoriesText
            << l.amountFen << PaymentRules::lineStateTitle(l.state) << problemOf(l);
        return true;
    };
    return t;
}

} // namespace youfu::core
