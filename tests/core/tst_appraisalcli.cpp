// youfuctl appraisal compute on a demo database: refused before the year's scheme is approved
// and to a clerk; the section chief's computation prints one line per township and is audited.
#include "appraisal/schemerules.h"
#include "appraisal/schemestore.h"
#include "clirun.h"
#include "db/database.h"
#include "security/userstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace youfu;
using test::youfuctl;

class TestAppraisalCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compute();
};

namespace {
int count(const QString& db, const char* sql)
{
    auto opened = core::Database::open(db);
    if (!opened)
        return -1;
    QSqlQuery q(opened.value()->connection());
    q.exec(QString::fromLatin1(sql));
    return q.next() ? q.value(0).toInt() : -1;
}

QString approveScheme(const QString& db, int year)
{
    auto opened = core::Database::open(db);
    if (!opened)
        return opened.error();
    core::Database& d = *opened.value();
    core::UserStore users(d);
    const core::Actor chief = users.byLogin(QStringLiteral("wangjianhua"))->toActor();
    const core::Actor director = users.byLogin(QStringLiteral("chenguoping"))->toActor();
    core::SchemeStore schemes(d);
    auto existing = schemes.forYear(year, core::SchemeKind::Unit);
    qint64 id = existing ? existing->id : 0;
    if (id == 0) {
        core::AppraisalScheme s;
        s.year = year;
        s.title = QStringLiteral("%1年度乡镇优抚工作考核方案").arg(year);
        s.basis = QStringLiteral("illustrative");
        s.excellentAt = 900;
        s.goodAt = 800;
        s.passAt = 600;
        s.indicators = core::SchemeRules::defaultIndicators(core::SchemeKind::Unit);
        auto saved = schemes.saveDraft(chief, s);
        if (!saved)
            return saved.error();
        id = saved.value();
    }
    if (existing && existing->status == core::SchemeStatus::Approved)
        return QString();
    const core::Status st = schemes.approve(director, id);
    return st ? QString() : st.error();
}
} // namespace

void TestAppraisalCli::compute()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("demo.db");
    const auto pw = test::makeDemo(db, 30);
    QVERIFY(!pw.isEmpty());
    int year = 0;
    {
        auto opened = core::Database::open(db); // closed before youfuctl opens it
        QVERIFY(opened);
        year = opened.value()->clock().today().year();
    }
    const QString y = QString::number(year);

    const int before =
        count(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'appraisal.compute'");
    // The demo may seed an approved scheme; without one the command says what is missing.
    if (count(db, "SELECT COUNT(*) FROM appraisal_schemes WHERE kind = 'unit' AND status = "
                  "'approved'") == 0) {
        const test::CliRun none =
            youfuctl({"--db", db, "appraisal", "compute", "--year", y, "--as", "wangjianhua"},
                     {pw["wangjianhua"]});
        QVERIFY(none.code != 0);
        QVERIFY2(none.err.contains("scheme"), qPrintable(none.err));
    }
    const QString approved = approveScheme(db, year);
    QVERIFY2(approved.isEmpty(), qPrintable(approved));

    const test::CliRun clerk = youfuctl(
        {"--db", db, "appraisal", "compute", "--year", y, "--as", "zhangli"}, {pw["zhangli"]});
    QVERIFY(clerk.code != 0);
    const test::CliRun badYear =
        youfuctl({"--db", db, "appraisal", "compute", "--year", "twenty", "--as", "wangjianhua"},
                 {pw["wangjianhua"]});
    QVERIFY(badYear.code != 0);
    QCOMPARE(count(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'appraisal.compute'"),
             before);

    const test::CliRun ok =
        youfuctl({"--db", db, "appraisal", "compute", "--year", y, "--as", "wangjianhua"},
                 {pw["wangjianhua"]});
    QVERIFY2(ok.code == 0, qPrintable(ok.err));
    const int townships = count(db, "SELECT COUNT(*) FROM townships WHERE active = 1");
    QVERIFY(townships > 0);
    QCOMPARE(int(ok.out.count("430581")), townships);
    QVERIFY2(ok.out.contains("points") && ok.out.contains("total"), qPrintable(ok.out));
    QCOMPARE(count(db, "SELECT COUNT(*) FROM appraisal_unit_outcomes"), townships);
    QCOMPARE(count(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'appraisal.compute'"),
             before + 1);
}

QTEST_GUILESS_MAIN(TestAppraisalCli)
#include "tst_appraisalcli.moc"
