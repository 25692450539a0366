#include "registry/demogenerator.h"

#include "db/database.h"
#include "registry/areastore.h"
#include "registry/categoryrules.h"
#include "registry/citizenid.h"
#include "registry/registrysearchstore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::DemoGenerator)
};

QStringList chars(const char* utf8)
{
    return QString::fromUtf8(utf8).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// The most common surnames, the first ones repeated so they come up as often as in life.
const QStringList& surnames()
{
    static const QStringList list = chars(
        "李 李 李 王 王 王 张 张 张 刘 刘 陈 陈 杨 杨 赵 黄 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗 "
        "梁 宋 郑 谢 韩 唐 冯 于 董 萧 程 曹 袁 邓 邓 许 傅 沈 曾 彭 吕 苏 卢 蒋 蔡 贾 丁 魏 薛 叶 "
        "阎 余 潘 杜 戴 夏 钟 汪 田 任 姜 范 方 石 姚 谭 廖 邹 熊 金 陆 郝 孔 白 崔 康 毛 邱 秦 "
        "江 史 顾 侯 邵 孟 龙 万 段 雷 钱 汤 尹 黎 易 常 武 乔 贺 赖 龚 文 欧阳 司马");
    return list;
}

const QStringList& maleChars()
{
    static const QStringList list =
        chars("建 国 华 军 明 伟 强 平 志 文 德 海 东 林 勇 春 生 福 成 荣 振 兵 峰 光 宏 庆 富 贵 "
              "长 松 金 发 新 和 友 杰 红 卫 忠 斌 云 中 学 武 胜 安 民 全 永 清 涛 山");
    return list;
}

const QStringList& femaleChars()
{
    static const QStringList list = chars(
        "秀 英 兰 芳 珍 凤 玉 梅 桂 丽 娟 敏 霞 燕 琴 云 莲 翠 华 红 萍 香 春 菊 淑 美 芬 艳");
    return list;
}

const QStringList& riskNotes()
{
    static const QStringList list = chars(
        "多次到市信访，对待遇标准有异议 独居高龄，行动不便，需定期探望 重病在身，家庭经济困难 "
        "曾参与集体访，情绪不稳定 子女在外务工，无人照料 住房危旧，需关注安全");
    return list;
}

struct Weighted
{
    const char* code;
    int weight;
};

// A county's registry is mostly rural veterans over 60 and veterans who came home sick.
const Weighted kCategoryMix[] = {
    {"rural_veteran_60", 46}, {"sick_returned_veteran", 19}, {"disabled_serviceman", 10},
    {"war_veteran", 7},       {"martyr_survivor", 4},        {"illness_death_survivor", 4},
    {"serving_family", 5},    {"duty_death_survivor", 3},    {"nuclear_test_veteran", 2},
};
} // namespace

DemoGenerator::DemoGenerator(quint64 seed, const QDate& today, const QString& countyCode,
                             const QList<Township>& townships,
                             const QHash<QString, QList<Village>>& villages)
    : m_state(seed * 0x9E3779B97F4A7C15ULL + 0x1234567ULL), m_today(today),
      m_countyCode(countyCode), m_townships(townships), m_villages(villages)
{}

// splitmix64: small, fast and the same on every platform (std distributions are not).
quint64 DemoGenerator::nextRandom()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int DemoGenerator::below(int n)
{
    return n <= 1 ? 0 : int(nextRandom() % quint64(n));
}

bool DemoGenerator::chance(int percent)
{
    return below(1000) < percent * 10;
}

QDate DemoGenerator::dateBetween(const QDate& from, const QDate& to)
{
    const qint64 span = from.daysTo(to);
    return span <= 0 ? from : from.addDays(below(int(span) + 1));
}

QString DemoGenerator::personName(Sex sex, QString* surname)
{
    const QString family = surname && !surname->isEmpty() ? *surname : pick(surnames());
    if (surname)
        *surname = family;
    const QStringList& given = sex == Sex::Female ? femaleChars() : maleChars();
    QString name = family + pick(given);
    if (family.size() == 1 ? !chance(18) : chance(50)) // most names have three characters
        name += pick(given);
    return name;
}

QString DemoGenerator::citizenId(const QDate& birth, Sex sex)
{
    for (int attempt = 0;; ++attempt) {
        int seq = below(500) * 2 + (sex == Sex::Male ? 1 : 0);
        if (seq == 0)
            seq = 2;
        const QString first17 = m_countyCode + birth.toString(QStringLiteral("yyyyMMdd")) +
                                QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
        const QString id = first17 + CitizenId::checkCharacter(first17);
        if (!m_usedIds.contains(id) || attempt > 2000) {
            m_usedIds.insert(id);
            return id;
        }
    }
}

void DemoGenerator::addVeteranService(PersonCategory& pc, const QDate& birth, int minStartAge)
{
    pc.enlistedOn = dateBetween(birth.addYears(17), birth.addYears(22));
    pc.dischargedOn = dateBetween(pc.enlistedOn.addYears(2), pc.enlistedOn.addYears(6));
    if (pc.dischargedOn > m_today)
        pc.dischargedOn = m_today.addDays(-1);
    QDate earliest = qMax(pc.dischargedOn.addDays(30), birth.addYears(minStartAge));
    earliest = qMax(earliest, QDate(1990, 1, 1));
    pc.startDate = dateBetween(qMin(earliest, m_today), m_today);
}

ImportedPerson DemoGenerator::next()
{
    ImportedPerson item;
    int roll = below(100);
    QString code;
    for (const Weighted& w : kCategoryMix) {
        if (roll < w.weight) {
            code = QString::fromLatin1(w.code);
            break;
        }
        roll -= w.weight;
    }
    if (code.isEmpty())
        code = QStringLiteral("rural_veteran_60");
    const int year = m_today.year();
    PersonCategory pc;
    pc.categoryCode = code;
    Sex sex = Sex::Male;
    QDate birth;
    QString surname;
    const bool survivorKind =
        code.endsWith(QLatin1String("survivor")) || code == QLatin1String("serving_family");
    if (survivorKind) {
        const QStringList relations = code == QLatin1String("serving_family")
                                          ? chars("父亲 母亲 配偶 配偶")
                                          : chars("父亲 母亲 配偶 子女 子女 兄弟姐妹");
        pc.relation = pick(relations);
        if (pc.relation == QStringLiteral("父亲"))
            sex = Sex::Male;
        else if (pc.relation == QStringLiteral("母亲") || pc.relation == QStringLiteral("配偶"))
            sex = Sex::Female;
        else
            sex = chance(50) ? Sex::Male : Sex::Female;
        const int from = pc.relation == QStringLiteral("子女") ? 1960 : 1932;
        const int to = code == QLatin1String("serving_family") ? year - 20 : year - 35;
        birth = dateBetween(QDate(from, 1, 1), QDate(qMax(from, to), 12, 31));
        QString servicemanSurname;
        item.person.name = personName(sex, &surname);
        if (pc.relation != QStringLiteral("配偶"))
            servicemanSurname = surname;
        pc.servicemanName = personName(Sex::Male, &servicemanSurname);
        pc.startDate = dateBetween(qMax(birth.addYears(18), QDate(1990, 1, 1)), m_today);
    } else {
        sex = chance(97) ? Sex::Male : Sex::Female;
        int from = 1935, to = year - 25;
        if (code == QLatin1String("rural_veteran_60"))
            to = year - 61;
        else if (code == QLatin1String("war_veteran"))
            from = 1940, to = 1966;
        else if (code == QLatin1String("nuclear_test_veteran"))
            from = 1938, to = 1975;
        birth = dateBetween(QDate(from, 1, 1), QDate(to, 12, 31));
        item.person.name = personName(sex, &surname);
        addVeteranService(pc, birth, code == QLatin1String("rural_veteran_60") ? 60 : 0);
        if (code == QLatin1String("disabled_serviceman")) {
            pc.grade = 1 + qMin(below(10), below(10) + 3); // more light grades than heavy ones
            const int n = below(100);
            pc.nature = n < 15   ? QStringLiteral("因战")
                        : n < 70 ? QStringLiteral("因公")
                                 : QStringLiteral("因病");
            if (pc.nature == QStringLiteral("因病") && pc.grade > CategoryRules::kMaxIllnessGrade)
                pc.nature = QStringLiteral("因公");
            pc.enlistedOn = QDate();
            pc.dischargedOn = QDate();
        }
    }
    item.categories << pc;
    // Some war veterans are also disabled servicemen.
    if (code == QLatin1String("war_veteran") && chance(20)) {
        PersonCategory d;
        d.categoryCode = QStringLiteral("disabled_serviceman");
        d.grade = 5 + below(6);
        d.nature = QStringLiteral("因战");
        d.startDate = pc.startDate;
        item.categories << d;
    }

    item.person.sex = sex;
    item.person.birthDate = birth;
    item.person.citizenId = citizenId(birth, sex);
    const int e = below(100);
    item.person.ethnicity = e < 92   ? QStringLiteral("汉族")
                            : e < 96 ? QStringLiteral("苗族")
                            : e < 98 ? QStringLiteral("瑶族")
                            : e < 99 ? QStringLiteral("侗族")
                                     : QStringLiteral("回族");
    const Township& t = pick(m_townships);
    item.person.townshipCode = t.code;
    const QList<Village> vs = m_villages.value(t.code);
    QString villageName;
    if (!vs.isEmpty()) {
        const Village& v = pick(vs);
        item.person.villageCode = v.code;
        villageName = v.name;
    }
    item.person.address =
        t.name + villageName +
        (villageName.endsWith(QStringLiteral("社区"))
             ? QStringLiteral("%1栋%2号").arg(1 + below(30)).arg(101 + below(6) * 100 + below(4))
             : QStringLiteral("%1组%2号").arg(1 + below(12)).arg(1 + below(60)));
    if (chance(92)) {
        static const char* const prefixes[] = {"139", "138", "137", "135", "136", "150", "151",
                                               "152", "158", "159", "182", "183", "187", "188",
                                               "173", "177", "180", "189", "133", "153", "199",
                                               "131", "132", "155", "156", "185", "186", "166"};
        item.person.phone =
            chance(90) ? QString::fromLatin1(prefixes[below(28)]) +
                             QStringLiteral("%1").arg(below(100000000), 8, 10, QLatin1Char('0'))
                       : QStringLiteral("0739-4%1").arg(below(1000000), 6, 10, QLatin1Char('0'));
    } else {
        item.person.phone = QString();
    }
    static const QStringList banks =
        chars("湖南武冈农村商业银行 湖南武冈农村商业银行 武冈市农村信用合作联社 "
              "中国邮政储蓄银行武冈市支行 中国农业银行武冈市支行");
    item.person.bankName = pick(banks);
    QString account = item.person.bankName.contains(QStringLiteral("邮政")) ? QStringLiteral("6221")
                      : item.person.bankName.contains(QStringLiteral("农业"))
                          ? QStringLiteral("6228")
                          : QStringLiteral("6230");
    while (account.size() < 19)
        account += QChar('0' + below(10));
    item.person.bankAccount = account;

    QDate registered = pc.startDate;
    for (const PersonCategory& c : item.categories)
        registered = qMin(registered, c.startDate);
    item.registeredOn = registered;
    if (chance(3)) {
        item.person.keyPerson = true;
        item.person.riskNote = pick(riskNotes());
    }
    const int s = below(1000);
    if (s < 40) {
        item.status = PersonStatus::Deceased;
        item.statusSince = dateBetween(registered, m_today);
        item.statusReason = pick(chars("病故 病故 病故 意外身故"));
        for (PersonCategory& c : item.categories) {
            c.endDate = qMax(item.statusSince, c.startDate);
            c.endReason = QStringLiteral("死亡");
        }
    } else if (s < 55) {
        item.status = PersonStatus::MovedAway;
        item.statusSince = dateBetween(registered, m_today);
        item.statusReason =
            pick(chars("户籍迁往邵阳市 户籍迁往长沙市 随子女迁往广东省 户籍迁往洞口县"));
        for (PersonCategory& c : item.categories) {
            c.endDate = qMax(item.statusSince, c.startDate);
            c.endReason = QStringLiteral("迁出");
        }
    } else if (s < 60) {
        item.status = PersonStatus::Suspended;
        item.statusSince = dateBetween(registered, m_today);
        item.statusReason = QStringLiteral("待核实生存状况，暂停发放");
    }
    return item;
}

Result<ImportCounts> DemoGenerator::generate(Database& db, const Actor& actor, int persons,
                                             quint64 seed)
{
    if (persons < 0)
        return Status::failure(Tr::tr("The number of persons cannot be negative."));
    if (RegistrySearchStore(db).count(RegistryQuery()) > 0)
        return Status::failure(
            Tr::tr("The registry already holds persons; demo data goes only into an "
                   "empty database."));
    AreaStore areas(db);
    const QList<Township> townships = areas.townships();
    if (townships.isEmpty())
        return Status::failure(Tr::tr("There are no townships to put demo persons in."));
    QHash<QString, QList<Village>> villages;
    for (const Township& t : townships)
        villages.insert(t.code, areas.villages(t.code));
    DemoGenerator gen(seed, db.clock().today(), areas.countyCode(), townships, villages);
    int made = 0;
    ImportHooks hooks;
    hooks.expectedRows = persons;
    return PersonImportStore(db).importAll(
        actor,
        [&](ImportedPerson& item) {
            if (made >= persons)
                return false;
            item = gen.next();
            ++made;
            return true;
        },
        QStringLiteral("demo.generate"),
        QJsonObject{{QStringLiteral("seed"), QString::number(seed)},
                    {QStringLiteral("requested"), persons}},
        hooks);
}

} // namespace youfu::core
