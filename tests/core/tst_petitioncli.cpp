// youfuctl petition overdue / due --within: after a login with the right to see persons, the
// cases past or near their deadline; a role without that right is refused.
#include "clirun.h"
#include "db/database.h"
#include "petition/petitionstore.h"

#include <QDate>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace youfu;
using test::youfuctl;

class TestPetitionCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void overdueAndDue();
};

void TestPetitionCli::overdueAndDue()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("demo.db");
    const auto pw = test::makeDemo(db, 30);
    QVERIFY(!pw.isEmpty());
    {
        auto opened = core::Database::open(db);
        QVERIFY2(opened, qPrintable(opened.error()));
        QSqlQuery q(opened.value()->connection());
        QVERIFY(q.exec("SELECT id FROM users WHERE login = 'zhangli'"));
        QVERIFY(q.next());
        core::Actor clerk;
        clerk.userId = q.value(0).toLongLong();
        clerk.login = QStringLiteral("zhangli");
        clerk.displayName = QStringLiteral("张丽");
        clerk.roles = core::Role::Clerk;
        core::PetitionStore store(*opened.value());
        const QDate today = opened.value()->clock().today();
        // Received 20 days ago: acceptance 5 days overdue; received 10 days ago: due in 5.
        for (int daysAgo : {20, 10}) {
            core::PetitionCase c;
            c.receivedAt = QDateTime(today.addDays(-daysAgo), QTime(9, 0));
            c.channel = core::PetitionChannel::Letter;
            c.subject = core::PetitionSubject::Benefit;
            c.summary = QStringLiteral("反映待遇问题");
            core::Petitioner p;
            p.name = daysAgo == 20 ? QStringLiteral("逾期甲") : QStringLiteral("将到乙");
            p.citizenId = QStringLiteral("430581195003010215");
            c.petitioners << p;
            auto r = store.registerCase(clerk, c);
            QVERIFY2(r, qPrintable(r.error()));
        }
    }
    const test::CliRun anonymous = youfuctl({"--db", db, "petition", "overdue"});
    QVERIFY(anonymous.code != 0);
    QVERIFY(anonymous.out.isEmpty());
    const test::CliRun refused =
        youfuctl({"--db", db, "petition", "overdue", "--as", "admin"}, {pw["admin"]});
    QVERIFY(refused.code != 0);
    QVERIFY(!refused.out.contains(QStringLiteral("逾期甲")));

    const test::CliRun overdue =
        youfuctl({"--db", db, "petition", "overdue", "--as", "zhangli"}, {pw["zhangli"]});
    QCOMPARE(overdue.code, 0);
    QVERIFY2(overdue.out.contains(QStringLiteral("逾期甲")), qPrintable(overdue.out));
    QVERIFY(!overdue.out.contains(QStringLiteral("将到乙")));
    QVERIFY(!overdue.out.contains(QStringLiteral("430581195003010215")));

    const test::CliRun due = youfuctl(
        {"--db", db, "petition", "due", "--within", "7", "--as", "zhangli"}, {pw["zhangli"]});
    QCOMPARE(due.code, 0);
    QVERIFY2(due.out.contains(QStringLiteral("将到乙")), qPrintable(due.out));
    QVERIFY(!due.out.contains(QStringLiteral("逾期甲")));
    const test::CliRun near = youfuctl(
        {"--db", db, "petition", "due", "--within", "2", "--as", "zhangli"}, {pw["zhangli"]});
    QCOMPARE(near.code, 0);
    QVERIFY(!near.out.contains(QStringLiteral("将到乙")));
    const test::CliRun bad = youfuctl(
        {"--db", db, "petition", "due", "--within", "soon", "--as", "zhangli"}, {pw["zhangli"]});
    QVERIFY(bad.code != 0);
}

QTEST_GUILESS_MAIN(TestPetitionCli)
#include "tst_petitioncli.moc"
