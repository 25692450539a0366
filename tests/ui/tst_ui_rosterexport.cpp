// The registry page exports the re-importable roster (one row per category held) of the
// township chosen, with full IDs when the clerk asks, and that file imports again.
#include "app/session.h"
#include "audit/auditlog.h"
#include "dialogs/exportdialog.h"
#include "io/rosterimport.h"
#include "models/registrymodel.h"
#include "pages/registrypage.h"
#include "registry/demogenerator.h"
#include "testdb.h"
#include "uidriver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

using namespace youfu;

class TstUiRosterExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rosterOfATownshipImportsAgain();
};

void TstUiRosterExport::rosterOfATownshipImportsAgain()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", core::Role::Clerk, "张丽");
    QVERIFY(core::DemoGenerator::generate(t.db(), clerk, 300, 3));
    ui::Session session{&t.db(), clerk};
    ui::RegistryPage page(session);
    page.show();
    QVERIFY(page.findChild<QPushButton*>("registryExportRoster"));
    auto* township = page.findChild<QComboBox*>("filterTownship");
    QVERIFY(township && township->count() > 2);
    township->setCurrentIndex(1);
    page.applySearchNow();
    const QString code = page.model()->query().townshipCode;
    QVERIFY(!code.isEmpty());
    QSqlQuery q(t->connection());
    QVERIFY(q.exec(QString("SELECT count(*), count(DISTINCT p.id) FROM person_categories pc JOIN "
                           "persons p ON p.id = pc.person_id WHERE p.status = 'active' AND "
                           "pc.end_date IS NULL AND p.township_code = '%1'")
                       .arg(code)) &&
            q.next());
    const qint64 rows = q.value(0).toLongLong();
    const int persons = q.value(1).toInt();
    QVERIFY(rows > 0);

    const QString path = t.dir() + "/roster.xlsx";
    bool filled = false;
    bool told = false;
    test::whenDialogOpens<ui::ExportDialog>(
        this,
        [&](ui::ExportDialog* d) {
            auto* full = d->findChild<QCheckBox*>("fullIds");
            QVERIFY(full);
            full->setChecked(true);
            test::typeInto(d, "exportPath", path);
            test::clickOk(d);
            QVERIFY2(!d->isVisible(), qPrintable(test::visibleError(d)));
        },
        &filled);
    test::whenDialogOpens<QMessageBox>(
        this, [&](QMessageBox* box) { box->accept(); }, &told);
    QVERIFY(page.exportRoster());
    QVERIFY(filled);
    QVERIFY(told);
    bool recorded = false;
    for (const core::AuditEntry& e : core::AuditLog(t.db()).forEntity("roster", ""))
        recorded = recorded || (e.action == "list.export" &&
                                e.afterJson.contains(QString("\"rows\":%1").arg(rows)) &&
                                e.afterJson.contains("\"ids\":\"full\""));
    QVERIFY(recorded);

    // The file goes into an empty database as the persons of that township.
    test::TestDb empty;
    core::RosterImport import(empty.db());
    auto first = import.inspect(path);
    QVERIFY2(first, qPrintable(first.error()));
    auto p = import.preview(path, first->layout, first->mapping);
    QVERIFY2(p, qPrintable(p.error()));
    QCOMPARE(p->refused, 0);
    QCOMPARE(p->imported, persons);
    QCOMPARE(qint64(p->imported + p->merged), rows);
}

QTEST_MAIN(TstUiRosterExport)
#include "tst_ui_rosterexport.moc"
