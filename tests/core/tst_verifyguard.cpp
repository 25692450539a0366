// 审核 by a second person: neither whoever filed an entry nor whoever changed it last may
// verify it, whichever of the two they are. Each row differs from an allowed one in one thing,
// so dropping either check in ArchiveRules::canVerify fails a row here, not just a message.
#include "archive/archiverules.h"

#include <QTest>

using namespace youfu::core;

class TestVerifyGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void canVerify_data();
    void canVerify();
};

namespace {
Actor actorWith(qint64 id, Roles roles)
{
    Actor a;
    a.userId = id;
    a.login = QStringLiteral("u%1").arg(id);
    a.displayName = a.login;
    a.roles = roles;
    return a;
}
} // namespace

void TestVerifyGuard::canVerify_data()
{
    QTest::addColumn<qint64>("actorId");
    QTest::addColumn<qint64>("filedBy");
    QTest::addColumn<qint64>("changedBy");
    QTest::addColumn<bool>("allowed");
    // Users: 1 and 2 are clerks who are also section chiefs, 3 a second section chief.
    QTest::newRow("a third person verifies") << qint64(3) << qint64(1) << qint64(2) << true;
    QTest::newRow("a third person, filed and changed by one")
        << qint64(3) << qint64(1) << qint64(1) << true;
    QTest::newRow("filer, never changed since") << qint64(1) << qint64(1) << qint64(1) << false;
    // Someone else corrected the entry after the filer filed it; the filer is not the last
    // changer and still may not verify their own filing.
    QTest::newRow("filer, someone else changed it last")
        << qint64(1) << qint64(1) << qint64(2) << false;
    QTest::newRow("last changer, filed by someone else")
        << qint64(2) << qint64(1) << qint64(2) << false;
}

void TestVerifyGuard::canVerify()
{
    QFETCH(qint64, actorId);
    QFETCH(qint64, filedBy);
    QFETCH(qint64, changedBy);
    QFETCH(bool, allowed);
    const Actor a = actorWith(actorId, Roles(Role::SectionChief) | Role::Clerk);
    EntryTrail trail;
    trail.status = EntryStatus::Pending;
    trail.filedBy = filedBy;
    trail.changedBy = changedBy;
    QCOMPARE(ArchiveRules::canVerify(a, trail).isOk(), allowed);
    QCOMPARE(ArchiveRules::canReturn(a, trail, QStringLiteral("照片不清")).isOk(), allowed);
}

QTEST_GUILESS_MAIN(TestVerifyGuard)
#include "tst_verifyguard.moc"
