// The case list exported (ExportList::Petitions): the filtered cases, newest first, no phone
// or citizen ID in the file, one audit entry, and youfuctl's key "petitions".
#include "approvalfixture.h"
#include "io/listexports.h"
#include "petition/petitionstore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace youfu::core;
using youfu::test::ApprovalFixture;
using youfu::test::TestDb;

class TstPetitionExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportsTheFilteredCases();
};

void TstPetitionExport::exportsTheFilteredCases()
{
    TestDb t;
    ApprovalFixture f(t);
    t.clock().set(QDateTime(QDate(2026, 3, 10), QTime(10, 0)).toUTC());
    PetitionStore store(t.db());
    for (int i = 0; i < 5; ++i) {
        PetitionCase c;
        c.receivedAt = QDateTime(QDate(2026, 3, 1 + i), QTime(9, 0));
        c.channel = PetitionChannel::Letter;
        c.subject = i % 2 ? PetitionSubject::Medical : PetitionSubject::Benefit;
        c.townshipCode = QStringLiteral("430581001");
        c.summary = QStringLiteral("反映问题%1").arg(i);
        Petitioner p;
        p.name = QStringLiteral("信访人%1").arg(i);
        p.phone = QStringLiteral("1390000000%1").arg(i);
        p.citizenId = ApprovalFixture::citizenId(QDate(1950, 3, 1), 31 + 2 * i);
        c.petitioners << p;
        auto r = store.registerCase(f.clerk, c);
        QVERIFY2(r, qPrintable(r.error()));
    }
    QCOMPARE(exportListFromKey(QStringLiteral("petitions")).value(), ExportList::Petitions);
    QVERIFY(!mayExportFullIds(f.director, ExportList::Petitions));

    ListExportRequest req;
    req.list = ExportList::Petitions;
    req.petitions.subject = int(PetitionSubject::Benefit);
    req.pageSize = 2; // several keyset pages
    const QString path = t.dir() + QStringLiteral("/cases.csv");
    ExportOptions options;
    options.format = ExportFormat::CsvUtf8Bom;
    auto rows = exportList(t.db(), f.clerk, req, path, options);
    QVERIFY2(rows, qPrintable(rows.error()));
    QCOMPARE(rows.value(), qint64(3));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("信访人4")));
    QVERIFY(!text.contains(QStringLiteral("信访人3")));
    QVERIFY(text.indexOf(QStringLiteral("信访人4")) < text.indexOf(QStringLiteral("信访人0")));
    QVERIFY(!text.contains(QStringLiteral("139000000")));
    QVERIFY(!text.contains(QStringLiteral("430581195003")));
    QCOMPARE(int(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther)), 0);
    QSqlQuery q(t->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'list.export' "
                                  "AND after_json LIKE '%petitions%'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // A role without the right to see persons is refused.
    QVERIFY(!exportList(t.db(), t.admin(), req, t.dir() + QStringLiteral("/no.csv"), options));
}

QTEST_GUILESS_MAIN(TstPetitionExport)
#include "tst_petitionexport.moc"
