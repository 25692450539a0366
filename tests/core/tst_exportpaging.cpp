// The list exports read in pages by keyset (after the last row's sort key, not OFFSET): the
// paged reads give the very rows of one single query, ties in the sort key and NULLs
// included; and a list that cannot be read is an error, in the store and in the export (which
// then leaves no file), never an empty list.
#include "approval/applicationliststore.h"
#include "archive/completenessstore.h"
#include "db/database.h"
#include "io/listexports.h"
#include "registry/demogenerator.h"
#include "registry/registrysearchstore.h"
#include "testdb.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace youfu;
using namespace youfu::core;

namespace {

// Test set-up only (not the product's path): statements straight on the test database.
bool exec(test::TestDb& t, const QString& sql)
{
    QSqlQuery q(t.db().connection());
    if (q.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

// 240 demo persons, every fifth renamed 张伟 (ties in name and pinyin), every third without
// a village (NULL in the village sort).
bool seedRegistry(test::TestDb& t, const Actor& clerk)
{
    auto gen = DemoGenerator::generate(t.db(), clerk, 240, 11);
    if (!gen) {
        qWarning("%s", qPrintable(gen.error()));
        return false;
    }
    return exec(t, QStringLiteral("UPDATE persons SET name = '张伟', name_pinyin = 'zhang wei', "
                                  "name_spell = 'zhangwei', name_initials = 'zw' "
                                  "WHERE id % 5 = 0")) &&
           exec(t, QStringLiteral("UPDATE persons SET village_code = NULL WHERE id % 3 = 0"));
}

// 45 applications on the persons there are, drafted at only 6 distinct times (ties).
bool seedApplications(test::TestDb& t, qint64 drafter)
{
    for (int i = 0; i < 45; ++i) {
        QSqlQuery q(t.db().connection());
        q.prepare(QStringLiteral(
            "INSERT INTO applications (type, person_id, state, waiting_since, effective_date, "
            "drafted_by, drafted_at, updated_at, requested_change) VALUES (?, (SELECT min(id) + ? "
            "FROM persons), ?, ?, '2026-01-01', ?, ?, ?, ?)"));
        q.addBindValue(i % 2 ? QStringLiteral("temporary_assistance")
                             : QStringLiteral("recuperation"));
        q.addBindValue(i % 20);
        q.addBindValue(i % 3 ? QStringLiteral("pending") : QStringLiteral("draft"));
        const QString at = QStringLiteral("2026-0%1-10T08:00:00Z").arg(1 + i % 6);
        q.addBindValue(at);
        q.addBindValue(drafter);
        q.addBindValue(at);
        q.addBindValue(at);
        q.addBindValue(QStringLiteral("第%1件").arg(i));
        if (!q.exec()) {
            qWarning("%s", qPrintable(q.lastError().text()));
            return false;
        }
    }
    return true;
}

QByteArray exported(test::TestDb& t, const Actor& actor, ListExportRequest request, int pageSize,
                    const QString& name)
{
    request.pageSize = pageSize;
    ExportOptions o;
    o.format = ExportFormat::CsvUtf8Bom;
    o.exportedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    const QString path = t.dir() + QLatin1Char('/') + name;
    auto rows = exportList(t.db(), actor, request, path, o);
    if (!rows) {
        qWarning("%s", qPrintable(rows.error()));
        return {};
    }
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExportPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registryKeysetIsTheSingleQuery();
    void registryExportInSmallPages();
    void approvalsKeysetIsTheSingleQuery();
    void failedReadIsAnError_data();
    void failedReadIsAnError();
};

void TestExportPaging::registryKeysetIsTheSingleQuery()
{
    // One database for every sort (demo persons take a while to make).
    test::TestDb t;
    const Actor clerk = t.addUser(QStringLiteral("zhangli"), Role::Clerk, QStringLiteral("张丽"));
    QVERIFY(seedRegistry(t, clerk));
    QSqlQuery largest(t.db().connection());
    QVERIFY(largest.exec(QStringLiteral("SELECT township_code FROM persons GROUP BY 1 "
                                        "ORDER BY count(*) DESC LIMIT 1")));
    QVERIFY(largest.next());
    const QString township = largest.value(0).toString();
    RegistrySearchStore store(t.db());
    for (RegistryQuery::Sort sort :
         {RegistryQuery::Sort::Name, RegistryQuery::Sort::CitizenId, RegistryQuery::Sort::BirthDate,
          RegistryQuery::Sort::Township, RegistryQuery::Sort::Village, RegistryQuery::Sort::Status,
          RegistryQuery::Sort::KeyPerson, RegistryQuery::Sort::Registered})
        for (bool descending : {false, true})
            for (bool oneTownship : {false, true}) {
                const QByteArray what = QByteArray::number(int(sort)) +
                                        (descending ? " down" : " up") +
                                        (oneTownship ? ", one township" : "");
                RegistryQuery q;
                q.sort = sort;
                q.order = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
                if (oneTownship)
                    q.townshipCode = township;
                auto all = store.pageOrError(q, 0, 100000);
                QVERIFY2(all, qPrintable(all.error()));
                QVERIFY2(all->size() > (oneTownship ? 10 : 200), what.constData());
                QList<qint64> expected;
                for (const PersonRow& r : all.value())
                    expected << r.id;
                QList<qint64> paged;
                QVariantList after;
                for (int guard = 0; guard < 1000; ++guard) {
                    auto page = store.pageAfter(q, &after, 7);
                    QVERIFY2(page, qPrintable(page.error()));
                    for (const PersonRow& r : page.value())
                        paged << r.id;
                    if (page->isEmpty())
                        break;
                }
                QVERIFY2(paged == expected, what.constData());
            }
}

void TestExportPaging::registryExportInSmallPages()
{
    test::TestDb t;
    const Actor clerk = t.addUser(QStringLiteral("zhangli"), Role::Clerk, QStringLiteral("张丽"));
    QVERIFY(seedRegistry(t, clerk));
    for (bool full : {false, true}) {
        ListExportRequest req;
        req.list = ExportList::Registry;
        req.fullIds = full;
        const QByteArray one = exported(t, clerk, req, 100000, QStringLiteral("one.csv"));
        const QByteArray paged = exported(t, clerk, req, 7, QStringLiteral("paged.csv"));
        QVERIFY(one.count('\n') > 240);
        QCOMPARE(paged, one);
    }
}

void TestExportPaging::approvalsKeysetIsTheSingleQuery()
{
    test::TestDb t;
    const Actor clerk = t.addUser(QStringLiteral("zhangli"), Role::Clerk, QStringLiteral("张丽"));
    QVERIFY(seedRegistry(t, clerk));
    QVERIFY(seedApplications(t, clerk.userId));
    ApplicationListStore store(t.db());
    for (const std::optional<ApplicationState>& state :
         {std::optional<ApplicationState>(), std::optional(ApplicationState::Pending)}) {
        ApplicationFilter f;
        f.state = state;
        auto all = store.page(f, 0, 1000);
        QVERIFY2(all, qPrintable(all.error()));
        QCOMPARE(all->size(), store.count(f).value());
        QList<qint64> expected, paged;
        for (const ApplicationRow& r : all.value())
            expected << r.id;
        QVariantList after;
        for (int guard = 0; guard < 100; ++guard) {
            auto page = store.pageAfter(f, &after, 4);
            QVERIFY2(page, qPrintable(page.error()));
            for (const ApplicationRow& r : page.value())
                paged << r.id;
            if (page->isEmpty())
                break;
        }
        QCOMPARE(paged, expected);

        ListExportRequest req;
        req.list = ExportList::Approvals;
        req.approvals = f;
        const QByteArray one = exported(t, clerk, req, 1000, QStringLiteral("a1.csv"));
        QVERIFY(one.count('\n') > all->size());
        QCOMPARE(exported(t, clerk, req, 4, QStringLiteral("a4.csv")), one);
    }
}

void TestExportPaging::failedReadIsAnError_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("broken"); // the table renamed away
    QTest::newRow("registry") << "registry"
                              << "townships";
    QTest::newRow("approvals: count") << "approvals"
                                      << "applications";
    QTest::newRow("approvals: rows") << "approvals"
                                     << "users";
    QTest::newRow("completeness") << "completeness"
                                  << "archive_completeness";
    QTest::newRow("completeness persons: ids") << "completeness-persons"
                                               << "archive_completeness";
    QTest::newRow("completeness persons: rows") << "completeness-persons"
                                                << "document_kinds";
}

void TestExportPaging::failedReadIsAnError()
{
    QFETCH(QString, list);
    QFETCH(QString, broken);
    test::TestDb t;
    const Actor clerk = t.addUser(QStringLiteral("zhangli"), Role::Clerk, QStringLiteral("张丽"));
    QVERIFY(seedRegistry(t, clerk));
    QVERIFY(seedApplications(t, clerk.userId));
    QVERIFY(exec(t, QStringLiteral("ALTER TABLE %1 RENAME TO %1_gone").arg(broken)));

    // The store says it could not read, where it used to answer "nothing".
    if (list == QLatin1String("approvals")) {
        ApplicationListStore store(t.db());
        QVERIFY(!store.page({}, 0, 100));
        QVariantList after;
        QVERIFY(!store.pageAfter({}, &after, 100));
        QVERIFY(!store.inbox(clerk));
        QVERIFY(!store.waitingCount(clerk));
        if (broken == QLatin1String("applications")) {
            QVERIFY(!store.count({}));
            QVERIFY(!store.years());
        }
    } else if (list.startsWith(QLatin1String("completeness"))) {
        CompletenessStore store(t.db());
        if (broken == QLatin1String("archive_completeness")) {
            QVERIFY(!store.summary());
            const auto ids = store.incompletePersonIds();
            QVERIFY(!ids);
            QVERIFY(!ids.error().isEmpty());
        } else {
            auto ids = store.incompletePersonIds();
            QVERIFY2(ids, qPrintable(ids.error()));
            QVERIFY(!ids->isEmpty());
            QVERIFY(!store.incompleteRows(ids.value()));
        }
        const QString csv = t.dir() + QStringLiteral("/c.csv");
        QVERIFY(!store.exportIncompleteCsv(clerk, csv));
        QVERIFY(!QFile::exists(csv));
    } else {
        QVariantList after;
        QVERIFY(!RegistrySearchStore(t.db()).pageAfter({}, &after, 100));
    }

    // The export fails and leaves no file.
    ListExportRequest req;
    req.list = exportListFromKey(list).value();
    req.pageSize = 7;
    const QString path = t.dir() + QStringLiteral("/list.csv");
    ExportOptions o;
    o.format = ExportFormat::CsvUtf8Bom;
    auto rows = exportList(t.db(), clerk, req, path, o);
    QVERIFY2(!rows, qPrintable(QString::number(rows ? rows.value() : -1)));
    QVERIFY(!rows.error().isEmpty());
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestExportPaging)
#include "tst_exportpaging.moc"
