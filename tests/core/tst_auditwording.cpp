// The audit log in the office's words: action titles, field names, "字段: 原值 → 新值",
// money in 元, enum keys by their titles, names instead of logins; the action-kind filter;
// the CSV export the same.
#include "audit/auditlog.h"
#include "audit/auditquery.h"
#include "audit/auditwording.h"
#include "db/auditedwrite.h"
#include "registry/personstore.h"
#include "security/userstore.h"
#include "testdb.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTranslator>

using namespace youfu;
using core::AuditWording;
using core::Role;

namespace {

// Stands in for the Chinese translation the lead adds to the .ts file, for the few strings the
// export test reads.
class ChineseWords : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        static const QHash<QString, QString> words = {
            {QStringLiteral("Login"), QStringLiteral("用户登录")},
            {QStringLiteral("Application amended"), QStringLiteral("修改待遇申请")},
            {QStringLiteral("One-off amount"), QStringLiteral("一次性金额")},
            {QStringLiteral("%1: %2 → %3"), QStringLiteral("%1：%2 → %3")},
        };
        if (QLatin1String(context) != QLatin1String("youfu::core::AuditWording"))
            return QString();
        return words.value(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

const QString kId = QStringLiteral("430581195203140010");
const QString kMasked = QStringLiteral("430581********0010");

core::Status writeEntry(test::TestDb& t, const core::Actor& actor, const core::AuditNote& note)
{
    return core::AuditedWrite::run(t.db(), actor, core::Authority::system(), note,
                                   [](core::WriteScope&) { return core::Status::success(); });
}

QJsonObject obj(const char* json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestAuditWording : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void changeLines_data();
    void changeLines();
    void titles_data();
    void titles();
    void everyActionHasATitle();
    void yuan_data();
    void yuan();
    void filterByActionKinds();
    void maskedIdStaysMasked();
    void exportInOfficeWords();
};

void TestAuditWording::changeLines_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("lines");

    QTest::newRow("money in yuan")
        << "application"
        << R"({"one_off_fen":0})"
        << R"({"one_off_fen":200000})" << QStringList{"One-off amount: 0.00元 → 2,000.00元"};
    QTest::newRow("annual amount, big")
        << "application"
        << R"({"annual_fen":123456789})"
        << R"({"annual_fen":123456790})"
        << QStringList{"Annual amount: 1,234,567.89元 → 1,234,567.90元"};
    QTest::newRow("money as text") << "benefit_standard"
                                   << ""
                                   << R"({"amount_fen":"5000"})" << QStringList{"Amount: 50.00元"};
    QTest::newRow("no grade left out")
        << "benefit_standard"
        << ""
        << R"({"grade":0,"amount_fen":"5000"})" << QStringList{"Amount: 50.00元"};
    QTest::newRow("a grade shown") << "benefit_standard"
                                   << ""
                                   << R"({"grade":3})" << QStringList{"Disability grade: 3"};
    QTest::newRow("person status")
        << "person"
        << R"({"status":"active"})"
        << R"({"status":"deceased"})" << QStringList{"Status: 在册 → 死亡"};
    QTest::newRow("application state")
        << "application"
        << R"({"state":"draft"})"
        << R"({"state":"pending"})" << QStringList{"State: Draft → In approval"};
    QTest::newRow("archive entry status")
        << "archive_document"
        << R"({"status":"pending"})"
        << R"({"status":"verified"})" << QStringList{"Status: waiting for verification → verified"};
    QTest::newRow("archive state")
        << "archive"
        << R"({"state":"in_custody"})"
        << R"({"state":"closed"})" << QStringList{"State: in custody → closed"};
    QTest::newRow("application type") << "application"
                                      << ""
                                      << R"({"type":"recognition"})"
                                      << QStringList{"Application type: Recognition of a category"};
    QTest::newRow("sex") << "person"
                         << R"({"sex":"M"})"
                         << R"({"sex":"F"})" << QStringList{"Sex: 男 → 女"};
    QTest::newRow("roles") << "user"
                           << R"({"roles":["clerk"]})"
                           << R"({"roles":["clerk","section_chief"]})"
                           << QStringList{"Roles: Clerk → Clerk, Section chief"};
    QTest::newRow("date readable") << "person"
                                   << R"({"status_since":"2020-01-05"})"
                                   << R"({"status_since":"2026-11-29"})"
                                   << QStringList{"Status since: 2020年1月5日 → 2026年11月29日"};
    QTest::newRow("bool") << "user"
                          << R"({"disabled":false})"
                          << R"({"disabled":true})" << QStringList{"Disabled: no → yes"};
    QTest::newRow("added field") << "person"
                                 << R"({"name":"李建国"})"
                                 << R"({"name":"李建国","risk_note":"独居"})"
                                 << QStringList{"Risk note: 独居"};
    QTest::newRow("removed field")
        << "person"
        << R"({"name":"李建国","risk_note":"独居"})"
        << R"({"name":"李建国"})" << QStringList{"Risk note: 独居 → (empty)"};
    QTest::newRow("emptied field")
        << "person"
        << R"({"risk_note":"独居"})"
        << R"({"risk_note":""})" << QStringList{"Risk note: 独居 → (empty)"};
    QTest::newRow("unchanged fields left out")
        << "person"
        << R"({"name":"李建国","ethnicity":"汉族"})"
        << R"({"name":"李建国","ethnicity":"苗族"})" << QStringList{"Ethnicity: 汉族 → 苗族"};
    QTest::newRow("field order: name first")
        << "person"
        << R"({"address":"a","name":"甲"})"
        << R"({"address":"b","name":"乙"})" << QStringList{"Name: 甲 → 乙", "Address: a → b"};
    QTest::newRow("unknown key and value raw")
        << "widget"
        << R"({"colour_code":"x1"})"
        << R"({"colour_code":"x2"})" << QStringList{"colour_code: x1 → x2"};
    QTest::newRow("unknown enum value raw")
        << "person"
        << R"({"status":"active"})"
        << R"({"status":"abroad"})" << QStringList{"Status: 在册 → abroad"};
    QTest::newRow("nested keys") << "setting"
                                 << R"({"value":{"from":"a","rows":3}})"
                                 << R"({"value":{"from":"b","rows":3}})"
                                 << QStringList{"Value · From: a → b"};
    QTest::newRow("nested unknown")
        << "setting"
        << ""
        << R"({"outer":{"inner_fen":150}})" << QStringList{"outer · inner_fen: 1.50元"};
    QTest::newRow("masked id stays masked")
        << "person"
        << "" << QString(R"({"citizen_id":"%1","birth_date":"1952"})").arg(kMasked)
        << QStringList{"Citizen ID number: " + kMasked, "Date of birth: 1952"};
    QTest::newRow("only after: empties skipped")
        << "user"
        << ""
        << R"({"login":"zhangli","display_name":"张丽","note":""})"
        << QStringList{"Login name: zhangli", "Full name: 张丽"};
    QTest::newRow("only before") << "user"
                                 << R"({"reason":"idle"})"
                                 << "" << QStringList{"Reason: idle"};
    QTest::newRow("revealed field by its name")
        << "person"
        << ""
        << R"({"field":"bank_account"})" << QStringList{"Field: Bank account"};
    QTest::newRow("not json") << "user"
                              << ""
                              << "plain words" << QStringList{"plain words"};
    QTest::newRow("nothing") << "user"
                             << ""
                             << "" << QStringList{};
    QTest::newRow("nothing changed") << "user"
                                     << R"({"a":1})"
                                     << R"({"a":1})" << QStringList{};
}

void TestAuditWording::changeLines()
{
    QFETCH(QString, entity);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QStringList, lines);
    QCOMPARE(AuditWording::changeLines(entity, before, after), lines);
}

void TestAuditWording::titles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("title");
    QTest::newRow("login") << "action"
                           << "login.success"
                           << "Login";
    QTest::newRow("document verify") << "action"
                                     << "archive.document_verify"
                                     << "Archive entry verified";
    QTest::newRow("approve") << "action"
                             << "application.approve"
                             << "Application approved";
    QTest::newRow("unknown action") << "action"
                                    << "thing.frobnicate"
                                    << "thing.frobnicate";
    QTest::newRow("entity") << "entity"
                            << "archive_document"
                            << "Archive entry";
    QTest::newRow("unknown entity") << "entity"
                                    << "widget"
                                    << "widget";
    QTest::newRow("field") << "field"
                           << "one_off_fen"
                           << "One-off amount";
    QTest::newRow("unknown field") << "field"
                                   << "colour_code"
                                   << "colour_code";
}

void TestAuditWording::titles()
{
    QFETCH(QString, kind);
    QFETCH(QString, key);
    QFETCH(QString, title);
    const QString got = kind == "action"   ? AuditWording::actionTitle(key)
                        : kind == "entity" ? AuditWording::entityTitle(key)
                                           : AuditWording::fieldTitle(key);
    QCOMPARE(got, title);
}

void TestAuditWording::everyActionHasATitle()
{
    // The keys the stores write today (grep AuditNote / AuditedWrite); a new one needs a title.
    const QStringList written = {"registry.import",
                                 "import.issues_export",
                                 "registry.pinyin_backfill",
                                 "list.export",
                                 "login.success",
                                 "login.failure",
                                 "login.locked",
                                 "logout",
                                 "user.add",
                                 "user.update",
                                 "user.disable",
                                 "user.enable",
                                 "user.reset_password",
                                 "user.change_password",
                                 "user.must_change_password",
                                 "person.add",
                                 "person.update",
                                 "person.status",
                                 "person.category_add",
                                 "person.category_end",
                                 "person.reveal",
                                 "sensitive.reveal",
                                 "category.add",
                                 "category.update",
                                 "archive.open",
                                 "archive.revise",
                                 "archive.verify",
                                 "archive.return",
                                 "archive.lend",
                                 "archive.return_file",
                                 "archive.document_file",
                                 "archive.document_update",
                                 "archive.document_correct",
                                 "archive.document_verify",
                                 "archive.document_return",
                                 "archive.scan_attach",
                                 "archive.kind_save",
                                 "archive.required_kinds",
                                 "policy.add",
                                 "policy.seed_illustrative",
                                 "application.create",
                                 "application.amend",
                                 "application.submit",
                                 "application.resubmit",
                                 "application.approve",
                                 "application.return",
                                 "application.reject",
                                 "application.report",
                                 "setting.set",
                                 "backup.create",
                                 "backup.restore",
                                 "audit.export",
                                 "security.field_key",
                                 "demo.generate"};
    QStringList kinds;
    for (const auto& k : AuditWording::actionKinds()) {
        QVERIFY2(!kinds.contains(k.key), qPrintable(k.key));
        kinds << k.key;
        QVERIFY(k.title != k.key);
    }
    for (const QString& key : written) {
        QVERIFY2(kinds.contains(key), qPrintable(key));
        QVERIFY2(AuditWording::actionTitle(key) != key, qPrintable(key));
    }
}

void TestAuditWording::yuan_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << "0.00元";
    QTest::newRow("fen") << qint64(5) << "0.05元";
    QTest::newRow("hundreds") << qint64(99999) << "999.99元";
    QTest::newRow("thousands") << qint64(200000) << "2,000.00元";
    QTest::newRow("millions") << qint64(123456789) << "1,234,567.89元";
    QTest::newRow("negative") << qint64(-150000) << "-1,500.00元";
}

void TestAuditWording::yuan()
{
    QFETCH(qint64, fen);
    QFETCH(QString, text);
    QCOMPARE(AuditWording::yuan(fen), text);
}

void TestAuditWording::filterByActionKinds()
{
    test::TestDb t;
    const core::Actor auditor = t.addUser("shenji", Role::Auditor);
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk, QStringLiteral("张丽"));
    for (int i = 0; i < 12; ++i) {
        QVERIFY(writeEntry(t, clerk, {"login.success", "user", QString::number(clerk.userId)}));
        QVERIFY(writeEntry(t, clerk, {"logout", "user", QString::number(clerk.userId)}));
        QVERIFY(writeEntry(t, clerk, {"person.update", "person", QString::number(i)}));
    }
    core::AuditQuery q(t.db());
    core::AuditFilter f;
    f.actions = QStringList{"login.success"};
    QCOMPARE(q.count(auditor, f).value(), qint64(12));
    f.actions = QStringList{"login.success", "logout"};
    QCOMPARE(q.count(auditor, f).value(), qint64(24));
    f.actions = QStringList{"user.add"};
    QCOMPARE(q.count(auditor, f).value(), qint64(3)); // admin, shenji, zhangli
    f.actions = QStringList{"login.success' OR '1'='1"};
    QCOMPARE(q.count(auditor, f).value(), qint64(0)); // bound, not pasted in
    // Paged by keyset under the filter: every match once, newest first.
    f.actions = QStringList{"login.success", "person.update"};
    QList<qint64> ids;
    qint64 before = 0;
    for (;;) {
        auto page = q.page(auditor, f, before, 5);
        QVERIFY2(page, qPrintable(page.error()));
        if (page->isEmpty())
            break;
        for (const auto& e : page.value()) {
            QVERIFY(f.actions.contains(e.action));
            if (!ids.isEmpty())
                QVERIFY(e.id < ids.last());
            ids << e.id;
        }
        before = page->last().id;
    }
    QCOMPARE(ids.size(), 24);
    // Names from the users table; the login where there is no user.
    auto people = q.people(auditor);
    QVERIFY2(people, qPrintable(people.error()));
    QCOMPARE(people->nameOf("zhangli"), QStringLiteral("张丽"));
    QCOMPARE(people->nameOf("nobody"), QStringLiteral("nobody"));
    QVERIFY(!q.people(clerk));
}

void TestAuditWording::maskedIdStaysMasked()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    const core::Actor auditor = t.addUser("shenji", Role::Auditor);
    core::PersonDraft d;
    d.name = QStringLiteral("李建国");
    d.citizenId = kId;
    d.townshipCode = "430581001";
    d.villageCode = "430581001001";
    d.address = QStringLiteral("辕门口街道东塔社区3栋201号");
    auto added = core::PersonStore(t.db()).add(clerk, d);
    QVERIFY2(added, qPrintable(added.error()));
    core::AuditFilter f;
    f.actions = QStringList{"person.add"};
    auto page = core::AuditQuery(t.db()).page(auditor, f, 0, 10);
    QVERIFY2(page, qPrintable(page.error()));
    QCOMPARE(page->size(), 1);
    const auto& e = page->first();
    const QString text = AuditWording::changeLines(e.entity, e.beforeJson, e.afterJson).join('\n');
    QVERIFY2(text.contains("Citizen ID number: " + kMasked), qPrintable(text));
    QVERIFY2(text.contains("Date of birth: 1952\n"), qPrintable(text));
    QVERIFY(!text.contains(kId));
    QVERIFY(!text.contains("1952年"));
    QVERIFY(text.contains("Status: 在册"));
    // The person the entry is about goes by name.
    auto people = core::AuditQuery(t.db()).people(auditor);
    QVERIFY(people);
    QVERIFY(core::AuditQuery(t.db()).addPersons(auditor, page.value(), &people.value()));
    QCOMPARE(AuditWording::recordText(e.entity, e.entityId, people->subjectName(e)),
             QStringLiteral("Person 李建国"));
}

void TestAuditWording::exportInOfficeWords()
{
    test::TestDb t;
    const core::Actor auditor = t.addUser("shenji", Role::Auditor);
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk, QStringLiteral("张丽"));
    QVERIFY(core::UserStore(t.db()).authenticate("zhangli", test::kTestPassword));
    QVERIFY(writeEntry(t, clerk,
                       {"application.amend", "application", "7",
                        obj(R"({"one_off_fen":0,"state":"draft"})"),
                        obj(R"({"one_off_fen":200000,"state":"draft"})")}));
    ChineseWords chinese;
    QVERIFY(QCoreApplication::installTranslator(&chinese));
    const QString path = t.dir() + "/audit.csv";
    core::AuditFilter f;
    f.login = "zhangli";
    auto rows = core::AuditQuery(t.db()).exportCsv(auditor, f, path);
    QCoreApplication::removeTranslator(&chinese);
    QVERIFY2(rows, qPrintable(rows.error()));
    QCOMPARE(rows.value(), qint64(2));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll().mid(3));
    const QStringList lines = csv.split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const QStringList amend = lines[1].split(',');
    const QStringList login = lines[2].split(',');
    QVERIFY2(amend.contains("张丽"), qPrintable(lines[1]));
    QVERIFY2(amend.contains("修改待遇申请"), qPrintable(lines[1]));
    QVERIFY2(lines[1].contains("\"一次性金额：0.00元 → 2,000.00元\""), qPrintable(lines[1]));
    QVERIFY2(login.contains("用户登录"), qPrintable(lines[2]));
    QVERIFY(!csv.contains("_fen"));
    QVERIFY(!csv.contains("login.success"));
    QVERIFY(!csv.contains("application.amend"));
    // The entry number and its hash, for checking against the chain.
    const auto entries = core::AuditLog(t.db()).forEntity("application", "7");
    QCOMPARE(entries.size(), 1);
    QCOMPARE(amend.first(), QString::number(entries.first().id));
    QCOMPARE(amend.last(), entries.first().hash);
}

QTEST_GUILESS_MAIN(TestAuditWording)
#include "tst_auditwording.moc"
