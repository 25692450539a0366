// The policy book: one answer for "the standard for this person on this date", lines never
// changed, editing for the section chief only and audited.
#include "audit/auditlog.h"
#include "db/database.h"
#include "policy/policyrules.h"
#include "policy/policystore.h"
#include "testdb.h"

#include <QSqlQuery>
#include <QTest>

using namespace youfu::core;
using youfu::test::TestDb;

Q_DECLARE_METATYPE(Residence)

namespace {
BenefitStandard line(qint64 id, const QString& cat, int grade, const QString& nature, Residence r, qint64 yuan,
                     const QDate& from, StandardItem item = StandardItem::Annual)
{
    BenefitStandard s;
    s.id = id;
    s.item = item;
    s.categoryCode = cat;
    s.grade = grade;
    s.nature = nature;
    s.residence = r;
    s.amountFen = yuan * 100;
    s.effectiveFrom = from;
    s.basisNumber = QStringLiteral("文%1").arg(id);
    s.basisTitle = QStringLiteral("通知%1").arg(id);
    return s;
}

// A small book: disability 三级因战 with three editions, martyrs' survivors split by residence
// from 2025 (for all before), and a temporary-assistance ceiling for every category.
QList<BenefitStandard> book()
{
    const QString ds = QStringLiteral("disabled_serviceman"), ms = QStringLiteral("martyr_survivor");
    const QString war = QStringLiteral("因战");
    return {line(1, ds, 3, war, Residence::All, 80000, QDate(2023, 10, 1)),
            line(2, ds, 3, war, Residence::All, 84000, QDate(2024, 10, 1)),
            line(3, ds, 3, war, Residence::All, 88000, QDate(2025, 8, 1)),
            line(4, ds, 3, QStringLiteral("因公"), Residence::All, 81000, QDate(2025, 8, 1)),
            line(5, ms, 0, QString(), Residence::All, 30000, QDate(2023, 1, 1)),
            line(6, ms, 0, QString(), Residence::Urban, 37000, QDate(2025, 1, 1)),
            line(7, ms, 0, QString(), Residence::Rural, 33000, QDate(2025, 1, 1)),
            line(8, QString(), 0, QString(), Residence::All, 5000, QDate(2024, 1, 1), StandardItem::TemporaryAssistance),
            line(9, ms, 0, QString(), Residence::All, 8000, QDate(2024, 1, 1), StandardItem::TemporaryAssistance)};
}
} // namespace

class TstPolicyBook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lookup_data();
    void lookup();
    void checkNew_data();
    void checkNew();
    void yuan_data();
    void yuan();
    void residenceOf();
    void storeAddsAndLooksUp();
    void storeRefusesWithoutPermission();
    void linesAreNeverChanged();
    void illustrativeSeed();
};

void TstPolicyBook::lookup_data()
{
    QTest::addColumn<int>("item");
    QTest::addColumn<QString>("category");
    QTest::addColumn<int>("grade");
    QTest::addColumn<QString>("nature");
    QTest::addColumn<Residence>("residence");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<qint64>("expectedId"); // 0: no answer
    const int annual = int(StandardItem::Annual), temp = int(StandardItem::TemporaryAssistance);
    const QString ds = QStringLiteral("disabled_serviceman"), ms = QStringLiteral("martyr_survivor");
    const QString war = QStringLiteral("因战");
    QTest::newRow("before any") << annual << ds << 3 << war << Residence::Rural << QDate(2023, 9, 30) << qint64(0);
    QTest::newRow("first day of first") << annual << ds << 3 << war << Residence::Rural << QDate(2023, 10, 1) << qint64(1);
    QTest::newRow("day before second") << annual << ds << 3 << war << Residence::Rural << QDate(2024, 9, 30) << qint64(1);
    QTest::newRow("second") << annual << ds << 3 << war << Residence::Urban << QDate(2024, 10, 1) << qint64(2);
    QTest::newRow("current") << annual << ds << 3 << war << Residence::All << QDate(2026, 11, 29) << qint64(3);
    QTest::newRow("other nature") << annual << ds << 3 << QStringLiteral("因公") << Residence::All << QDate(2026, 1, 1) << qint64(4);
    QTest::newRow("other nature too early") << annual << ds << 3 << QStringLiteral("因公") << Residence::All << QDate(2025, 1, 1) << qint64(0);
    QTest::newRow("other grade none") << annual << ds << 4 << war << Residence::All << QDate(2026, 1, 1) << qint64(0);
    QTest::newRow("survivor before split") << annual << ms << 0 << QString() << Residence::Urban << QDate(2024, 6, 1) << qint64(5);
    QTest::newRow("survivor urban") << annual << ms << 0 << QString() << Residence::Urban << QDate(2025, 6, 1) << qint64(6);
    QTest::newRow("survivor rural") << annual << ms << 0 << QString() << Residence::Rural << QDate(2025, 6, 1) << qint64(7);
    QTest::newRow("survivor unknown residence") << annual << ms << 0 << QString() << Residence::All << QDate(2025, 6, 1) << qint64(0);
    QTest::newRow("category without lines") << annual << QStringLiteral("war_veteran") << 0 << QString() << Residence::All
                                            << QDate(2026, 1, 1) << qint64(0);
    QTest::newRow("ceiling for every category") << temp << QStringLiteral("war_veteran") << 0 << QString() << Residence::Rural
                                                << QDate(2026, 1, 1) << qint64(8);
    QTest::newRow("ceiling of the category wins") << temp << ms << 0 << QString() << Residence::Rural << QDate(2026, 1, 1) << qint64(9);
    QTest::newRow("no date") << annual << ds << 3 << war << Residence::All << QDate() << qint64(0);
}

void TstPolicyBook::lookup()
{
    QFETCH(int, item);
    QFETCH(QString, category);
    QFETCH(int, grade);
    QFETCH(QString, nature);
    QFETCH(Residence, residence);
    QFETCH(QDate, on);
    QFETCH(qint64, expectedId);
    const StandardKey key{StandardItem(item), category, grade, nature, residence};
    const auto r = PolicyRules::lookup(book(), key, on);
    QCOMPARE(r.isOk(), expectedId != 0);
    if (r)
        QCOMPARE(r->id, expectedId);
    else
        QVERIFY2(r.error().contains(QStringLiteral("standard")) || r.error().contains(QStringLiteral("date")),
                 qPrintable(r.error()));
}

void TstPolicyBook::checkNew_data()
{
    QTest::addColumn<BenefitStandard>("candidate");
    QTest::addColumn<bool>("disability");
    QTest::addColumn<bool>("ok");
    const QString ds = QStringLiteral("disabled_serviceman"), ms = QStringLiteral("martyr_survivor");
    QTest::newRow("new edition") << line(0, ds, 3, QStringLiteral("因战"), Residence::All, 90000, QDate(2026, 8, 1)) << true << true;
    QTest::newRow("same day again") << line(0, ds, 3, QStringLiteral("因战"), Residence::All, 90000, QDate(2025, 8, 1)) << true << false;
    QTest::newRow("no grade") << line(0, ds, 0, QStringLiteral("因战"), Residence::All, 90000, QDate(2026, 8, 1)) << true << false;
    QTest::newRow("illness grade 7") << line(0, ds, 7, QStringLiteral("因病"), Residence::All, 9000, QDate(2026, 8, 1)) << true << false;
    QTest::newRow("grade on survivor") << line(0, ms, 2, QString(), Residence::All, 9000, QDate(2026, 8, 1)) << false << false;
    QTest::newRow("zero amount") << line(0, ms, 0, QString(), Residence::All, 0, QDate(2026, 8, 1)) << false << false;
    QTest::newRow("mix all into split") << line(0, ms, 0, QString(), Residence::All, 9000, QDate(2025, 1, 1)) << false << false;
    QTest::newRow("urban twice") << line(0, ms, 0, QString(), Residence::Urban, 9000, QDate(2025, 1, 1)) << false << false;
    BenefitStandard noBasis = line(0, ms, 0, QString(), Residence::All, 9000, QDate(2026, 1, 1));
    noBasis.basisTitle.clear();
    QTest::newRow("no basis") << noBasis << false << false;
    QTest::newRow("annual without category") << line(0, QString(), 0, QString(), Residence::All, 9000, QDate(2026, 1, 1)) << false << false;
}

void TstPolicyBook::checkNew()
{
    QFETCH(BenefitStandard, candidate);
    QFETCH(bool, disability);
    QFETCH(bool, ok);
    const Status s = PolicyRules::checkNew(candidate, book(), disability);
    QVERIFY2(s.isOk() == ok, qPrintable(s.error()));
}

void TstPolicyBook::yuan_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("fen");
    QTest::newRow("whole") << "12345" << true << qint64(1234500);
    QTest::newRow("cents") << "12345.67" << true << qint64(1234567);
    QTest::newRow("one decimal") << "1.5" << true << qint64(150);
    QTest::newRow("commas") << "1,234.05" << true << qint64(123405);
    QTest::newRow("three decimals") << "1.234" << false << qint64(0);
    QTest::newRow("negative") << "-5" << false << qint64(0);
    QTest::newRow("word") << "五百" << false << qint64(0);
}

void TstPolicyBook::yuan()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, fen);
    qint64 got = 0;
    QCOMPARE(PolicyRules::parseYuan(text, &got), ok);
    if (ok) {
        QCOMPARE(got, fen);
        qint64 back = 0;
        QVERIFY(PolicyRules::parseYuan(PolicyRules::yuan(got), &back));
        QCOMPARE(back, fen);
    }
    QCOMPARE(PolicyRules::yuan(5), QStringLiteral("0.05"));
    QCOMPARE(PolicyRules::yuan(-12345), QStringLiteral("-123.45"));
}

void TstPolicyBook::residenceOf()
{
    QCOMPARE(PolicyRules::residenceOf(QStringLiteral("town"), QStringLiteral("community")), Residence::Urban);
    QCOMPARE(PolicyRules::residenceOf(QStringLiteral("street"), QStringLiteral("village")), Residence::Rural);
    QCOMPARE(PolicyRules::residenceOf(QStringLiteral("street"), QString()), Residence::Urban);
    QCOMPARE(PolicyRules::residenceOf(QStringLiteral("township"), QString()), Residence::Rural);
}

void TstPolicyBook::storeAddsAndLooksUp()
{
    TestDb t;
    const Actor chief = t.addUser(QStringLiteral("chief"), Role::SectionChief);
    PolicyStore store(t.db());
    const qint64 audits = AuditLog(t.db()).count();
    BenefitStandard s = line(0, QStringLiteral("war_veteran"), 0, QString(), Residence::All, 10000, QDate(2025, 1, 1));
    auto first = store.add(chief, s);
    QVERIFY2(first, qPrintable(first.error()));
    s.amountFen = 1100000;
    s.effectiveFrom = QDate(2026, 1, 1);
    auto second = store.add(chief, s);
    QVERIFY2(second, qPrintable(second.error()));
    QCOMPARE(AuditLog(t.db()).count(), audits + 2);
    QVERIFY(!store.add(chief, s)); // the same day again
    const StandardKey key{StandardItem::Annual, QStringLiteral("war_veteran"), 0, QString(), Residence::Rural};
    QCOMPARE(store.lookup(key, QDate(2025, 12, 31))->id, first.value());
    QCOMPARE(store.lookup(key, QDate(2026, 1, 1))->amountFen, qint64(1100000));
    QVERIFY(!store.lookup(key, QDate(2024, 12, 31)));
    QCOMPARE(store.all().size(), 2);
    QCOMPARE(store.all().first().categoryName, QStringLiteral("参战退役人员"));
}

void TstPolicyBook::storeRefusesWithoutPermission()
{
    TestDb t;
    PolicyStore store(t.db());
    const BenefitStandard s = line(0, QStringLiteral("war_veteran"), 0, QString(), Residence::All, 10000, QDate(2025, 1, 1));
    for (Role r : {Role::Clerk, Role::Inspector, Role::Director, Role::Admin, Role::Auditor}) {
        const Actor a = t.addUser(QStringLiteral("u_") + roleKey(r), r);
        QVERIFY(!store.add(a, s));
        QVERIFY(!store.seedIllustrative(a));
    }
    QCOMPARE(store.all().size(), 0);
}

void TstPolicyBook::linesAreNeverChanged()
{
    TestDb t;
    const Actor chief = t.addUser(QStringLiteral("chief"), Role::SectionChief);
    auto id = PolicyStore(t.db()).add(chief, line(0, QStringLiteral("war_veteran"), 0, QString(), Residence::All,
                                                  10000, QDate(2025, 1, 1)));
    QVERIFY(id);
    QSqlQuery q(t->connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE benefit_standards SET amount_fen = 1 WHERE id = %1").arg(id.value())));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM benefit_standards")));
    QCOMPARE(PolicyStore(t.db()).byId(id.value())->amountFen, qint64(1000000));
}

void TstPolicyBook::illustrativeSeed()
{
    TestDb t;
    const Actor chief = t.addUser(QStringLiteral("chief"), Role::SectionChief);
    PolicyStore store(t.db());
    QVERIFY(!store.hasIllustrative());
    auto n = store.seedIllustrative(chief);
    QVERIFY2(n, qPrintable(n.error()));
    QCOMPARE(n.value(), store.all().size());
    QVERIFY(store.hasIllustrative());
    QVERIFY(!store.seedIllustrative(chief)); // only into an empty book
    // Older and current editions: the lookup moves with the date.
    const StandardKey k{StandardItem::Annual, QStringLiteral("disabled_serviceman"), 1, QStringLiteral("因战"), Residence::Rural};
    const auto old = store.lookup(k, QDate(2025, 1, 1));
    const auto now = store.lookup(k, QDate(2026, 1, 1));
    QVERIFY(old && now);
    QVERIFY(now->amountFen > old->amountFen);
    QVERIFY(now->basisTitle.contains(QStringLiteral("示意")));
    // Urban and rural martyrs' survivors differ.
    StandardKey m{StandardItem::Annual, QStringLiteral("martyr_survivor"), 0, QString(), Residence::Urban};
    const qint64 urban = store.lookup(m, QDate(2026, 1, 1))->amountFen;
    m.residence = Residence::Rural;
    QVERIFY(store.lookup(m, QDate(2026, 1, 1))->amountFen < urban);
    // Families of servicemen in service have no line: applications for them have no basis.
    QVERIFY(!store.lookup({StandardItem::Annual, QStringLiteral("serving_family"), 0, QString(), Residence::Rural},
                          QDate(2026, 1, 1)));
}

QTEST_GUILESS_MAIN(TstPolicyBook)
#include "tst_policybook.moc"
