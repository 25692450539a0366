// The bulk import's fast path: for a large import the secondary indexes are dropped and built
// again at the end, and the search table is filled in one statement. It must leave exactly the
// database the row-by-row path leaves, and a cancelled import must leave the schema untouched.
#include "testdb.h"

#include "db/deferredindexes.h"
#include "registry/areastore.h"
#include "registry/demogenerator.h"
#include "registry/personimportstore.h"
#include "security/role.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace youfu;
using namespace youfu::core;

namespace {

QStringList rows(test::TestDb& t, const QString& sql)
{
    QStringList out;
    QSqlQuery q(t->connection());
    if (!q.exec(sql))
        return {QStringLiteral("error: ") + sql};
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

QStringList schema(test::TestDb& t)
{
    return rows(t, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema "
                                  "WHERE type IN ('index', 'trigger') ORDER BY type, name"));
}

// Imports `persons` demo persons through PersonImportStore with the given size hint; a
// checkpoint that fails after `failAfter` persons (when >= 0) stands for the clerk's cancel;
// `alter` (when given) changes the n-th person (from 1) before it is handed over.
Result<ImportCounts> importDemo(test::TestDb& t, const Actor& actor, int persons,
                                qint64 expectedRows, int failAfter = -1,
                                const std::function<void(int, ImportedPerson&)>& alter = {})
{
    AreaStore areas(t.db());
    const QList<Township> townships = areas.townships();
    QHash<QString, QList<Village>> villages;
    for (const Township& tw : townships)
        villages.insert(tw.code, areas.villages(tw.code));
    DemoGenerator gen(7, t.db().clock().today(), areas.countyCode(), townships, villages);
    int made = 0;
    ImportHooks hooks;
    hooks.expectedRows = expectedRows;
    hooks.checkpoint = [&]() {
        return failAfter >= 0 && made > failAfter ? Status::failure(QStringLiteral("已取消"))
                                                  : Status::success();
    };
    return PersonImportStore(t.db()).importAll(
        actor,
        [&](ImportedPerson& item) {
            if (made >= persons)
                return false;
            item = gen.next();
            ++made;
            if (alter)
                alter(made, item);
            return true;
        },
        QStringLiteral("demo.generate"), QJsonObject(), hooks);
}

} // namespace

class TestBulkImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pays_data();
    void pays();
    void fastPathLeavesTheSameDatabase();
    void cancelledFastPathKeepsTheSchema();
    void smallImportKeepsIndexesInPlace();
    void registeredIdStopsTheFastPathAtThatPerson();
};

void TestBulkImport::pays_data()
{
    QTest::addColumn<qint64>("toAdd");
    QTest::addColumn<qint64>("present");
    QTest::addColumn<bool>("pays");
    QTest::newRow("unknown size") << qint64(-1) << qint64(0) << false;
    QTest::newRow("a township's sheet") << qint64(300) << qint64(0) << false;
    QTest::newRow("just below the minimum") << qint64(4999) << qint64(0) << false;
    QTest::newRow("the minimum, empty registry") << qint64(5000) << qint64(0) << true;
    QTest::newRow("half of what is there") << qint64(5000) << qint64(10000) << true;
    QTest::newRow("less than half") << qint64(5000) << qint64(10001) << false;
    QTest::newRow("a county's roster") << qint64(200000) << qint64(0) << true;
    QTest::newRow("a big file into a big registry") << qint64(60000) << qint64(200000) << false;
}

void TestBulkImport::pays()
{
    QFETCH(qint64, toAdd);
    QFETCH(qint64, present);
    QFETCH(bool, pays);
    QCOMPARE(DeferredIndexes::pays(toAdd, present), pays);
}

void TestBulkImport::fastPathLeavesTheSameDatabase()
{
    constexpr int kPersons = 6000;
    test::TestDb fast, slow;
    const Actor a = fast.addUser(QStringLiteral("clerk"), Roles(Role::Clerk));
    const Actor b = slow.addUser(QStringLiteral("clerk"), Roles(Role::Clerk));
    const QStringList schemaBefore = schema(fast);
    QVERIFY(schemaBefore.filter(QStringLiteral("persons_pinyin")).size() == 1);

    auto f = importDemo(fast, a, kPersons, kPersons);
    QVERIFY2(f.isOk(), qPrintable(f.error()));
    auto s = importDemo(slow, b, kPersons, -1);
    QVERIFY2(s.isOk(), qPrintable(s.error()));
    QCOMPARE(f->persons, qint64(kPersons));
    QCOMPARE(f->categories, s->categories);

    QCOMPARE(schema(fast), schemaBefore);
    QCOMPARE(schema(fast), schema(slow));
    QCOMPARE(rows(fast, QStringLiteral("PRAGMA integrity_check")), QStringList{"ok"});
    // The search table and the archive-completeness table the triggers keep, row for row.
    const QString fts =
        QStringLiteral("SELECT rowid, name, citizen_id, village FROM person_fts ORDER BY rowid");
    QCOMPARE(rows(fast, fts).size(), kPersons);
    QCOMPARE(rows(fast, fts), rows(slow, fts));
    const QString completeness = QStringLiteral("SELECT * FROM archive_completeness ORDER BY 1");
    QVERIFY(!rows(fast, completeness).isEmpty());
    QCOMPARE(rows(fast, completeness), rows(slow, completeness));
    const QString persons = QStringLiteral(
        "SELECT id, name, citizen_id, township_code, village_code, status, name_pinyin, "
        "name_initials, categories_summary FROM persons ORDER BY id");
    QCOMPARE(rows(fast, persons), rows(slow, persons));
    // The trigram table answers a three-character search over the new rows.
    const QString someName = rows(fast, QStringLiteral("SELECT name FROM persons "
                                                       "WHERE length(name) = 3 LIMIT 1"))
                                 .value(0);
    QVERIFY(!someName.isEmpty());
    const QString match = QStringLiteral("SELECT count(*) FROM person_fts WHERE person_fts "
                                         "MATCH '\"%1\"'")
                              .arg(someName);
    QVERIFY(rows(fast, match).value(0).toInt() >= 1);
    QCOMPARE(rows(fast, match), rows(slow, match));
}

void TestBulkImport::cancelledFastPathKeepsTheSchema()
{
    test::TestDb t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), Roles(Role::Clerk));
    const QStringList schemaBefore = schema(t);
    const QStringList auditBefore = rows(t, QStringLiteral("SELECT count(*) FROM audit_log"));
    auto r = importDemo(t, clerk, 6000, 6000, 5500);
    QVERIFY(!r.isOk());
    QCOMPARE(r.error(), QStringLiteral("已取消"));
    QCOMPARE(schema(t), schemaBefore);
    QCOMPARE(rows(t, QStringLiteral("SELECT count(*) FROM persons")), QStringList{"0"});
    QCOMPARE(rows(t, QStringLiteral("SELECT count(*) FROM person_fts")), QStringList{"0"});
    QCOMPARE(rows(t, QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
    // And the registry still imports afterwards, through the fast path again.
    auto again = importDemo(t, clerk, 6000, 6000);
    QVERIFY2(again.isOk(), qPrintable(again.error()));
    QCOMPARE(schema(t), schemaBefore);
}

void TestBulkImport::smallImportKeepsIndexesInPlace()
{
    // 80 persons on top of 6,000: the indexes are not rebuilt (the hint says it does not pay),
    // and the result is the same. (Seed 7's 94th person has seed 3's ID: 80 stay clear of it.)
    test::TestDb t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), Roles(Role::Clerk));
    QVERIFY(DemoGenerator::generate(t.db(), clerk, 6000, 3).isOk());
    const QStringList schemaBefore = schema(t);
    auto more = importDemo(t, clerk, 80, 80);
    QVERIFY2(more.isOk(), qPrintable(more.error()));
    QCOMPARE(schema(t), schemaBefore);
    QCOMPARE(rows(t, QStringLiteral("SELECT count(*) FROM persons")), QStringList{"6080"});
    QCOMPARE(rows(t, QStringLiteral("SELECT count(*) FROM person_fts")), QStringList{"6080"});
    QCOMPARE(rows(t, QStringLiteral("PRAGMA integrity_check")), QStringList{"ok"});
}

void TestBulkImport::registeredIdStopsTheFastPathAtThatPerson()
{
    // Person 3,000 of 6,000 has the citizen ID of someone registered meanwhile: the import
    // (64 persons per statement) stops, names that person, and leaves the registry and its
    // schema as they were.
    test::TestDb t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), Roles(Role::Clerk));
    QVERIFY(DemoGenerator::generate(t.db(), clerk, 10, 3).isOk());
    const QStringList takenRow =
        rows(t, QStringLiteral("SELECT citizen_id, sex, birth_date FROM persons LIMIT 1"))
            .value(0)
            .split(QLatin1Char('|'));
    QCOMPARE(takenRow.size(), 3);
    const QString taken = takenRow.at(0);
    const QStringList schemaBefore = schema(t);
    const QStringList auditBefore = rows(t, QStringLiteral("SELECT count(*) FROM audit_log"));
    QString name;
    auto r = importDemo(t, clerk, 6000, 6000, -1, [&](int n, ImportedPerson& item) {
        if (n != 3000)
            return;
        item.person.citizenId = taken;
        item.person.sex = takenRow.at(1) == QLatin1String("M") ? Sex::Male : Sex::Female;
        item.person.birthDate = QDate::fromString(takenRow.at(2), Qt::ISODate);
        name = item.person.name;
    });
    QVERIFY(!r.isOk());
    QVERIFY2(r.error().startsWith(QStringLiteral("Person 3000 (%1)").arg(name)),
             qPrintable(r.error()));
    QVERIFY2(r.error().contains(QStringLiteral("already registered")), qPrintable(r.error()));
    QCOMPARE(rows(t, QStringLiteral("SELECT count(*) FROM persons")), QStringList{"10"});
    QCOMPARE(schema(t), schemaBefore);
    QCOMPARE(rows(t, QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
}

QTEST_GUILESS_MAIN(TestBulkImport)
#include "tst_bulkimport.moc"
