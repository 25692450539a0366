// Festival campaigns in the window (issue 12): a clerk drafts a campaign in the panel, the section
// chief, the inspector and the director approve it each in their own session, the list is frozen
// (no remake, no submission), a delivery is recorded, and the signature roster prints.
#include "approvalfixture.h"
#include "report/documentrenderer.h"
#include "uidriver.h"
#include "visit/campaigndraftdialog.h"
#include "visit/campaignpanel.h"
#include "visit/campaignstore.h"
#include "visit/festivalamountdialog.h"
#include "visit/receptionpanel.h"
#include "visit/receptionstore.h"
#include <QDateEdit>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSpinBox>
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
    QVERIFY2(b->isEnabled(), name);
    QTest::mouseClick(b, Qt::LeftButton);
}

bool enabled(QWidget* w, const char* name)
{
    auto* b = w->findChild<QPushButton*>(name);
    return b && b->isEnabled();
}

void tick(QListWidget* list, const QString& code)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == code)
            list->item(i)->setCheckState(Qt::Checked);
}
} // namespace

class TstUiFestival : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void draftApproveFreezePrint();
    void chiefKeepsAmountTable();
    void receptionRoster();
};

void TstUiFestival::draftApproveFreezePrint()
{
    TestDb t;
    ApprovalFixture f(t);
    core::FestivalAmount a;
    a.festival = core::Festival::Bayi;
    a.categoryCode = QStringLiteral("war_veteran");
    a.amountFen = 50'001;
    a.effectiveFrom = QDate(2020, 1, 1);
    a.basisNumber = QStringLiteral("武民发〔2020〕8号");
    a.basisTitle = QStringLiteral("关于走访慰问优抚对象的通知");
    QVERIFY(core::CampaignStore(t.db()).addAmount(f.chief, a));
    const QString names = QStringLiteral("赵钱孙李周吴郑王冯陈褚卫蒋沈");
    for (int i = 0; i < names.size(); ++i)
        f.holding(f.person(QString(names.at(i)) + QStringLiteral("建军"), 2 * i + 1, i % 2 == 0),
                  QStringLiteral("war_veteran"));
    QVERIFY(f.ok);

    // The clerk drafts.
    ui::Session clerk{&t.db(), f.clerk};
    ui::CampaignPanel panel(clerk);
    panel.resize(1200, 640);
    panel.show();
    QVERIFY(!enabled(&panel, "approveCampaign"));
    bool handled = false;
    test::whenDialogOpens<ui::CampaignDraftDialog>(
        &panel,
        [&](ui::CampaignDraftDialog* d) {
            auto* festival = d->findChild<QComboBox*>("festival");
            festival->setCurrentIndex(festival->findData(int(core::Festival::Bayi)));
            d->findChild<QSpinBox*>("year")->setValue(2025);
            tick(d->findChild<QListWidget*>("categories"), QStringLiteral("war_veteran"));
            d->accept();
            QCOMPARE(test::visibleError(d), QString());
        },
        &handled);
    clickNamed(&panel, "newCampaign");
    QVERIFY(handled);
    const qint64 id = panel.currentCampaignId();
    QVERIFY(id > 0);
    auto* lines = panel.findChild<QTableWidget*>("campaignLines");
    QCOMPARE(lines->rowCount(), int(names.size()));
    clickNamed(&panel, "submitCampaign");
    QVERIFY(!enabled(&panel, "submitCampaign"));
    QVERIFY(!enabled(&panel, "approveCampaign")); // the clerk signs nothing

    // Chief, inspector, director: each in their own session; the opinion from the box.
    for (const core::Actor* signer : {&f.chief, &f.inspector, &f.director}) {
        ui::Session s{&t.db(), *signer};
        ui::CampaignPanel p(s);
        p.show();
        QVERIFY(p.selectCampaign(id));
        QVERIFY(!enabled(&p, "submitCampaign") || signer == &f.chief);
        p.findChild<QLineEdit*>("opinion")->setText(QStringLiteral("同意。"));
        clickNamed(&p, "approveCampaign");
        QVERIFY2(!p.findChild<QLabel*>("campaignSummary")->text().isEmpty(), "summary");
    }
    auto c = core::CampaignStore(t.db()).byId(id);
    QCOMPARE(c->state, core::ApplicationState::Approved);
    QCOMPARE(c->totalFen, qint64(names.size()) * 50'001);

    // Frozen: the clerk can no longer remake or submit; the store refuses too.
    panel.refresh();
    QVERIFY(panel.selectCampaign(id));
    QVERIFY(!enabled(&panel, "remakeList"));
    QVERIFY(!enabled(&panel, "submitCampaign"));
    QVERIFY(!core::CampaignStore(t.db()).remake(f.clerk, id, core::CampaignDraft{}));
    QVERIFY(panel.findChild<QLabel*>("campaignSummary")->text().contains(QStringLiteral("frozen")));

    // A delivery.
    lines->selectRow(0);
    clickNamed(&panel, "markDelivered");
    QCOMPARE(core::CampaignStore(t.db()).byId(id)->delivered, 1);

    // The printed roster: the preview opens, and the same painter makes the PDF (2 townships).
    test::ModalDriver drive;
    drive.whenOpen([] { return qobject_cast<QDialog*>(QApplication::activeModalWidget()); },
                   [](QDialog* d) { QVERIFY(qobject_cast<QPrintPreviewDialog*>(d)); });
    clickNamed(&panel, "printRoster");
    QVERIFY2(drive.ok(), drive.problem());
    const QString path = t.dir() + QStringLiteral("/roster.pdf");
    QVERIFY(core::renderToPdf(path, panel.rosterPainter(), QStringLiteral("roster")));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.size() > 1000);
}

void TstUiFestival::chiefKeepsAmountTable()
{
    TestDb t;
    ApprovalFixture f(t);
    ui::Session clerk{&t.db(), f.clerk};
    ui::FestivalAmountDialog readOnly(clerk);
    QVERIFY(!readOnly.findChild<QPushButton*>("addAmount")->isEnabled());

    ui::Session chief{&t.db(), f.chief};
    ui::FestivalAmountDialog dlg(chief);
    auto* category = dlg.findChild<QComboBox*>("category");
    category->setCurrentIndex(category->findData(QStringLiteral("war_veteran")));
    dlg.findChild<QDoubleSpinBox*>("amount")->setValue(500.01);
    QVERIFY(!dlg.addAmount()); // no basis yet
    dlg.findChild<QLineEdit*>("basisNumber")->setText(QStringLiteral("武民发〔2020〕8号"));
    dlg.findChild<QLineEdit*>("basisTitle")->setText(QStringLiteral("关于走访慰问的通知"));
    QVERIFY(dlg.addAmount());
    QCOMPARE(dlg.findChild<QTableWidget*>("amounts")->rowCount(), 1);
    auto amounts = core::CampaignStore(t.db()).amounts();
    QVERIFY(amounts);
    QCOMPARE(amounts->first().amountFen, qint64(50'001)); // to the fen, no float drift
}

void TstUiFestival::receptionRoster()
{
    TestDb t;
    const core::Actor clerk = t.addUser(QStringLiteral("clerk"), core::Role::Clerk);
    ui::Session s{&t.db(), clerk};
    ui::ReceptionPanel panel(s);
    panel.show();
    panel.findChild<QSpinBox*>("year")->setValue(2026);
    auto* month = panel.findChild<QComboBox*>("month");
    month->setCurrentIndex(month->findData(12));
    panel.findChild<QLineEdit*>("leader")->setText(QStringLiteral("陈局长"));
    panel.findChild<QLineEdit*>("place")->setText(QStringLiteral("局信访接待室"));
    clickNamed(&panel, "generateReception");
    auto* table = panel.findChild<QTableWidget*>("receptionDays");
    QCOMPARE(table->rowCount(), 5); // the Wednesdays of December 2026
    panel.findChild<QDateEdit*>("day")->setDate(QDate(2026, 12, 9));
    panel.findChild<QLineEdit*>("leader")->setText(QStringLiteral("刘副局长"));
    panel.findChild<QLineEdit*>("note")->setText(QStringLiteral("外出开会"));
    clickNamed(&panel, "substituteReception");
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("刘副局长"));
    QVERIFY(table->item(1, 4)->text().contains(QStringLiteral("代陈局长接访")));
    const core::OfficialDocument doc = panel.roster();
    QVERIFY(doc.title().contains(QStringLiteral("2026年12月")));
    QCOMPARE(core::pageCount(doc), 1);
}

QTEST_MAIN(TstUiFestival)
#include "tst_ui_festival.moc"
