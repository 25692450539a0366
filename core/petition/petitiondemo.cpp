#include "petition/petitiondemo.h"

#include "db/database.h"
#include "petition/petitionrules.h"
#include "petition/petitionstore.h"
#include "petition/warningstore.h"
#include "registry/areastore.h"
#include "registry/registrysearchstore.h"

#include <QRandomGenerator>

namespace youfu::core {

namespace {

// Names of outsiders: petitioners who are not in the registry and the information staff.
const char* const kNames[] = {"刘德明", "周桂香", "谢春生", "邓建军", "曾国华", "唐秀英",
                              "石志强", "罗玉兰", "肖光明", "蒋红梅", "袁胜利", "龙海波",
                              "贺建平", "段小燕", "夏卫东", "雷凤英", "欧阳平", "戴金山",
                              "覃秋菊", "尹长青", "邹满仓", "彭月娥", "汤国庆", "胡细妹"};
const char* const kVillages[] = {"新华村", "团结村", "石门村",   "桃源村",
                                 "长塘村", "枫林村", "青山社区", "和平社区"};

struct Topic
{
    PetitionSubject subject;
    const char* summary;
    const char* demands;
};

const Topic kTopics[] = {
    {PetitionSubject::Benefit, "要求提高伤残抚恤金标准", "请求按新标准调整伤残抚恤金。"},
    {PetitionSubject::Benefit, "反映定期生活补助未按时发放", "请求查明原因并按时足额发放。"},
    {PetitionSubject::Benefit, "要求补发2019年以来的生活补助", "请求核实后补发。"},
    {PetitionSubject::Status, "反映参战身份认定未落实", "请求核查档案，认定参战身份。"},
    {PetitionSubject::Status, "要求认定参试退役军人身份", "请求协调档案查询，落实相关待遇。"},
    {PetitionSubject::Status, "要求重新评定残疾等级", "请求组织复评残疾等级。"},
    {PetitionSubject::Medical, "反映医疗费用报销比例偏低", "请求落实优抚对象医疗保障待遇。"},
    {PetitionSubject::Medical, "要求解决慢性病门诊报销问题", "请求协调医保部门办理。"},
    {PetitionSubject::Housing, "反映住房困难，要求纳入危房改造", "请求优先安排危房改造。"},
    {PetitionSubject::Employment, "要求协助解决子女就业", "请求按政策给予就业帮扶。"},
    {PetitionSubject::Employment, "反映退役后安置工作未落实", "请求落实安置政策。"},
    {PetitionSubject::Other, "反映村里慰问金发放不公", "请求公开发放名单，核查发放情况。"},
};

const char* const kAnswers[] = {
    "经核实，已按政策调整并补发相关待遇，款项已打入本人社保卡。",
    "经核实，部分诉求符合政策，已予落实；其余诉求已当面解释。",
    "已向信访人详细解释现行政策标准及依据，信访人表示理解。",
    "经调查核实，信访人诉求缺乏政策依据，不予支持，已书面告知。",
};

QString nameAt(int i)
{
    return QString::fromUtf8(kNames[i % int(std::size(kNames))]);
}

QString actorName(const Actor& a)
{
    return a.displayName.isEmpty() ? a.login : a.displayName;
}

struct Pool
{
    Township township;
    QList<PersonRow> persons; // a few active demo persons of the township
};

class Maker
{
public:
    Maker(Database& db, const Actor& clerk, const Actor& director, quint64 seed)
        : m_db(db), m_clerk(clerk), m_director(director), m_rng(quint32(seed * 2654435761u + 13)),
          m_store(db), m_today(db.clock().today())
    {}

    Status loadPools()
    {
        RegistrySearchStore search(m_db);
        for (const Township& t : AreaStore(m_db).townships()) {
            Pool p;
            p.township = t;
            RegistryQuery q;
            q.townshipCode = t.code;
            q.status = PersonStatus::Active;
            q.sort = RegistryQuery::Sort::Registered;
            QVariantList after;
            auto rows = search.pageAfter(q, &after, 10);
            if (!rows)
                return rows.status();
            p.persons = rows.value();
            m_pools << p;
        }
        return Status::success();
    }

    bool isEmpty() const { return m_pools.isEmpty(); }
    Status makeCases(int n, PetitionDemoCounts& counts);
    Status makeStaffAndWarnings(PetitionDemoCounts& counts);

private:
    int pick(int below) { return below <= 0 ? 0 : int(m_rng.bounded(quint32(below))); }

    Petitioner outsider(const Pool& p)
    {
        Petitioner x;
        x.name = nameAt(pick(int(std::size(kNames))));
        x.phone = QStringLiteral("1397301%1").arg(pick(10000), 4, 10, QLatin1Char('0'));
        x.address = p.township.name + QString::fromUtf8(kVillages[pick(int(std::size(kVillages)))]);
        return x;
    }

    Petitioner registered(const Pool& p, int at)
    {
        const PersonRow& r = p.persons.at(at % p.persons.size());
        Petitioner x;
        x.personId = r.id;
        x.name = r.name;
        return x;
    }

    QList<Petitioner> petitioners(const Pool& p, int count)
    {
        QList<Petitioner> out;
        QStringList names;
        const int first = pick(100);
        for (int k = 0; out.size() < count && k < count + 40; ++k) {
            Petitioner x = !p.persons.isEmpty() && (k < int(p.persons.size())) && pick(5) != 0
                               ? registered(p, first + k)
                               : outsider(p);
            if (names.contains(x.name))
                continue;
            names << x.name;
            out << x;
        }
        return out;
    }

    // One case from registration to as far as its dates reach today.
    Status makeCase(int i, int n, PetitionDemoCounts& counts);

    Database& m_db;
    const Actor& m_clerk;
    const Actor& m_director;
    QRandomGenerator m_rng;
    PetitionStore m_store;
    QDate m_today;
    QList<Pool> m_pools;
    qint64 m_groupCase = 0;
    QDate m_groupReceived;
};

Status Maker::makeCases(int n, PetitionDemoCounts& counts)
{
    for (int i = 0; i < n; ++i)
        if (Status s = makeCase(i, n, counts); !s)
            return s;
    return Status::success();
}

Status Maker::makeCase(int i, int n, PetitionDemoCounts& counts)
{
    const Pool& pool = m_pools.at(pick(int(m_pools.size())));
    const Topic& topic = kTopics[pick(int(std::size(kTopics)))];
    const QDate received = m_today.addDays(-729 + qint64(i) * 729 / qMax(1, n - 1));
    const bool group = i % 29 == 7;
    BeyondLevel beyond = BeyondLevel::None;
    if (i % 41 == 11)
        beyond = BeyondLevel::Province;
    else if (i % 41 == 30)
        beyond = BeyondLevel::City;
    else if (i % 97 == 50)
        beyond = BeyondLevel::Beijing;

    PetitionCase c;
    c.receivedAt = QDateTime(received, QTime(8, 30).addSecs(60 * pick(8 * 60)));
    const int channel = pick(100);
    c.channel = channel < 30   ? PetitionChannel::Letter
                : channel < 65 ? PetitionChannel::Visit
                : channel < 75 ? PetitionChannel::Phone
                : channel < 90 ? PetitionChannel::Online
                : channel < 97 ? PetitionChannel::Forwarded
                               : PetitionChannel::Leader;
    if (beyond != BeyondLevel::None)
        c.channel = PetitionChannel::Forwarded;
    if (c.channel == PetitionChannel::Forwarded) {
        const bool province = beyond == BeyondLevel::Province || beyond == BeyondLevel::Beijing;
        c.forwardedBy = province ? QString::fromUtf8("湖南省退役军人事务厅")
                                 : QString::fromUtf8("邵阳市退役军人事务局");
        c.forwardedNumber =
            QString::fromUtf8(province ? "湘退役信转〔%1〕%2号" : "邵退役信转〔%1〕%2号")
                .arg(received.year())
                .arg(10 + i);
    }
    c.subject = topic.subject;
    c.townshipCode = pool.township.code;
    c.beyond = beyond;
    if (group) {
        c.subject = PetitionSubject::Status;
        c.summary = QString::fromUtf8("部分参战退役人员集体反映参战身份认定未落实");
        c.demands = QString::fromUtf8("请求核查参战档案，落实参战退役人员生活补助。");
        c.petitioners = petitioners(pool, 5 + pick(4));
        c.groupByHand = c.petitioners.size() < 5; // a township with few demo persons
        if (c.channel == PetitionChannel::Letter || c.channel == PetitionChannel::Phone)
            c.channel = PetitionChannel::Visit;
    } else {
        c.summary = QString::fromUtf8(topic.summary);
        c.demands = QString::fromUtf8(topic.demands);
        c.petitioners = petitioners(pool, 1);
    }
    auto id = m_store.registerCase(m_clerk, c);
    if (!id)
        return id.status();
    ++counts.cases;
    if (group) {
        ++counts.group;
        m_groupCase = id.value();
        m_groupReceived = received;
    }
    if (beyond != BeyondLevel::None)
        ++counts.beyond;

    // Acceptance, within the 15 days (a few left undecided on purpose).
    if (i % 53 == 13 && received.daysTo(m_today) > PetitionRules::kAcceptDays) {
        ++counts.overdue;
        return Status::success();
    }
    const QDate decided = received.addDays(1 + pick(9));
    if (decided > m_today)
        return Status::success();
    const QString clerkName = actorName(m_clerk);
    if (i % 19 == 3 && !group && beyond == BeyondLevel::None) {
        return m_store.decide(m_clerk, id.value(), AcceptDecision::NotAccept,
                              QString::fromUtf8("所反映事项已依法处理终结，且无新的事实和理由，"
                                                "不再重复受理。"),
                              decided, 0, QString(), QString(), QString());
    }
    if (i % 19 == 12 && !group && beyond == BeyondLevel::None) {
        return m_store.decide(m_clerk, id.value(), AcceptDecision::Forward,
                              QString::fromUtf8("武冈市医疗保障局"), decided, 0, QString(),
                              QString(), QString::fromUtf8("属医保部门职权范围，转送办理。"));
    }
    if (Status s = m_store.decide(m_clerk, id.value(), AcceptDecision::Accept, QString(), decided,
                                  m_clerk.userId, clerkName, pool.township.code,
                                  QString::fromUtf8("属本机关职权范围，予以受理。"));
        !s)
        return s;
    if (decided.addDays(1) <= m_today)
        if (Status s = m_store.notify(m_clerk, id.value(), decided.addDays(1)); !s)
            return s;

    // A few extended by the director, a few left past the 60 days on purpose.
    int extension = 0;
    if (i % 23 == 4 && decided.addDays(50) <= m_today) {
        extension = 30;
        if (Status s = m_store.extend(m_director, id.value(), extension,
                                      QString::fromUtf8("涉及多部门联合核查，需延期办理。"),
                                      decided.addDays(50));
            !s)
            return s;
        ++counts.extended;
    }
    if (i % 37 == 6 && decided.addDays(PetitionRules::kAnswerDays + extension) < m_today) {
        ++counts.overdue;
        return Status::success();
    }
    const QDate answered = decided.addDays(15 + pick(40) + (extension ? 30 : 0));
    if (answered > m_today)
        return Status::success();
    const int r = group || beyond != BeyondLevel::None ? 1 : pick(100);
    const AnswerResult result = r < 40   ? AnswerResult::Solved
                                : r < 60 ? AnswerResult::Partly
                                : r < 90 ? AnswerResult::Explained
                                         : AnswerResult::Unsupported;
    const QString text = QString::fromUtf8(kAnswers[result == AnswerResult::Solved      ? 0
                                                    : result == AnswerResult::Partly    ? 1
                                                    : result == AnswerResult::Explained ? 2
                                                                                        : 3]);
    if (Status s = m_store.answer(m_clerk, id.value(), result,
                                  c.channel == PetitionChannel::Visit ? AnswerWay::InPerson
                                                                      : AnswerWay::Written,
                                  text, answered);
        !s)
        return s;

    // The return visit and its satisfaction; a few ask for a review.
    const QDate visited = answered.addDays(3 + pick(10));
    if (visited > m_today)
        return Status::success();
    const bool review = i % 31 == 9;
    const int sat = pick(100);
    const Satisfaction satisfaction = review     ? Satisfaction::Dissatisfied
                                      : sat < 70 ? Satisfaction::Satisfied
                                      : sat < 90 ? Satisfaction::Basically
                                      : sat < 96 ? Satisfaction::Dissatisfied
                                                 : Satisfaction::NoView;
    if (Status s = m_store.returnVisit(m_clerk, id.value(), satisfaction,
                                       satisfaction == Satisfaction::Dissatisfied
                                           ? QString::fromUtf8("信访人对答复意见仍有异议。")
                                           : QString::fromUtf8("信访人对处理结果表示认可。"),
                                       visited);
        !s)
        return s;
    QDate closeOn = visited;
    if (review) {
        const QDate asked = visited.addDays(3);
        const QDate decidedReview = asked.addDays(20);
        if (decidedReview > m_today)
            return Status::success();
        if (Status s = m_store.requestReview(
                m_clerk, id.value(), QString::fromUtf8("对答复意见不服，申请复查。"), asked);
            !s)
            return s;
        if (Status s =
                m_store.answer(m_clerk, id.value(), AnswerResult::Explained, AnswerWay::Written,
                               QString::fromUtf8("经复查，原答复意见认定事实清楚、适用政策"
                                                 "正确，予以维持。"),
                               decidedReview);
            !s)
            return s;
        ++counts.reviewed;
        closeOn = decidedReview;
    }
    if (Status s = m_store.close(m_clerk, id.value(), QString::fromUtf8("件件有回音，办结归档。"),
                                 closeOn);
        !s)
        return s;
    ++counts.closed;
    return Status::success();
}

Status Maker::makeStaffAndWarnings(PetitionDemoCounts& counts)
{
    WarningStore store(m_db);
    QList<qint64> groupStaff; // by pool, 0 where none
    for (int k = 0; k < m_pools.size(); ++k) {
        const Pool& p = m_pools.at(k);
        InfoStaff own;
        own.townshipCode = p.township.code;
        own.name = nameAt(k * 5 + 1);
        own.phone = QStringLiteral("1387302%1").arg(1000 + k * 37, 4, 10, QLatin1Char('0'));
        own.since = m_today.addDays(-400 - k);
        own.note = QString::fromUtf8("%1综治专干兼任").arg(p.township.name);
        if (auto r = store.saveStaff(m_clerk, own); !r)
            return r.status();
        ++counts.staff;
        qint64 inside = 0;
        if (k % 3 == 0 && !p.persons.isEmpty()) {
            InfoStaff s;
            s.townshipCode = p.township.code;
            s.name = p.persons.first().name;
            s.personId = p.persons.first().id;
            s.group =
                k % 2 == 0 ? QString::fromUtf8("参战退役人员") : QString::fromUtf8("涉核退役人员");
            s.phone = QStringLiteral("1517302%1").arg(2000 + k * 41, 4, 10, QLatin1Char('0'));
            s.since = m_today.addDays(-300);
            auto r = store.saveStaff(m_clerk, s);
            if (!r)
                return r.status();
            inside = r.value();
            ++counts.staff;
        }
        groupStaff << inside;
    }
    // One who has left.
    {
        InfoStaff former;
        former.townshipCode = m_pools.first().township.code;
        former.name = nameAt(7);
        former.since = m_today.addDays(-700);
        auto r = store.saveStaff(m_clerk, former);
        if (!r)
            return r.status();
        if (Status s = store.endStaff(m_clerk, r.value(), m_today.addDays(-120)); !s)
            return s;
        ++counts.staff;
    }

    auto report = [&](int poolAt, int daysAgo, RiskLevel risk, const char* group,
                      const char* expected, int expectedIn, int persons) -> Result<qint64> {
        const Pool& p = m_pools.at(poolAt % m_pools.size());
        WarningReport w;
        w.reportedOn = m_today.addDays(-daysAgo);
        w.reporterId = groupStaff.at(poolAt % groupStaff.size());
        if (w.reporterId == 0)
            w.reporterName = QString::fromUtf8("%1民政专干").arg(p.township.name);
        w.townshipCode = p.township.code;
        w.group = QString::fromUtf8(group);
        for (int k = 0; k < persons && k < p.persons.size(); ++k)
            w.personIds << p.persons.at(k).id;
        w.expected = QString::fromUtf8(expected);
        if (expectedIn >= -daysAgo && expectedIn != 0)
            w.expectedOn = m_today.addDays(expectedIn);
        w.risk = risk;
        auto id = store.report(m_clerk, w);
        if (id)
            ++counts.warnings;
        return id;
    };
    // Open: one high-risk, one elevated, one ordinary.
    auto high = report(0, 3, RiskLevel::High, "部分参战退役人员", "计划集体赴省上访", 8, 3);
    if (!high)
        return high.status();
    if (Status s = store.followUp(m_clerk, high.value(), m_today.addDays(-2),
                                  QString::fromUtf8("街道党工委书记带队上门谈心，了解诉求，"
                                                    "做好稳控。"));
        !s)
        return s;
    auto elevated = report(1, 10, RiskLevel::Elevated, "部分伤残军人",
                           "酝酿联名到市里反映伤残抚恤金标准问题", 0, 2);
    if (!elevated)
        return elevated.status();
    auto normal = report(2, 5, RiskLevel::Normal, "",
                         "个别优抚对象对残疾等级评定有意见，扬言到局里上访", 0, 1);
    if (!normal)
        return normal.status();
    // Followed to resolution.
    struct Past
    {
        int pool, daysAgo, resolvedAfter;
        const char* expected;
        const char* resolution;
    };
    const Past past[] = {
        {3, 200, 10, "计划八一前后到市政府门前聚集", "已落实困难补助，当事人表示理解，不再聚集。"},
        {4, 320, 20, "反映慰问金发放不公，可能赴市上访", "已公开发放名单并当面解释，矛盾化解。"},
    };
    for (const Past& x : past) {
        auto id =
            report(x.pool, x.daysAgo, RiskLevel::Elevated, "部分参战退役人员", x.expected, 0, 2);
        if (!id)
            return id.status();
        if (Status s = store.followUp(m_clerk, id.value(), m_today.addDays(-x.daysAgo + 2),
                                      QString::fromUtf8("乡镇包保干部上门走访，宣讲政策。"));
            !s)
            return s;
        if (Status s =
                store.resolve(m_clerk, id.value(), m_today.addDays(-x.daysAgo + x.resolvedAfter),
                              QString::fromUtf8(x.resolution), 0);
            !s)
            return s;
    }
    // One that became the group case.
    if (m_groupCase > 0 && m_groupReceived.addDays(-4) >= m_today.addDays(-729)) {
        const int daysAgo = int(m_groupReceived.addDays(-4).daysTo(m_today));
        auto id = report(0, daysAgo, RiskLevel::High, "部分参战退役人员",
                         "拟集体到局反映参战身份认定问题", 0, 2);
        if (!id)
            return id.status();
        if (Status s = store.resolve(m_clerk, id.value(), m_groupReceived,
                                     QString::fromUtf8("已到局集体反映，登记为集体访依程序办理。"),
                                     m_groupCase);
            !s)
            return s;
    }
    return Status::success();
}

} // namespace

Result<PetitionDemoCounts> PetitionDemo::generate(Database& db, const Actor& clerk,
                                                  const Actor& director, quint64 seed, int cases)
{
    PetitionDemoCounts counts;
    Maker maker(db, clerk, director, seed);
    if (Status s = maker.loadPools(); !s)
        return s;
    if (maker.isEmpty()) // no townships: nothing to petition from
        return counts;
    if (Status s = maker.makeCases(cases, counts); !s)
        return s;
    if (Status s = maker.makeStaffAndWarnings(counts); !s)
        return s;
    return counts;
}

} // namespace youfu::core
