// Pure rules of the bank's files (issue 14): templates, the batch file's rows and bytes, reading
// a bank's result sheet, and matching its rows to the roll's lines without ever guessing.
#include "payment/bankrules.h"

#include <QStringDecoder>
#include <QTest>

using namespace youfu::core;

Q_DECLARE_METATYPE(MatchOutcome)

namespace {

SheetCell text(const QString& t)
{
    SheetCell c;
    if (t.isEmpty())
        return c;
    c.kind = SheetCell::Kind::Text;
    c.text = t;
    c.shown = t;
    return c;
}

SheetCell number(double n, const QString& shown)
{
    SheetCell c;
    c.kind = SheetCell::Kind::Number;
    c.number = n;
    c.shown = shown;
    return c;
}

SheetRow row(int number, const QStringList& cells)
{
    SheetRow r;
    r.number = number;
    for (const QString& t : cells)
        r.cells << text(t);
    return r;
}

// Rows of a sheet from lines of '|'-separated cells, numbered from 1.
QList<SheetRow> sheet(const QStringList& lines)
{
    QList<SheetRow> rows;
    for (const QString& l : lines)
        rows << row(int(rows.size()) + 1, l.split(u'|'));
    return rows;
}

BankLine bankLine(qint64 id, const QString& account, qint64 fen, const QString& citizenId = {})
{
    BankLine l;
    l.lineId = id;
    l.seq = int(id);
    l.account = account;
    l.name = QStringLiteral("张三");
    l.citizenId = citizenId;
    l.amountFen = fen;
    return l;
}

BankReturnRow returned(int n, const QString& account, qint64 fen, bool success,
                       const QString& citizenId = {})
{
    BankReturnRow r;
    r.row = n;
    r.account = account;
    r.amountFen = fen;
    r.success = success;
    r.citizenId = citizenId;
    r.paidOn = success ? QDate(2026, 12, 10) : QDate();
    return r;
}

BankTemplate tmpl(const QString& columns, bool header, bool summary, bool gbk = true)
{
    BankTemplate t;
    t.name = QStringLiteral("农商银行代发");
    t.bankName = QStringLiteral("湖南武冈农村商业银行");
    t.columns = BankRules::columnsFromText(columns);
    t.headerRow = header;
    t.summaryLine = summary;
    t.gbk = gbk;
    return t;
}

const QString kA = QStringLiteral("6217995550000011111");
const QString kB = QStringLiteral("6217995550000022222");
const QString kC = QStringLiteral("6217995550000033333");

} // namespace

class TestBankRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnKeysRoundTrip()
    {
        for (BankColumn c : BankRules::allColumns()) {
            BankColumn back;
            QVERIFY(BankRules::columnFromKey(BankRules::columnKey(c), &back));
            QCOMPARE(back, c);
            QVERIFY(!BankRules::columnTitle(c).isEmpty());
        }
        QCOMPARE(BankRules::columnsToText(
                     BankRules::columnsFromText(QStringLiteral("seq, account,name,amount"))),
                 QStringLiteral("seq,account,name,amount"));
        QVERIFY(BankRules::columnsFromText(QStringLiteral("account,account")).isEmpty());
        QVERIFY(BankRules::columnsFromText(QStringLiteral("account,phone")).isEmpty());
        QVERIFY(BankRules::columnsFromText(QString()).isEmpty());
    }

    void checkTemplate_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("bank");
        QTest::addColumn<QString>("columns");
        QTest::addColumn<bool>("ok");
        QTest::newRow("complete") << "代发"
                                  << "农商行"
                                  << "seq,account,name,amount" << true;
        QTest::newRow("minimal") << "代发"
                                 << "农商行"
                                 << "account,name,amount" << true;
        QTest::newRow("no name") << " "
                                 << "农商行"
                                 << "account,name,amount" << false;
        QTest::newRow("no bank") << "代发"
                                 << ""
                                 << "account,name,amount" << false;
        QTest::newRow("no account") << "代发"
                                    << "农商行"
                                    << "seq,name,amount" << false;
        QTest::newRow("no holder") << "代发"
                                   << "农商行"
                                   << "account,amount" << false;
        QTest::newRow("no amount") << "代发"
                                   << "农商行"
                                   << "account,name" << false;
        QTest::newRow("no columns") << "代发"
                                    << "农商行"
                                    << "" << false;
    }
    void checkTemplate()
    {
        QFETCH(QString, name);
        QFETCH(QString, bank);
        QFETCH(QString, columns);
        QFETCH(bool, ok);
        BankTemplate t;
        t.name = name;
        t.bankName = bank;
        t.columns = BankRules::columnsFromText(columns);
        const Status s = BankRules::checkTemplate(t);
        QCOMPARE(s.isOk(), ok);
        if (!ok)
            QVERIFY(!s.error().isEmpty());
    }

    void checkTemplateRefusesATwiceColumn()
    {
        BankTemplate t = tmpl(QStringLiteral("account,name,amount"), true, false);
        t.columns << BankColumn::Amount;
        QVERIFY(!BankRules::checkTemplate(t).isOk());
    }

    void bankAmount_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("text");
        QTest::newRow("yuan and fen") << qint64(1234567) << "12345.67";
        QTest::newRow("whole") << qint64(180000) << "1800.00";
        QTest::newRow("fen only") << qint64(5) << "0.05";
        QTest::newRow("zero") << qint64(0) << "0.00";
        QTest::newRow("large, no separators") << qint64(123456789012) << "1234567890.12";
    }
    void bankAmount()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, text);
        QCOMPARE(BankRules::bankAmount(fen), text);
    }

    void batchRows_data()
    {
        QTest::addColumn<QString>("columns");
        QTest::addColumn<bool>("header");
        QTest::addColumn<bool>("summary");
        QTest::addColumn<QList<QStringList>>("expected");
        const QList<QStringList> body = {
            {"1", kA, "张三", "1800.00", "430581195203140011", "2026年12月优抚金发放花名册"},
            {"2", kB, "张三", "0.05", "", "2026年12月优抚金发放花名册"}};
        QList<QStringList> withHeader = {{"序号", "账号", "户名", "金额", "身份证号", "摘要"}};
        withHeader << body;
        QList<QStringList> withSummary = withHeader;
        withSummary << QStringList{"合计", "2", "1800.05", "", "", ""};
        QTest::newRow("header and summary")
            << "seq,account,name,amount,citizen_id,note" << true << true << withSummary;
        QTest::newRow("header only")
            << "seq,account,name,amount,citizen_id,note" << true << false << withHeader;
        QTest::newRow("rows only")
            << "seq,account,name,amount,citizen_id,note" << false << false << body;
        QTest::newRow("other order")
            << "account,name,amount" << false << true
            << QList<QStringList>{
                   {kA, "张三", "1800.00"}, {kB, "张三", "0.05"}, {"合计", "2", "1800.05"}};
    }
    void batchRows()
    {
        QFETCH(QString, columns);
        QFETCH(bool, header);
        QFETCH(bool, summary);
        QFETCH(QList<QStringList>, expected);
        const QList<BankLine> lines = {
            bankLine(7, kA, 180000, QStringLiteral("430581195203140011")), bankLine(9, kB, 5)};
        const auto rows = BankRules::batchRows(tmpl(columns, header, summary), lines,
                                               QStringLiteral("2026年12月优抚金发放花名册"));
        QCOMPARE(rows, expected);
    }

    void csvBytes_data()
    {
        QTest::addColumn<bool>("gbk");
        QTest::newRow("GB18030") << true;
        QTest::newRow("UTF-8") << false;
    }
    void csvBytes()
    {
        QFETCH(bool, gbk);
        const BankTemplate t = tmpl(QStringLiteral("account,name,amount,note"), true, false, gbk);
        const QList<QStringList> rows = {{"账号", "户名", "金额", "摘要"},
                                         {kA, "张三", "1800.00", "12月, 优抚金"},
                                         {kB, "李\"四\"", "0.05", ""}};
        const QByteArray bytes = BankRules::csvBytes(t, rows);
        const QString expected =
            QStringLiteral("账号,户名,金额,摘要\r\n%1,张三,1800.00,\"12月, 优抚金\"\r\n"
                           "%2,\"李\"\"四\"\"\",0.05,\r\n")
                .arg(kA, kB);
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // never a byte-order mark
        if (gbk) {
            QStringDecoder decoder("GB18030");
            QCOMPARE(QString(decoder.decode(bytes)), expected);
            QVERIFY(bytes.contains(QByteArray("\xd5\xcb\xba\xc5"))); // 账号 in GB18030
            QVERIFY(!bytes.contains(QStringLiteral("账号").toUtf8()));
        } else {
            QCOMPARE(bytes, expected.toUtf8());
        }
    }

    void readReturn_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("account");
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<bool>("success");
        QTest::addColumn<QDate>("paidOn");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("citizenId");
        QTest::addColumn<int>("rowNumber");
        const QDate fileDay(2026, 12, 9);
        QTest::newRow("plain captions")
            << QStringList{"账号|户名|金额|状态|失败原因", kA + "|张三|1800.00|成功|"} << kA
            << qint64(180000) << true << fileDay << ""
            << "" << 2;
        QTest::newRow("title rows, other captions, date, ￥")
            << QStringList{"代发结果明细", "批次号：20261209001",
                           "序号|卡号|姓名|身份证号码|交易金额（元）|处理结果|备注|交易日期",
                           "1|" + kA + "|张三|43058119520314001x|￥1,800.00|处理成功||2026/12/10"}
            << kA << qint64(180000) << true << QDate(2026, 12, 10) << ""
            << "43058119520314001X" << 4;
        QTest::newRow("failed with reason")
            << QStringList{"收款账号|收款人|金额|交易状态|错误信息",
                           kA + "|张三|1800.5|交易失败|账户已销户"}
            << kA << qint64(180050) << false << QDate() << "账户已销户"
            << "" << 2;
        QTest::newRow("failed, the state is the reason")
            << QStringList{"账号|户名|金额|状态", kA + "|张三|1800|失败"} << kA << qint64(180000)
            << false << QDate() << "失败"
            << "" << 2;
        QTest::newRow("spaced account, 年月日 date")
            << QStringList{"账 号|户名|金额|结果|日期",
                           "6217 9955 5000 0011 111|张三|1,800.00|成功|2026年12月11日"}
            << kA << qint64(180000) << true << QDate(2026, 12, 11) << ""
            << "" << 2;
        QTest::newRow("compact date with time")
            << QStringList{"账号|户名|金额|处理状态|处理时间",
                           kA + "|张三|1800.00|交易成功|20261212 10:31:02"}
            << kA << qint64(180000) << true << QDate(2026, 12, 12) << ""
            << "" << 2;
        QTest::newRow("not paid: 未成功")
            << QStringList{"账号|户名|金额|状态|备注", kA + "|张三|1800.00|未成功|户名不符"} << kA
            << qint64(180000) << false << QDate() << "户名不符"
            << "" << 2;
    }
    void readReturn()
    {
        QFETCH(QStringList, lines);
        QFETCH(QString, account);
        QFETCH(qint64, fen);
        QFETCH(bool, success);
        QFETCH(QDate, paidOn);
        QFETCH(QString, reason);
        QFETCH(QString, citizenId);
        QFETCH(int, rowNumber);
        const auto read = BankRules::readReturn(sheet(lines), QDate(2026, 12, 9));
        QVERIFY2(read.isOk(), qPrintable(read.error()));
        QCOMPARE(read.value().size(), 1);
        const BankReturnRow r = read.value().first();
        QCOMPARE(r.account, account);
        QCOMPARE(r.amountFen, fen);
        QCOMPARE(r.success, success);
        QCOMPARE(r.paidOn, paidOn);
        QCOMPARE(r.reason, reason);
        QCOMPARE(r.citizenId, citizenId);
        QCOMPARE(r.row, rowNumber);
        QCOMPARE(r.name, QStringLiteral("张三"));
    }

    void readReturnSkipsSummaryAndBlankRows()
    {
        auto rows = sheet({QStringLiteral("账号|户名|金额|状态"), kA + "|张三|1800.00|成功",
                           QStringLiteral("|||"), kB + "|李四|200.00|失败",
                           QStringLiteral("合计||2000.00|"), QStringLiteral("制表人：王五|||")});
        const auto read = BankRules::readReturn(rows, QDate(2026, 12, 9));
        QVERIFY2(read.isOk(), qPrintable(read.error()));
        QCOMPARE(read.value().size(), 2);
        QCOMPARE(read.value().at(1).row, 4);
    }

    void readReturnTakesNumberCells()
    {
        SheetRow data;
        data.number = 2;
        data.cells << text(kA) << text(QStringLiteral("张三")) << number(1800.5, "1800.5")
                   << text(QStringLiteral("成功")) << number(46367, "46367");
        const auto read = BankRules::readReturn(
            {row(1, {"账号", "户名", "金额", "状态", "日期"}), data}, QDate(2026, 12, 9));
        QVERIFY2(read.isOk(), qPrintable(read.error()));
        QCOMPARE(read.value().first().amountFen, qint64(180050));
        QCOMPARE(read.value().first().paidOn, QDate(2026, 12, 11)); // Excel serial 46367
    }

    void readReturnRefuses_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("no header") << QStringList{kA + "|张三|1800.00|成功"};
        QTest::newRow("no state column") << QStringList{"账号|户名|金额", kA + "|张三|1800.00"};
        QTest::newRow("amount not a sum")
            << QStringList{"账号|户名|金额|状态", kA + "|张三|一千八|成功"};
        QTest::newRow("empty") << QStringList{};
    }
    void readReturnRefuses()
    {
        QFETCH(QStringList, lines);
        const auto read = BankRules::readReturn(sheet(lines), QDate(2026, 12, 9));
        QVERIFY(!read.isOk());
        QVERIFY(!read.error().isEmpty());
    }

    void match_data()
    {
        QTest::addColumn<QList<BankReturnRow>>("rows");
        QTest::addColumn<QList<MatchOutcome>>("outcomes");
        QTest::addColumn<QList<qint64>>("lineIds");
        using O = MatchOutcome;
        QTest::newRow("paid") << QList<BankReturnRow>{returned(2, kA, 180000, true)}
                              << QList<O>{O::Paid} << QList<qint64>{1};
        QTest::newRow("failed") << QList<BankReturnRow>{returned(2, kB, 50000, false)}
                                << QList<O>{O::Failed} << QList<qint64>{2};
        QTest::newRow("account written with spaces")
            << QList<BankReturnRow>{returned(2, "6217 9955 5000 0011 111", 180000, true)}
            << QList<O>{O::Paid} << QList<qint64>{1};
        QTest::newRow("unknown account")
            << QList<BankReturnRow>{returned(2, "6217000000000000000", 180000, true)}
            << QList<O>{O::Unmatched} << QList<qint64>{0};
        QTest::newRow("other amount") << QList<BankReturnRow>{returned(2, kA, 170000, true)}
                                      << QList<O>{O::Unmatched} << QList<qint64>{0};
        QTest::newRow("other citizen ID")
            << QList<BankReturnRow>{returned(2, kA, 180000, true, "430581195203149999")}
            << QList<O>{O::Unmatched} << QList<qint64>{0};
        QTest::newRow("held line never matches")
            << QList<BankReturnRow>{returned(2, kC, 90000, true)} << QList<O>{O::Unmatched}
            << QList<qint64>{0};
        QTest::newRow("ambiguous: two lines, same account and amount, no ID")
            << QList<BankReturnRow>{returned(2, kB, 120000, true)} << QList<O>{O::Ambiguous}
            << QList<qint64>{0};
        QTest::newRow("the ID tells the two apart")
            << QList<BankReturnRow>{returned(2, kB, 120000, true, "430581198001010044")}
            << QList<O>{O::Paid} << QList<qint64>{4};
        QTest::newRow("duplicate: the same row twice")
            << QList<BankReturnRow>{returned(2, kA, 180000, true), returned(3, kA, 180000, true)}
            << QList<O>{O::Paid, O::Duplicate} << QList<qint64>{1, 1};
        QTest::newRow("done: the line is already paid")
            << QList<BankReturnRow>{returned(2, "6217995550000055555", 30000, false)}
            << QList<O>{O::Done} << QList<qint64>{6};
        QTest::newRow("no account") << QList<BankReturnRow>{returned(2, "", 180000, true)}
                                    << QList<O>{O::Unmatched} << QList<qint64>{0};
    }
    void match()
    {
        QFETCH(QList<BankReturnRow>, rows);
        QFETCH(QList<MatchOutcome>, outcomes);
        QFETCH(QList<qint64>, lineIds);
        const QList<BankLine> lines = {
            bankLine(1, kA, 180000, QStringLiteral("430581195203140011")),
            bankLine(2, kB, 50000),
            bankLine(3, kB, 120000, QStringLiteral("430581198001010022")),
            bankLine(4, kB, 120000, QStringLiteral("430581198001010044")),
            bankLine(5, kC, 90000),
            bankLine(6, QStringLiteral("6217995550000055555"), 30000)};
        const QHash<qint64, LineState> states = {{1, LineState::Pending}, {2, LineState::Pending},
                                                 {3, LineState::Pending}, {4, LineState::Pending},
                                                 {5, LineState::Held},    {6, LineState::Paid}};
        const QList<MatchedRow> m = BankRules::match(rows, lines, states);
        QCOMPARE(m.size(), rows.size());
        for (int i = 0; i < m.size(); ++i) {
            QCOMPARE(m.at(i).outcome, outcomes.at(i));
            QCOMPARE(m.at(i).lineId, lineIds.at(i));
            QCOMPARE(m.at(i).row.row, rows.at(i).row);
            const bool explained = m.at(i).outcome == MatchOutcome::Paid ||
                                   m.at(i).outcome == MatchOutcome::Failed ||
                                   !m.at(i).note.isEmpty();
            QVERIFY2(explained, "an unmatched or ambiguous row says why");
        }
    }

    void outcomeTitles()
    {
        for (MatchOutcome o :
             {MatchOutcome::Paid, MatchOutcome::Failed, MatchOutcome::Unmatched,
              MatchOutcome::Ambiguous, MatchOutcome::Duplicate, MatchOutcome::Done})
            QVERIFY(!BankRules::outcomeTitle(o).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBankRules)
#include "tst_bankrules.moc"
