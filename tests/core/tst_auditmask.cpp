// What the audit log shows to a reader without Permission::RevealSensitive (the auditor):
// masked ID, birth year, the start of the address. The log itself keeps everything.
#include "audit/auditlog.h"
#include "audit/auditmask.h"
#include "audit/auditquery.h"
#include "registry/personstore.h"
#include "testdb.h"

#include <QFile>
#include <QTest>

using namespace youfu;
using core::Role;

class TestAuditMask : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void maskJson_data();
    void maskJson();
    void auditorSeesMaskedPages();
    void auditorExportIsMasked();
    void revealerSeesFullEntries();
};

namespace {
const QString kId = QStringLiteral("430581195203140010");
const QString kMasked = QStringLiteral("430581********0010");
const QString kAddress = QString::fromUtf8("辕门口街道东塔社区3栋201号");

core::PersonDraft draft()
{
    core::PersonDraft d;
    d.name = QString::fromUtf8("李建国");
    d.citizenId = kId;
    d.phone = QStringLiteral("13807391234");
    d.townshipCode = "430581001";
    d.villageCode = "430581001001";
    d.address = kAddress;
    d.bankName = QString::fromUtf8("湖南武冈农村商业银行");
    d.bankAccount = QStringLiteral("6230901234567890123");
    return d;
}

void addPerson(test::TestDb& t)
{
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    auto r = core::PersonStore(t.db()).add(clerk, draft());
    QVERIFY2(r, qPrintable(r.error()));
}
} // namespace

void TestAuditMask::maskJson_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("no personal fields") << R"({"field":"bank_account","login":"zhangli"})"
                                        << R"({"field":"bank_account","login":"zhangli"})";
    QTest::newRow("citizen id") << R"({"citizen_id":"430581195203140010","name":"李建国"})"
                                << R"({"citizen_id":"430581********0010","name":"李建国"})";
    QTest::newRow("citizen id with X") << R"({"citizen_id":"11010519491231002x"})"
                                       << R"({"citizen_id":"110105********002X"})";
    QTest::newRow("already masked id") << R"({"citizen_id":"430581********0010"})"
                                       << R"({"citizen_id":"430581********0010"})";
    QTest::newRow("birth date to year") << R"({"birth_date":"1952-03-14"})"
                                        << R"({"birth_date":"1952"})";
    QTest::newRow("empty birth date") << R"({"birth_date":""})"
                                      << R"({"birth_date":""})";
    QTest::newRow("address") << QString::fromUtf8(R"({"address":"辕门口街道东塔社区3栋201号"})")
                             << QString::fromUtf8(R"({"address":"辕门口街道**********"})");
    QTest::newRow("short address")
        << QString::fromUtf8(R"({"address":"3栋"})") << QString::fromUtf8(R"({"address":"****"})");
    QTest::newRow("full phone masked") << R"({"phone":"13807391234"})"
                                       << R"({"phone":"138****1234"})";
    QTest::newRow("masked phone kept") << R"({"phone":"138****1234"})"
                                       << R"({"phone":"138****1234"})";
    QTest::newRow("full bank account") << R"({"bank_account":"6230901234567890123"})"
                                       << R"({"bank_account":"***************0123"})";
    QTest::newRow("nested old/new")
        << R"({"citizen_id":{"new":"430581195203140029","old":"430581195203140010"}})"
        << R"({"citizen_id":{"new":"430581********0029","old":"430581********0010"}})";
    QTest::newRow("array of persons")
        << R"([{"birth_date":"1952-03-14","citizen_id":"430581195203140010"}])"
        << R"([{"birth_date":"1952","citizen_id":"430581********0010"}])";
    QTest::newRow("id inside a note")
        << QString::fromUtf8(R"({"note":"原号码430581195203140010有误"})")
        << QString::fromUtf8(R"({"note":"原号码430581********0010有误"})");
    QTest::newRow("longer number untouched") << R"({"note":"62309012345678901234"})"
                                             << R"({"note":"62309012345678901234"})";
    QTest::newRow("other values kept") << R"({"key_person":true,"rows":12,"status":"active"})"
                                       << R"({"key_person":true,"rows":12,"status":"active"})";
    QTest::newRow("not json") << "id 430581195203140010"
                              << "id 430581********0010";
}

void TestAuditMask::maskJson()
{
    QFETCH(QString, json);
    QFETCH(QString, expected);
    QCOMPARE(core::AuditMask::maskJson(json), expected);
}

void TestAuditMask::auditorSeesMaskedPages()
{
    test::TestDb t;
    addPerson(t);
    const core::Actor auditor = t.addUser("shenji", Role::Auditor);
    auto page = core::AuditQuery(t.db()).page(auditor, {}, 0, 100);
    QVERIFY2(page, qPrintable(page.error()));
    bool seen = false;
    for (const core::AuditEntry& e : page.value()) {
        const QString both = e.beforeJson + e.afterJson;
        QVERIFY2(!both.contains(kId), qPrintable(both));
        QVERIFY2(!both.contains("1952-03-14"), qPrintable(both));
        QVERIFY2(!both.contains(kAddress), qPrintable(both));
        if (e.entity == "person" && both.contains(kMasked) &&
            both.contains(R"("birth_date":"1952")"))
            seen = true;
    }
    QVERIFY(seen);
    // The log itself is untouched.
    const auto raw = core::AuditLog(t.db()).forEntity("person", "1");
    QVERIFY(!raw.isEmpty());
    QVERIFY(raw.first().afterJson.contains(kId));
}

void TestAuditMask::auditorExportIsMasked()
{
    test::TestDb t;
    addPerson(t);
    const core::Actor auditor = t.addUser("shenji", Role::Auditor);
    const QString path = t.dir() + "/audit.csv";
    auto rows = core::AuditQuery(t.db()).exportCsv(auditor, {}, path);
    QVERIFY2(rows, qPrintable(rows.error()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    QVERIFY(csv.contains(kMasked));
    QVERIFY(!csv.contains(kId));
    QVERIFY(!csv.contains("1952-03-14"));
    QVERIFY(!csv.contains(kAddress));
}

void TestAuditMask::revealerSeesFullEntries()
{
    test::TestDb t;
    addPerson(t);
    // Someone who may both read the log and reveal particulars sees the entry as recorded.
    // (No role has both today; the auditor role cannot be combined. The rule is the
    // permission, not the role.)
    core::Actor both = t.addUser("shenji", Role::Auditor);
    both.roles |= Role::SectionChief;
    auto page = core::AuditQuery(t.db()).page(both, {"zhangli", {}, {}, "person"}, 0, 10);
    QVERIFY2(page, qPrintable(page.error()));
    QVERIFY(!page->isEmpty());
    QVERIFY(page->first().afterJson.contains(kId));
}

QTEST_GUILESS_MAIN(TestAuditMask)
#include "tst_auditmask.moc"
