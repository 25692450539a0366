#include "io/rosterexport.h"

#include "db/database.h"
#include "registry/citizenid.h"
#include "registry/sex.h"

#include <memory>

namespace youfu::core {

namespace {
using Kind = ExportColumn::Kind;
constexpr int kPage = 1000;

struct RosterPager
{
    QList<RosterExportRow> rows;
    qsizetype at = 0;
    qint64 afterPerson = 0;
    qint64 afterCategory = 0;
    qint64 number = 0;
    bool done = false;
};

QString word(const char* utf8)
{
    return QString::fromUtf8(utf8);
}
} // namespace

Result<ExportTable> rosterExportTable(Database& db, const RosterExportFilter& filter, bool fullIds)
{
    const QDate today = db.clock().today();
    auto count = RosterExportStore(db).count(filter, today);
    if (!count)
        return count.status();
    ExportTable t;
    t.expectedRows = count.value();
    t.columns = {{word("序号"), Kind::Integer},
                 {word("姓名")},
                 {word("性别")},
                 {word("民族")},
                 {word("身份证号"), Kind::Identifier},
                 // Where the ID is masked only the year: the full date would fill in the stars.
                 fullIds ? ExportColumn{word("出生日期"), Kind::Date}
                         : ExportColumn{word("出生年份"), Kind::Integer},
                 {word("乡镇")},
                 {word("村(社区)")},
                 {word("住址")}};
    if (fullIds)
        t.columns << ExportColumn{word("联系电话"), Kind::Identifier};
    t.columns << ExportColumn{word("类别")} << ExportColumn{word("享受时间"), Kind::Date}
              << ExportColumn{word("残疾等级"), Kind::Integer} << ExportColumn{word("伤残性质")}
              << ExportColumn{word("亲属关系")} << ExportColumn{word("烈士姓名")}
              << ExportColumn{word("入伍时间"), Kind::Date}
              << ExportColumn{word("退伍时间"), Kind::Date} << ExportColumn{word("重点对象")}
              << ExportColumn{word("风险说明")};
    auto p = std::make_shared<RosterPager>();
    t.next = [&db, p, filter, today, fullIds](QVariantList& out) -> Result<bool> {
        if (p->at >= p->rows.size()) {
            if (p->done)
                return false;
            auto page = RosterExportStore(db).page(filter, p->afterPerson, p->afterCategory, kPage,
                                                   today, fullIds);
            if (!page)
                return page.status();
            p->rows = page.takeValue();
            p->at = 0;
            if (p->rows.isEmpty()) {
                p->done = true;
                return false;
            }
            p->afterPerson = p->rows.constLast().personId;
            p->afterCategory = p->rows.constLast().personCategoryId;
        }
        const RosterExportRow& r = p->rows.at(p->at++);
        auto date = [](const QDate& d) { return d.isValid() ? QVariant(d) : QVariant(); };
        out << ++p->number << r.name << sexTitle(sexFromKey(r.sexKey)) << r.ethnicity
            << (fullIds ? r.citizenId : CitizenId::mask(r.citizenId));
        if (fullIds)
            out << date(r.birthDate);
        else
            out << (r.birthDate.isValid() ? QVariant(qint64(r.birthDate.year())) : QVariant());
        out << r.townshipName << r.villageName << r.address;
        if (fullIds)
            out << r.phone;
        out << r.categoryName << date(r.startDate)
            << (r.grade > 0 ? QVariant(qint64(r.grade)) : QVariant()) << r.nature << r.relation
            << r.servicemanName << date(r.enlistedOn) << date(r.dischargedOn)
            << (r.keyPerson ? word("是") : QString()) << (r.keyPerson ? r.riskNote : QString());
        return true;
    };
    return t;
}

} // namespace youfu::core
