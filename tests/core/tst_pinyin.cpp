#include "registry/personstore.h"
#include "registry/pinyin.h"
#include "registry/registrysearchstore.h"
#include "testdb.h"

#include <QSqlQuery>
#include <QTest>

using namespace youfu;
using core::Role;

// Names in pinyin: the rules, the search by initials and full pinyin, the sort, the back-fill.
class TestPinyin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data();
    void rules();
    void searchTerm_data();
    void searchTerm();
    void searchFindsByPinyin_data();
    void searchFindsByPinyin();
    void sortsByPinyin();
    void pagesInPinyinOrder();
    void backfillsOldRows();

private:
    test::TestDb& registry(); // the small registry of kRegistry, made once

    std::unique_ptr<test::TestDb> m_registry;
};

namespace {
// A valid 18-digit citizen ID: 430581, the birth date, a sequence, the MOD 11-2 check.
QString citizenId(int sequence)
{
    const QString body = QStringLiteral("43058119600101%1").arg(sequence, 3, 10, QLatin1Char('0'));
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += body.at(i).digitValue() * weights[i];
    return body + QString::fromLatin1("10X98765432").at(sum % 11);
}

qint64 addPerson(test::TestDb& t, const core::Actor& clerk, const QString& name, int sequence)
{
    core::PersonDraft d;
    d.name = name;
    d.citizenId = citizenId(sequence);
    d.villageCode = QStringLiteral("430581100201");
    d.townshipCode = d.villageCode.left(9);
    auto r = core::PersonStore(t.db()).add(clerk, d);
    if (!r)
        qWarning("%s", qPrintable(r.error()));
    return r.id;
}

QStringList namesInOrder(test::TestDb& t, const core::RegistryQuery& q)
{
    QStringList names;
    for (const core::PersonRow& r : core::RegistrySearchStore(t.db()).page(q, 0, 1000))
        names << r.name;
    return names;
}

const char* const kRegistry[] = {"张建国", "曾国藩", "安娜",   "李四",   "吕布",
                                 "陆游",   "张三",   "单雄信", "欧阳修", "尉迟恭"};
} // namespace

test::TestDb& TestPinyin::registry()
{
    if (!m_registry) {
        m_registry = std::make_unique<test::TestDb>();
        const core::Actor clerk = m_registry->addUser("zhangli", Role::Clerk);
        int sequence = 1;
        for (const char* name : kRegistry)
            addPerson(*m_registry, clerk, QString::fromUtf8(name), sequence++);
    }
    return *m_registry;
}

void TestPinyin::rules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("sortKey");
    QTest::addColumn<QString>("initials");
    const auto row = [](const char* name, const char* key, const char* initials) {
        QTest::newRow(name) << QString::fromUtf8(name) << QString::fromLatin1(key)
                            << QString::fromLatin1(initials);
    };
    row("张建国", "zhang jian guo", "zjg");
    row("王芳", "wang fang", "wf");
    row("欧阳建国", "ou yang jian guo", "oyjg");
    // Surnames read as surnames, not by the character's common reading.
    row("曾国藩", "zeng guo fan", "zgf");
    row("单雄信", "shan xiong xin", "sxx");
    row("解缙", "xie jin", "xj");
    row("仇英", "qiu ying", "qy");
    row("区汉", "ou han", "oh");
    row("朴正", "piao zheng", "pz");
    row("查良镛", "zha liang yong", "zly");
    row("盖聂", "ge nie", "gn");
    row("尉迟恭", "yu chi gong", "ycg");
    row("万俟卨", "mo qi xie", "mqx");
    row("长孙无忌", "zhang sun wu ji", "zswj");
    row("乐毅", "yue yi", "yy");
    row("覃军", "qin jun", "qj");
    row("翟雨", "zhai yu", "zy");
    row("缪斌", "miao bin", "mb");
    row("秘书华", "bi shu hua", "bsh");
    row("宁静", "ning jing", "nj");
    row("黑明", "he ming", "hm");
    row("召平", "shao ping", "sp");
    row("种师道", "chong shi dao", "csd");
    row("折克行", "she ke xing", "skx");
    row("員半千", "yun ban qian", "ybq");
    row("繁钦", "po qin", "pq");
    row("隗嚣", "wei xiao", "wx");
    // Only the first character is a surname: 曾 in a given name reads as usual.
    row("李曾", "li ceng", "lc");
    // ü as pinyin keyboards type it.
    row("吕绿", "lv lv", "ll");
    row("女略", "nv lve", "nl");
    // Polyphonic characters in given names read as ICU gives them, one character at a time.
    row("李行", "li xing", "lx");
    row("王重阳", "wang zhong yang", "wzy");
    // Minority names: the middle dot separates; letters and digits stay.
    row("阿依古丽·买买提", "a yi gu li mai mai ti",
        "aygl"
        "mmt");
    row("张A", "zhang a", "za");
    row("", "", "");
}

void TestPinyin::rules()
{
    QFETCH(QString, name);
    QFETCH(QString, sortKey);
    QFETCH(QString, initials);
    const core::PinyinName p = core::Pinyin::ofName(name);
    QCOMPARE(p.sortKey, sortKey);
    QCOMPARE(p.initials, initials);
    QCOMPARE(p.spelling, QString(sortKey).remove(QLatin1Char(' ')));
}

void TestPinyin::searchTerm_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("term");
    QTest::newRow("initials") << "zjg"
                              << "zjg";
    QTest::newRow("upper case") << "ZhangJG"
                                << "zhangjg";
    QTest::newRow("one letter") << "z"
                                << "";
    QTest::newRow("digits") << "zjg1"
                            << "";
    QTest::newRow("ID end") << "1231002x"
                            << "";
    QTest::newRow("Han") << QString::fromUtf8("张") << "";
    QTest::newRow("full-width") << QString::fromUtf8("ｚｊｇ") << "";
}

void TestPinyin::searchTerm()
{
    QFETCH(QString, word);
    QFETCH(QString, term);
    QCOMPARE(core::Pinyin::searchTerm(word), term);
}

void TestPinyin::searchFindsByPinyin_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("found");
    const auto row = [](const char* text, QStringList names) {
        QTest::newRow(text) << QString::fromUtf8(text) << names;
    };
    row("zjg", {"张建国"});
    row("ZJG", {"张建国"});
    row("zhangjianguo", {"张建国"});
    row("zhang jianguo", {"张建国"});
    row("zhang jian", {"张建国"});
    row("zhangj", {"张建国"});
    row("zj", {"张建国"});
    row("zs", {"张三"});
    row("zhang", {"张三", "张建国"});
    row("zgf", {"曾国藩"});
    row("zeng", {"曾国藩"});
    row("shanxiongxin", {"单雄信"});
    row("ycg", {"尉迟恭"});
    row("lvbu", {"吕布"});
    row("ouyang", {"欧阳修"});
    row("oyx", {"欧阳修"});
    row("qx", {});
    row("zhangjianguox", {});
}

void TestPinyin::searchFindsByPinyin()
{
    QFETCH(QString, text);
    QFETCH(QStringList, found);
    test::TestDb& t = registry();
    core::RegistryQuery q;
    q.text = text;
    QStringList names = namesInOrder(t, q);
    names.sort();
    found.sort();
    QCOMPARE(names, found);
    QCOMPARE(core::RegistrySearchStore(t.db()).count(q), qint64(found.size()));
}

void TestPinyin::sortsByPinyin()
{
    test::TestDb& t = registry();
    QCOMPARE(core::RegistrySearchStore(t.db()).count(core::RegistryQuery()), qint64(10));
    const QStringList expected{"安娜",   "李四",   "陆游",   "吕布",   "欧阳修",
                               "单雄信", "尉迟恭", "曾国藩", "张建国", "张三"};
    core::RegistryQuery q;
    QCOMPARE(namesInOrder(t, q), expected);
    q.order = Qt::DescendingOrder;
    QStringList reversed = expected;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(namesInOrder(t, q), reversed);
    // Within a township the names are in pinyin order too.
    q.order = Qt::AscendingOrder;
    q.sort = core::RegistryQuery::Sort::Township;
    QCOMPARE(namesInOrder(t, q), expected);
}

void TestPinyin::pagesInPinyinOrder()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    for (int i = 0; i < 60; ++i) {
        const QString name = QString::fromUtf8(kRegistry[i % 10]) + QChar(0x4E00 + i * 37);
        QVERIFY(addPerson(t, clerk, name, i + 1) > 0);
    }
    core::RegistrySearchStore s(t.db());
    core::RegistryQuery q;
    QList<core::PersonRow> all;
    for (int offset = 0; offset < 60; offset += 7)
        all += s.page(q, offset, 7);
    QCOMPARE(all.size(), 60);
    QSet<qint64> ids;
    for (int i = 0; i < all.size(); ++i) {
        ids.insert(all[i].id);
        if (i > 0)
            QVERIFY2(core::Pinyin::ofName(all[i - 1].name).sortKey <=
                         core::Pinyin::ofName(all[i].name).sortKey,
                     qPrintable(all[i - 1].name + QLatin1Char(' ') + all[i].name));
    }
    QCOMPARE(ids.size(), 60);
    QCOMPARE(s.pageIds(q, 14, 7).first(), all[14].id);
}

void TestPinyin::backfillsOldRows()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    int sequence = 1;
    for (const char* name : kRegistry)
        QVERIFY(addPerson(t, clerk, QString::fromUtf8(name), sequence++) > 0);
    // As migration 0007 leaves the persons that were already there.
    QSqlQuery q(t->connection());
    QVERIFY(q.exec("UPDATE persons SET name_pinyin = NULL, name_spell = NULL, "
                   "name_initials = NULL"));
    const auto backfills = [&] {
        QSqlQuery c(t->connection());
        c.exec("SELECT count(*), min(actor_login) FROM audit_log "
               "WHERE action = 'registry.pinyin_backfill'");
        c.next();
        return std::make_pair(c.value(0).toInt(), c.value(1).toString());
    };
    QCOMPARE(backfills().first, 0);
    core::RegistryQuery query;
    query.text = QStringLiteral("zjg");
    QCOMPARE(namesInOrder(t, query), QStringList{"张建国"});
    QCOMPARE(backfills(), std::make_pair(1, QStringLiteral("system")));
    QVERIFY(q.exec("SELECT count(*) FROM persons WHERE name_pinyin IS NULL"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // Once only: nothing left to spell, no further entry.
    QCOMPARE(core::RegistrySearchStore(t.db()).count(core::RegistryQuery()), qint64(10));
    QCOMPARE(backfills().first, 1);
}

QTEST_GUILESS_MAIN(TestPinyin)
#include "tst_pinyin.moc"
