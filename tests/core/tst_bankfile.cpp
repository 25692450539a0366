// The bank's files (issue 14): the batch file of an approved roll (its bytes, 0600, one audit
// entry whose SHA-256 is the file's), refused to a section chief and for a roll not approved,
// held lines never in it; a bank's result file read, previewed and recorded.
#include "approvalfixture.h"
#include "io/sheet.h"
#include "payment/bankfilestore.h"
#include "payment/bankrules.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTest>

using namespace youfu::core;
using youfu::test::ApprovalFixture;
using youfu::test::TestDb;

namespace {

const QString kAccountA = QStringLiteral("6217995550000011111");
const QString kAccountB = QStringLiteral("6217995550000022222");

bool exec(Database& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<SheetRow> readSheet(const QString& path)
{
    QList<SheetRow> rows;
    auto reader = openSheet(path);
    if (!reader)
        return rows;
    for (;;) {
        SheetRow r;
        auto more = reader.value()->next(r);
        if (!more || !more.value())
            break;
        rows << r;
    }
    return rows;
}

QStringList shownCells(const SheetRow& r)
{
    QStringList out;
    for (const SheetCell& c : r.cells)
        out << c.shown;
    return out;
}

// Persons with and without a bank account, and a roll of them (fixture rows: the roll is
// drafted and signed by PaymentStore in its own suite).
struct BankFixture
{
    explicit BankFixture(TestDb& t) : t(t), f(t)
    {
        t.clock().set(QDateTime(QDate(2026, 12, 3), QTime(9, 0)).toUTC());
        alice = person(QStringLiteral("张三"), 11, kAccountA);
        bob = person(QStringLiteral("李四"), 13, kAccountB);
        carl = person(QStringLiteral("王五"), 15, QString());
        ok = f.ok && alice && bob && carl &&
             exec(t.db(),
                  QStringLiteral("INSERT INTO payment_rolls (id, kind, month, title, state, chain, "
                                 "drafted_by, drafted_at, updated_at) VALUES (1, 'regular', "
                                 "'2026-12', '2026年12月优抚金发放花名册', 'draft', "
                                 "'section_chief,director', ?, '2026-12-01T09:00:00', "
                                 "'2026-12-01T09:00:00')"),
                  {f.clerk.userId}) &&
             line(101, 1, alice, QStringLiteral("张三"), 180000, QStringLiteral("pending")) &&
             line(102, 2, bob, QStringLiteral("李四"), 50000, QStringLiteral("pending")) &&
             line(103, 3, carl, QStringLiteral("王五"), 90000, QStringLiteral("held"));
    }

    qint64 person(const QString& name, int seq, const QString& account)
    {
        PersonDraft d;
        d.name = name;
        d.citizenId = ApprovalFixture::citizenId(QDate(1950, 3, 1), seq);
        d.townshipCode = QStringLiteral("430581002");
        d.villageCode = QStringLiteral("430581002201");
        d.address = QStringLiteral("武冈市某路%1号").arg(seq);
        if (!account.isEmpty()) {
            d.bankName = QStringLiteral("武冈农商行");
            d.bankAccount = account;
        }
        const auto r = PersonStore(t.db()).add(f.clerk, d);
        if (!r)
            qWarning("%s", qPrintable(r.error()));
        return r ? r.id : 0;
    }

    bool line(qint64 id, int seq, qint64 personId, const QString& name, qint64 fen,
              const QString& state)
    {
        return exec(
            t.db(),
            QStringLiteral("INSERT INTO payment_lines (id, roll_id, seq, person_id, "
                           "person_name, township_code, township_name, categories_text, "
                           "amount_fen, bank_name, state, problem) VALUES (?, 1, ?, ?, ?, "
                           "'430581002', '邓元泰镇', '残疾军人', ?, '武冈农商行', ?, ?)"),
            {id, seq, personId, name, fen, state,
             state == QLatin1String("held") ? QStringLiteral("无银行账户") : QStringLiteral("")});
    }

    bool approve()
    {
        return exec(t.db(), QStringLiteral("UPDATE payment_rolls SET state = 'approved' "
                                           "WHERE id = 1"));
    }

    qint64 templateId(const QString& name)
    {
        QSqlQuery q(t->connection());
        q.prepare(QStringLiteral("SELECT id FROM bank_templates WHERE name = ?"));
        q.addBindValue(name);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    TestDb& t;
    ApprovalFixture f;
    qint64 alice = 0;
    qint64 bob = 0;
    qint64 carl = 0;
    bool ok = false;
};

QJsonObject lastAudit(TestDb& t, const QString& action, int* count)
{
    QSqlQuery q(t->connection());
    q.prepare(QStringLiteral("SELECT after_json FROM audit_log WHERE action = ? ORDER BY id"));
    q.addBindValue(action);
    QJsonObject last;
    *count = 0;
    if (q.exec()) {
        while (q.next()) {
            ++*count;
            last = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        }
    }
    return last;
}

} // namespace

class TstBankFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvFileOfAnApprovedRoll();
    void xlsxFileReadsBack();
    void refusedToAChiefAndForARollNotApproved();
    void returnFileReadPreviewedRecorded();
};

void TstBankFile::csvFileOfAnApprovedRoll()
{
    TestDb t;
    BankFixture b(t);
    QVERIFY(b.ok);
    QVERIFY(b.approve());
    const QString path = t.dir() + QStringLiteral("/bank.csv");
    auto w = BankFileStore(t.db()).writeBankFile(
        b.f.clerk, 1, b.templateId(QStringLiteral("农商银行代发")), path);
    QVERIFY2(w, qPrintable(w.error()));
    QCOMPARE(w.value().lines, 2); // the held line is not sent
    QCOMPARE(w.value().totalFen, qint64(230000));

    const QByteArray bytes = fileBytes(path);
    QCOMPARE(
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
        w.value().sha256);
    QStringDecoder gb("GB18030");
    const QString text = gb.decode(bytes);
    const QString id = ApprovalFixture::citizenId(QDate(1950, 3, 1), 11);
    const QString expected = QStringLiteral("序号,账号,户名,金额,身份证号,摘要\r\n"
                                            "1,%1,张三,1800.00,%2,2026年12月优抚金发放花名册\r\n")
                                 .arg(kAccountA, id);
    QVERIFY2(text.startsWith(expected), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("2,%1,李四,500.00,").arg(kAccountB)));
    QVERIFY(text.endsWith(QStringLiteral("合计,2,2300.00,,,\r\n")));
    QVERIFY(!text.contains(QStringLiteral("王五")));
    QCOMPARE(int(QFile::permissions(path) &
                 (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)),
             0);

    int count = 0;
    const QJsonObject after = lastAudit(t, QStringLiteral("payment.bank_file"), &count);
    QCOMPARE(count, 1);
    QCOMPARE(after.value(QStringLiteral("sha256")).toString(), w.value().sha256);
    QCOMPARE(after.value(QStringLiteral("lines")).toInt(), 2);
    QCOMPARE(after.value(QStringLiteral("total_fen")).toInteger(), qint64(230000));
    QCOMPARE(after.value(QStringLiteral("roll")).toInteger(), qint64(1));
    QVERIFY(after.contains(QStringLiteral("template")));
    // No account number in the audit trail.
    QSqlQuery q(t->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE after_json LIKE "
                                  "'%6217995550000011111%' AND action = 'payment.bank_file'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TstBankFile::xlsxFileReadsBack()
{
    TestDb t;
    BankFixture b(t);
    QVERIFY(b.ok);
    QVERIFY(b.approve());
    const QString path = t.dir() + QStringLiteral("/bank.xlsx");
    auto w = BankFileStore(t.db()).writeBankFile(
        b.f.clerk, 1, b.templateId(QStringLiteral("邮储银行批量代发")), path);
    QVERIFY2(w, qPrintable(w.error()));
    QCOMPARE(QString::fromLatin1(
                 QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex()),
             w.value().sha256);
    const QList<SheetRow> rows = readSheet(path);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(shownCells(rows.at(0)), (QStringList{"账号", "户名", "金额", "身份证号"}));
    QCOMPARE(shownCells(rows.at(1)),
             (QStringList{kAccountA, "张三", "1800.00",
                          ApprovalFixture::citizenId(QDate(1950, 3, 1), 11)}));
    for (const SheetCell& c : rows.at(1).cells)
        QCOMPARE(c.kind, SheetCell::Kind::Text); // accounts and IDs never numbers
    QCOMPARE(int(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther)), 0);
    // No temporary workbook left beside it.
    QCOMPARE(QDir(t.dir()).entryList({QStringLiteral("*.xlsx")}, QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("bank.xlsx")});
}

void TstBankFile::refusedToAChiefAndForARollNotApproved()
{
    TestDb t;
    BankFixture b(t);
    QVERIFY(b.ok);
    const qint64 tmpl = b.templateId(QStringLiteral("农商银行代发"));
    const QString path = t.dir() + QStringLiteral("/bank.csv");
    BankFileStore store(t.db());
    auto draft = store.writeBankFile(b.f.clerk, 1, tmpl, path);
    QVERIFY(!draft);
    QVERIFY(!QFile::exists(path));
    QVERIFY(b.approve());
    auto chief = store.writeBankFile(b.f.chief, 1, tmpl, path);
    QVERIFY(!chief);
    QVERIFY(!QFile::exists(path));
    int count = 0;
    lastAudit(t, QStringLiteral("payment.bank_file"), &count);
    QCOMPARE(count, 0);
    // A preview needs the clerk's payments permission.
    const QString result = t.dir() + QStringLiteral("/result.csv");
    {
        QFile out(result);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QStringLiteral("账号,户名,金额,状态\r\n%1,张三,1800.00,成功\r\n")
                      .arg(kAccountA)
                      .toUtf8());
    }
    QVERIFY(store.previewReturn(b.f.clerk, 1, result, QDate(2026, 12, 10)));
    QVERIFY(!store.previewReturn(b.f.chief, 1, result, QDate(2026, 12, 10)));
}

void TstBankFile::returnFileReadPreviewedRecorded()
{
    TestDb t;
    BankFixture b(t);
    QVERIFY(b.ok);
    QVERIFY(b.approve());
    const QString path = t.dir() + QStringLiteral("/result.csv");
    QStringEncoder gb("GB18030");
    const QString text = QStringLiteral("代发结果\r\n"
                                        "序号,卡号,姓名,交易金额（元）,处理结果,失败原因\r\n"
                                        "1,%1,张三,\"1,800.00\",处理成功,\r\n"
                                        "2,%2,李四,500.00,交易失败,账户已销户\r\n"
                                        "3,6217000000000000000,赵六,100.00,成功,\r\n"
                                        "合计,,,2400.00,,\r\n")
                             .arg(kAccountA, kAccountB);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(gb.encode(text));
    }
    BankFileStore store(t.db());
    auto preview = store.previewReturn(b.f.clerk, 1, path, QDate(2026, 12, 10));
    QVERIFY2(preview, qPrintable(preview.error()));
    const ReturnPreview& p = preview.value();
    QCOMPARE(p.rows.size(), 3);
    QCOMPARE(p.count(MatchOutcome::Paid), 1);
    QCOMPARE(p.count(MatchOutcome::Failed), 1);
    QCOMPARE(p.count(MatchOutcome::Unmatched), 1);
    QCOMPARE(p.rows.at(0).lineId, qint64(101));
    QCOMPARE(p.rows.at(0).row.paidOn, QDate(2026, 12, 10));
    QCOMPARE(p.rows.at(1).lineId, qint64(102));
    QCOMPARE(p.rows.at(1).row.reason, QStringLiteral("账户已销户"));
    QCOMPARE(p.fileName, QStringLiteral("result.csv"));
    QCOMPARE(p.sha256,
             QString::fromLatin1(
                 QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex()));
    // Nothing written by a preview.
    QSqlQuery q(t->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM payment_lines WHERE state IN "
                                  "('paid', 'failed')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);

    auto recorded = store.recordReturn(b.f.clerk, p);
    QVERIFY2(recorded, qPrintable(recorded.error()));
    QCOMPARE(recorded.value().paid, 1);
    QCOMPARE(recorded.value().failed, 1);
    QCOMPARE(recorded.value().unmatched, 1);
    QVERIFY(q.exec(QStringLiteral("SELECT state, paid_on, fail_reason FROM payment_lines "
                                  "ORDER BY id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("paid"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("2026-12-10"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("failed"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("账户已销户"));

    // The same file again: every matched line is done, nothing changes.
    auto again = store.previewReturn(b.f.clerk, 1, path, QDate(2026, 12, 10));
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again.value().count(MatchOutcome::Done), 2);
}

QTEST_GUILESS_MAIN(TstBankFile)
#include "tst_bankfile.moc"
