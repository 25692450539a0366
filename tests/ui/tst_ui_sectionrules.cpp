// The section's own rules in the settings dialog: the zero reports' deadline, the
// recuperation interval and the yearly cap of the medical subsidy are changed there by the
// clerk (audited), read-only for the director; the stores then use the new values.
#include "testdb.h"

#include "app/session.h"
#include "audit/auditlog.h"
#include "care/medicalstore.h"
#include "care/recuperationstore.h"
#include "dialogs/settingsdialog.h"
#include "security/role.h"
#include "settings/settingsstore.h"
#include "township/zeroreportstore.h"

#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>

using namespace youfu;
using core::Role;
using youfu::test::TestDb;

class TstUiSectionRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clerkChangesTheRules();
    void directorReadsThem();
};

namespace {
int auditCount(core::Database& db, const QString& action)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
    q.addBindValue(action);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

void typeInto(QSpinBox* box, int value)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
}
} // namespace

void TstUiSectionRules::clerkChangesTheRules()
{
    TestDb t;
    const core::Actor clerk = t.addUser(QStringLiteral("zhangli"), Role::Clerk);
    ui::Session session{&t.db(), clerk};
    QCOMPARE(core::ZeroReportStore(t.db()).deadlineHours(), 24);
    QCOMPARE(core::RecuperationStore(t.db()).intervalYears(), 2);
    QCOMPARE(core::MedicalStore(t.db()).capFen(), qint64(1000000));

    ui::SettingsDialog dlg(session);
    dlg.show();
    auto* hours = dlg.findChild<QSpinBox*>(QStringLiteral("zeroDeadlineHours"));
    auto* years = dlg.findChild<QSpinBox*>(QStringLiteral("recuperationYears"));
    auto* cap = dlg.findChild<QSpinBox*>(QStringLiteral("medicalCapYuan"));
    QVERIFY(hours && years && cap);
    QVERIFY(!hours->isReadOnly() && !years->isReadOnly() && !cap->isReadOnly());
    const int settingsBefore = auditCount(t.db(), QStringLiteral("setting.set"));
    typeInto(hours, 12);
    typeInto(years, 3);
    typeInto(cap, 20000);
    dlg.accept();
    QCOMPARE(dlg.result(), int(QDialog::Accepted));

    QCOMPARE(core::ZeroReportStore(t.db()).deadlineHours(), 12);
    QCOMPARE(core::RecuperationStore(t.db()).intervalYears(), 3);
    QCOMPARE(core::MedicalStore(t.db()).capFen(), qint64(2000000));
    QCOMPARE(auditCount(t.db(), QStringLiteral("zero_report.deadline")), 1);
    QCOMPARE(auditCount(t.db(), QStringLiteral("setting.set")), settingsBefore + 2);

    // Nothing changed: nothing written.
    ui::SettingsDialog again(session);
    again.accept();
    QCOMPARE(auditCount(t.db(), QStringLiteral("setting.set")), settingsBefore + 2);
}

void TstUiSectionRules::directorReadsThem()
{
    TestDb t;
    const core::Actor director = t.addUser(QStringLiteral("liju"), Role::Director);
    ui::Session session{&t.db(), director};
    ui::SettingsDialog dlg(session);
    for (const char* name : {"zeroDeadlineHours", "recuperationYears", "medicalCapYuan"}) {
        auto* box = dlg.findChild<QSpinBox*>(QLatin1String(name));
        QVERIFY(box);
        QVERIFY(box->isReadOnly());
    }
    // And the store refuses them anyway.
    QVERIFY(!core::SettingsStore(t.db()).set(director,
                                             QStringLiteral("care.recuperation_interval_years"),
                                             QStringLiteral("5"), core::Permission::ManageCare));
}

QTEST_MAIN(TstUiSectionRules)
#include "tst_ui_sectionrules.moc"
