#include "care/clinicdemo.h"

#include "approval/approvalstore.h"
#include "care/freeclinicstore.h"
#include "db/database.h"
#include "registry/areastore.h"
#include "registry/registrysearchstore.h"
#include "township/publicitystore.h"

namespace youfu::core {

namespace {
// This year's date, or last year's when it has not come yet.
QDate pastDate(const QDate& today, int month, int day)
{
    const QDate d(today.year(), month, day);
    return d <= today ? d : d.addYears(-1);
}

Result<QList<PersonRow>> activeHolders(Database& db, const QString& townshipCode, int n)
{
    RegistryQuery q;
    q.townshipCode = townshipCode;
    q.status = PersonStatus::Active;
    q.sort = RegistryQuery::Sort::Registered;
    auto rows = RegistrySearchStore(db).pageOrError(q, 0, n * 3);
    if (!rows)
        return rows.status();
    QList<PersonRow> out;
    for (const PersonRow& r : rows.value())
        if (!r.categories.isEmpty() && out.size() < n)
            out << r;
    return out;
}

Status clinic(Database& db, const Actor& clerk, const QList<Township>& townships,
              ClinicDemoCounts& counts)
{
    const QDate today = db.clock().today();
    // The township with most registry persons among the first few.
    Township where;
    QList<PersonRow> persons;
    for (int i = 0; i < townships.size() && i < 6; ++i) {
        auto rows = activeHolders(db, townships.at(i).code, 8);
        if (!rows)
            return rows.status();
        if (rows->size() > persons.size()) {
            persons = rows.value();
            where = townships.at(i);
        }
    }
    if (where.code.isEmpty())
        return Status::success();
    FreeClinic c;
    c.heldOn = pastDate(today, 10, 16);
    c.townshipCode = where.code;
    c.hospital = QStringLiteral("市人民医院");
    c.doctors = QStringLiteral("刘建华（内科）、陈秀英（眼科）、王志强（骨科）、周敏（护士）");
    c.place = QStringLiteral("%1卫生院门诊楼").arg(where.name);
    c.personsSeen = 42;
    c.followUp =
        QStringLiteral("血压偏高者由乡镇卫生院每月随访；需住院者由民政专干联系医疗一站式结算。");
    c.note = QStringLiteral("“送医送药进乡镇”优抚对象义诊活动");
    auto id = FreeClinicStore(db).save(clerk, c);
    if (!id)
        return id.status();
    ++counts.clinics;
    counts.seen += c.personsSeen;
    const QStringList findings{QStringLiteral("高血压二级，血压 168/96"),
                               QStringLiteral("双眼白内障，视物模糊"),
                               QStringLiteral("腰椎间盘突出，行走疼痛"),
                               QStringLiteral("2型糖尿病，空腹血糖 9.8"),
                               QStringLiteral("慢性支气管炎"),
                               QStringLiteral("旧伤处关节炎，阴雨天加重"),
                               QStringLiteral("冠心病，偶有胸闷"),
                               QStringLiteral("体检未见明显异常")};
    const QStringList followUps{QStringLiteral("每月测血压，调整用药"),
                                QStringLiteral("建议到市医院眼科手术，列入短期疗养"),
                                QStringLiteral("理疗，三个月后复查"),
                                QStringLiteral("控制饮食，乡镇卫生院随访"),
                                QStringLiteral("冬季前接种流感疫苗"),
                                QStringLiteral("送膏药，民政专干回访"),
                                QStringLiteral("建议住院检查，办理一站式结算"),
                                QString()};
    for (int i = 0; i < persons.size(); ++i) {
        FreeClinicPerson p;
        p.personId = persons.at(i).id;
        p.finding = findings.at(i % findings.size());
        p.followUp = followUps.at(i % followUps.size());
        if (Status s = FreeClinicStore(db).setPerson(clerk, id.value(), p); !s)
            return s;
        ++counts.registrySeen;
    }
    return Status::success();
}

Status assistance(Database& db, const Actor& clerk, const Actor& chief, const Actor& inspector,
                  const Actor& director, const QList<Township>& townships, ClinicDemoCounts& counts)
{
    struct Case
    {
        const char* reason;
        qint64 fen;
        const char* facts;
        int stop; // 0 approved, 1 waits for the section chief, 2 draft
    };
    const Case cases[] = {
        {"housing", 300000, "夏季暴雨致房屋后墙倒塌，现借住亲戚家，无力修缮。", 0},
        {"illness", 250000, "患肺癌住院化疗，医保报销后自付部分仍较大，家庭收入微薄。", 0},
        {"destitute", 150000, "年老体弱，无子女赡养，靠定期补助维持生活，冬季取暖困难。", 0},
        {"accident", 200000, "骑车摔伤致右腿骨折，住院期间无人照料，花费较大。", 0},
        {"housing", 280000, "土坯房年久失修，经乡镇鉴定为危房，需维修加固。", 1},
        {"other", 100000, "家中失火，衣物被褥烧毁，生活暂时困难。", 2},
    };
    int at = 0;
    for (const Case& c : cases) {
        const Township& t = townships.at((at * 3 + 1) % townships.size());
        auto holders = activeHolders(db, t.code, 3);
        if (!holders)
            return holders.status();
        if (holders->isEmpty())
            continue;
        ApplicationDraft d;
        d.type = ApplicationType::TemporaryAssistance;
        d.personId = holders->at(at % holders->size()).id;
        d.requestedAmountFen = c.fen;
        d.assistanceReason = QString::fromLatin1(c.reason);
        d.facts = QString::fromUtf8(c.facts);
        d.reason = QStringLiteral("申请临时救助，帮助渡过难关。");
        d.effectiveDate = db.clock().today();
        ++at;
        ApprovalStore store(db);
        auto id = store.create(clerk, d);
        if (!id)
            return id.status();
        ++counts.applications;
        if (c.stop == 2)
            continue;
        if (Status s = store.submit(clerk, id.value()); !s)
            return s;
        if (c.stop == 1)
            continue;
        const QString opinion = QStringLiteral("情况属实，同意救助。");
        for (const Actor* signer : {&chief, &inspector, &director})
            if (Status s = store.sign(*signer, id.value(), StepDecision::Approve, opinion); !s)
                return s;
        ++counts.granted;
    }
    return Status::success();
}

Status publicity(Database& db, const Actor& clerk, const QList<Township>& townships,
                 ClinicDemoCounts& counts)
{
    const QDate today = db.clock().today();
    PublicityStore store(db);
    int i = 0;
    for (const Township& t : townships) {
        PublicityRecord r;
        r.kind = PublicityKind::Materials;
        r.onDate = pastDate(today, 3, 5).addDays(i % 10);
        r.townshipCode = t.code;
        r.title = QStringLiteral("《优抚对象政策明白卡》《退役军人优待证使用须知》");
        r.copies = 150 + (i * 37) % 200;
        r.note = QStringLiteral("由乡镇民政专干签收，分发到村（社区）");
        if (auto id = store.save(clerk, r); !id)
            return id.status();
        ++counts.handouts;
        ++i;
    }
    PublicityRecord county;
    county.kind = PublicityKind::Materials;
    county.onDate = pastDate(today, 7, 28);
    county.title = QStringLiteral("“八一”慰问宣传折页");
    county.copies = 3000;
    county.note = QStringLiteral("随“八一”走访慰问发放");
    if (auto id = store.save(clerk, county); !id)
        return id.status();
    ++counts.handouts;
    struct Session
    {
        int month;
        int day;
        int township;
        const char* title;
        int audience;
        const char* place;
    };
    const Session sessions[] = {
        {4, 18, 0, "优抚政策宣讲会", 120, "镇政府三楼会议室"},
        {7, 30, 2, "“八一”优抚政策进村宣讲", 85, "村委会广场"},
        {11, 12, 4, "医疗一站式结算与临时救助政策解读", 64, "社区服务中心"},
    };
    for (const Session& s : sessions) {
        const Township& t = townships.at(s.township % townships.size());
        PublicityRecord r;
        r.kind = PublicityKind::Session;
        r.onDate = pastDate(today, s.month, s.day);
        r.townshipCode = t.code;
        r.title = QString::fromUtf8(s.title);
        r.audience = s.audience;
        r.place = t.name + QString::fromUtf8(s.place);
        r.note = QStringLiteral("县退役军人事务局优抚股主讲");
        if (auto id = store.save(clerk, r); !id)
            return id.status();
        ++counts.sessions;
    }
    return Status::success();
}
} // namespace

Result<ClinicDemoCounts> ClinicDemo::generate(Database& db, const Actor& clerk, const Actor& chief,
                                              const Actor& inspector, const Actor& director)
{
    ClinicDemoCounts counts;
    const QList<Township> townships = AreaStore(db).townships();
    if (townships.isEmpty())
        return counts;
    if (Status s = clinic(db, clerk, townships, counts); !s)
        return s;
    if (Status s = assistance(db, clerk, chief, inspector, director, townships, counts); !s)
        return s;
    if (Status s = publicity(db, clerk, townships, counts); !s)
        return s;
    return counts;
}

} // namespace youfu::core
