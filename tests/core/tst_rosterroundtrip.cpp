// The registry goes out as a roster (one row per category held) and comes back into an empty
// database as the same persons; several rows of one ID are one person with several categories.

#include "clirun.h"
#include "testdb.h"

#include "io/listexports.h"
#include "io/rosterimport.h"
#include "registry/citizenid.h"
#include "registry/demogenerator.h"
#include "security/fieldcipher.h"
#include "security/role.h"

#include <QFile>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace youfu;
using namespace youfu::core;

namespace {
QString u(const char* s)
{
    return QString::fromUtf8(s);
}

// Person → its fields and every current category with its details, as one line each, for the
// active persons holding at least one current category (what the roster carries).
QMap<QString, QString> registryOf(Database& db)
{
    QMap<QString, QString> out;
    const QString today = db.clock().today().toString(Qt::ISODate);
    const QString current = u("pc.start_date <= '%1' AND (pc.end_date IS NULL OR pc.end_date > "
                              "'%1')")
                                .arg(today);
    QSqlQuery q(db.connection());
    if (!q.exec(u("SELECT p.citizen_id, p.name, p.sex, p.ethnicity, p.birth_date, t.name, "
                  "coalesce(v.name, ''), p.address, p.key_person, p.risk_note, p.phone_enc FROM "
                  "persons p "
                  "JOIN townships t ON t.code = p.township_code LEFT JOIN villages v ON v.code = "
                  "p.village_code WHERE p.status = 'active' AND EXISTS (SELECT 1 FROM "
                  "person_categories pc WHERE pc.person_id = p.id AND %1)")
                    .arg(current)))
        qFatal("%s", qPrintable(q.lastError().text()));
    auto cipher = FieldCipher::forDatabase(db);
    if (!cipher)
        qFatal("%s", qPrintable(cipher.error()));
    while (q.next()) {
        QStringList f;
        for (int i = 1; i < 10; ++i)
            f << q.value(i).toString();
        auto phone = cipher.value()->decrypt(q.value(10).toString());
        if (!phone)
            qFatal("%s", qPrintable(phone.error()));
        f << phone.value();
        out.insert(q.value(0).toString(), f.join(u("|")));
    }
    if (!q.exec(u("SELECT p.citizen_id, c.name, pc.start_date, coalesce(pc.grade, 0), "
                  "coalesce(pc.nature, ''), coalesce(pc.relation, ''), "
                  "coalesce(pc.serviceman_name, ''), coalesce(pc.enlisted_on, ''), "
                  "coalesce(pc.discharged_on, '') FROM person_categories pc JOIN persons p ON "
                  "p.id = pc.person_id JOIN categories c ON c.code = pc.category_code WHERE "
                  "p.status = 'active' AND %1 ORDER BY p.citizen_id, c.name, pc.start_date")
                    .arg(current)))
        qFatal("%s", qPrintable(q.lastError().text()));
    while (q.next()) {
        QStringList f;
        for (int i = 1; i < 9; ++i)
            f << q.value(i).toString();
        out[q.value(0).toString()] += u("\n  ") + f.join(u("|"));
    }
    return out;
}

qint64 countOf(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("%s", qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}
} // namespace

class TestRosterRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void maskedRosterIsNotForImport();
    void rowsOfOneIdMerge();
    void youfuctlExportsRoster();

private:
    QTemporaryDir m_dir;
};

void TestRosterRoundTrip::roundTrip_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("xlsx") << int(ExportFormat::Xlsx);
    QTest::newRow("csv") << int(ExportFormat::CsvUtf8Bom);
    QTest::newRow("csv gbk") << int(ExportFormat::CsvGbk);
}

void TestRosterRoundTrip::roundTrip()
{
    QFETCH(int, format);
    test::TestDb from;
    const Actor clerk = from.addUser(u("zhangli"), Roles(Role::Clerk), u("张丽"));
    auto made = DemoGenerator::generate(from.db(), clerk, 400, 11);
    QVERIFY2(made, qPrintable(made.error()));
    const QMap<QString, QString> before = registryOf(from.db());
    QVERIFY(before.size() > 300);
    // The demo must give the round trip something to carry: several categories, grades,
    // survivors' relations, service dates, key persons.
    const auto anyHas = [&](const QString& needle) {
        for (const QString& v : before)
            if (v.contains(needle))
                return true;
        return false;
    };
    int multi = 0;
    for (const QString& v : before)
        multi += v.count(u("\n  ")) > 1 ? 1 : 0;
    QVERIFY2(multi > 0, "the demo has no person with several categories");
    QVERIFY(anyHas(u("|因战|")) || anyHas(u("|因公|")) || anyHas(u("|因病|")));
    QVERIFY(anyHas(u("烈士遗属")));
    QVERIFY(anyHas(u("|1|")) || anyHas(u("|0|"))); // key persons, and not
    QVERIFY(countOf(from.db(), u("SELECT count(*) FROM persons WHERE status <> 'active'")) > 0);

    ListExportRequest req;
    req.list = ExportList::Roster;
    req.fullIds = true;
    ExportOptions o;
    o.format = ExportFormat(format);
    const QString path = m_dir.filePath(
        u("roster%1.%2").arg(format).arg(o.format == ExportFormat::Xlsx ? u("xlsx") : u("csv")));
    auto rows = exportList(from.db(), clerk, req, path, o);
    QVERIFY2(rows, qPrintable(rows.error()));
    QCOMPARE(rows.value(), countOf(from.db(), u("SELECT count(*) FROM person_categories pc JOIN "
                                                "persons p ON p.id = pc.person_id WHERE "
                                                "p.status = 'active' AND pc.end_date IS NULL")));

    test::TestDb to;
    const Actor clerk2 = to.addUser(u("zhangli"), Roles(Role::Clerk), u("张丽"));
    QCOMPARE(countOf(to.db(), u("SELECT count(*) FROM persons")), qint64(0));
    RosterImport import(to.db());
    auto first = import.inspect(path);
    QVERIFY2(first, qPrintable(first.error()));
    QVERIFY2(first->mapping.unmatched.size() <= 1, // 序号 only
             qPrintable(QStringList(first->mapping.unmatched.values()).join(u("; "))));
    auto p = import.preview(path, first->layout, first->mapping);
    QVERIFY2(p, qPrintable(p.error()));
    QStringList refusals;
    for (const RowIssue& i : p->issues)
        if (i.kind == RowIssue::Kind::Refused || i.kind == RowIssue::Kind::Duplicate)
            refusals << u("row %1 %2: %3 (%4)").arg(i.row).arg(i.column, i.message, i.original);
    QVERIFY2(refusals.isEmpty(), qPrintable(refusals.join(u("\n"))));
    QCOMPARE(p->refused, 0);
    QCOMPARE(p->duplicates, 0);
    QCOMPARE(p->imported, before.size());
    QCOMPARE(qint64(p->imported + p->merged), rows.value());
    QCOMPARE(p->rowsRead - p->skipped, int(rows.value()));
    auto counts = import.commit(clerk2, *p);
    QVERIFY2(counts, qPrintable(counts.error()));

    const QMap<QString, QString> after = registryOf(to.db());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QVERIFY2(after.contains(it.key()), qPrintable(u("missing: ") + it.key()));
        QCOMPARE(after.value(it.key()), it.value());
    }
    QCOMPARE(after.size(), before.size());
}

void TestRosterRoundTrip::maskedRosterIsNotForImport()
{
    test::TestDb t;
    const Actor clerk = t.addUser(u("zhangli"), Roles(Role::Clerk), u("张丽"));
    const Actor director = t.addUser(u("chenguoping"), Roles(Role::Director), u("陈国平"));
    QVERIFY(DemoGenerator::generate(t.db(), clerk, 50, 5));
    ListExportRequest req;
    req.list = ExportList::Roster;
    ExportOptions o;
    o.format = ExportFormat::CsvUtf8Bom;
    const QString path = m_dir.filePath(u("masked.csv"));
    const qint64 audits = countOf(t.db(), u("SELECT count(*) FROM audit_log"));
    auto rows = exportList(t.db(), director, req, path, o);
    QVERIFY2(rows, qPrintable(rows.error()));
    QCOMPARE(countOf(t.db(), u("SELECT count(*) FROM audit_log")), audits + 1);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(u("********")));
    QVERIFY(!text.contains(QRegularExpression(u("\\b4305811\\d{11}"))));
    QVERIFY(text.contains(u("出生年份")) && !text.contains(u("出生日期")));
    QVERIFY(!text.contains(u("联系电话"))); // no phone column without full numbers
    req.fullIds = true;
    QVERIFY(!exportList(t.db(), director, req, m_dir.filePath(u("full.csv")), o));
    QVERIFY(!QFile::exists(m_dir.filePath(u("full.csv"))));
}

void TestRosterRoundTrip::rowsOfOneIdMerge()
{
    test::TestDb t;
    const Actor clerk = t.addUser(u("zhangli"), Roles(Role::Clerk), u("张丽"));
    const QString id = u("43058119520314123") + CitizenId::checkCharacter(u("43058119520314123"));
    const QString other =
        u("43058119500101131") + CitizenId::checkCharacter(u("43058119500101131"));
    const QString head = u("姓名,性别,身份证号,乡镇,类别,享受时间,残疾等级,伤残性质,入伍时间,"
                           "退伍时间\n");
    QString csv = head;
    csv += u("张建国,男,%1,辕门口街道,残疾军人,2010-01-01,6,因公,,\n").arg(id); // 2
    csv += u("张建国,男,%1,辕门口街道,参战退役人员,2012-01-01,,,1970-12-01,1975-03-01\n")
               .arg(id);                                                        // 3 merged
    csv += u("张建国,男,%1,辕门口街道,残疾军人,2010-01-01,6,因公,,\n").arg(id); // 4 same
    csv += u("张建国,男,%1,迎春亭街道,带病回乡退伍军人,2013-01-01,,,1970-12-01,1975-03-01\n")
               .arg(id);                                                         // 5 differs
    csv += u("李四,男,%1,辕门口街道,残疾军人,2011-05-01,4,因战,,\n").arg(other); // 6
    csv += u("张建国,男,%1,辕门口街道,带病回乡退伍军人,2014-01-01,,,1970-12-01,1975-03-01\n")
               .arg(id); // 7 merged, after another person
    const QString path = m_dir.filePath(u("merge.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(csv.toUtf8());
    f.close();

    RosterImport import(t.db());
    auto first = import.inspect(path);
    QVERIFY2(first, qPrintable(first.error()));
    auto p = import.preview(path, first->layout, first->mapping);
    QVERIFY2(p, qPrintable(p.error()));
    QMap<int, QString> byRow;
    for (const RowIssue& i : p->issues)
        byRow[i.row] += u("%1:%2;").arg(int(i.kind)).arg(i.message);
    QCOMPARE(p->imported, 2);
    QCOMPARE(p->merged, 2);
    QCOMPARE(p->duplicates, 2);
    QCOMPARE(p->refused, 0);
    QCOMPARE(p->rowsRead, 6 + first->layout.lastHeaderRow);
    QVERIFY2(byRow.value(3).startsWith(u("%1:").arg(int(RowIssue::Kind::Merged))) &&
                 byRow.value(3).contains(u("row 2")),
             qPrintable(byRow.value(3)));
    QVERIFY2(byRow.value(7).contains(u("row 2")), qPrintable(byRow.value(7)));
    QVERIFY2(byRow.value(4).startsWith(u("%1:").arg(int(RowIssue::Kind::Duplicate))) &&
                 byRow.value(4).contains(u("same person and category as row 2")),
             qPrintable(byRow.value(4)));
    QVERIFY2(byRow.value(5).contains(u("row 2")) && byRow.value(5).contains(u("Township")),
             qPrintable(byRow.value(5)));
    QCOMPARE(p->toImport.first().categories.size(), 3);

    auto counts = import.commit(clerk, *p);
    QVERIFY2(counts, qPrintable(counts.error()));
    QCOMPARE(counts->persons, qint64(2));
    QCOMPARE(counts->categories, qint64(4));
    QCOMPARE(countOf(t.db(), u("SELECT count(*) FROM person_categories pc JOIN persons p ON "
                               "p.id = pc.person_id WHERE p.citizen_id = '%1'")
                                 .arg(id)),
             qint64(3));

    // The registry has him now: every row of his ID, merged or not, is a duplicate.
    auto again = import.preview(path, first->layout, first->mapping);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->imported, 0);
    QCOMPARE(again->merged, 0);
    QCOMPARE(again->duplicates, 6);
}

void TestRosterRoundTrip::youfuctlExportsRoster()
{
    const QString db = m_dir.filePath(u("cli.db"));
    const QHash<QString, QString> passwords = test::makeDemo(db, 40);
    QVERIFY(!passwords.isEmpty());
    const QString out = m_dir.filePath(u("cli-roster.xlsx"));
    test::CliRun r = test::youfuctl(
        {"--db", db, "export", "roster", out, "--format", "xlsx", "--full-ids", "--as", "zhangli"},
        {passwords.value(u("zhangli"))});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(out));
    QCOMPARE(QFile(out).permissions() & (QFile::ReadOther | QFile::ReadGroup),
             QFileDevice::Permissions());

    // And it goes back in: a dry run into the same database finds every person already there.
    r = test::youfuctl({"--db", db, "import", out, "--dry-run", "--as", "zhangli"},
                       {passwords.value(u("zhangli"))});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u("to import 0")), qPrintable(r.out));
    QVERIFY2(r.out.contains(u("refused 0")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestRosterRoundTrip)
#include "tst_rosterroundtrip.moc"
