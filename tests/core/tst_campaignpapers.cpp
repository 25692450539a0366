// The festival campaign's rules and its signature roster (慰问金发放签领表): the amount rule,
// pages, totals to the fen, and the roster rendered to PDF (YOUFU_KEEP_PAPERS=dir keeps it).
#include "common/moneywords.h"
#include "report/documentrenderer.h"
#include "visit/campaignrules.h"
#include "visit/visitpapers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace youfu::core;

namespace {
CampaignLine line(const QString& township, const QString& name, qint64 fen)
{
    CampaignLine l;
    l.townshipCode = township;
    l.townshipName =
        township == QLatin1String("1") ? QStringLiteral("辕门口街道") : QStringLiteral("邓元泰镇");
    l.personName = name;
    l.maskedCitizenId = QStringLiteral("430581********0013");
    l.categoriesText = QStringLiteral("残疾军人、参战退役人员");
    l.amountFen = fen;
    return l;
}
} // namespace

class TstCampaignPapers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void amountFor_data();
    void amountFor();
    void pages_data();
    void pages();
    void yuan_data();
    void yuan();
    void checkDelivery();
    void rostersByTownship();
    void rosterRendered();
};

void TstCampaignPapers::amountFor_data()
{
    QTest::addColumn<QStringList>("held");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("fen");
    QTest::newRow("one") << QStringList{"b"} << "b" << qint64(500);
    QTest::newRow("highest, not the sum") << QStringList{"a", "b"} << "a" << qint64(800);
    QTest::newRow("order held does not matter") << QStringList{"c", "b", "a"} << "a" << qint64(800);
    QTest::newRow("tie: first of the campaign") << QStringList{"c", "d"} << "c" << qint64(300);
    QTest::newRow("category outside the campaign") << QStringList{"x"} << "" << qint64(0);
    QTest::newRow("held but no amount") << QStringList{"e"} << "" << qint64(0);
    QTest::newRow("nothing held") << QStringList{} << "" << qint64(0);
}

void TstCampaignPapers::amountFor()
{
    QFETCH(QStringList, held);
    QFETCH(QString, code);
    QFETCH(qint64, fen);
    const QHash<QString, qint64> amounts = {{"a", 800}, {"b", 500}, {"c", 300}, {"d", 300}};
    const CampaignAmount a = CampaignRules::amountFor(held, {"a", "b", "c", "d", "e"}, amounts);
    QCOMPARE(a.categoryCode, code);
    QCOMPARE(a.amountFen, fen);
}

void TstCampaignPapers::pages_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty: one page") << 0 << "0+0";
    QTest::newRow("one") << 1 << "0+1";
    QTest::newRow("full page") << 12 << "0+12";
    QTest::newRow("one over") << 13 << "0+12 12+1";
    QTest::newRow("three pages") << 30 << "0+12 12+12 24+6";
}

void TstCampaignPapers::pages()
{
    QFETCH(int, count);
    QFETCH(QString, expected);
    QStringList got;
    for (const auto& [first, n] : CampaignRules::pages(count, 12))
        got << QStringLiteral("%1+%2").arg(first).arg(n);
    QCOMPARE(got.join(QLatin1Char(' ')), expected);
}

void TstCampaignPapers::yuan_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << "0.00";
    QTest::newRow("fen") << qint64(7) << "0.07";
    QTest::newRow("thousands") << qint64(123456789) << "1,234,567.89";
    QTest::newRow("exact thousand") << qint64(100000) << "1,000.00";
    QTest::newRow("negative") << qint64(-50001) << "-500.01";
}

void TstCampaignPapers::yuan()
{
    QFETCH(qint64, fen);
    QFETCH(QString, text);
    QCOMPARE(CampaignRules::yuan(fen), text);
}

void TstCampaignPapers::checkDelivery()
{
    QVERIFY(CampaignRules::checkDelivery(Delivery::Delivered, QDate(2025, 7, 30), QString()));
    QVERIFY(!CampaignRules::checkDelivery(Delivery::Delivered, QDate(), QString()));
    QVERIFY(!CampaignRules::checkDelivery(Delivery::NotDelivered, QDate(), QStringLiteral("  ")));
    QVERIFY(CampaignRules::checkDelivery(Delivery::NotDelivered, QDate(), QStringLiteral("病故")));
}

void TstCampaignPapers::rostersByTownship()
{
    QList<CampaignLine> lines;
    for (int i = 0; i < 5; ++i)
        lines << line(QStringLiteral("1"), QStringLiteral("张三"), 50'001);
    for (int i = 0; i < 3; ++i)
        lines << line(QStringLiteral("2"), QStringLiteral("李四"), 80'033);
    const auto rosters = VisitPapers::rostersByTownship(QStringLiteral("武冈市民政局"),
                                                        QStringLiteral("2025年八一慰问"), lines);
    QCOMPARE(rosters.size(), 2);
    QCOMPARE(rosters.at(0).lines.size(), 5);
    QCOMPARE(CampaignRules::total(rosters.at(1).lines), qint64(240'099));
    const auto totals = CampaignRules::townshipTotals(lines);
    QCOMPARE(totals.size(), 2);
    QCOMPARE(totals.at(0).totalFen, qint64(250'005));
    QCOMPARE(totals.at(1).persons, 3);
}

void TstCampaignPapers::rosterRendered()
{
    // 27 lines in one township (three pages: 12, 12, 3) and 2 in another (one page).
    QList<CampaignLine> lines;
    const QString names = QStringLiteral("赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严");
    for (int i = 0; i < 27; ++i) {
        CampaignLine l = line(QStringLiteral("1"), QString(names.at(i)) + QStringLiteral("建国"),
                              i % 3 == 0 ? 80'033 : 50'001);
        if (i == 4) {
            l.delivery = Delivery::NotDelivered;
            l.deliveryNote = QStringLiteral("外出务工");
        }
        lines << l;
    }
    lines << line(QStringLiteral("2"), QStringLiteral("欧阳建华"), 30'007)
          << line(QStringLiteral("2"), QStringLiteral("李四"), 30'007);
    const auto rosters = VisitPapers::rostersByTownship(QStringLiteral("武冈市民政局"),
                                                        QStringLiteral("2025年八一慰问"), lines);
    QCOMPARE(VisitPapers::signatureRosterPages(rosters), 4);
    QTemporaryDir tmp;
    const QString keep = qEnvironmentVariable("YOUFU_KEEP_PAPERS");
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    const QString path = dir + QStringLiteral("/roster.pdf");
    const Status s =
        renderToPdf(path, VisitPapers::signatureRosterPainter(rosters), QStringLiteral("签领表"));
    QVERIFY2(s, qPrintable(s.error()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "),
             qsizetype(4));
    // The township total (9×800.33 + 18×500.01) in capital numerals.
    QCOMPARE(CampaignRules::total(rosters.at(0).lines), qint64(9 * 80'033 + 18 * 50'001));
    QVERIFY(!MoneyWords::capital(CampaignRules::total(rosters.at(0).lines)).isEmpty());
}

QTEST_MAIN(TstCampaignPapers)
#include "tst_campaignpapers.moc"
