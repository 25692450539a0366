#include "registry/demogenerator.h"
#include "registry/personstore.h"
#include "registry/pinyin.h"
#include "registry/registrysearchstore.h"
#include "testdb.h"

#include <QTest>

using namespace youfu;
using core::Role;

// Hand-made persons among generated ones: the search must find exactly the hand-made matches.
class TestRegistrySearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void text_data();
    void text();
    void phoneFindsOwner();
    void filters_data();
    void filters();
    void pagesAreOrderedAndComplete();
    void rowsAreMaskedAndFilled();

private:
    qint64 add(const char* name, const QString& id, const char* village, const QString& phone = {});
    QSet<qint64> found(const core::RegistryQuery& q);

    std::unique_ptr<test::TestDb> m_t;
    core::Actor m_clerk;
    QHash<QString, qint64> m_ids;
};

qint64 TestRegistrySearch::add(const char* name, const QString& id, const char* village,
                               const QString& phone)
{
    core::PersonDraft d;
    d.name = QString::fromUtf8(name);
    d.citizenId = id;
    d.villageCode = QString::fromLatin1(village);
    d.townshipCode = d.villageCode.left(9);
    d.phone = phone;
    auto r = core::PersonStore(m_t->db()).add(m_clerk, d);
    if (!r)
        qWarning("%s", qPrintable(r.error()));
    m_ids.insert(d.name, r.id);
    return r.id;
}

QSet<qint64> TestRegistrySearch::found(const core::RegistryQuery& q)
{
    core::RegistrySearchStore s(m_t->db());
    QSet<qint64> ids;
    for (const core::PersonRow& r : s.page(q, 0, 100000))
        ids.insert(r.id);
    return ids;
}

void TestRegistrySearch::initTestCase()
{
    m_t = std::make_unique<test::TestDb>();
    m_clerk = m_t->addUser("zhangli", Role::Clerk);
    // Generated persons first, so the hand-made ones are found among many.
    auto gen = core::DemoGenerator::generate(m_t->db(), m_clerk, 3000, 42);
    QVERIFY2(gen, qPrintable(gen.error()));
    add("李建国", "430581195203140010", "430581100201", "13807391234");  // 邓元泰镇高桥村
    add("欧阳建国", "430581196001010036", "430581001001");               // 东塔社区
    add("王秀英", "430581195203140029", "430581109202", "0739-4221234"); // 洞口村
    add("张国华", "11010519491231002X", "430581204201");                 // 马坪村
    m_ids.insert("generated", 0);
}

void TestRegistrySearch::cleanupTestCase()
{
    m_t.reset();
}

void TestRegistrySearch::text_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mustFind"); // hand-made persons
    QTest::addColumn<QStringList>("mustMiss");
    QTest::addColumn<QString>("everyNameContains"); // "" = no check
    QTest::newRow("1 char surname")
        << "李" << QStringList{"李建国"} << QStringList{"王秀英", "欧阳建国"} << "";
    QTest::newRow("1 char given") << "秀" << QStringList{"王秀英"} << QStringList{"李建国"} << "秀";
    QTest::newRow("2 char given") << "建国" << QStringList{"李建国", "欧阳建国"}
                                  << QStringList{"王秀英"} << "建国";
    QTest::newRow("2 char surname")
        << "欧阳" << QStringList{"欧阳建国"} << QStringList{"李建国"} << "欧阳";
    QTest::newRow("3 char name") << "李建国" << QStringList{"李建国"} << QStringList{"欧阳建国"}
                                 << "李建国";
    QTest::newRow("4 char name") << "欧阳建国" << QStringList{"欧阳建国"} << QStringList{"李建国"}
                                 << "欧阳建国";
    QTest::newRow("2 words") << "李 建国" << QStringList{"李建国"} << QStringList{"欧阳建国"} << "";
    QTest::newRow("ID fragment 0581")
        << "0581" << QStringList{"李建国", "王秀英", "欧阳建国"} << QStringList{"张国华"} << "";
    QTest::newRow("ID birth date")
        << "19491231" << QStringList{"张国华"} << QStringList{"李建国"} << "";
    QTest::newRow("ID end lower x")
        << "1231002x" << QStringList{"张国华"} << QStringList{"李建国"} << "";
    QTest::newRow("ID full-width") << QString::fromUtf8("１２３１００２") << QStringList{"张国华"}
                                   << QStringList{"李建国"} << "";
    QTest::newRow("village 3 chars")
        << "高桥村" << QStringList{"李建国"} << QStringList{"王秀英"} << "";
    QTest::newRow("village 2 chars")
        << "洞口" << QStringList{"王秀英"} << QStringList{"李建国"} << "";
    QTest::newRow("community 4 chars")
        << "东塔社区" << QStringList{"欧阳建国"} << QStringList{"李建国"} << "";
    QTest::newRow("village and name")
        << "高桥 李" << QStringList{"李建国"} << QStringList{"王秀英", "欧阳建国"} << "";
    QTest::newRow("nobody") << "乾隆" << QStringList{} << QStringList{"李建国"} << "";
    QTest::newRow("quote sign") << "\"李" << QStringList{} << QStringList{"李建国"} << "";
}

void TestRegistrySearch::text()
{
    QFETCH(QString, text);
    QFETCH(QStringList, mustFind);
    QFETCH(QStringList, mustMiss);
    QFETCH(QString, everyNameContains);
    core::RegistryQuery q;
    q.text = text;
    const QSet<qint64> ids = found(q);
    for (const QString& n : mustFind)
        QVERIFY2(ids.contains(m_ids.value(n)), qPrintable(n));
    for (const QString& n : mustMiss)
        QVERIFY2(!ids.contains(m_ids.value(n)), qPrintable(n));
    core::RegistrySearchStore s(m_t->db());
    QCOMPARE(s.count(q), qint64(ids.size()));
    if (!everyNameContains.isEmpty())
        for (const core::PersonRow& r : s.page(q, 0, 100000))
            QVERIFY2(r.name.contains(everyNameContains), qPrintable(r.name));
}

void TestRegistrySearch::phoneFindsOwner()
{
    core::RegistryQuery q;
    for (const QString& phone :
         {QString("13807391234"), QString("138 0739 1234"), QString("+8613807391234")}) {
        q.text = phone;
        QCOMPARE(found(q), QSet<qint64>{m_ids.value(QString::fromUtf8("李建国"))});
    }
    q.text = "0739-4221234";
    QCOMPARE(found(q), QSet<qint64>{m_ids.value(QString::fromUtf8("王秀英"))});
    q.text = "07394221234";
    QCOMPARE(found(q), QSet<qint64>{m_ids.value(QString::fromUtf8("王秀英"))});
    q.text = "13807391299";
    QVERIFY(found(q).isEmpty());
}

void TestRegistrySearch::filters_data()
{
    QTest::addColumn<QString>("township");
    QTest::addColumn<QString>("category");
    QTest::addColumn<int>("status"); // -1 any
    QTest::addColumn<bool>("keyOnly");
    QTest::newRow("township") << "430581100"
                              << "" << -1 << false;
    QTest::newRow("category") << ""
                              << "disabled_serviceman" << -1 << false;
    QTest::newRow("deceased") << ""
                              << "" << int(core::PersonStatus::Deceased) << false;
    QTest::newRow("moved") << ""
                           << "" << int(core::PersonStatus::MovedAway) << false;
    QTest::newRow("key persons") << ""
                                 << "" << -1 << true;
    QTest::newRow("all together") << "430581105"
                                  << "rural_veteran_60" << int(core::PersonStatus::Active) << false;
}

void TestRegistrySearch::filters()
{
    QFETCH(QString, township);
    QFETCH(QString, category);
    QFETCH(int, status);
    QFETCH(bool, keyOnly);
    core::RegistryQuery q;
    q.townshipCode = township;
    q.categoryCode = category;
    if (status >= 0)
        q.status = core::PersonStatus(status);
    q.keyPersonsOnly = keyOnly;
    core::RegistrySearchStore s(m_t->db());
    const qint64 n = s.count(q);
    QVERIFY(n > 0);
    QVERIFY(n < s.count(core::RegistryQuery()));
    const auto rows = s.page(q, 0, 100000);
    QCOMPARE(qint64(rows.size()), n);
    core::PersonStore persons(m_t->db());
    // Check every row against the person itself (at most 200 to stay quick).
    for (int i = 0; i < rows.size() && i < 200; ++i) {
        auto p = persons.byId(rows[i].id);
        QVERIFY(p);
        if (!township.isEmpty())
            QCOMPARE(p->townshipCode, township);
        if (status >= 0)
            QCOMPARE(int(p->status), status);
        if (keyOnly)
            QVERIFY(p->keyPerson);
        if (!category.isEmpty()) {
            bool holds = false;
            for (const auto& c : p->categories)
                holds = holds || (c.categoryCode == category && c.isCurrent(m_t->clock().today()));
            QVERIFY(holds);
        }
    }
}

void TestRegistrySearch::pagesAreOrderedAndComplete()
{
    core::RegistrySearchStore s(m_t->db());
    for (auto sort : {core::RegistryQuery::Sort::Name, core::RegistryQuery::Sort::BirthDate,
                      core::RegistryQuery::Sort::Township}) {
        for (auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            core::RegistryQuery q;
            q.sort = sort;
            q.order = order;
            const qint64 total = s.count(q);
            QList<core::PersonRow> all;
            for (int offset = 0; offset < total; offset += 700)
                all += s.page(q, offset, 700);
            QCOMPARE(qint64(all.size()), total);
            QSet<qint64> unique;
            for (int i = 0; i < all.size(); ++i) {
                unique.insert(all[i].id);
                if (i == 0)
                    continue;
                const auto& a = all[i - 1];
                const auto& b = all[i];
                const bool asc = order == Qt::AscendingOrder;
                if (sort == core::RegistryQuery::Sort::Name) {
                    // Names sort by pinyin (tst_pinyin), as Excel and WPS sort them.
                    const QString ka = core::Pinyin::ofName(a.name).sortKey;
                    const QString kb = core::Pinyin::ofName(b.name).sortKey;
                    QVERIFY(asc ? ka <= kb : ka >= kb);
                } else if (sort == core::RegistryQuery::Sort::BirthDate)
                    QVERIFY(asc ? a.birthDate <= b.birthDate : a.birthDate >= b.birthDate);
            }
            QCOMPARE(qint64(unique.size()), total);
            QCOMPARE(s.pageIds(q, 0, 50).size(), 50);
            QCOMPARE(s.pageIds(q, 0, 50).first(), all.first().id);
        }
    }
}

void TestRegistrySearch::rowsAreMaskedAndFilled()
{
    core::RegistryQuery q;
    q.text = QString::fromUtf8("李建国");
    const auto rows = core::RegistrySearchStore(m_t->db()).page(q, 0, 10);
    QVERIFY(!rows.isEmpty());
    const core::PersonRow* r = nullptr;
    for (const auto& row : rows)
        if (row.id == m_ids.value(QString::fromUtf8("李建国")))
            r = &row;
    QVERIFY(r);
    QCOMPARE(r->maskedCitizenId, QString("430581********0010"));
    QCOMPARE(r->sex, QString::fromUtf8("男"));
    QCOMPARE(r->birthDate, QDate(1952, 3, 14));
    QCOMPARE(r->townshipName, QString::fromUtf8("邓元泰镇"));
    QCOMPARE(r->villageName, QString::fromUtf8("高桥村"));
    QCOMPARE(r->status, core::PersonStatus::Active);
}

QTEST_GUILESS_MAIN(TestRegistrySearch)
#include "tst_registrysearch.moc"
