// Finding an application by part of its number (Ctrl+K in the window): only numbered
// applications, newest first, the limit kept, and a typed % or _ is a character, not a wildcard.
#include "approval/applicationliststore.h"
#include "approval/approvalstore.h"
#include "approvalfixture.h"

#include <QTest>

using namespace youfu;
using test::ApprovalFixture;
using test::TestDb;

class TstApplicationNumberFind : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findByNumber_data();
    void findByNumber();
};

void TstApplicationNumberFind::findByNumber_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QList<int>>("expected"); // indexes of the approved applications
    QTest::newRow("seq 0001") << "0001" << 8 << QList<int>{0};
    QTest::newRow("seq 0002") << "0002" << 8 << QList<int>{1};
    QTest::newRow("year, newest first") << "YEAR" << 8 << QList<int>{2, 1, 0};
    QTest::newRow("limit") << "YEAR" << 2 << QList<int>{2, 1};
    QTest::newRow("spaces trimmed") << "  0003 " << 8 << QList<int>{2};
    QTest::newRow("percent is a character") << "%" << 8 << QList<int>{};
    QTest::newRow("underscore is a character") << "000_" << 8 << QList<int>{};
    QTest::newRow("empty") << "" << 8 << QList<int>{};
    QTest::newRow("no such number") << "0099" << 8 << QList<int>{};
}

void TstApplicationNumberFind::findByNumber()
{
    QFETCH(QString, typed);
    QFETCH(int, limit);
    QFETCH(QList<int>, expected);
    TestDb t;
    ApprovalFixture f(t);
    QVERIFY(f.ok);
    const qint64 pid = f.person(QStringLiteral("李卫民"), 11);
    f.holding(pid, QStringLiteral("war_veteran"));
    core::ApprovalStore store(t.db());
    QList<qint64> approved;
    for (int i = 0; i < 3; ++i) {
        const qint64 id = f.submittedStandardChange(pid);
        QVERIFY(store.sign(f.chief, id, core::StepDecision::Approve, QStringLiteral("同意。")));
        QVERIFY(store.sign(f.inspector, id, core::StepDecision::Approve, QStringLiteral("同意。")));
        QVERIFY(store.sign(f.director, id, core::StepDecision::Approve, QStringLiteral("同意。")));
        approved << id;
    }
    f.submittedStandardChange(pid); // pending: no number yet, never found by one
    typed.replace(QStringLiteral("YEAR"), QString::number(t.db().clock().today().year()));
    const auto found = core::ApplicationListStore(t.db()).findByNumber(typed, limit);
    QVERIFY2(found, qPrintable(found.error()));
    QList<qint64> ids;
    for (const core::ApplicationRow& r : found.value())
        ids << r.id;
    QList<qint64> want;
    for (int i : expected)
        want << approved.at(i);
    QCOMPARE(ids, want);
}

QTEST_GUILESS_MAIN(TstApplicationNumberFind)
#include "tst_applicationnumberfind.moc"
