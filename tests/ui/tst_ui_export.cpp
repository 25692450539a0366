// Exporting the registry through the export dialog, as the clerk does: the filters of the
// page, the format, full IDs only for those who may see them, a message with the path.
#include "app/session.h"
#include "audit/auditlog.h"
#include "dialogs/exportdialog.h"
#include "models/registrymodel.h"
#include "pages/registrypage.h"
#include "registry/demogenerator.h"
#include "registry/registrysearchstore.h"
#include "testdb.h"
#include "uidriver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QTest>

using namespace youfu;

class TstUiExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void registryWithItsFilters();
    void noFullIdsForTheDirector();
};

void TstUiExport::registryWithItsFilters()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", core::Role::Clerk, "张丽");
    QVERIFY(core::DemoGenerator::generate(t.db(), clerk, 300, 3));
    ui::Session session{&t.db(), clerk};
    ui::RegistryPage page(session);
    page.show();
    auto* township = page.findChild<QComboBox*>("filterTownship");
    QVERIFY(township && township->count() > 2);
    township->setCurrentIndex(1);
    page.applySearchNow();
    const core::RegistryQuery query = page.model()->query();
    QVERIFY(!query.townshipCode.isEmpty());
    const qint64 expected = core::RegistrySearchStore(t.db()).count(query);
    QVERIFY(expected > 0 && expected < 300);

    const QString path = t.dir() + "/registry.csv";
    bool filled = false;
    bool told = false;
    QString message;
    test::whenDialogOpens<ui::ExportDialog>(
        this,
        [&](ui::ExportDialog* d) {
            auto* format = d->findChild<QComboBox*>("exportFormat");
            QVERIFY(format);
            QCOMPARE(format->count(), 3);
            format->setCurrentIndex(format->findData(int(core::ExportFormat::CsvGbk)));
            QVERIFY(d->findChild<QCheckBox*>("fullIds")); // the clerk may reveal
            test::typeInto(d, "exportPath", path);
            test::clickOk(d);
            QVERIFY2(!d->isVisible(), qPrintable(test::visibleError(d)));
        },
        &filled);
    test::whenDialogOpens<QMessageBox>(
        this,
        [&](QMessageBox* box) {
            message = box->text();
            box->accept();
        },
        &told);
    QVERIFY(page.exportList());
    QVERIFY(filled);
    QVERIFY(told);
    QVERIFY2(message.contains("registry.csv"), qPrintable(message));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    int lines = 0;
    for (const QByteArray& l : f.readAll().split('\n'))
        lines += l.trimmed().isEmpty() ? 0 : 1;
    QCOMPARE(lines, int(expected) + 1);
    // Recorded: masked, GBK CSV, the number of rows.
    bool recorded = false;
    for (const core::AuditEntry& e : core::AuditLog(t.db()).forEntity("registry", ""))
        recorded = recorded || (e.action == "list.export" &&
                                e.afterJson.contains(QString("\"rows\":%1").arg(expected)) &&
                                e.afterJson.contains("\"ids\":\"masked\"") &&
                                e.afterJson.contains("\"format\":\"csv-gbk\""));
    QVERIFY(recorded);
}

void TstUiExport::noFullIdsForTheDirector()
{
    test::TestDb t;
    const core::Actor director = t.addUser("chenguoping", core::Role::Director, "陈国平");
    ui::Session session{&t.db(), director};
    core::ListExportRequest request;
    ui::ExportDialog dialog(session, request, "registry");
    QVERIFY(!dialog.findChild<QCheckBox*>("fullIds"));
    // The suffix follows the format.
    auto* format = dialog.findChild<QComboBox*>("exportFormat");
    auto* path = dialog.findChild<QLineEdit*>("exportPath");
    QVERIFY(path->text().endsWith(".xlsx"));
    format->setCurrentIndex(format->findData(int(core::ExportFormat::CsvUtf8Bom)));
    QVERIFY(path->text().endsWith(".csv"));
}

QTEST_MAIN(TstUiExport)
#include "tst_ui_export.moc"
