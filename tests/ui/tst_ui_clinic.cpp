// The free clinics, temporary assistance and publicity registers as a clerk uses them
// (issue 15): open the page, press the button, type into the dialog, save, see the row; a
// reader without the permission sees no write button; the lists pass the model tester.
#include "approvalfixture.h"
#include "uidriver.h"

#include "approval/approvalstore.h"
#include "care/assistancepanel.h"
#include "care/freeclinicdialog.h"
#include "care/freeclinicpanel.h"
#include "care/freeclinicstore.h"
#include "care/pagedtablemodel.h"
#include "care/personseendialog.h"
#include "pages/carepage.h"
#include "pages/townshippage.h"
#include "township/publicitydialog.h"
#include "township/publicitypanel.h"
#include "township/publicitystore.h"
#include "widgets/personchooser.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace youfu;
using test::ApprovalFixture;
using test::TestDb;

namespace {
void clickNamed(QWidget* w, const char* name)
{
    auto* b = w->findChild<QPushButton*>(name);
    QVERIFY2(b, name);
    QVERIFY2(b->isVisibleTo(w), name);
    QVERIFY2(b->isEnabled(), name);
    QTest::mouseClick(b, Qt::LeftButton);
}

void chooseData(QWidget* w, const char* name, const QVariant& data)
{
    auto* c = w->findChild<QComboBox*>(name);
    QVERIFY2(c, name);
    const int i = c->findData(data);
    QVERIFY2(i >= 0, qPrintable(data.toString()));
    c->setCurrentIndex(i);
}

void typeInto(QWidget* w, const char* name, const QString& text)
{
    auto* e = w->findChild<QWidget*>(name);
    QVERIFY2(e, name);
    e->setFocus();
    // QTest types ASCII only: Chinese goes in as an input method would commit it.
    if (auto* spin = qobject_cast<QSpinBox*>(e)) {
        spin->selectAll();
        QTest::keyClicks(e, text);
    } else if (auto* line = qobject_cast<QLineEdit*>(e)) {
        line->insert(text);
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(e)) {
        plain->insertPlainText(text);
    } else {
        QTest::keyClicks(e, text);
    }
}

void pressOk(QDialog* d)
{
    auto* box = d->findChild<QDialogButtonBox*>();
    QVERIFY(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}
} // namespace

class TstUiClinic : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clerkRecordsFreeClinic();
    void clerkRecordsPublicity();
    void assistanceRegisterHousingFirst();
    void readerSeesNoWriteButtons();
    void modelsPassTester();
};

void TstUiClinic::clerkRecordsFreeClinic()
{
    TestDb t;
    ApprovalFixture f(t);
    f.person(QStringLiteral("张卫国"), 11);
    ui::Session clerk{&t.db(), f.clerk};
    ui::CarePage page(clerk);
    page.resize(1200, 640);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.openView(QStringLiteral("freeClinics")));
    auto* panel = page.findChild<ui::FreeClinicPanel*>(QStringLiteral("freeClinics"));
    QVERIFY(panel);
    QCOMPARE(panel->model()->rowCount(), 0);

    bool handled = false;
    test::whenDialogOpens<ui::FreeClinicDialog>(
        &page,
        [&](ui::FreeClinicDialog* d) {
            chooseData(d, "township", QStringLiteral("430581002"));
            typeInto(d, "hospital", QStringLiteral("市人民医院"));
            typeInto(d, "doctors", QStringLiteral("刘建华、陈秀英"));
            typeInto(d, "place", QStringLiteral("卫生院门诊楼"));
            typeInto(d, "personsSeen", QStringLiteral("40"));
            typeInto(d, "followUp", QStringLiteral("血压偏高者每月随访"));
            pressOk(d);
        },
        &handled);
    clickNamed(panel, "newFreeClinic");
    QVERIFY(handled);
    QCOMPARE(panel->model()->rowCount(), 1);
    const core::FreeClinic row = panel->model()->rowAt(0);
    QCOMPARE(row.hospital, QStringLiteral("市人民医院"));
    QCOMPARE(row.personsSeen, 40);
    QVERIFY(!row.townshipName.isEmpty());

    // An empty hospital is refused in the clerk's words; the dialog stays open.
    bool refused = false;
    test::whenDialogOpens<ui::FreeClinicDialog>(
        &page,
        [&](ui::FreeClinicDialog* d) {
            chooseData(d, "township", QStringLiteral("430581002"));
            pressOk(d);
            QVERIFY(d->isVisible());
            bool said = false;
            for (QLabel* l : d->findChildren<QLabel*>())
                said = said || (l->isVisible() && l->text().contains(QStringLiteral("hospital")));
            QVERIFY(said);
            d->reject();
        },
        &refused);
    clickNamed(panel, "newFreeClinic");
    QVERIFY(refused);
    QCOMPARE(panel->model()->rowCount(), 1);

    // A registry person seen, picked by typing the name.
    bool added = false;
    test::whenDialogOpens<ui::PersonSeenDialog>(
        &page,
        [&](ui::PersonSeenDialog* d) {
            QVERIFY(d->chooser()->choose(QStringLiteral("张卫国")));
            typeInto(d, "finding", QStringLiteral("高血压二级"));
            typeInto(d, "followUp", QStringLiteral("每月测血压"));
            pressOk(d);
        },
        &added);
    clickNamed(panel, "addPersonSeen");
    QVERIFY(added);
    QCOMPARE(panel->persons()->rowCount(), 1);
    QCOMPARE(panel->persons()->item(0, 0)->text(), QStringLiteral("张卫国"));
    QCOMPARE(panel->persons()->item(0, 2)->text(), QStringLiteral("高血压二级"));
    QVERIFY(panel->persons()->item(0, 1)->text().contains(QLatin1Char('*')));
    QCOMPARE(panel->model()->rowAt(0).registeredSeen, 1);
}

void TstUiClinic::clerkRecordsPublicity()
{
    TestDb t;
    ApprovalFixture f(t);
    ui::Session clerk{&t.db(), f.clerk};
    ui::TownshipPage page(clerk);
    page.resize(1200, 640);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.openView(QStringLiteral("publicity")));
    auto* panel = page.findChild<ui::PublicityPanel*>(QStringLiteral("publicity"));
    QVERIFY(panel);
    bool handled = false;
    test::whenDialogOpens<ui::PublicityDialog>(
        &page,
        [&](ui::PublicityDialog* d) {
            chooseData(d, "kind", int(core::PublicityKind::Session));
            QVERIFY(!d->findChild<QSpinBox*>("copies")->isVisibleTo(d));
            QVERIFY(d->findChild<QSpinBox*>("audience")->isVisibleTo(d));
            chooseData(d, "township", QStringLiteral("430581002"));
            typeInto(d, "title", QStringLiteral("优抚政策宣讲会"));
            typeInto(d, "audience", QStringLiteral("120"));
            typeInto(d, "place", QStringLiteral("镇政府会议室"));
            pressOk(d);
        },
        &handled);
    clickNamed(panel, "newPublicity");
    QVERIFY(handled);
    QCOMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(panel->model()->rowAt(0).audience, 120);
    // The year's totals: the township's line and the sum at the bottom.
    QTableWidget* totals = panel->yearTotals();
    const int last = totals->rowCount() - 1;
    QVERIFY(last >= 1);
    QCOMPARE(totals->item(last, 3)->text(), QStringLiteral("1"));
    QCOMPARE(totals->item(last, 4)->text(), QStringLiteral("120"));
}

void TstUiClinic::assistanceRegisterHousingFirst()
{
    TestDb t;
    ApprovalFixture f(t);
    core::ApprovalStore approvals(t.db());
    int seq = 31;
    const QStringList names{QStringLiteral("赵大山"), QStringLiteral("钱小红")};
    for (const char* reason : {"illness", "housing"}) {
        const qint64 pid = f.person(names.at(seq - 31), seq);
        ++seq;
        f.holding(pid, QStringLiteral("war_veteran"));
        core::ApplicationDraft d = f.draft(core::ApplicationType::TemporaryAssistance, pid);
        d.requestedAmountFen = 200000;
        d.assistanceReason = QString::fromLatin1(reason);
        auto id = approvals.create(f.clerk, d);
        QVERIFY2(id, qPrintable(id.error()));
        QVERIFY(approvals.submit(f.clerk, id.value()));
        for (const core::Actor* a : {&f.chief, &f.inspector, &f.director})
            QVERIFY(approvals.sign(*a, id.value(), core::StepDecision::Approve,
                                   QStringLiteral("同意")));
    }
    ui::Session reader{&t.db(), f.inspector};
    ui::CarePage page(reader);
    page.resize(1200, 640);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.openView(QStringLiteral("assistance")));
    auto* panel = page.findChild<ui::AssistancePanel*>(QStringLiteral("assistance"));
    QVERIFY(panel);
    QCOMPARE(panel->model()->rowCount(), 2);
    QCOMPARE(panel->model()->rowAt(0).reason, QStringLiteral("housing"));
    QVERIFY(panel->totals()->text().contains(QStringLiteral("4000.00")));
    chooseData(panel, "reason", QStringLiteral("illness"));
    QCOMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(panel->model()->rowAt(0).reason, QStringLiteral("illness"));
}

void TstUiClinic::readerSeesNoWriteButtons()
{
    TestDb t;
    ApprovalFixture f(t);
    for (const core::Actor& who : {f.inspector, f.director}) {
        ui::Session reader{&t.db(), who};
        ui::CarePage care(reader);
        care.show();
        QVERIFY(care.openView(QStringLiteral("freeClinics")));
        auto* clinics = care.findChild<ui::FreeClinicPanel*>(QStringLiteral("freeClinics"));
        for (const char* name :
             {"newFreeClinic", "editFreeClinic", "addPersonSeen", "removePersonSeen"})
            QVERIFY2(!clinics->findChild<QPushButton*>(name)->isVisibleTo(clinics), name);
        QVERIFY(clinics->findChild<QPushButton*>("exportFreeClinics")->isVisibleTo(clinics));
        ui::TownshipPage townships(reader);
        townships.show();
        QVERIFY(townships.openView(QStringLiteral("publicity")));
        auto* publicity = townships.findChild<ui::PublicityPanel*>(QStringLiteral("publicity"));
        for (const char* name : {"newPublicity", "editPublicity"})
            QVERIFY2(!publicity->findChild<QPushButton*>(name)->isVisibleTo(publicity), name);
    }
}

void TstUiClinic::modelsPassTester()
{
    TestDb t;
    ApprovalFixture f(t);
    for (int i = 0; i < 7; ++i) {
        core::FreeClinic c;
        c.heldOn = QDate(2026, 3, 1).addDays(i * 20);
        c.townshipCode = QStringLiteral("430581002");
        c.hospital = QStringLiteral("医院%1").arg(i);
        c.personsSeen = i;
        QVERIFY(core::FreeClinicStore(t.db()).save(f.clerk, c));
        core::PublicityRecord r;
        r.onDate = c.heldOn;
        r.title = QStringLiteral("明白卡");
        r.copies = 10 + i;
        QVERIFY(core::PublicityStore(t.db()).save(f.clerk, r));
    }
    ui::Session clerk{&t.db(), f.clerk};
    ui::FreeClinicPanel clinics(clerk);
    clinics.model()->setPageSize(3);
    clinics.reload();
    QCOMPARE(clinics.model()->rowCount(), 3); // one page; the tester then fetches more
    QAbstractItemModelTester clinicTester(clinics.model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (clinics.model()->canFetchMore({}))
        clinics.model()->fetchMore({});
    QCOMPARE(clinics.model()->rowCount(), 7);
    QCOMPARE(clinics.model()->rowAt(0).heldOn, QDate(2026, 3, 1).addDays(120)); // newest first

    ui::PublicityPanel publicity(clerk);
    publicity.model()->setPageSize(2);
    publicity.reload();
    QAbstractItemModelTester publicityTester(
        publicity.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (publicity.model()->canFetchMore({}))
        publicity.model()->fetchMore({});
    QCOMPARE(publicity.model()->rowCount(), 7);

    ui::AssistancePanel assistance(clerk);
    assistance.reload();
    QAbstractItemModelTester assistanceTester(
        assistance.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(assistance.model()->rowCount(), 0);
}

QTEST_MAIN(TstUiClinic)
#include "tst_ui_clinic.moc"
