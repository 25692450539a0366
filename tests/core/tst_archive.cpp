// Archive files: rules, the scan store, verification by a second person, corrections,
// lending, completeness.
#include "archive/archivedocumentstore.h"
#include "archive/archiveloanstore.h"
#include "archive/archivepapers.h"
#include "archive/archiverules.h"
#include "archive/archivestore.h"
#include "archive/completenessstore.h"
#include "archive/scanformat.h"
#include "archive/scanstore.h"
#include "archive/verificationinboxstore.h"
#include "audit/auditlog.h"
#include "registry/citizenid.h"
#include "registry/personstore.h"
#include "report/documentrenderer.h"
#include "settings/settingsstore.h"
#include "testdb.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QTest>

using namespace youfu;
using namespace youfu::core;

namespace {

QByteArray pngBytes(QColor color = Qt::red)
{
    QImage img(40, 30, QImage::Format_RGB32);
    img.fill(color);
    QByteArray b;
    QBuffer buf(&b);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return b;
}

QString citizenId(const QDate& birth, int seq)
{
    const QString first17 = QStringLiteral("430581") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    return first17 + CitizenId::checkCharacter(first17);
}

EntryTrail trail(EntryStatus s, qint64 filedBy, qint64 changedBy)
{
    EntryTrail t;
    t.status = s;
    t.filedBy = filedBy;
    t.changedBy = changedBy;
    return t;
}

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

class TestArchive : public QObject
{
    Q_OBJECT
private:
    // A person holding the given categories (codes) since 2000.
    qint64 addPerson(test::TestDb& t, const Actor& clerk, int seq, const QStringList& categories,
                     const QString& township = QStringLiteral("430581001"));

private Q_SLOTS:
    void numberFormat_data();
    void numberFormat();
    void canVerify_data();
    void canVerify();
    void validateLoan_data();
    void validateLoan();
    void completenessRule();
    void scanStoreSurvivesKillMidWrite();
    void archiveNumbersAreNeverReused();
    void filerCannotVerifyOwnEntry();
    void lockedEntryCannotBeEdited();
    void supersedeKeepsBoth();
    void returnedEntryGoesBackToFiler();
    void verificationRefusesAlteredScan();
    void archiveDataChangeNeedsVerification();
    void lendingTwiceIsRefused();
    void completenessCounts_data();
    void completenessCounts();
    void completenessExportCsv();
    void papersRender();
};

qint64 TestArchive::addPerson(test::TestDb& t, const Actor& clerk, int seq,
                              const QStringList& categories, const QString& township)
{
    PersonStore persons(t.db());
    PersonDraft d;
    d.name = QStringLiteral("张") + QString(QStringLiteral("甲乙丙丁戊己庚辛壬癸").at(seq % 10));
    d.citizenId = citizenId(QDate(1950, 3, 1), seq);
    d.townshipCode = township;
    PersonSaveResult r = persons.add(clerk, d);
    if (!r) {
        qWarning("%s", qPrintable(r.error()));
        return 0;
    }
    for (const QString& code : categories) {
        PersonCategory pc;
        pc.categoryCode = code;
        pc.startDate = QDate(2015, 1, 1);
        if (code == QLatin1String("disabled_serviceman")) {
            pc.grade = 5;
            pc.nature = QStringLiteral("因战");
        } else if (code == QLatin1String("martyr_survivor")) {
            pc.relation = QStringLiteral("子女");
            pc.servicemanName = QStringLiteral("烈士");
        } else {
            pc.enlistedOn = QDate(1968, 3, 1);
            pc.dischargedOn = QDate(1972, 3, 1);
        }
        Result<qint64> c = persons.addCategory(clerk, r.id, pc);
        if (!c)
            qWarning("%s", qPrintable(c.error()));
    }
    return r.id;
}

void TestArchive::numberFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<qint64>("seq");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("valid");
    QTest::newRow("default") << "WG-YF-{000000}" << qint64(123) << "WG-YF-000123" << true;
    QTest::newRow("year") << "YF{yyyy}-{0000}" << qint64(7) << "YF2026-0007" << true;
    QTest::newRow("overflow keeps digits") << "A{00}" << qint64(12345) << "A12345" << true;
    QTest::newRow("no sequence") << "WG-YF" << qint64(1) << "" << false;
    QTest::newRow("two sequences") << "{00}-{00}" << qint64(1) << "01-{00}" << false;
}

void TestArchive::numberFormat()
{
    QFETCH(QString, format);
    QFETCH(qint64, seq);
    QFETCH(QString, expected);
    QFETCH(bool, valid);
    QCOMPARE(ArchiveRules::formatNumber(format, seq, QDate(2026, 5, 1)), expected);
    QCOMPARE(ArchiveRules::validateNumberFormat(format).isOk(), valid);
}

void TestArchive::canVerify_data()
{
    QTest::addColumn<qint64>("actorId");
    QTest::addColumn<int>("roles");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("filedBy");
    QTest::addColumn<qint64>("changedBy");
    QTest::addColumn<bool>("allowed");
    const int chief = int(Role::SectionChief);
    const int both = int(Role::SectionChief | Role::Clerk);
    const int pending = int(EntryStatus::Pending);
    QTest::newRow("second chief") << qint64(2) << chief << pending << qint64(1) << qint64(1)
                                  << true;
    QTest::newRow("own entry") << qint64(1) << both << pending << qint64(1) << qint64(1) << false;
    QTest::newRow("changed it last")
        << qint64(2) << both << pending << qint64(1) << qint64(2) << false;
    QTest::newRow("clerk") << qint64(3) << int(Role::Clerk) << pending << qint64(1) << qint64(1)
                           << false;
    QTest::newRow("director") << qint64(3) << int(Role::Director) << pending << qint64(1)
                              << qint64(1) << false;
    QTest::newRow("verified") << qint64(2) << chief << int(EntryStatus::Verified) << qint64(1)
                              << qint64(1) << false;
    QTest::newRow("returned") << qint64(2) << chief << int(EntryStatus::Returned) << qint64(1)
                              << qint64(1) << false;
}

void TestArchive::canVerify()
{
    QFETCH(qint64, actorId);
    QFETCH(int, roles);
    QFETCH(int, status);
    QFETCH(qint64, filedBy);
    QFETCH(qint64, changedBy);
    QFETCH(bool, allowed);
    const Actor a = actorWith(actorId, Roles(roles));
    const EntryTrail tr = trail(EntryStatus(status), filedBy, changedBy);
    QCOMPARE(ArchiveRules::canVerify(a, tr).isOk(), allowed);
    QCOMPARE(ArchiveRules::canReturn(a, tr, QStringLiteral("照片不清")).isOk(), allowed);
    QVERIFY(!ArchiveRules::canReturn(a, tr, QStringLiteral("  ")).isOk());
}

void TestArchive::validateLoan_data()
{
    QTest::addColumn<QString>("borrower");
    QTest::addColumn<QString>("purpose");
    QTest::addColumn<QDate>("lent");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<bool>("valid");
    const QDate today(2026, 11, 29);
    QTest::newRow("ok") << "李科员"
                        << "审核复查" << QDate() << today.addDays(7) << true;
    QTest::newRow("same day") << "李科员"
                              << "复印" << today << today << true;
    QTest::newRow("no borrower") << ""
                                 << "复印" << QDate() << today << false;
    QTest::newRow("no purpose") << "李科员"
                                << " " << QDate() << today << false;
    QTest::newRow("return before lent") << "李科员"
                                        << "复印" << today << today.addDays(-1) << false;
    QTest::newRow("lent in future") << "李科员"
                                    << "复印" << today.addDays(1) << today.addDays(3) << false;
    QTest::newRow("no return date") << "李科员"
                                    << "复印" << QDate() << QDate() << false;
}

void TestArchive::validateLoan()
{
    QFETCH(QString, borrower);
    QFETCH(QString, purpose);
    QFETCH(QDate, lent);
    QFETCH(QDate, expected);
    QFETCH(bool, valid);
    LoanDraft d{borrower, QString(), purpose, lent, expected};
    QCOMPARE(ArchiveRules::validateLoan(d, QDate(2026, 11, 29)).isOk(), valid);
    ArchiveLoan l;
    l.expectedReturn = QDate(2026, 11, 28);
    QVERIFY(ArchiveRules::isOverdue(l, QDate(2026, 11, 29)));
    QVERIFY(!ArchiveRules::isOverdue(l, QDate(2026, 11, 28)));
    l.returnedOn = QDate(2026, 11, 29);
    QVERIFY(!ArchiveRules::isOverdue(l, QDate(2026, 12, 29)));
}

void TestArchive::completenessRule()
{
    auto doc = [](const QString& kind, EntryStatus s, qint64 supersededBy = 0) {
        ArchiveDocument d;
        d.kindCode = kind;
        d.trail.status = s;
        d.supersededById = supersededBy;
        return d;
    };
    const QList<ArchiveRules::Requirement> req = {
        {"a", "A", ""}, {"b", "B", ""}, {"c", "C", ""}, {"d", "D", ""}};
    const QList<ArchiveDocument> docs = {
        doc("a", EntryStatus::Verified), doc("b", EntryStatus::Pending),
        doc("c", EntryStatus::Verified, 9), doc("c", EntryStatus::Returned),
        doc("x", EntryStatus::Verified)};
    const QList<RequiredItem> items = ArchiveRules::completeness(req, docs);
    QCOMPARE(items.size(), 4);
    QCOMPARE(items[0].presence, Presence::Present);
    QCOMPARE(items[1].presence, Presence::Pending);
    QCOMPARE(items[2].presence, Presence::Pending); // the superseded one no longer counts
    QCOMPARE(items[3].presence, Presence::Missing);
}

void TestArchive::scanStoreSurvivesKillMidWrite()
{
    test::TestDb t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), Role::Clerk);
    const qint64 person = addPerson(t, clerk, 1, {QStringLiteral("war_veteran")});
    Result<ArchiveFile> a = ArchiveStore(t.db()).open(clerk, person, {});
    QVERIFY(a);
    ArchiveDocumentStore docs(t.db());
    Result<qint64> id = docs.file(
        clerk, a->id,
        {QStringLiteral("discharge"), QStringLiteral("退伍证"), 2, QDate(1972, 3, 1), QString()});
    QVERIFY(id);
    // The program "dies" after writing the temporary file and before the rename.
    QString leftover;
    docs.scans().setWriteHookForTests([&](const QString& temp) {
        leftover = temp;
        return false;
    });
    const QByteArray png = pngBytes(Qt::green);
    QVERIFY(!docs.attachScanBytes(clerk, *id, png, QStringLiteral("s.png")));
    QVERIFY(QFile::exists(leftover));
    QVERIFY(ScanStore::isTemporaryName(QFileInfo(leftover).fileName()));
    const QString sha = ScanStore::sha256Of(png);
    QVERIFY(!QFile::exists(
        docs.scans().pathOf(sha, QStringLiteral("png")))); // no half file under a final name
    QVERIFY(docs.byId(*id)->scans.isEmpty());              // nothing references it
    // A fresh start cleans the leftover; recent ones (another program writing) are kept.
    ScanStore fresh(ScanStore::rootFor(t.db()));
    QCOMPARE(fresh.removeLeftovers(QDateTime::currentDateTimeUtc().addSecs(-3600)), 0);
    QCOMPARE(fresh.removeLeftovers(), 1);
    QVERIFY(!QFile::exists(leftover));
    docs.scans().setWriteHookForTests({});
    Result<ScanRef> ok = docs.attachScanBytes(clerk, *id, png, QStringLiteral("s.png"));
    QVERIFY2(ok, qPrintable(ok.error()));
    QCOMPARE(docs.scans().health(sha, QStringLiteral("png")), ScanHealth::Intact);
}

void TestArchive::archiveNumbersAreNeverReused()
{
    test::TestDb t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), Role::Clerk);
    const Actor admin = t.admin();
    ArchiveStore store(t.db());
    const qint64 p1 = addPerson(t, clerk, 1, {});
    const qint64 p2 = addPerson(t, clerk, 2, {});
    const qint64 p3 = addPerson(t, clerk, 3, {});
    Result<ArchiveFile> a1 = store.open(clerk, p1,
                                        {QStringLiteral("1"),
                                         QStringLiteral("2"),
                                         QStringLiteral("1"),
                                         QStringLiteral("王"),
                                         ArchiveState::InCustody,
                                         {}});
    QVERIFY2(a1, qPrintable(a1.error()));
    QCOMPARE(a1->archiveNumber, QStringLiteral("WG-YF-000001"));
    QVERIFY(!store.open(clerk, p1, {})); // one archive per person
    // A failed open (unknown person) does not consume a number.
    QVERIFY(!store.open(clerk, 999999, {}));
    QVERIFY(
        SettingsStore(t.db()).set(admin, ArchiveStore::kNumberFormat, QStringLiteral("YF-{0000}")));
    Result<ArchiveFile> a2 = store.open(clerk, p2, {});
    QVERIFY(a2);
    QCOMPARE(a2->archiveNumber, QStringLiteral("YF-0002"));
    // Back to the old format: the sequence still grows, number 1 is never given again.
    QVERIFY(SettingsStore(t.db()).set(admin, ArchiveStore::kNumberFormat,
                                      QStringLiteral("WG-YF-{000000}")));
    Result<ArchiveFile> a3 = store.open(clerk, p3, {});
    QVERIFY(a3);
    QCOMPARE(a3->archiveNumber, QStringLiteral("WG-YF-000003"));
    // Archives are never deleted.
    QSqlQuery q(t.db().connection());
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM archives WHERE id = %1").arg(a1->id)));
    // Only filers open archives.
    const Actor inspector = t.addUser(QStringLiteral("insp"), Role::Inspector);
    QVERIFY(!store.open(inspector, addPerson(t, clerk, 4, {}), {}));
}

void TestArchive::filerCannotVerifyOwnEntry()
{
    test::TestDb t;
    // A section chief may file too; even then, never verify their own entry.
    const Actor chief = t.addUser(QStringLiteral("chief"), Role::SectionChief);
    const Actor chief2 = t.addUser(QStringLiteral("chief2"), Role::SectionChief);
    const Actor chief3 = t.addUser(QStringLiteral("chief3"), Role::SectionChief);
    const Actor clerk = t.addUser(QStringLiteral("clerk"), Role::Clerk);
    const qint64 person = addPerson(t, clerk, 1, {QStringLiteral("war_veteran")});
    Result<ArchiveFile> a = ArchiveStore(t.db()).open(chief, person, {});
    QVERIFY(a);
    ArchiveDocumentStore docs(t.db());
    Result<qint64> id =
        docs.file(chief, a->id,
                  {QStringLiteral("discharge"), QStringLiteral("退伍证"), 1, QDate(), QString()});
    QVERIFY(id);
    const qint64 auditBefore = AuditLog(t.db()).count();
    Status s = docs.verify(chief, *id);
    QVERIFY(!s);
    QVERIFY(s.error().contains(QStringLiteral("yourself")));
    QVERIFY(!docs.returnEntry(chief, *id, QStringLiteral("x")));
    QVERIFY(!docs.verify(clerk, *id)); // a clerk verifies nothing
    QCOMPARE(AuditLog(t.db()).count(), auditBefore);
    QCOMPARE(docs.byId(*id)->trail.status, EntryStatus::Pending);
    QVERIFY(!docs.hasVerifiedDocument(person, QStringLiteral("discharge")));
    // A scan attached by the second chief makes them a changer: they cannot verify either.
    QVERIFY(docs.attachScanBytes(chief2, *id, pngBytes(), QStringLiteral("s.png")));
    QVERIFY(!docs.verify(chief2, *id));
    QVERIFY(docs.verify(chief3, *id));
    QCOMPARE(AuditLog(t.db()).count(), auditBefore + 2);
    QVERIFY(docs.hasVerifiedDocument(person, QStringLiteral("discharge")));
    QCOMPARE(docs.verifiedDocumentsOf(person)->size(), 1);
    QCOMPARE(docs.byId(*id)->trail.verifiedByName, chief3.displayName);
}

void TestArchive::lockedEntryCannotBeEdited()
{
    test::TestDb t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), Role::Clerk);
    const Actor chief = t.addUser(QStringLiteral("chief"), Role::SectionChief);
    const qint64 person = addPerson(t, clerk, 1, {});
    Result<ArchiveFile> a = ArchiveStore(t.db()).open(clerk, person, {});
    ArchiveDocumentStore docs(t.db());
    const DocumentDraft draft{QStringLiteral("id_card_copy"), QStringLiteral("身份证复印件"), 1,
                              QDate(2020, 1, 1), QString()};
    Result<qint64> id = docs.file(clerk, a->id, draft);
    QVERIFY(id);
    DocumentDraft changed = draft;
    changed.pages = 2;
    QVERIFY(docs.update(clerk, *id, changed)); // pending: may be changed
    QVERIFY(docs.verify(chief, *id));
    changed.pages = 3;
    Status s = docs.update(clerk, *id, changed);
    QVERIFY(!s);
    QVERIFY(s.error().contains(QStringLiteral("locked")));
    QVERIFY(!docs.attachScanBytes(clerk, *id, pngBytes(), QStringLiteral("late.png")));
    QCOMPARE(docs.byId(*id)->pages, 2);
    QVERIFY(docs.byId(*id)->scans.isEmpty());
    // The database itself refuses, whatever code tries.
    QSqlQuery q(t.db().connection());
    QVERIFY(
        !q.exec(QStringLiteral("UPDATE archive_documents SET title = 'x' WHERE id = %1").arg(*id)));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM archive_documents WHERE id = %1").arg(*id)));
}

void TestArchive::supersedeKeepsBoth()
{
    test::TestDb t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), Role::Clerk);
    const Actor chief = t.addUser(QStringLiteral("chief"), Role::SectionChief);
    const qint64 person = addPerson(t, clerk, 1, {QStringLiteral("disabled_serviceman")});
    Result<ArchiveFile> a = ArchiveStore(t.db()).open(clerk, person, {});
    ArchiveDocumentStore docs(t.db());
    Result<qint64> old = docs.file(clerk, a->id,
                                   {QStringLiteral("disability_card"), QStringLiteral("残疾军人证"),
                                    1, QDate(2001, 1, 1), QString()});
    QVERIFY(docs.verify(chief, *old));
    QVERIFY(!docs.correct(clerk, *old,
                          {QStringLiteral("disability_card"), QStringLiteral("残疾军人证（换发）"),
                           2, QDate(2021, 1, 1), QString()},
                          QString()));
    Result<qint64> fix =
        docs.correct(clerk, *old,
                     {QStringLiteral("disability_card"), QStringLiteral("残疾军人证（换发）"), 2,
                      QDate(2021, 1, 1), QString()},
                     QStringLiteral("证件换发"));
    QVERIFY2(fix, qPrintable(fix.error()));
    QVERIFY(!docs.correct(
        clerk, *old,
        {QStringLiteral("disability_card"), QStringLiteral("再次"), 1, QDate(), QString()},
        QStringLiteral("x")));
    // Until the correction is verified, the old entry counts.
    QList<ArchiveDocument> counted = docs.verifiedDocumentsOf(person).value();
    QCOMPARE(counted.size(), 1);
    QCOMPARE(counted.first().id, *old);
    QVERIFY(docs.verify(chief, *fix));
    counted = docs.verifiedDocumentsOf(person).value();
    QCOMPARE(counted.size(), 1);
    QCOMPARE(counted.first().id, *fix);
    const QList<ArchiveDocument> all = docs.ofArchive(a->id).value();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].supersededById, *fix);
    QCOMPARE(all[0].title, QStringLiteral("残疾军人证"));
    QCOMPARE(all[1].supersedesId, *old);
    QCOMPARE(all[1].supersedeReason, QStringLiteral("证件换发"));
    QVERIFY(!docs.correct(
        clerk, *old,
        {QStringLiteral("disability_card"), QStringLiteral("x"), 1, QDate(), QString()},
        QStringLiteral("again")));
}

void TestArchive::returnedEntryGoesBackToFiler()
{
    test::TestDb t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), Role::Clerk);
    const Actor chief = t.addUser(QStringLiteral("chief"), Role::SectionChief);
    const qint64 person = addPerson(t, clerk, 1, {});
    Result<ArchiveFile> a = ArchiveStore(t.db()).open(clerk, person, {});
    ArchiveDocumentStore docs(t.db());
    Result<qint64> id = docs.file(
        clerk, a->id,
        {QStringLiteral("household_register"), QStringLiteral("户口簿"), 1, QDate(), QString()});
    VerificationInboxStore inbox(t.db());
    QCOMPARE(inbox.waitingCount(), 2); // the document and the archive's data
    QCOMPARE(inbox.waitingCountFor(chief.userId), 2);
    QCOMPARE(inbox.waitingCountFor(clerk.userId), 0);
    QVERIFY(!docs.returnEntry(chief, *id, QString()));
    QVERIFY(docs.returnEntry(chief, *id, QStringLiteral("缺户主页")));
    QCOMPARE(inbox.returnedCountFor(clerk.userId), 1);
    QCOMPARE(inbox.returnedTo(clerk.userId).first().returnReason, QStringLiteral("缺户主页"));
    QVERIFY(!docs.verify(chief, *id)); // returned: must be resubmitted first
    QVERIFY(docs.update(clerk, *id,
                        {QStringLiteral("household_register"), QStringLiteral("户口簿（含户主页）"),
                         2, QDate(), QString()}));
    QCOMPARE(inbox.returnedCountFor(clerk.userId), 0);
    QVERIFY(docs.verify(chief, *id));
    QCOMPARE(inbox.waitingCount(), 1);
}

void TestArchive::verificationRefusesAlteredScan()
{
    test::TestDb t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), Role::Clerk);
    const Actor chief = t.addUser(QStringLiteral("chief"), Role::SectionChief);
    const qint64 person = addPerson(t, clerk, 1, {});
    Result<ArchiveFile> a = ArchiveStore(t.db()).open(clerk, person, {});
    ArchiveDocumentStore docs(t.db());
    Result<qint64> id = docs.file(
        clerk, a->id,
        {QStringLiteral("id_card_copy"), QStringLiteral("身份证"), 1, QDate(), QString()});
    QVERIFY(docs.attachScanBytes(clerk, *id, pngBytes(), QStringLiteral("id.png")));
    // A damaged file is refused with its reason and never enters the store.
    QByteArray bad = pngBytes();
    bad.truncate(bad.size() / 2);
    Result<ScanRef> refused = docs.attachScanBytes(clerk, *id, bad, QStringLiteral("bad.png"));
    QVERIFY(!refused);
    QVERIFY(!refused.error().isEmpty());
    const ScanRef scan = docs.byId(*id)->scans.first();
    {
        QFile f(docs.scans().pathOf(scan.sha256, scan.extension));
        QVERIFY(f.open(QIODevice::Append));
        f.write("tampered");
    }
    Status s = docs.verify(chief, *id);
    QVERIFY(!s);
    QVERIFY(s.error().contains(QStringLiteral("altered")));
}

void TestArchive::archiveDataChangeNeedsVerification()
{
    test::TestDb t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), Role::Clerk);
    const Actor chief = t.addUser(QStringLiteral("chief"), Role::SectionChief);
    const qint64 person = addPerson(t, clerk, 1, {});
    ArchiveStore store(t.db());
    ArchiveData d{QStringLiteral("1"),    QStringLiteral("3"),     QStringLiteral("1"),
                  QStringLiteral("王敏"), ArchiveState::InCustody, {}};
    Result<ArchiveFile> a = store.open(clerk, person, d);
    QVERIFY(a);
    QVERIFY(!a->verified);
    QVERIFY(a->pending);
    QVERIFY(!store.verifyRevision(clerk, a->pending->id));
    QVERIFY(store.verifyRevision(chief, a->pending->id));
    ArchiveData moved = d;
    moved.cabinet = QStringLiteral("2");
    QVERIFY(!store.reviseData(clerk, a->id, d)); // nothing changed
    Result<qint64> rev = store.reviseData(clerk, a->id, moved);
    QVERIFY(rev);
    ArchiveFile now = *store.byId(a->id);
    QCOMPARE(now.verified->data.cabinet, QStringLiteral("1")); // the verified data stays in force
    QCOMPARE(now.pending->data.cabinet, QStringLiteral("2"));
    QVERIFY(store.verifyRevision(chief, *rev));
    now = *store.byId(a->id);
    QCOMPARE(now.verified->data.cabinet, QStringLiteral("2"));
    QVERIFY(!now.pending);
    QCOMPARE(store.revisions(a->id)->size(), 2);
}

void TestArchive::lendingTwiceIsRefused()
{
    test::TestDb t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), Role::Clerk);
    const Actor inspector = t.addUser(QStringLiteral("insp"), Role::Inspector);
    const qint64 person = addPerson(t, clerk, 1, {});
    Result<ArchiveFile> a = ArchiveStore(t.db()).open(clerk, person, {});
    ArchiveLoanStore loans(t.db());
    const QDate today = t.db().clock().today();
    const LoanDraft draft{QStringLiteral("张纪检"), QStringLiteral("县纪委"),
                          QStringLiteral("专项检查"), QDate(), today.addDays(5)};
    QVERIFY(!loans.lend(inspector, a->id, draft)); // permission
    Result<qint64> l = loans.lend(clerk, a->id, draft);
    QVERIFY2(l, qPrintable(l.error()));
    Result<qint64> again = loans.lend(clerk, a->id, draft);
    QVERIFY(!again);
    QVERIFY(again.error().contains(QStringLiteral("张纪检")));
    // Even around the store, the database refuses a second open loan.
    QSqlQuery q(t.db().connection());
    QVERIFY(!q.exec(
        QStringLiteral(
            "INSERT INTO archive_loans (archive_id, borrower, purpose, lent_on, expected_return, "
            "lent_at, lent_by) VALUES (%1, 'x', 'y', '2026-11-29', '2026-12-01', 'now', %2)")
            .arg(a->id)
            .arg(clerk.userId)));
    QVERIFY(ArchiveStore(t.db()).byId(a->id)->isOut);
    QCOMPARE(loans.out().size(), 1);
    QCOMPARE(loans.overdueCount(), 0);
    t.clock().advanceDays(6);
    QCOMPARE(loans.overdueCount(), 1);
    QCOMPARE(loans.overdue().first().borrower, QStringLiteral("张纪检"));
    QVERIFY(loans.giveBack(clerk, *l));
    QVERIFY(!loans.giveBack(clerk, *l));
    QCOMPARE(loans.out().size(), 0);
    QVERIFY(loans.lend(clerk, a->id,
                       {QStringLiteral("李"), QString(), QStringLiteral("复印"), QDate(),
                        t.db().clock().today()}));
    QCOMPARE(loans.ofArchive(a->id).size(), 2);
}

void TestArchive::completenessCounts_data()
{
    // Each person: categories | documents filed ("kind:v" verified, "kind:p" pending).
    QTest::addColumn<QStringList>("people");
    QTest::addColumn<QString>("filterCategory");
    QTest::addColumn<int>("persons");
    QTest::addColumn<int>("incomplete");
    QTest::addColumn<int>("missingDocuments");
    const QString dis = QStringLiteral("disabled_serviceman");
    QTest::newRow("nothing filed") << QStringList{dis + "|"} << dis << 1 << 1 << 3;
    QTest::newRow("all verified")
        << QStringList{dis + "|id_card_copy:v,disability_card:v,disability_assessment:v"} << dis
        << 1 << 0 << 0;
    QTest::newRow("pending is missing")
        << QStringList{dis + "|id_card_copy:v,disability_card:p,disability_assessment:v"} << dis
        << 1 << 1 << 1;
    QTest::newRow("two persons one complete")
        << QStringList{dis + "|id_card_copy:v,disability_card:v,disability_assessment:v",
                       dis + "|id_card_copy:v"}
        << dis << 2 << 1 << 2;
    QTest::newRow("other category ignored")
        << QStringList{"martyr_survivor|",
                       dis + "|id_card_copy:v,disability_card:v,disability_assessment:v"}
        << dis << 1 << 0 << 0;
    QTest::newRow("two categories share id copy")
        << QStringList{dis + ",martyr_survivor|id_card_copy:v,martyr_certificate:v"}
        << "martyr_survivor" << 1 << 1 << 1;
    QTest::newRow("all categories")
        << QStringList{dis + ",martyr_survivor|id_card_copy:v,martyr_certificate:v"} << "" << 2 << 2
        << 3;
}

void TestArchive::completenessCounts()
{
    QFETCH(QStringList, people);
    QFETCH(QString, filterCategory);
    QFETCH(int, persons);
    QFETCH(int, incomplete);
    QFETCH(int, missingDocuments);
    test::TestDb t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), Role::Clerk);
    const Actor chief = t.addUser(QStringLiteral("chief"), Role::SectionChief);
    ArchiveDocumentStore docs(t.db());
    int seq = 0;
    for (const QString& spec : people) {
        const QStringList parts = spec.split(QLatin1Char('|'));
        const qint64 person =
            addPerson(t, clerk, ++seq, parts[0].split(QLatin1Char(','), Qt::SkipEmptyParts));
        QVERIFY(person);
        Result<ArchiveFile> a = ArchiveStore(t.db()).open(clerk, person, {});
        QVERIFY(a);
        for (const QString& d : parts[1].split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList kv = d.split(QLatin1Char(':'));
            Result<qint64> id = docs.file(clerk, a->id, {kv[0], kv[0], 1, QDate(), QString()});
            QVERIFY(id);
            if (kv[1] == QLatin1String("v"))
                QVERIFY(docs.verify(chief, *id));
        }
    }
    CompletenessStore store(t.db());
    CompletenessFilter f;
    f.categoryCode = filterCategory;
    int p = 0, inc = 0, miss = 0;
    for (const CompletenessSummaryRow& r : store.summary(f).value()) {
        p += int(r.persons);
        inc += int(r.incomplete);
        miss += int(r.missingDocuments);
    }
    QCOMPARE(p, persons);
    QCOMPARE(inc, incomplete);
    QCOMPARE(miss, missingDocuments);
    // The detail list agrees with the summary, person by person.
    const QList<qint64> ids = store.incompletePersonIds(f).value();
    const QList<IncompletePersonRow> rows = store.incompleteRows(ids, f).value();
    QCOMPARE(rows.size(), ids.size());
    int missingInRows = 0;
    for (const auto& r : rows)
        missingInRows += r.missingCount;
    if (filterCategory.isEmpty())
        QVERIFY(missingInRows <= miss); // shared kinds count once per person
    else
        QCOMPARE(missingInRows, miss);
    // The person's own view says the same.
    if (people.size() == 1 && !filterCategory.isEmpty()) {
        int missingOwn = 0;
        for (const RequiredItem& i : docs.completenessOf(1).value())
            missingOwn += i.presence != Presence::Present ? 1 : 0;
        QVERIFY(missingOwn >= miss);
    }
}

void TestArchive::completenessExportCsv()
{
    test::TestDb t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), Role::Clerk);
    addPerson(t, clerk, 1, {QStringLiteral("martyr_survivor")}, QStringLiteral("430581100"));
    CompletenessStore store(t.db());
    const QString path = QDir(t.dir()).filePath(QStringLiteral("缺档.csv"));
    QVERIFY(store.exportIncompleteCsv(clerk, path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray b = f.readAll();
    QVERIFY(b.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(b.mid(3));
    QVERIFY(text.contains(QStringLiteral("邓元泰镇")));
    QVERIFY(text.contains(QStringLiteral("烈士证明书")));
    QVERIFY(text.contains(QStringLiteral("430581********")));
    QVERIFY(store.exportSummaryCsv(clerk, path));
    QVERIFY(!store.exportSummaryCsv(Actor(), path));
}

void TestArchive::papersRender()
{
    ArchivePaperData data;
    data.officeName = QStringLiteral("武冈市民政局");
    data.archiveNumber = QStringLiteral("WG-YF-000123");
    data.personName = QStringLiteral("张三");
    data.sex = QStringLiteral("男");
    data.citizenId = QStringLiteral("430581195003010114");
    data.birthDate = QStringLiteral("1950年3月1日");
    data.categories = QStringLiteral("残疾军人(五级)、带病回乡退伍军人");
    data.township = QStringLiteral("邓元泰镇高桥村");
    data.address = QStringLiteral("湖南省武冈市邓元泰镇高桥村七组二十三号附一号");
    data.location = {QStringLiteral("3"),      QStringLiteral("12"),    QStringLiteral("1"),
                     QStringLiteral("李经办"), ArchiveState::InCustody, {}};
    data.openedOn = QDate(2026, 11, 29);
    data.printedOn = QDate(2026, 11, 29);
    const QStringList titles = {QStringLiteral("入伍批准书"), QStringLiteral("退伍军人登记表"),
                                QStringLiteral("中华人民共和国残疾军人证（换发）"),
                                QStringLiteral("评定、调整伤残等级审批表")};
    for (int i = 0; i < titles.size(); ++i) {
        ArchiveDocument d;
        d.title = titles.at(i);
        d.pages = i + 2;
        d.documentDate = QDate(1968 + i * 10, 3, 1);
        if (i == 2) {
            d.supersedesId = 7;
            d.supersedeReason = QStringLiteral("证件换发");
        }
        data.documents << d;
    }
    const QList<QStringList> rows = ArchivePapers::catalogueRows(data.documents);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0][4], QStringLiteral("1—2"));
    QCOMPARE(rows[1][4], QStringLiteral("3—5"));
    QCOMPARE(rows[2][4], QStringLiteral("6—9"));
    QCOMPARE(rows[0][2], QStringLiteral("1968年3月1日"));
    QVERIFY(rows[2][5].contains(QStringLiteral("证件换发")));
    QTemporaryDir tmp;
    // YOUFU_KEEP_PAPERS=/some/dir keeps the PDFs to look at them.
    const QString keep = qEnvironmentVariable("YOUFU_KEEP_PAPERS");
    QDir dir(keep.isEmpty() ? tmp.path() : keep);
    QVERIFY(
        renderToPdf(dir.filePath(QStringLiteral("cover.pdf")), ArchivePapers::coverPainter(data)));
    QVERIFY(
        renderToPdf(ArchivePapers::catalogue(data), dir.filePath(QStringLiteral("catalogue.pdf"))));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("cover.pdf"))).size() > 1000);
}

QTEST_MAIN(TestArchive)
#include "tst_archive.moc"
