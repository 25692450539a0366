// youfuctl payment …: a month's roll drafted, returned, submitted again and signed by the section
// chief and the director; the bank's file refused before approval and to the section chief,
// then written; the bank's result file previewed (--dry-run: the counts and the row not
// matched, nothing recorded), then recorded; a re-issue drafted; the rolls listed.
#include "clirun.h"
#include "db/database.h"

#include <QDate>
#include <QFile>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace youfu;
using test::youfuctl;

namespace {

int scalar(const QString& dbPath, const QString& sql)
{
    auto opened = core::Database::open(dbPath);
    if (!opened)
        return -1;
    QSqlQuery q(opened.value()->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestPaymentCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rollToBankAndBack();
};

void TestPaymentCli::rollToBankAndBack()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("demo.db");
    const auto pw = test::makeDemo(db, 30);
    QVERIFY(!pw.isEmpty());
    const QDate today = QDate::currentDate();
    const QDate month = QDate(today.year(), today.month(), 1).addMonths(1);
    const QString period = month.toString(QStringLiteral("yyyy-MM"));
    const QString next = month.addMonths(1).toString(QStringLiteral("yyyy-MM"));
    const QString clerk = QStringLiteral("zhangli");
    const QString chief = QStringLiteral("wangjianhua");
    const QString director = QStringLiteral("chenguoping");
    auto run = [&](QStringList args, const QString& as) {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        args << QStringLiteral("--as") << as;
        return youfuctl(args, {pw[as]});
    };

    // Nobody logged in: refused.
    QVERIFY(youfuctl({"--db", db, "payment", "roll", "--period", period}).code != 0);
    QVERIFY(run({"payment", "roll", "--period", "2026-13"}, clerk).code != 0);

    const test::CliRun drafted = run({"payment", "roll", "--period", period}, clerk);
    QVERIFY2(drafted.code == 0, qPrintable(drafted.err));
    const int rollId = scalar(db, QStringLiteral("SELECT id FROM payment_rolls WHERE month = '%1' "
                                                 "AND kind = 'regular' AND state = 'draft'")
                                      .arg(period));
    QVERIFY(rollId > 0);
    const int lines =
        scalar(db, QStringLiteral("SELECT count(*) FROM payment_lines WHERE roll_id = %1 AND "
                                  "state = 'pending'")
                       .arg(rollId));
    QVERIFY(lines >= 2);
    const int allLines = scalar(
        db, QStringLiteral("SELECT count(*) FROM payment_lines WHERE roll_id = %1").arg(rollId));
    QVERIFY2(drafted.out.contains(QStringLiteral(": %1\n").arg(allLines)), qPrintable(drafted.out));
    const QString roll = QString::number(rollId);

    // Not approved yet: no bank file.
    const QString bankFile = dir.filePath("bank.csv");
    QVERIFY(run({"payment", "bank-file", roll, bankFile}, clerk).code != 0);
    QVERIFY(!QFile::exists(bankFile));

    QVERIFY(run({"payment", "submit", roll}, clerk).code == 0);
    const test::CliRun returned =
        run({"payment", "return", roll, "--opinion", QStringLiteral("请核对补发月份")}, chief);
    QVERIFY2(returned.code == 0, qPrintable(returned.err));
    QVERIFY(run({"payment", "submit", roll}, clerk).code == 0);
    QVERIFY(run({"payment", "approve", roll}, clerk).code != 0); // the drafter never signs
    const test::CliRun signed1 =
        run({"payment", "approve", roll, "--opinion", QStringLiteral("同意")}, chief);
    QVERIFY2(signed1.code == 0, qPrintable(signed1.err));
    const test::CliRun signed2 = run({"payment", "approve", roll}, director);
    QVERIFY2(signed2.code == 0, qPrintable(signed2.err));

    // The section chief may not write the bank's file; the clerk may.
    QVERIFY(run({"payment", "bank-file", roll, bankFile}, chief).code != 0);
    QVERIFY(!QFile::exists(bankFile));
    QVERIFY(run({"payment", "bank-file", roll, bankFile, "--template", "没有的模板"}, clerk).code !=
            0);
    const test::CliRun written =
        run({"payment", "bank-file", roll, bankFile, "--template", "农商银行代发"}, clerk);
    QVERIFY2(written.code == 0, qPrintable(written.err));
    QVERIFY(written.out.contains(QStringLiteral("SHA-256")));
    QFile f(bankFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QStringDecoder gb("GB18030");
    const QStringList sent = QString(gb.decode(f.readAll())).split(QStringLiteral("\r\n"));
    f.close();
    // 序号,账号,户名,金额,身份证号,摘要 … 合计
    QCOMPARE(sent.first(), QStringLiteral("序号,账号,户名,金额,身份证号,摘要"));
    QList<QStringList> body;
    for (const QString& l : sent.mid(1)) {
        if (!l.isEmpty() && !l.startsWith(QStringLiteral("合计")))
            body << l.split(u',');
    }
    QCOMPARE(int(body.size()), lines);

    // The bank's answer: the first line failed, the others paid, one row nobody sent.
    QString result = QStringLiteral("账号,户名,金额,处理结果,失败原因\r\n");
    for (int i = 0; i < body.size(); ++i)
        result += QStringLiteral("%1,%2,%3,%4,%5\r\n")
                      .arg(body[i][1], body[i][2], body[i][3],
                           i == 0 ? QStringLiteral("交易失败") : QStringLiteral("处理成功"),
                           i == 0 ? QStringLiteral("账户不存在") : QString());
    result += QStringLiteral("6217000000000000000,无名,100.00,成功,\r\n");
    const QString resultFile = dir.filePath("result.csv");
    {
        QFile out(resultFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QStringEncoder enc("GB18030");
        out.write(enc.encode(result));
    }
    const test::CliRun dry = run({"payment", "bank-return", roll, resultFile, "--dry-run", "--date",
                                  month.addDays(9).toString(Qt::ISODate)},
                                 clerk);
    QVERIFY2(dry.code == 0, qPrintable(dry.err));
    QVERIFY2(dry.out.contains(QStringLiteral("6217000000000000000")), qPrintable(dry.out));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM payment_lines WHERE roll_id = %1 AND "
                                       "state IN ('paid', 'failed')")
                            .arg(rollId)),
             0);
    const test::CliRun taken = run({"payment", "bank-return", roll, resultFile, "--date",
                                    month.addDays(9).toString(Qt::ISODate)},
                                   clerk);
    QVERIFY2(taken.code == 0, qPrintable(taken.err));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM payment_lines WHERE roll_id = %1 AND "
                                       "state = 'paid'")
                            .arg(rollId)),
             lines - 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM payment_lines WHERE roll_id = %1 AND "
                                       "state = 'failed'")
                            .arg(rollId)),
             1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                       "'payment.bank_file'")),
             1);

    // The failed line again, in a re-issue roll.
    const test::CliRun reissue = run({"payment", "reissue", "--period", next}, clerk);
    QVERIFY2(reissue.code == 0, qPrintable(reissue.err));
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM payment_rolls WHERE kind = "
                                      "'reissue' AND month = '%1'")
                           .arg(next)) == 1);

    const test::CliRun rolls = run({"payment", "rolls"}, clerk);
    QVERIFY2(rolls.code == 0, qPrintable(rolls.err));
    QVERIFY2(rolls.out.contains(period), qPrintable(rolls.out));
    QVERIFY(rolls.out.contains(next));
}

QTEST_GUILESS_MAIN(TestPaymentCli)
#include "tst_paymentcli.moc"
