#include "registry/categoryrules.h"

#include <QTest>

using namespace youfu::core;

class TestCategoryRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void details_data();
    void details();
    void overlap_data();
    void overlap();
    void grades();
    void summary();
};

namespace {
const QDate kToday(2026, 11, 29);
const QDate kBirth(1952, 3, 14);

Category disabled()
{
    Category c;
    c.code = "disabled_serviceman";
    c.name = QString::fromUtf8("残疾军人");
    c.needsDisability = true;
    return c;
}
Category survivor()
{
    Category c;
    c.code = "martyr_survivor";
    c.name = QString::fromUtf8("烈士遗属");
    c.needsSurvivor = true;
    return c;
}
Category veteran60()
{
    Category c;
    c.code = "rural_veteran_60";
    c.name = QString::fromUtf8("农村籍退役士兵（60周岁以上）");
    c.needsService = true;
    c.minAge = 60;
    return c;
}
PersonCategory held(int grade, const char* nature)
{
    PersonCategory p;
    p.startDate = QDate(2000, 1, 1);
    p.grade = grade;
    p.nature = QString::fromUtf8(nature);
    return p;
}
} // namespace

void TestCategoryRules::details_data()
{
    QTest::addColumn<int>("kind"); // 0 disabled, 1 survivor, 2 veteran 60+
    QTest::addColumn<int>("grade");
    QTest::addColumn<QString>("nature");
    QTest::addColumn<QString>("relation");
    QTest::addColumn<QString>("serviceman");
    QTest::addColumn<QDate>("enlisted");
    QTest::addColumn<QDate>("discharged");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QString>("error"); // "" = accepted; else a part of the reason
    const QDate s(2015, 1, 1);
    QTest::newRow("因病 grade 6 ok") << 0 << 6 << "因病"
                                     << ""
                                     << "" << QDate() << QDate() << s << "";
    QTest::newRow("因病 grade 7 refused") << 0 << 7 << "因病"
                                          << ""
                                          << "" << QDate() << QDate() << s << "七级";
    QTest::newRow("因公 grade 10 ok") << 0 << 10 << "因公"
                                      << ""
                                      << "" << QDate() << QDate() << s << "";
    QTest::newRow("因战 grade 1 ok") << 0 << 1 << "因战"
                                     << ""
                                     << "" << QDate() << QDate() << s << "";
    QTest::newRow("grade 0") << 0 << 0 << "因公"
                             << ""
                             << "" << QDate() << QDate() << s << "grade";
    QTest::newRow("grade 11") << 0 << 11 << "因公"
                              << ""
                              << "" << QDate() << QDate() << s << "grade";
    QTest::newRow("no nature") << 0 << 3 << ""
                               << ""
                               << "" << QDate() << QDate() << s << "nature";
    QTest::newRow("survivor ok") << 1 << 0 << ""
                                 << "母亲"
                                 << "李国强" << QDate() << QDate() << s << "";
    QTest::newRow("survivor no relation") << 1 << 0 << ""
                                          << ""
                                          << "李国强" << QDate() << QDate() << s << "relation";
    QTest::newRow("survivor odd relation") << 1 << 0 << ""
                                           << "邻居"
                                           << "李国强" << QDate() << QDate() << s << "relation";
    QTest::newRow("survivor no name") << 1 << 0 << ""
                                      << "配偶"
                                      << " " << QDate() << QDate() << s << "name";
    QTest::newRow("veteran ok") << 2 << 0 << ""
                                << ""
                                << "" << QDate(1970, 12, 1) << QDate(1975, 3, 1)
                                << QDate(2013, 1, 1) << "";
    QTest::newRow("veteran under 60 at start")
        << 2 << 0 << ""
        << ""
        << "" << QDate(1970, 12, 1) << QDate(1975, 3, 1) << QDate(2011, 1, 1) << "60";
    QTest::newRow("enlisted at 15")
        << 2 << 0 << ""
        << ""
        << "" << QDate(1967, 6, 1) << QDate(1975, 3, 1) << QDate(2013, 1, 1) << "minimum age";
    QTest::newRow("enlisted exactly 16")
        << 2 << 0 << ""
        << ""
        << "" << QDate(1968, 3, 14) << QDate(1975, 3, 1) << QDate(2013, 1, 1) << "";
    QTest::newRow("discharge before enlistment")
        << 2 << 0 << ""
        << ""
        << "" << QDate(1972, 1, 1) << QDate(1971, 1, 1) << QDate(2013, 1, 1) << "after";
    QTest::newRow("discharge same day")
        << 2 << 0 << ""
        << ""
        << "" << QDate(1972, 1, 1) << QDate(1972, 1, 1) << QDate(2013, 1, 1) << "after";
    QTest::newRow("discharge in future")
        << 2 << 0 << ""
        << ""
        << "" << QDate(1972, 1, 1) << QDate(2027, 1, 1) << QDate(2013, 1, 1) << "future";
    QTest::newRow("no enlistment")
        << 2 << 0 << ""
        << ""
        << "" << QDate() << QDate(1975, 1, 1) << QDate(2013, 1, 1) << "enlistment";
    QTest::newRow("no discharge") << 2 << 0 << ""
                                  << ""
                                  << "" << QDate(1970, 12, 1) << QDate() << QDate(2013, 1, 1)
                                  << "discharge";
    QTest::newRow("no start") << 1 << 0 << ""
                              << "母亲"
                              << "李国强" << QDate() << QDate() << QDate() << "Enter the date";
    QTest::newRow("start before birth")
        << 1 << 0 << ""
        << "母亲"
        << "李国强" << QDate() << QDate() << QDate(1950, 1, 1) << "birth";
}

void TestCategoryRules::details()
{
    QFETCH(int, kind);
    QFETCH(int, grade);
    QFETCH(QString, nature);
    QFETCH(QString, relation);
    QFETCH(QString, serviceman);
    QFETCH(QDate, enlisted);
    QFETCH(QDate, discharged);
    QFETCH(QDate, start);
    QFETCH(QString, error);
    const Category c = kind == 0 ? disabled() : kind == 1 ? survivor() : veteran60();
    PersonCategory p;
    p.categoryCode = c.code;
    p.startDate = start;
    p.grade = grade;
    p.nature = nature;
    p.relation = relation;
    p.servicemanName = serviceman;
    p.enlistedOn = enlisted;
    p.dischargedOn = discharged;
    const Status s = CategoryRules::checkDetails(c, p, kBirth, kToday);
    if (error.isEmpty()) {
        QVERIFY2(s.isOk(), qPrintable(s.error()));
    } else {
        QVERIFY(!s.isOk());
        QVERIFY2(s.error().contains(error), qPrintable(s.error()));
    }
}

void TestCategoryRules::overlap_data()
{
    QTest::addColumn<QDate>("existingStart");
    QTest::addColumn<QDate>("existingEnd");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<bool>("allowed");
    const QString same = "rural_veteran_60";
    QTest::newRow("open and open")
        << QDate(2010, 1, 1) << QDate() << same << QDate(2020, 1, 1) << QDate() << false;
    QTest::newRow("after end") << QDate(2010, 1, 1) << QDate(2015, 1, 1) << same
                               << QDate(2015, 1, 1) << QDate() << true;
    QTest::newRow("inside") << QDate(2010, 1, 1) << QDate(2015, 1, 1) << same << QDate(2012, 1, 1)
                            << QDate(2013, 1, 1) << false;
    QTest::newRow("ends before") << QDate(2010, 1, 1) << QDate(2015, 1, 1) << same
                                 << QDate(2005, 1, 1) << QDate(2010, 1, 1) << true;
    QTest::newRow("other category")
        << QDate(2010, 1, 1) << QDate() << "war_veteran" << QDate(2012, 1, 1) << QDate() << true;
}

void TestCategoryRules::overlap()
{
    QFETCH(QDate, existingStart);
    QFETCH(QDate, existingEnd);
    QFETCH(QString, code);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(bool, allowed);
    PersonCategory e;
    e.id = 1;
    e.categoryCode = "rural_veteran_60";
    e.startDate = existingStart;
    e.endDate = existingEnd;
    PersonCategory c;
    c.categoryCode = code;
    c.startDate = start;
    c.endDate = end;
    QCOMPARE(CategoryRules::checkNoOverlap({e}, c).isOk(), allowed);
}

void TestCategoryRules::grades()
{
    QCOMPARE(CategoryRules::gradeTitle(1), QString::fromUtf8("一级"));
    QCOMPARE(CategoryRules::gradeTitle(10), QString::fromUtf8("十级"));
    QVERIFY(CategoryRules::gradeTitle(11).isEmpty());
    for (int g = 1; g <= 10; ++g)
        QCOMPARE(CategoryRules::gradeFromTitle(CategoryRules::gradeTitle(g)), g);
    QCOMPARE(CategoryRules::ageOn(QDate(1952, 3, 14), QDate(2012, 3, 13)), 59);
    QCOMPARE(CategoryRules::ageOn(QDate(1952, 3, 14), QDate(2012, 3, 14)), 60);
}

void TestCategoryRules::summary()
{
    PersonCategory a = held(3, "因公");
    a.categoryName = QString::fromUtf8("残疾军人");
    PersonCategory b;
    b.categoryName = QString::fromUtf8("带病回乡退伍军人");
    b.startDate = QDate(2001, 1, 1);
    PersonCategory ended;
    ended.categoryName = QString::fromUtf8("现役军人家属");
    ended.startDate = QDate(2001, 1, 1);
    ended.endDate = QDate(2005, 1, 1);
    QCOMPARE(CategoryRules::summary({a, b, ended}, kToday),
             QString::fromUtf8("残疾军人（三级）、带病回乡退伍军人"));
}

QTEST_GUILESS_MAIN(TestCategoryRules)
#include "tst_categoryrules.moc"
