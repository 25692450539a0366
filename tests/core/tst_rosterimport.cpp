// The roster import service (core/io/rosterimport.h): a dirty roster as CSV (GB18030) and as
// xlsx (written here with libxlsxwriter), every row's fate, the commit all or nothing, the
// mapping remembered, a second pass, and youfuctl import.
#include "clirun.h"
#include "testdb.h"

#include "io/rosteraliases.h"
#include "io/rosterimport.h"
#include "registry/citizenid.h"
#include "registry/personimportstore.h"
#include "security/role.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QtTest>

#include <xlsxwriter.h>

using namespace youfu;
using namespace youfu::core;

namespace {

QString u(const char* s)
{
    return QString::fromUtf8(s);
}

QString withCheck(const QString& first17)
{
    return first17 + CitizenId::checkCharacter(first17);
}

// A female ID of 1955-06-01 whose check character is X (found, not typed by hand).
QString femaleWithX()
{
    for (int seq = 100; seq < 999; seq += 2) {
        const QString id = withCheck(u("43058119550601") + QString::number(seq));
        if (id.endsWith(QLatin1Char('X')))
            return id;
    }
    return QString();
}

QString fullWidth(const QString& s)
{
    QString out;
    for (QChar c : s)
        out += c.isDigit() ? QChar(c.unicode() - '0' + 0xFF10) : c;
    return out;
}

const QString kId1 = withCheck(u("43058119520314123")); // 张建国, male
const QString kId15 = u("430581520601135");             // 李四, 15 digits, male
const QString kId2 = withCheck(u("43058119520601135")); // … as 18 digits
const QString kIdX = femaleWithX();                     // 王芳
const QString kIdBad = kId1.left(17) + (kId1.endsWith(QLatin1Char('1')) ? u("2") : u("1"));
const QString kIdMale = withCheck(u("43058119500101131")); // refused: written 女
const QString kIdNoName = withCheck(u("43058119510101151"));
const QString kIdKnown = withCheck(u("43058119490202171")); // already registered
const QString kIdNoNature = withCheck(u("43058119530303191"));

// The roster: A 序号 B 姓名 C 性别 D 身份证号 E 乡镇 F 村 G 类别 H 享受时间, groups I–J 残疾情况
// (等级, 性质), K–L 服役情况 (入伍时间, 退伍时间), M–N 遗属情况 (关系, 烈士姓名), O 金额.
QList<QStringList> rosterRows(bool fixed)
{
    QList<QStringList> r;
    r << QStringList{u("武冈市优抚对象花名册（2026年）")};
    r << QStringList{u("填报单位：邓元泰镇民政办"),
                     {},
                     {},
                     {},
                     {},
                     {},
                     {},
                     {},
                     {},
                     {},
                     {},
                     {},
                     {},
                     {},
                     u("单位：元")};
    r << QStringList{u("序号"),     u("姓名"), u("性别"),     u("身份证号"),
                     u("乡镇"),     u("村"),   u("类别"),     u("享受时间"),
                     u("残疾情况"), {},        u("服役情况"), {},
                     u("遗属情况"), {},        u("金额")};
    r << QStringList{{},
                     {},
                     {},
                     {},
                     {},
                     {},
                     {},
                     {},
                     u("等级"),
                     u("性质"),
                     u("入伍时间"),
                     u("退伍时间"),
                     u("关系"),
                     u("烈士姓名"),
                     {}};
    // 5: clean
    r << QStringList{u("1"),
                     u("张建国"),
                     u("男"),
                     kId1,
                     u("邓元泰镇"),
                     u("高桥村"),
                     u("残疾军人"),
                     u("2010-01-01"),
                     u("三级"),
                     u("因战"),
                     u("1970-12-01"),
                     u("1975-03-01"),
                     {},
                     {},
                     u("1020.00")};
    // 6: repaired: spaces in the name, a 15-digit ID, a short township, 6级, 70.12, 10,200元
    r << QStringList{u("2"),      u(" 李 四 "), u("男"),       kId15,
                     u("邓元泰"), u("塘田村"),  u("残疾军人"), u("2010-01-01"),
                     u("6级"),    u("因公"),    u("70.12"),    u("1975.3"),
                     {},          {},           u("10,200元")};
    // 7: repaired: full-width digits and a lower-case x, the office's synonym 烈属
    r << QStringList{u("3"),      u("王芳"),   u("女"),    fullWidth(kIdX).replace(u("X"), u("x")),
                     u("龙溪镇"), {},          u("烈属"),  u("2005-06-01"),
                     {},          {},          {},         {},
                     u("配偶"),   u("刘大山"), u("￥1500")};
    // 8: refused: scientific notation
    r << QStringList{u("4"),
                     u("赵六"),
                     u("男"),
                     fixed ? kIdMale : u("4.30581E+17"),
                     u("邓元泰镇"),
                     {},
                     u("残疾军人"),
                     u("2010-01-01"),
                     u("五级"),
                     u("因战"),
                     {},
                     {},
                     {},
                     {},
                     u("800")};
    // 9: refused: a bad check digit
    r << QStringList{u("5"),
                     u("钱七"),
                     u("男"),
                     fixed ? kId1.left(14) + u("1111") : kIdBad,
                     u("邓元泰镇"),
                     {},
                     u("残疾军人"),
                     u("2010-01-01"),
                     u("五级"),
                     u("因战"),
                     {},
                     {},
                     {},
                     {},
                     u("800")};
    // 10: refused: the sex disagrees with the ID
    r << QStringList{u("6"),
                     u("孙八"),
                     u("女"),
                     kIdMale,
                     u("邓元泰镇"),
                     {},
                     u("残疾军人"),
                     u("2010-01-01"),
                     u("五级"),
                     u("因战"),
                     {},
                     {},
                     {},
                     {},
                     u("800")};
    // 11: refused: the name is empty
    r << QStringList{u("7"),
                     {},
                     u("男"),
                     kIdNoName,
                     u("邓元泰镇"),
                     {},
                     u("残疾军人"),
                     u("2010-01-01"),
                     u("五级"),
                     u("因战"),
                     {},
                     {},
                     {},
                     {},
                     u("800")};
    r << QStringList{u("邓元泰镇小计"), {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {},
                     u("14320")};
    r << QStringList{};
    r << r.at(2); // the header's upper row repeated (a printed page break)
    // 15: the person of row 6 again, the ID in 18 digits
    r << QStringList{u("8"),
                     u("李四"),
                     u("男"),
                     kId2,
                     u("邓元泰镇"),
                     {},
                     u("残疾军人"),
                     u("2010-01-01"),
                     u("六级"),
                     u("因公"),
                     {},
                     {},
                     {},
                     {},
                     u("800")};
    // 16: already in the registry
    r << QStringList{u("9"),
                     u("周九"),
                     u("男"),
                     kIdKnown,
                     u("邓元泰镇"),
                     {},
                     u("残疾军人"),
                     u("2010-01-01"),
                     u("五级"),
                     u("因战"),
                     {},
                     {},
                     {},
                     {},
                     u("800")};
    // 17: refused by the category's rules: no nature of the disability
    r << QStringList{u("10"),
                     u("吴十"),
                     u("男"),
                     kIdNoNature,
                     u("邓元泰镇"),
                     {},
                     u("残疾军人"),
                     u("2010-01-01"),
                     u("五级"),
                     {},
                     {},
                     {},
                     {},
                     {},
                     u("800")};
    r << QStringList{u("合计"), {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, u("16720")};
    r << QStringList{u("制表人：张丽"), {}, {}, {}, {}, {}, u("审核人：王建华")};
    r << QStringList{u("填报日期：2026年11月29日")};
    return r;
}

void writeCsvGb18030(const QString& path, bool fixed)
{
    QString text;
    for (const QStringList& row : rosterRows(fixed)) {
        QStringList cells;
        for (const QString& c : row)
            cells << (c.contains(QLatin1Char(',')) ? u("\"") + c + u("\"") : c);
        text += cells.join(QLatin1Char(',')) + u("\r\n");
    }
    QStringEncoder gb("GB18030");
    QVERIFY(gb.isValid());
    const QByteArray bytes = gb.encode(text);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

void writeXlsx(const QString& path, bool fixed)
{
    lxw_workbook* wb = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");
    const QList<QStringList> rows = rosterRows(fixed);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const QString& t = rows.at(r).at(c);
            if (t.isEmpty())
                continue;
            const QByteArray utf8 = t.toUtf8();
            if (r == 4 && c == 7) // a real date cell
            {
                lxw_datetime d{2010, 1, 1, 0, 0, 0};
                worksheet_write_datetime(ws, r, c, &d, date);
            } else if (r == 7 && c == 3 && !fixed) // the ID typed as a number: Excel rounds it
                worksheet_write_number(ws, r, c, 430581195203141232.0, nullptr);
            else if (c == 14 && r >= 4 && t == u("800"))
                worksheet_write_number(ws, r, c, 800, nullptr);
            else
                worksheet_write_string(ws, r, c, utf8.constData(), nullptr);
        }
    worksheet_merge_range(ws, 0, 0, 0, 14, u("武冈市优抚对象花名册（2026年）").toUtf8().constData(),
                          nullptr);
    worksheet_merge_range(ws, 2, 8, 2, 9, "残疾情况", nullptr);
    worksheet_merge_range(ws, 2, 10, 2, 11, "服役情况", nullptr);
    worksheet_merge_range(ws, 2, 12, 2, 13, "遗属情况", nullptr);
    QCOMPARE(int(workbook_close(wb)), int(LXW_NO_ERROR));
}

qint64 countOf(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString lastAuditHash(Database& db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u("SELECT * FROM audit_log ORDER BY id DESC LIMIT 1")) || !q.next())
        return QString();
    QStringList all;
    for (int i = 0; i < q.record().count(); ++i)
        all << q.value(i).toString();
    return all.join(QLatin1Char('|'));
}

// The registry before the import: one person whose ID is in the file (row 16).
void registerKnown(test::TestDb& t, const Actor& clerk)
{
    bool given = false;
    auto counts = PersonImportStore(t.db()).importAll(clerk,
                                                      [&](ImportedPerson& p) {
                                                          if (given)
                                                              return false;
                                                          given = true;
                                                          p.person.name = u("周九");
                                                          p.person.citizenId = kIdKnown;
                                                          p.person.townshipCode = u("430581100");
                                                          return true;
                                                      },
                                                      u("registry.import"), {});
    QVERIFY2(counts.isOk(), qPrintable(counts.error()));
}

void officeSynonyms(test::TestDb& t)
{
    OfficeAliases a;
    a.categories.insert(u("烈属"), u("martyr_survivor"));
    const Status s = RosterAliases(t.db()).setOffice(t.admin(), a);
    QVERIFY2(s.isOk(), qPrintable(s.error()));
}

} // namespace

class TestRosterImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dirtyRoster_data();
    void dirtyRoster();
    void cancelLeavesNothing();
    void permissionAndFailure();
    void issueListExportIsAuditedAndPrivate();
    void mappingRemembered();
    void aliasesValidated();
    void youfuctlImport();
    void personsWrittenByTownshipAndPinyin();

private:
    QTemporaryDir m_dir;
};

void TestRosterImport::dirtyRoster_data()
{
    QTest::addColumn<bool>("xlsx");
    QTest::newRow("csv GB18030") << false;
    QTest::newRow("xlsx") << true;
}

void TestRosterImport::dirtyRoster()
{
    QFETCH(bool, xlsx);
    test::TestDb t;
    const Actor clerk = t.addUser(u("clerk"), Roles(Role::Clerk));
    registerKnown(t, clerk);
    officeSynonyms(t);
    const QString path = m_dir.filePath(xlsx ? u("dirty.xlsx") : u("dirty.csv"));
    xlsx ? writeXlsx(path, false) : writeCsvGb18030(path, false);

    RosterImport import(t.db());
    auto first = import.inspect(path);
    QVERIFY2(first.isOk(), qPrintable(first.error()));
    QCOMPARE(first->layout.firstHeaderRow, 3);
    QCOMPARE(first->layout.lastHeaderRow, 4);
    QCOMPARE(first->mapping.columns.value(3), RosterField::CitizenId);
    QCOMPARE(first->mapping.columns.value(8), RosterField::Grade);
    QCOMPARE(first->mapping.columns.value(12), RosterField::Relation);
    QCOMPARE(first->mapping.columns.value(13), RosterField::ServicemanName);
    auto p = import.preview(path, first->layout, first->mapping);
    QVERIFY2(p.isOk(), qPrintable(p.error()));
    QVERIFY(!p->sha256Hex.isEmpty());

    // Every row's fate by its Excel row number.
    QMap<int, QString> fate;
    for (const RowIssue& i : p->issues) {
        const char* k = i.kind == RowIssue::Kind::Refused     ? "R"
                        : i.kind == RowIssue::Kind::Skipped   ? "S"
                        : i.kind == RowIssue::Kind::Duplicate ? "D"
                                                              : "r";
        QVERIFY2(!i.message.isEmpty(), qPrintable(QString::number(i.row)));
        if (!fate.value(i.row).contains(QLatin1String(k)))
            fate[i.row] += QLatin1String(k);
    }
    QString got;
    for (auto it = fate.cbegin(); it != fate.cend(); ++it)
        got += QString::number(it.key()) + u(":") + it.value() + u(" ");
    // An xlsx does not store a blank row: the reader has none to report (row 13).
    QCOMPARE(got.trimmed(), u("1:S 2:S 3:S 4:S 6:r 7:r 8:R 9:R 10:R 11:R 12:S ") +
                                (xlsx ? QString() : u("13:S ")) +
                                u("14:S 15:D 16:D 17:R 18:S 19:S 20:S"));
    QCOMPARE(p->imported, 3);
    QCOMPARE(p->repaired, 2);
    QCOMPARE(p->refused, 5);
    QCOMPARE(p->skipped, xlsx ? 9 : 10);
    QCOMPARE(p->rowsRead, xlsx ? 19 : 20);
    QCOMPARE(p->duplicates, 2);
    for (const RowIssue& i : p->issues) {
        if (i.row == 15)
            QVERIFY2(i.message.contains(u("6")), qPrintable(i.message));
        if (i.row == 17)
            QCOMPARE(i.column.left(1), u("G"));
    }

    const qint64 persons = countOf(t.db(), u("SELECT count(*) FROM persons"));
    const qint64 entries = countOf(t.db(), u("SELECT count(*) FROM audit_log"));
    auto counts = import.commit(clerk, *p);
    QVERIFY2(counts.isOk(), qPrintable(counts.error()));
    QCOMPARE(counts->persons, qint64(3));
    QCOMPARE(countOf(t.db(), u("SELECT count(*) FROM persons")), persons + 3);
    QCOMPARE(countOf(t.db(), u("SELECT count(*) FROM audit_log")), entries + 1);
    QSqlQuery q(t->connection());
    QVERIFY(q.exec(u("SELECT action, after_json FROM audit_log ORDER BY id DESC LIMIT 1")) &&
            q.next());
    QCOMPARE(q.value(0).toString(), u("registry.import"));
    QVERIFY2(q.value(1).toString().contains(QString::fromLatin1(p->sha256Hex)),
             qPrintable(q.value(1).toString()));

    // The repaired values, as the registry holds them.
    QVERIFY(q.exec(u("SELECT p.name, p.sex, p.township_code, c.category_code, c.grade, c.nature, "
                     "c.enlisted_on, c.relation, c.serviceman_name FROM persons p JOIN "
                     "person_categories c ON c.person_id = p.id WHERE p.citizen_id IN ('%1','%2',"
                     "'%3') ORDER BY p.citizen_id")
                       .arg(kId1, kId2, kIdX)));
    QStringList rows;
    while (q.next()) {
        QStringList r;
        for (int i = 0; i < 9; ++i)
            r << q.value(i).toString();
        rows << r.join(QLatin1Char(','));
    }
    QStringList want = {
        u("张建国,M,430581100,disabled_serviceman,3,因战,1970-12-01,,"),
        u("李四,M,430581100,disabled_serviceman,6,因公,1970-12-01,,"),
        u("王芳,F,430581106,martyr_survivor,,,,配偶,刘大山"),
    };
    QMap<QString, QString> byId{{kId1, want.at(0)}, {kId2, want.at(1)}, {kIdX, want.at(2)}};
    QStringList sortedWant;
    for (const QString& id : byId.keys())
        sortedWant << byId.value(id);
    QCOMPARE(rows, sortedWant);

    // Second pass with the fixed file: only the rows not yet in the registry are imported.
    const QString fixedPath = m_dir.filePath(xlsx ? u("fixed.xlsx") : u("fixed.csv"));
    xlsx ? writeXlsx(fixedPath, true) : writeCsvGb18030(fixedPath, true);
    auto again = import.preview(fixedPath, first->layout, first->mapping);
    QVERIFY2(again.isOk(), qPrintable(again.error()));
    // 5, 6, 7 and 16 are in the registry now; 15 duplicates 6; 8 now carries the ID of row 10
    // (refused there) and imports; 9 has another bad ID.
    QCOMPARE(again->imported, 1);
    QCOMPARE(again->duplicates, 5);
    auto second = import.commit(clerk, *again);
    QVERIFY2(second.isOk(), qPrintable(second.error()));
    QCOMPARE(countOf(t.db(), u("SELECT count(*) FROM persons")), persons + 4);
}

void TestRosterImport::cancelLeavesNothing()
{
    test::TestDb t;
    const Actor clerk = t.addUser(u("clerk"), Roles(Role::Clerk));
    officeSynonyms(t);
    const QString path = m_dir.filePath(u("cancel.csv"));
    writeCsvGb18030(path, false);
    RosterImport import(t.db());
    auto first = import.inspect(path);
    QVERIFY2(first.isOk(), qPrintable(first.error()));

    std::atomic_bool cancel{false};
    ImportProgress progress;
    progress.cancel = &cancel;
    progress.report = [&](int, const QString&) { cancel = true; };
    auto cancelledPreview = import.preview(path, first->layout, first->mapping, progress);
    QVERIFY(!cancelledPreview.isOk());
    QCOMPARE(cancelledPreview.error(), RosterImport::cancelledMessage());

    cancel = false;
    auto p = import.preview(path, first->layout, first->mapping);
    QVERIFY2(p.isOk(), qPrintable(p.error()));
    const qint64 persons = countOf(t.db(), u("SELECT count(*) FROM persons"));
    const qint64 statusRows = countOf(t.db(), u("SELECT count(*) FROM person_status_changes"));
    const QString lastEntry = lastAuditHash(t.db());
    const qint64 settings = countOf(t.db(), u("SELECT count(*) FROM settings"));
    // Cancelled after the rows were written, before the commit: everything rolls back.
    auto counts = import.commit(clerk, *p, progress);
    QVERIFY(!counts.isOk());
    QCOMPARE(counts.error(), RosterImport::cancelledMessage());
    QCOMPARE(countOf(t.db(), u("SELECT count(*) FROM persons")), persons);
    QCOMPARE(countOf(t.db(), u("SELECT count(*) FROM person_status_changes")), statusRows);
    QCOMPARE(countOf(t.db(), u("SELECT count(*) FROM settings")), settings);
    QCOMPARE(lastAuditHash(t.db()), lastEntry);
}

void TestRosterImport::permissionAndFailure()
{
    test::TestDb t;
    const Actor clerk = t.addUser(u("clerk"), Roles(Role::Clerk));
    const Actor auditor = t.addUser(u("auditor"), Roles(Role::Auditor));
    officeSynonyms(t);
    const QString path = m_dir.filePath(u("perm.csv"));
    writeCsvGb18030(path, false);
    RosterImport import(t.db());
    auto first = import.inspect(path);
    QVERIFY2(first.isOk(), qPrintable(first.error()));
    auto p = import.preview(path, first->layout, first->mapping);
    QVERIFY2(p.isOk(), qPrintable(p.error()));
    const QString lastEntry = lastAuditHash(t.db());
    QVERIFY(!import.commit(auditor, *p).isOk());
    QCOMPARE(countOf(t.db(), u("SELECT count(*) FROM persons")), qint64(0));

    // Someone registered a person of the file since the preview: the commit fails as a whole.
    registerKnown(t, clerk);
    RosterPreview stale = *p;
    stale.toImport.last().person.citizenId = kIdKnown;
    const QString afterKnown = lastAuditHash(t.db());
    QVERIFY(afterKnown != lastEntry);
    QVERIFY(!import.commit(clerk, stale).isOk());
    QCOMPARE(countOf(t.db(), u("SELECT count(*) FROM persons")), qint64(1));
    QCOMPARE(lastAuditHash(t.db()), afterKnown);

    // The file changed after the preview: refused.
    writeCsvGb18030(path, true);
    QVERIFY(!import.commit(clerk, *p).isOk());
    QCOMPARE(countOf(t.db(), u("SELECT count(*) FROM persons")), qint64(1));
}

void TestRosterImport::mappingRemembered()
{
    test::TestDb t;
    const Actor clerk = t.addUser(u("clerk"), Roles(Role::Clerk));
    officeSynonyms(t);
    const QString path = m_dir.filePath(u("mapping.xlsx"));
    writeXlsx(path, false);
    RosterImport import(t.db());
    auto first = import.inspect(path);
    QVERIFY2(first.isOk(), qPrintable(first.error()));
    QCOMPARE(first->mapping.columns.value(14), RosterField::Amount);
    ColumnMapping m = first->mapping;
    m.columns.remove(14); // the clerk does not import the amounts
    auto p = import.preview(path, first->layout, m);
    QVERIFY2(p.isOk(), qPrintable(p.error()));
    auto counts = import.commit(clerk, *p);
    QVERIFY2(counts.isOk(), qPrintable(counts.error()));
    auto next = import.inspect(path);
    QVERIFY2(next.isOk(), qPrintable(next.error()));
    QVERIFY(!next->mapping.columns.contains(14));
    QCOMPARE(next->mapping.columns, m.columns);
    QCOMPARE(RosterImport::mappingSettingKey(m.signature).left(15), u("import.mapping."));
}

void TestRosterImport::aliasesValidated()
{
    test::TestDb t;
    RosterAliases aliases(t.db());
    auto tables = aliases.tables();
    QVERIFY2(tables.isOk(), qPrintable(tables.error()));
    QCOMPARE(tables->townships.value(u("龙溪镇")), u("430581106"));
    QCOMPARE(tables->townships.value(u("龙溪")), u("430581106"));
    QCOMPARE(tables->categories.value(u("农村籍退役士兵")), u("rural_veteran_60"));
    QVERIFY(!tables->categories.contains(u("烈属")));
    OfficeAliases bad;
    bad.townships.insert(u("龙溪"), u("999999999"));
    QVERIFY(!aliases.setOffice(t.admin(), bad).isOk());
    const Actor clerk = t.addUser(u("clerk"), Roles(Role::Clerk));
    OfficeAliases good;
    good.categories.insert(u("烈属"), u("martyr_survivor"));
    QVERIFY(!aliases.setOffice(clerk, good).isOk()); // settings are the administrator's
    QVERIFY(aliases.setOffice(t.admin(), good).isOk());
    QCOMPARE(aliases.tables()->categories.value(u("烈属")), u("martyr_survivor"));
    QCOMPARE(aliases.office()->categories.size(), 1);
}

// The round trip (registry → roster → empty database) is in tst_rosterroundtrip.cpp.

void TestRosterImport::youfuctlImport()
{
    const QString db = m_dir.filePath(u("cli.db"));
    const QHash<QString, QString> passwords = test::makeDemo(db);
    QVERIFY(!passwords.isEmpty());
    const QString path = m_dir.filePath(u("cli.csv"));
    writeCsvGb18030(path, false);
    // The office's synonym 烈属 is not set here: row 7 is refused with its reason.
    const QString report = m_dir.filePath(u("report.csv"));
    test::CliRun r = test::youfuctl({"--db", db, "import", path, "--dry-run"}, {});
    QVERIFY(r.code != 0);
    r = test::youfuctl(
        {"--db", db, "import", path, "--dry-run", "--report", report, "--as", "zhangli"},
        {passwords.value(u("zhangli"))});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u("D 身份证号")), qPrintable(r.out));
    QVERIFY2(r.out.contains(u("4.30581E+17")), qPrintable(r.out));
    QVERIFY(QFile::exists(report));
    // person find exits 0 when it finds someone, 1 when not.
    auto registered = [&] {
        return test::youfuctl({"--db", db, "person", "find", kId1, "--as", "zhangli"},
                              {passwords.value(u("zhangli"))})
                   .code == 0;
    };
    QVERIFY(!registered());
    r = test::youfuctl({"--db", db, "import", path, "--as", "zhouhong"},
                       {passwords.value(u("zhouhong"))});
    QVERIFY(r.code != 0); // the auditor may not change the registry
    QVERIFY(!registered());
    r = test::youfuctl({"--db", db, "import", path, "--as", "zhangli"},
                       {passwords.value(u("zhangli"))});
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(u("Imported 3 person(s).")), qPrintable(r.out));
    QVERIFY(registered());
}

// The issue list holds the file's cells and which IDs the registry has: 0600, one audit entry,
// only for those who may import.
void TestRosterImport::issueListExportIsAuditedAndPrivate()
{
    test::TestDb t;
    const Actor clerk = t.addUser(u("clerk"), Roles(Role::Clerk));
    const Actor auditor = t.addUser(u("auditor"), Roles(Role::Auditor));
    const QString path = m_dir.filePath(u("issues.xlsx"));
    const QList<QStringList> lines{
        {u("5"), u("refused"), u("D 身份证号"), u("4.30581E+17"), QString(), u("科学计数法")}};
    const QStringList headers{u("行"), u("类别"), u("列"), u("原值"), u("读作"), u("原因")};
    RosterImport import(t.db());
    QVERIFY(!import.exportIssues(auditor, u("roster.csv"), headers, lines, {3, 4}, path));
    QVERIFY(!QFile::exists(path));
    auto written = import.exportIssues(clerk, u("roster.csv"), headers, lines, {3, 4}, path);
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(written.value(), qint64(1));
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QSqlQuery q(t->connection());
    QVERIFY(q.exec(u("SELECT count(*) FROM audit_log WHERE action = 'import.issues_export'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

// The commit writes the persons by township, then by the pinyin of their names (the order the
// registry's indexes sort them in, so that building them after a large import is quicker):
// the ids follow that order, not the file's.
void TestRosterImport::personsWrittenByTownshipAndPinyin()
{
    test::TestDb t;
    const Actor clerk = t.addUser(u("clerk"), Roles(Role::Clerk));
    const QString path = m_dir.filePath(u("order.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(u("姓名,性别,身份证号,乡镇,类别,享受时间,残疾等级,伤残性质\n").toUtf8());
    const QStringList rows = {
        u("张伟,男,%1,龙溪镇,残疾军人,2010-01-01,六级,因战").arg(withCheck(u("43058119500101131"))),
        u("李明,男,%1,邓元泰镇,残疾军人,2010-01-01,六级,因战")
            .arg(withCheck(u("43058119500101151"))),
        u("王芳,女,%1,龙溪镇,残疾军人,2010-01-01,六级,因战").arg(withCheck(u("43058119500101142"))),
        u("安静,女,%1,邓元泰镇,残疾军人,2010-01-01,六级,因战")
            .arg(withCheck(u("43058119500101162"))),
    };
    for (const QString& row : rows)
        f.write(row.toUtf8() + "\n");
    f.close();
    RosterImport import(t.db());
    auto first = import.inspect(path);
    QVERIFY2(first.isOk(), qPrintable(first.error()));
    auto p = import.preview(path, first->layout, first->mapping);
    QVERIFY2(p.isOk(), qPrintable(p.error()));
    QCOMPARE(p->imported, 4);
    auto counts = import.commit(clerk, *p);
    QVERIFY2(counts.isOk(), qPrintable(counts.error()));
    QSqlQuery q(t->connection());
    QVERIFY(q.exec(u("SELECT name, township_code FROM persons ORDER BY id")));
    QStringList written;
    while (q.next())
        written << q.value(0).toString() + q.value(1).toString().right(3);
    // 邓元泰镇 430581100 before 龙溪镇 430581106; an before li, wang before zhang.
    QCOMPARE(written, QStringList({u("安静100"), u("李明100"), u("王芳106"), u("张伟106")}));
    // The same preview once more: the first person written is registered now, and the refusal
    // names the row of the file (安静 is row 5: the header is row 1), not the writing order.
    auto again = import.commit(clerk, *p);
    QVERIFY(!again.isOk());
    QVERIFY2(again.error().startsWith(u("Row 5 of the file (安静): ")), qPrintable(again.error()));
    QVERIFY2(again.error().contains(u("already registered")), qPrintable(again.error()));
}

QTEST_GUILESS_MAIN(TestRosterImport)
#include "tst_rosterimport.moc"
