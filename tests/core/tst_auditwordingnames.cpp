// The audit log names categories by their names and says the counts of a demo run in words;
// a status reason the program wrote shows in words, not as its code.
#include "audit/auditquery.h"
#include "audit/auditwording.h"
#include "policy/policystore.h"
#include "testdb.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace youfu;
using core::AuditWording;
using core::Role;

class TestAuditWordingNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void changeLines_data();
    void changeLines();
    void exportNamesCategories();
};

void TestAuditWordingNames::changeLines_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("lines");
    const QString war = QString::fromUtf8("参战退役人员");
    QTest::newRow("standard's category by name")
        << "benefit_standard"
        << ""
        << R"({"category":"war_veteran"})" << QStringList{QStringLiteral("Category: ") + war};
    QTest::newRow("application's category changed")
        << "application"
        << R"({"category":"martyr_survivor"})"
        << R"({"category":"war_veteran"})"
        << QStringList{QString::fromUtf8("Category: 烈士遗属 → ") + war};
    QTest::newRow("unknown category stays a code")
        << "application"
        << ""
        << R"({"category":"no_such"})" << QStringList{QStringLiteral("Category: no_such")};
    QTest::newRow("demo run in words")
        << "registry"
        << ""
        << R"({"seed":"7","requested":10,"persons":10,"categories":12,"key_persons":3,)"
           R"("deceased":1,"moved_away":2,"suspended":1})"
        << QStringList{"Categories: 12", "Random seed: 7", "Persons asked for: 10", "Persons: 10",
                       "Key persons: 3", "Deceased: 1",    "Moved away: 2",         "Suspended: 1"};
    QTest::newRow("registration reason in words")
        << "person"
        << ""
        << R"({"status_reason":"registered"})"
        << QStringList{QStringLiteral("Reason for the status: registered")};
    QTest::newRow("old Chinese registration reason")
        << "person"
        << "" << QString::fromUtf8(R"({"status_reason":"新登记"})")
        << QStringList{QStringLiteral("Reason for the status: registered")};
}

void TestAuditWordingNames::changeLines()
{
    QFETCH(QString, entity);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QStringList, lines);
    const QHash<QString, QString> names = {
        {QStringLiteral("war_veteran"), QString::fromUtf8("参战退役人员")},
        {QStringLiteral("martyr_survivor"), QString::fromUtf8("烈士遗属")}};
    QCOMPARE(AuditWording::changeLines(entity, before, after, names), lines);
}

void TestAuditWordingNames::exportNamesCategories()
{
    test::TestDb t;
    const core::Actor chief = t.addUser("wangqiang", Role::SectionChief, QString::fromUtf8("王强"));
    const core::Actor auditor = t.addUser("shenji", Role::Auditor, QString::fromUtf8("审计员"));
    core::BenefitStandard s;
    s.item = core::StandardItem::Annual;
    s.categoryCode = QStringLiteral("war_veteran");
    s.residence = core::Residence::All;
    s.amountFen = 1000000;
    s.effectiveFrom = QDate(2025, 1, 1);
    s.basisNumber = QString::fromUtf8("湘民发〔2025〕1号");
    s.basisTitle = QString::fromUtf8("关于调整优抚对象抚恤补助标准的通知");
    auto id = core::PolicyStore(t.db()).add(chief, s);
    QVERIFY2(id, qPrintable(id.error()));
    auto people = core::AuditQuery(t.db()).people(auditor);
    QVERIFY2(people, qPrintable(people.error()));
    QCOMPARE(people->categoryNameByCode.value(QStringLiteral("war_veteran")),
             QString::fromUtf8("参战退役人员"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    auto rows = core::AuditQuery(t.db()).exportCsv(auditor, core::AuditFilter(), path);
    QVERIFY2(rows, qPrintable(rows.error()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    QVERIFY2(csv.contains(QString::fromUtf8("参战退役人员")), qPrintable(csv));
    QVERIFY2(!csv.contains(QStringLiteral("war_veteran")), qPrintable(csv));
}

QTEST_GUILESS_MAIN(TestAuditWordingNames)
#include "tst_auditwordingnames.moc"
