// The township workers' duty (优抚专干 / 信息员) and the training register (issue 15): one audit
// entry per write, the reader refused, attendance only once held, materials content-addressed,
// the list filtered and paged, and the year's attendance as the rules count it.
#include "audit/auditlog.h"
#include "petition/warningstore.h"
#include "registry/areastore.h"
#include "testdb.h"
#include "township/trainingdemo.h"
#include "township/trainingrules.h"
#include "township/trainingstore.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QSqlQuery>
#include <QTest>

using namespace youfu;
using core::Role;

class TestTrainingStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void workerDutyIsKept();
    void sessionWritesAreAudited();
    void readerIsRefused();
    void attendanceWaitsForTheDay();
    void materialIsStoredByHash();
    void listFiltersAndPages();
    void demoMakesWorkersAndSessions();
};

namespace {
// Today in a TestDb is 2026-11-29.
const QString kT1 = QStringLiteral("430581001");
const QString kT2 = QStringLiteral("430581002");

core::InfoStaff staffOf(const QString& township, const QString& name, core::StaffDuty duty)
{
    core::InfoStaff s;
    s.townshipCode = township;
    s.name = name;
    s.phone = QStringLiteral("13907301234");
    s.since = QDate(2025, 3, 1);
    s.duty = duty;
    return s;
}

core::TrainingSession sessionOf(const QDate& on, core::TrainingKind kind, const QString& topic)
{
    core::TrainingSession s;
    s.heldOn = on;
    s.topic = topic;
    s.trainer = QString::fromUtf8("王科长");
    s.minutes = 180;
    s.kind = kind;
    s.place = QString::fromUtf8("市民政局三楼会议室");
    return s;
}

QString lastAction(test::TestDb& t)
{
    QSqlQuery q(t.db().connection());
    q.exec("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1");
    return q.next() ? q.value(0).toString() : QString();
}

core::TrainingAttendee workerAttendee(qint64 staffId, const QString& name)
{
    core::TrainingAttendee a;
    a.staffId = staffId;
    a.name = name;
    return a;
}
} // namespace

void TestTrainingStore::workerDutyIsKept()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"));
    core::WarningStore store(t.db());
    auto id =
        store.saveStaff(clerk, staffOf(kT1, QString::fromUtf8("周红梅"), core::StaffDuty::Care));
    QVERIFY2(id, qPrintable(id.error()));
    auto info =
        store.saveStaff(clerk, staffOf(kT1, QString::fromUtf8("刘德明"), core::StaffDuty::Info));
    QVERIFY2(info, qPrintable(info.error()));
    auto list = store.staff(kT1, true);
    QVERIFY2(list, qPrintable(list.error()));
    QCOMPARE(list->size(), 2);
    for (const core::InfoStaff& s : list.value())
        QCOMPARE(s.duty, s.id == id.value() ? core::StaffDuty::Care : core::StaffDuty::Info);
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT duty FROM info_staff WHERE id = %1").arg(id.value())));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("care"));
    // Editing keeps (or changes) the duty, and the audit entry says it.
    core::InfoStaff s = staffOf(kT1, QString::fromUtf8("周红梅"), core::StaffDuty::Info);
    s.id = id.value();
    QVERIFY(store.saveStaff(clerk, s));
    QVERIFY(q.exec(QStringLiteral("SELECT duty FROM info_staff WHERE id = %1").arg(id.value())));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("info"));
    QVERIFY(q.exec("SELECT after_json FROM audit_log ORDER BY id DESC LIMIT 1"));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toString().contains(QStringLiteral("\"duty\":\"info\"")));
}

void TestTrainingStore::sessionWritesAreAudited()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"));
    core::WarningStore staff(t.db());
    const qint64 a =
        staff.saveStaff(clerk, staffOf(kT1, QString::fromUtf8("周红梅"), core::StaffDuty::Care))
            .value();
    const qint64 b =
        staff.saveStaff(clerk, staffOf(kT2, QString::fromUtf8("刘德明"), core::StaffDuty::Info))
            .value();
    core::TrainingStore store(t.db());
    core::AuditLog log(t.db());

    qint64 n = log.count();
    auto id =
        store.saveSession(clerk, sessionOf(QDate(2026, 4, 10), core::TrainingKind::AnnualTownship,
                                           QString::fromUtf8("优抚政策解读")));
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(log.count(), n + 1);
    QCOMPARE(lastAction(t), QStringLiteral("township.training_save"));

    core::TrainingAttendee me;
    me.userId = clerk.userId;
    me.name = QString::fromUtf8("张丽");
    n = log.count();
    QVERIFY(store.setAttendees(clerk, id.value(),
                               {workerAttendee(a, QString::fromUtf8("周红梅")),
                                workerAttendee(b, QString::fromUtf8("刘德明")), me}));
    QCOMPARE(log.count(), n + 1);
    QCOMPARE(lastAction(t), QStringLiteral("township.training_invite"));
    auto list = store.attendees(id.value());
    QVERIFY2(list, qPrintable(list.error()));
    QCOMPARE(list->size(), 3);
    QCOMPARE(list->at(0).townshipCode, kT1); // workers first, township order
    QCOMPARE(list->at(0).duty, core::StaffDuty::Care);
    QCOMPARE(list->at(0).phone, QStringLiteral("13907301234"));
    QCOMPARE(list->at(2).userId, clerk.userId);

    n = log.count();
    QVERIFY(store.recordAttendance(clerk, id.value(), {list->at(0).id, list->at(2).id}));
    QCOMPARE(log.count(), n + 1);
    QCOMPARE(lastAction(t), QStringLiteral("township.training_attendance"));
    auto s = store.session(id.value());
    QVERIFY(s);
    QVERIFY(s->held);
    QCOMPARE(s->invited, 3);
    QCOMPARE(s->attended, 2);

    // Asking again keeps who came.
    QVERIFY(store.setAttendees(clerk, id.value(),
                               {workerAttendee(a, QString::fromUtf8("周红梅")),
                                workerAttendee(b, QString::fromUtf8("刘德明"))}));
    QCOMPARE(store.session(id.value())->attended, 1);

    auto records = store.attendance(2026);
    QVERIFY2(records, qPrintable(records.error()));
    QCOMPARE(records->size(), 2);
    auto workers = staff.staff(QString(), false);
    QVERIFY(workers);
    const auto missing = core::TrainingRules::missingAnnual(workers.value(), records.value(), 2026);
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.first().id, b);
    QCOMPARE(core::TrainingRules::minutesByWorker(records.value(), 2026).value(a), 180);
}

void TestTrainingStore::readerIsRefused()
{
    test::TestDb t;
    const core::Actor reader = t.addUser("shenji", Role::Inspector, QString::fromUtf8("审计"));
    core::TrainingStore store(t.db());
    core::AuditLog log(t.db());
    const qint64 n = log.count();
    auto id =
        store.saveSession(reader, sessionOf(QDate(2026, 4, 10), core::TrainingKind::MonthlyStudy,
                                            QString::fromUtf8("月度学习")));
    QVERIFY(!id);
    QVERIFY(!id.error().isEmpty());
    core::WarningStore staff(t.db());
    QVERIFY(
        !staff.saveStaff(reader, staffOf(kT1, QString::fromUtf8("周红梅"), core::StaffDuty::Care)));
    QCOMPARE(log.count(), n);
}

void TestTrainingStore::attendanceWaitsForTheDay()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"));
    core::TrainingStore store(t.db());
    auto id = store.saveSession(clerk, sessionOf(QDate(2026, 12, 15), core::TrainingKind::Exchange,
                                                 QString::fromUtf8("经验交流")));
    QVERIFY2(id, qPrintable(id.error()));
    const core::Status s = store.recordAttendance(clerk, id.value(), {});
    QVERIFY(!s);
    QVERIFY(!store.session(id.value())->held);
    // A planned session cannot be saved as held before its day.
    core::TrainingSession held = store.session(id.value()).value();
    held.held = true;
    QVERIFY(!store.saveSession(clerk, held));
}

void TestTrainingStore::materialIsStoredByHash()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"));
    core::TrainingStore store(t.db());
    const qint64 id =
        store
            .saveSession(clerk, sessionOf(QDate(2026, 4, 10), core::TrainingKind::AnnualTownship,
                                          QString::fromUtf8("优抚政策解读")))
            .value();
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::white);
    const QString file = t.dir() + QStringLiteral("/课件.png");
    QVERIFY(image.save(file, "PNG"));
    core::AuditLog log(t.db());
    const qint64 n = log.count();
    auto ord = store.attachMaterial(clerk, id, QString(), file);
    QVERIFY2(ord, qPrintable(ord.error()));
    QCOMPARE(ord.value(), 1);
    QCOMPARE(log.count(), n + 1);
    QCOMPARE(lastAction(t), QStringLiteral("township.training_material"));
    auto list = store.materials(id);
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().title, QString::fromUtf8("课件"));
    QCOMPARE(list->first().extension, QStringLiteral("png"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto bytes = store.materialBytes(list->first());
    QVERIFY2(bytes, qPrintable(bytes.error()));
    QCOMPARE(bytes.value(), f.readAll());
    // Not a picture or a PDF: refused, nothing recorded.
    const QString text = t.dir() + QStringLiteral("/notes.png");
    QFile bad(text);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("not a picture");
    bad.close();
    QVERIFY(!store.attachMaterial(clerk, id, QStringLiteral("x"), text));
    QCOMPARE(store.materials(id)->size(), 1);
}

void TestTrainingStore::listFiltersAndPages()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"));
    core::TrainingStore store(t.db());
    for (int m = 1; m <= 10; ++m)
        QVERIFY(
            store.saveSession(clerk, sessionOf(QDate(2026, m, 5), core::TrainingKind::MonthlyStudy,
                                               QString::fromUtf8("第%1月学习").arg(m))));
    QVERIFY(store.saveSession(clerk, sessionOf(QDate(2025, 6, 5), core::TrainingKind::Exchange,
                                               QString::fromUtf8("去年交流"))));
    core::TrainingFilter f;
    f.year = 2026;
    QCOMPARE(store.count(f).value(), qint64(10));
    auto first = store.sessions(f, 0, 4);
    QVERIFY(first);
    QCOMPARE(first->size(), 4);
    QCOMPARE(first->first().heldOn, QDate(2026, 10, 5)); // newest first
    auto last = store.sessions(f, 8, 4);
    QCOMPARE(last->size(), 2);
    QCOMPARE(last->last().heldOn, QDate(2026, 1, 5));
    f.year = 0;
    f.kind = int(core::TrainingKind::Exchange);
    QCOMPARE(store.count(f).value(), qint64(1));
    f.kind = -1;
    f.text = QString::fromUtf8("第3月");
    QCOMPARE(store.count(f).value(), qint64(1));
}

void TestTrainingStore::demoMakesWorkersAndSessions()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"));
    const core::Actor chief = t.addUser("wangjh", Role::SectionChief, QString::fromUtf8("王建华"));
    core::AuditLog log(t.db());
    const qint64 before = log.count();
    auto counts = core::TrainingDemo::generate(t.db(), clerk, chief);
    QVERIFY2(counts, qPrintable(counts.error()));
    const int townships = int(core::AreaStore(t.db()).townships().size());
    QVERIFY(townships > 2);
    QCOMPARE(counts->careWorkers, townships);
    QCOMPARE(counts->sessions, 4);
    QCOMPARE(counts->missing, 2);
    QCOMPARE(counts->materials, 1);
    QVERIFY(log.count() > before + townships);
    auto workers = core::WarningStore(t.db()).staff(QString(), true);
    QVERIFY(workers);
    auto records = core::TrainingStore(t.db()).attendance(t.db().clock().today().year());
    QVERIFY(records);
    QCOMPARE(core::TrainingRules::missingAnnual(workers.value(), records.value(),
                                                t.db().clock().today().year())
                 .size(),
             2);
    core::TrainingFilter f;
    f.year = t.db().clock().today().year();
    QCOMPARE(core::TrainingStore(t.db()).count(f).value(), qint64(4));
}

QTEST_GUILESS_MAIN(TestTrainingStore)
#include "tst_trainingstore.moc"
