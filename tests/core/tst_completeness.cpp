// The archive-wide completeness view stays exactly right through every kind of change: its
// counts come from archive_completeness (migration 0005), kept by triggers; each case compares
// them with the counts computed afresh from the base tables, and with hand-counted totals.
#include "archive/archivedocumentstore.h"
#include "archive/archivestore.h"
#include "archive/completenessstore.h"
#include "common/isotime.h"
#include "registry/citizenid.h"
#include "registry/personstore.h"
#include "testdb.h"

#include <QSqlQuery>
#include <QTest>

using namespace youfu;
using namespace youfu::core;

namespace {

QString citizenId(int seq)
{
    const QString first17 =
        QStringLiteral("43058119500301") + QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    return first17 + CitizenId::checkCharacter(first17);
}

qint64 addPerson(test::TestDb& t, const Actor& clerk, int seq, const QString& category)
{
    PersonDraft d;
    d.name = QStringLiteral("王") + QString(QStringLiteral("甲乙丙丁戊").at(seq % 5));
    d.citizenId = citizenId(seq);
    d.townshipCode = QStringLiteral("430581001");
    PersonSaveResult r = PersonStore(t.db()).add(clerk, d);
    if (!r)
        return 0;
    PersonCategory pc;
    pc.categoryCode = category;
    pc.startDate = QDate(2015, 1, 1);
    if (category == QLatin1String("disabled_serviceman")) {
        pc.grade = 5;
        pc.nature = QStringLiteral("因战");
    } else {
        pc.relation = QStringLiteral("子女");
        pc.servicemanName = QStringLiteral("烈士");
    }
    return PersonStore(t.db()).addCategory(clerk, r.id, pc) ? r.id : 0;
}

// The summary computed afresh from the base tables (the query before 0005), as text lines.
QStringList referenceSummary(test::TestDb& t)
{
    const QString today = toIsoDate(t.db().clock().today());
    QSqlQuery q(t.db().connection());
    q.prepare(QStringLiteral(
        "WITH x AS (SELECT pc.person_id, pc.category_code, (SELECT count(*) FROM "
        "archive_required_kinds r WHERE r.category_code = pc.category_code AND NOT EXISTS "
        "(SELECT 1 FROM archive_documents d WHERE d.person_id = pc.person_id AND d.kind_code = "
        "r.kind_code AND d.status = 'verified' AND d.superseded_by IS NULL)) AS missing FROM "
        "person_categories pc WHERE pc.start_date <= :t AND (pc.end_date IS NULL OR pc.end_date > "
        ":t)) SELECT p.township_code, x.category_code, count(*), sum(x.missing > 0), "
        "sum(x.missing) FROM x JOIN persons p ON p.id = x.person_id WHERE p.status = 'active' "
        "GROUP BY 1, 2 ORDER BY 1, 2"));
    q.bindValue(QStringLiteral(":t"), today);
    QStringList out;
    if (q.exec())
        while (q.next())
            out << QStringLiteral("%1 %2 %3 %4 %5")
                       .arg(q.value(0).toString(), q.value(1).toString())
                       .arg(q.value(2).toLongLong())
                       .arg(q.value(3).toLongLong())
                       .arg(q.value(4).toLongLong());
    return out;
}

QStringList storeSummary(test::TestDb& t)
{
    QStringList out;
    for (const CompletenessSummaryRow& r : CompletenessStore(t.db()).summary().value())
        out << QStringLiteral("%1 %2 %3 %4 %5")
                   .arg(r.townshipCode, r.categoryCode)
                   .arg(r.persons)
                   .arg(r.incomplete)
                   .arg(r.missingDocuments);
    out.sort();
    return out;
}

} // namespace

class TestCompleteness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsChanges_data();
    void followsChanges();
    void backFilledOnUpgrade();
};

void TestCompleteness::followsChanges_data()
{
    // Person 1: 残疾军人 with 身份证复印件 and 残疾军人证 verified (lacks 评残审批表);
    // person 2: 烈士遗属 with nothing filed (lacks 3). Totals after the change.
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("persons");
    QTest::addColumn<int>("incomplete");
    QTest::addColumn<int>("missing");
    QTest::addColumn<int>("incompleteIds");
    QTest::newRow("no change") << "" << 2 << 2 << 4 << 2;
    QTest::newRow("category added") << "add martyr_survivor to 1" << 3 << 3 << 6 << 2;
    QTest::newRow("category ended") << "end category of 2" << 1 << 1 << 1 << 1;
    QTest::newRow("person deceased") << "2 deceased" << 1 << 1 << 1 << 1;
    QTest::newRow("person moved away") << "2 moved" << 1 << 1 << 1 << 1;
    QTest::newRow("person moves township") << "1 township" << 2 << 2 << 4 << 2;
    QTest::newRow("document verified") << "verify assessment of 1" << 2 << 1 << 3 << 1;
    QTest::newRow("document only filed") << "file assessment of 1" << 2 << 2 << 4 << 2;
    QTest::newRow("correction pending") << "correct card of 1" << 2 << 2 << 4 << 2;
    QTest::newRow("superseded by a correction") << "correct card of 1, verify" << 2 << 2 << 4 << 2;
    QTest::newRow("superseded by another kind")
        << "correct card of 1 as other, verify" << 2 << 2 << 5 << 2;
    QTest::newRow("required kind added") << "require medical" << 2 << 2 << 5 << 2;
    QTest::newRow("required kind removed") << "require less" << 2 << 1 << 3 << 1;
}

void TestCompleteness::followsChanges()
{
    QFETCH(QString, change);
    QFETCH(int, persons);
    QFETCH(int, incomplete);
    QFETCH(int, missing);
    QFETCH(int, incompleteIds);
    test::TestDb t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), Role::Clerk);
    const Actor chief = t.addUser(QStringLiteral("chief"), Role::SectionChief);
    const qint64 p1 = addPerson(t, clerk, 1, QStringLiteral("disabled_serviceman"));
    const qint64 p2 = addPerson(t, clerk, 2, QStringLiteral("martyr_survivor"));
    QVERIFY(p1 && p2);
    ArchiveStore archives(t.db());
    ArchiveDocumentStore docs(t.db());
    Result<ArchiveFile> a1 = archives.open(clerk, p1, {});
    QVERIFY(a1);
    Result<qint64> idCopy = docs.file(clerk, a1->id, {"id_card_copy", "身份证", 1, QDate(), {}});
    Result<qint64> card =
        docs.file(clerk, a1->id, {"disability_card", "残疾军人证", 1, QDate(), {}});
    QVERIFY(idCopy && card);
    QVERIFY(docs.verify(chief, *idCopy));
    QVERIFY(docs.verify(chief, *card));
    QCOMPARE(storeSummary(t), referenceSummary(t));

    PersonStore people(t.db());
    const QDate today = t.db().clock().today();
    if (change == QLatin1String("add martyr_survivor to 1")) {
        PersonCategory pc;
        pc.categoryCode = QStringLiteral("martyr_survivor");
        pc.startDate = QDate(2016, 1, 1);
        pc.relation = QStringLiteral("子女");
        pc.servicemanName = QStringLiteral("烈士");
        QVERIFY(people.addCategory(clerk, p1, pc));
    } else if (change == QLatin1String("end category of 2")) {
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT id FROM person_categories WHERE person_id = %1").arg(p2)));
        QVERIFY(q.next());
        const Status s = people.endCategory(clerk, q.value(0).toLongLong(), today, "停发");
        QVERIFY2(s, qPrintable(s.error()));
    } else if (change == QLatin1String("2 deceased")) {
        QVERIFY(people.changeStatus(clerk, p2, PersonStatus::Deceased, today, "病故"));
    } else if (change == QLatin1String("2 moved")) {
        QVERIFY(people.changeStatus(clerk, p2, PersonStatus::MovedAway, today, "迁出"));
    } else if (change == QLatin1String("1 township")) {
        Result<Person> p = people.byId(p1);
        QVERIFY(p);
        PersonDraft d = p->toDraft();
        d.townshipCode = QStringLiteral("430581100");
        d.villageCode.clear();
        PersonSaveResult r = people.update(clerk, p1, d);
        QVERIFY2(r, qPrintable(r.error()));
        QVERIFY(storeSummary(t).join(' ').contains(QStringLiteral("430581100 disabled")));
    } else if (change.endsWith(QLatin1String("assessment of 1"))) {
        Result<qint64> id = docs.file(clerk, a1->id, {"disability_assessment", "评残", 1, {}, {}});
        QVERIFY(id);
        if (change.startsWith(QLatin1String("verify")))
            QVERIFY(docs.verify(chief, *id));
    } else if (change.startsWith(QLatin1String("correct card of 1"))) {
        const QString kind =
            change.contains(QLatin1String(" as other")) ? "other" : "disability_card";
        Result<qint64> fix = docs.correct(clerk, *card, {kind, "换发", 1, QDate(), {}}, "换发");
        QVERIFY2(fix, qPrintable(fix.error()));
        if (change.endsWith(QLatin1String("verify")))
            QVERIFY(docs.verify(chief, *fix));
    } else if (change == QLatin1String("require medical")) {
        QStringList kinds = archives.requiredKinds(QStringLiteral("disabled_serviceman"));
        kinds << QStringLiteral("medical_diagnosis");
        const Status s = archives.setRequiredKinds(chief, "disabled_serviceman", kinds);
        QVERIFY2(s, qPrintable(s.error()));
    } else if (change == QLatin1String("require less")) {
        const Status s = archives.setRequiredKinds(chief, "disabled_serviceman",
                                                   {"id_card_copy", "disability_card"});
        QVERIFY2(s, qPrintable(s.error()));
    } else {
        QVERIFY(change.isEmpty());
    }

    QCOMPARE(storeSummary(t), referenceSummary(t));
    int p = 0, inc = 0, miss = 0;
    CompletenessStore store(t.db());
    for (const CompletenessSummaryRow& r : store.summary().value()) {
        p += int(r.persons);
        inc += int(r.incomplete);
        miss += int(r.missingDocuments);
    }
    QCOMPARE(p, persons);
    QCOMPARE(inc, incomplete);
    QCOMPARE(miss, missing);
    const QList<qint64> ids = store.incompletePersonIds().value();
    QCOMPARE(ids.size(), incompleteIds);
    QCOMPARE(store.incompleteRows(ids)->size(), ids.size());
}

void TestCompleteness::backFilledOnUpgrade()
{
    // A database written before 0005 gets its counts on the upgrade.
    test::TestDb t(4);
    QVERIFY(t.isValid());
    const Actor clerk = t.addUser(QStringLiteral("clerk"), Role::Clerk);
    const Actor chief = t.addUser(QStringLiteral("chief"), Role::SectionChief);
    const qint64 p1 = addPerson(t, clerk, 1, QStringLiteral("disabled_serviceman"));
    QVERIFY(addPerson(t, clerk, 2, QStringLiteral("martyr_survivor")));
    Result<ArchiveFile> a1 = ArchiveStore(t.db()).open(clerk, p1, {});
    QVERIFY(a1);
    Result<qint64> card =
        ArchiveDocumentStore(t.db()).file(clerk, a1->id, {"disability_card", "证", 1, {}, {}});
    QVERIFY(card);
    QVERIFY(ArchiveDocumentStore(t.db()).verify(chief, *card));
    QVERIFY(t.reopen());
    QVERIFY(t->schemaVersion() >= 5);
    const QStringList counted = storeSummary(t);
    QCOMPARE(counted.size(), 2);
    QCOMPARE(counted, referenceSummary(t));
}

QTEST_GUILESS_MAIN(TestCompleteness)
#include "tst_completeness.moc"
