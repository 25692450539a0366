// The demo's letters and visits (issue 13): youfuctl demo leaves every kind of case the pages
// show (group, beyond-level to the province, extended by the director, reviewed, overdue, closed
// with satisfaction), information staff in every active township (some inside groups) and the
// warnings, one of them open and high-risk.
#include "clirun.h"
#include "db/database.h"
#include "petition/warningstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace youfu;

class TestPetitionDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyKindOfCase();
    void staffAndWarnings();
    void cleanupTestCase();

private:
    int count(const QString& sql);
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_db;
};

int TestPetitionDemo::count(const QString& sql)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s", qPrintable(sql));
        return -1;
    }
    return q.value(0).toInt();
}

void TestPetitionDemo::initTestCase()
{
    const QString path = m_dir.filePath("demo.db");
    const QHash<QString, QString> passwords = test::makeDemo(path, 30);
    QVERIFY(!passwords.isEmpty());
    auto db = core::Database::open(path);
    QVERIFY2(db, qPrintable(db.error()));
    m_db = db.takeValue();
}

void TestPetitionDemo::cleanupTestCase()
{
    m_db.reset();
}

void TestPetitionDemo::everyKindOfCase()
{
    const int cases = count("SELECT count(*) FROM petition_cases");
    QVERIFY2(cases >= 200 && cases <= 400, qPrintable(QString::number(cases)));
    // Two years of them, numbered per year.
    QVERIFY(count("SELECT count(DISTINCT number_year) FROM petition_cases") >= 2);
    QVERIFY(count("SELECT count(*) FROM petition_cases WHERE received_at < date('now', "
                  "'-18 months')") > 0);
    // A group petition of five or more, and one that went to the province.
    QVERIFY(count("SELECT count(*) FROM petition_cases WHERE is_group = 1 AND petitioner_count "
                  ">= 5") > 0);
    QVERIFY(count("SELECT count(*) FROM petition_cases WHERE beyond_level = 'province'") > 0);
    // Extended, approved by the demo director.
    QVERIFY(count("SELECT count(*) FROM petition_cases c JOIN users u ON u.id = "
                  "c.extension_approved_by WHERE c.extension_days > 0 AND u.login = "
                  "'chenguoping'") > 0);
    QCOMPARE(count("SELECT count(*) FROM petition_cases c LEFT JOIN users u ON u.id = "
                   "c.extension_approved_by WHERE c.extension_days > 0 AND (u.login IS NULL OR "
                   "u.login <> 'chenguoping')"),
             0);
    // Reviewed, overdue, not accepted, forwarded, open.
    QVERIFY(count("SELECT count(*) FROM petition_cases WHERE review_requested_on IS NOT NULL "
                  "AND review_answered_on IS NOT NULL") > 0);
    QVERIFY(count("SELECT count(*) FROM petition_cases WHERE deadline < date('now')") > 0);
    QVERIFY(count("SELECT count(*) FROM petition_cases WHERE deadline >= date('now')") > 0);
    QVERIFY(count("SELECT count(*) FROM petition_cases WHERE status = 'not_accepted'") > 0);
    QVERIFY(count("SELECT count(*) FROM petition_cases WHERE status = 'forwarded'") > 0);
    // Closed with the petitioner's satisfaction, mostly satisfied.
    QVERIFY(count("SELECT count(*) FROM petition_cases WHERE status = 'closed' AND "
                  "satisfaction <> ''") > cases / 2);
    QVERIFY(count("SELECT count(*) FROM petition_cases WHERE satisfaction = 'dissatisfied'") > 0);
    // Petitioners are mostly demo persons of the registry; the summaries in the office's words.
    QVERIFY(count("SELECT count(*) FROM petition_petitioners WHERE person_id IS NOT NULL") >
            cases / 2);
    QVERIFY(count(QString::fromUtf8("SELECT count(*) FROM petition_cases WHERE summary = "
                                    "'要求提高伤残抚恤金标准'")) > 0);
    // Every write went through the stores: one audit entry per registration.
    QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'petition.register'"), cases);
    // Every open case has its deadline from the rules; no ended case keeps one.
    QCOMPARE(count("SELECT count(*) FROM petition_cases WHERE status IN ('closed', "
                   "'not_accepted', 'forwarded') AND deadline IS NOT NULL"),
             0);
}

void TestPetitionDemo::staffAndWarnings()
{
    core::WarningStore store(*m_db);
    auto staff = store.staff(QString(), true);
    QVERIFY2(staff, qPrintable(staff.error()));
    QSet<QString> townships;
    int inside = 0;
    for (const core::InfoStaff& s : staff.value()) {
        townships.insert(s.townshipCode);
        if (!s.group.isEmpty()) {
            ++inside;
            QVERIFY(s.personId > 0);
        }
    }
    QCOMPARE(int(townships.size()), count("SELECT count(*) FROM townships WHERE active = 1"));
    QVERIFY(inside > 0);
    QVERIFY(store.staff(QString(), false)->size() > staff->size()); // one has left

    auto open = store.warnings(true, QString());
    QVERIFY2(open, qPrintable(open.error()));
    bool highToProvince = false;
    for (const core::WarningReport& w : open.value())
        if (w.risk == core::RiskLevel::High &&
            w.expected == QString::fromUtf8("计划集体赴省上访") && !w.personIds.isEmpty())
            highToProvince = true;
    QVERIFY(highToProvince);
    auto all = store.warnings(false, QString());
    QVERIFY(all);
    QVERIFY(all->size() > open->size()); // some followed to resolution
    QVERIFY(count("SELECT count(*) FROM warning_follow_ups") > 0);
    QVERIFY(count("SELECT count(*) FROM warning_reports WHERE case_id IS NOT NULL") > 0);

    // The stability view has a line per active township, the high-risk one counted.
    auto lines = store.stability(m_db->clock().today());
    QVERIFY2(lines, qPrintable(lines.error()));
    int high = 0, group = 0;
    for (const core::StabilityLine& l : lines.value()) {
        high += l.highRiskWarnings;
        group += l.groupLast12Months;
    }
    QVERIFY(high >= 1);
    QVERIFY(group >= 1);
}

QTEST_GUILESS_MAIN(TestPetitionDemo)
#include "tst_petitiondemo.moc"
