// Amounts in capital Chinese numerals (大写), as the signature rosters print their totals.
#include "common/moneywords.h"

#include <QTest>

#include <limits>

using namespace youfu::core;

class TstMoneyWords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void capital_data();
    void capital();
    void extremes();
};

void TstMoneyWords::capital_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("words");
    const auto row = [](const char* name, qint64 fen, const char* words) {
        QTest::newRow(name) << fen << QString::fromUtf8(words);
    };
    row("0.00", 0, "零元整");
    row("0.01", 1, "壹分");
    row("0.05", 5, "伍分");
    row("0.10", 10, "壹角整");
    row("0.25", 25, "贰角伍分");
    row("1.00", 100, "壹元整");
    row("1.05 (角 zero, 分 not)", 105, "壹元零伍分");
    row("1.50", 150, "壹元伍角整");
    row("10.00 (壹拾, never 拾)", 1000, "壹拾元整");
    row("15.00", 1500, "壹拾伍元整");
    row("100.00", 10000, "壹佰元整");
    row("101.00", 10100, "壹佰零壹元整");
    row("110.00", 11000, "壹佰壹拾元整");
    row("1,000.00", 100000, "壹仟元整");
    row("1,001.00", 100100, "壹仟零壹元整");
    row("1,010.00", 101000, "壹仟零壹拾元整");
    row("1,680.32", 168032, "壹仟陆佰捌拾元叁角贰分");
    row("10,000.00", 1000000, "壹万元整");
    row("10,005.00", 1000500, "壹万零伍元整");
    row("10,010.01", 1001001, "壹万零壹拾元零壹分");
    row("12,345.67", 1234567, "壹万贰仟叁佰肆拾伍元陆角柒分");
    row("16,409.02", 1640902, "壹万陆仟肆佰零玖元零贰分");
    row("20,000.01", 2000001, "贰万元零壹分");
    row("107,000.53", 10700053, "壹拾万柒仟元伍角叁分");
    row("300,000.50", 30000050, "叁拾万元伍角整");
    row("1,000,000.00", 100000000, "壹佰万元整");
    row("1,010,000.00", 101000000, "壹佰零壹万元整");
    row("100,000,000.00", 10000000000LL, "壹亿元整");
    row("100,000,010.50", 10000001050LL, "壹亿零壹拾元伍角整");
    row("100,050,000.00", 10005000000LL, "壹亿零伍万元整");
    row("101,000,000.00", 10100000000LL, "壹亿零壹佰万元整");
    row("110,000,000.00", 11000000000LL, "壹亿壹仟万元整");
    row("1,234,567,890.12", 123456789012LL, "壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元壹角贰分");
    row("1,000,000,000,000.00 (万亿)", 100000000000000LL, "壹万亿元整");
    row("1,000,000,000,001.00", 100000000000100LL, "壹万亿零壹元整");
    row("-5.00 (负)", -500, "负伍元整");
    row("-0.30", -30, "负叁角整");
}

void TstMoneyWords::capital()
{
    QFETCH(qint64, fen);
    QFETCH(QString, words);
    QCOMPARE(MoneyWords::capital(fen), words);
}

void TstMoneyWords::extremes()
{
    // 92,233,720,368,547,758.07: 亿 sections nest (玖亿…叁亿); the lowest qint64 does not overflow.
    QCOMPARE(MoneyWords::capital(std::numeric_limits<qint64>::max()),
             QStringLiteral("玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌"
                            "元零柒分"));
    QCOMPARE(MoneyWords::capital(std::numeric_limits<qint64>::min()),
             QStringLiteral("负玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌"
                            "元零捌分"));
}

QTEST_GUILESS_MAIN(TstMoneyWords)
#include "tst_moneywords.moc"
