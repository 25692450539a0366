// Power-cut test: a child writes continuously, each transaction a parent row, three child rows
// (foreign keys) and an audit entry, and prints each id once committed; it is killed with
// SIGKILL at random moments. After each kill the file must be sound, the foreign keys intact,
// the audit chain unbroken and every reported id present.
// Figures: ctest -L long -V, or build/tests/tst_killtest (prints "kills … transactions … s").
#include "audit/auditlog.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "security/actor.h"
#include "testdb.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace youfu;

namespace {
constexpr int kKills = 100;

int writeForever(const QString& path)
{
    auto opened = core::Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "child: %s\n", qPrintable(opened.error()));
        return 1;
    }
    core::Database& db = *opened.value();
    core::Actor actor;
    actor.userId = 1;
    actor.login = QStringLiteral("killtest");
    for (;;) {
        qint64 id = 0;
        int failedAt = 0;
        const core::Status written = core::AuditedWrite::run(
            db, actor, core::Authority::system(),
            {QStringLiteral("kt.write"), QStringLiteral("kt_parent")},
            [&](core::WriteScope& w) -> core::Status {
                QSqlQuery q(db.connection());
                if (!q.exec(QStringLiteral(
                        "INSERT INTO kt_parent (payload) VALUES (randomblob(300))"))) {
                    failedAt = 2;
                    return core::Status::failure(QStringLiteral("parent"));
                }
                id = q.lastInsertId().toLongLong();
                w.entry().entityId = QString::number(id);
                for (int i = 0; i < 3; ++i) {
                    q.prepare(QStringLiteral("INSERT INTO kt_child (parent_id, n, payload) VALUES "
                                             "(?, ?, randomblob(200))"));
                    q.addBindValue(id);
                    q.addBindValue(i);
                    if (!q.exec()) {
                        failedAt = 3;
                        return core::Status::failure(QStringLiteral("child"));
                    }
                }
                return core::Status::success();
            });
        if (failedAt)
            return failedAt;
        if (!written)
            continue; // busy: try again
        // Reported only after COMMIT returned: from here on it must survive.
        std::fprintf(stdout, "%lld\n", id);
        std::fflush(stdout);
    }
}

QString scalar(core::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return QStringLiteral("<error>");
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString();
    return rows.join(QLatin1Char(';'));
}
} // namespace

class TestKill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWriterLosesNothingCommitted();
};

void TestKill::killedWriterLosesNothingCommitted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("kill.db");
    {
        auto db = core::Database::open(path);
        QVERIFY2(db, qPrintable(db.error()));
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec("CREATE TABLE kt_parent (id INTEGER PRIMARY KEY, payload BLOB)"));
        QVERIFY(q.exec("CREATE TABLE kt_child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL "
                       "REFERENCES kt_parent(id), n INTEGER, payload BLOB)"));
    }
    QRandomGenerator rng(20261129);
    qint64 reportedTotal = 0;
    QElapsedTimer clock;
    clock.start();
    for (int kill = 1; kill <= kKills; ++kill) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {"--write", path});
        QVERIFY(child.waitForStarted(5000));
        QTest::qWait(int(rng.bounded(50, 400)));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        QList<qint64> reported;
        for (const QByteArray& l : lines)
            if (l.trimmed().toLongLong() > 0)
                reported << l.trimmed().toLongLong();
        // The last line may have been cut by the kill after COMMIT: it is only ever fewer ids.
        reportedTotal += reported.size();

        auto db = core::Database::open(path); // also takes over the dead child's lock
        QVERIFY2(db, qPrintable(db.error()));
        QCOMPARE(scalar(*db.value(), "PRAGMA integrity_check"), QString("ok"));
        QCOMPARE(scalar(*db.value(), "PRAGMA foreign_key_check"), QString());
        QVERIFY(core::AuditLog(*db.value()).verify().intact);
        for (qint64 id : reported) {
            QCOMPARE(scalar(*db.value(),
                            QString("SELECT count(*) FROM kt_child WHERE parent_id = %1").arg(id)),
                     QString("3"));
        }
        QCOMPARE(scalar(*db.value(), "SELECT count(*) FROM kt_parent"),
                 scalar(*db.value(), "SELECT count(*) FROM audit_log"));
    }
    auto db = core::Database::open(path);
    QVERIFY(db);
    const QString rows = scalar(*db.value(), "SELECT count(*) FROM kt_parent");
    const double seconds = clock.elapsed() / 1000.0;
    const QString figures =
        QStringLiteral("kill test: %1 kills, %2 transactions reported committed "
                       "(%3 in the file), all present; %4 s")
            .arg(kKills)
            .arg(reportedTotal)
            .arg(rows)
            .arg(seconds, 0, 'f', 1);
    std::fprintf(stdout, "%s\n", qPrintable(figures));
    QVERIFY(reportedTotal > 0);
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--write") == 0)
        return writeForever(QString::fromLocal8Bit(argv[2]));
    TestKill tc;
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_killtest.moc"
