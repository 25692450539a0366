// The approval window offscreen: one application through all four steps with four users,
// one returned and resubmitted, the policy book page, the printed form.
#include "approval/approvalstore.h"
#include "approvalfixture.h"
#include "dialogs/applicationdialog.h"
#include "dialogs/signdialog.h"
#include "models/applicationlistmodel.h"
#include "models/standardmodel.h"
#include "pages/approvalpage.h"
#include "pages/policypage.h"
#include "report/documentrenderer.h"
#include "uidriver.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTableView>
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

// "No supporting document is attached…": continue anyway.
void answerNoDocuments(QObject* context, bool* handled)
{
    test::whenDialogOpens<QMessageBox>(
        context,
        [](QMessageBox* box) { QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); },
        handled);
}

void selectFirstInbox(ui::ApprovalPage& page)
{
    QVERIFY(page.inboxModel()->rowCount() > 0);
    page.inboxView()->selectRow(0);
    QVERIFY(page.currentId() > 0);
}

// Opens the first waiting application and decides it with an opinion.
void signFirst(ui::ApprovalPage& page, const char* button, const QString& opinion,
               QString* error = nullptr)
{
    selectFirstInbox(page);
    bool handled = false;
    test::whenDialogOpens<ui::SignDialog>(
        &page,
        [&](ui::SignDialog* d) {
            d->findChild<QPlainTextEdit*>("opinion")->setPlainText(opinion);
            if (const QString dir = qEnvironmentVariable("YOUFU_SHOTS"); !dir.isEmpty())
                d->grab().save(dir + QStringLiteral("/signdialog.png"));
            clickNamed(d, button);
            if (error)
                *error = test::visibleError(d);
        },
        &handled);
    clickNamed(&page, "openApplication");
    QVERIFY(handled);
}
} // namespace

class TstUiApproval : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fourStepsFourUsers();
    void returnedAndResubmitted();
    void policyPage();
    void registerAndForm();
};

void TstUiApproval::fourStepsFourUsers()
{
    TestDb t;
    ApprovalFixture f(t);
    const qint64 pid = f.person(QStringLiteral("张建国"), 11);
    f.holding(pid, QStringLiteral("war_veteran"));

    ui::Session clerk{&t.db(), f.clerk};
    ui::ApprovalPage clerkPage(clerk);
    QAbstractItemModelTester inboxTester(clerkPage.inboxModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester registerTester(clerkPage.registerModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    bool handled = false;
    test::whenDialogOpens<ui::ApplicationDialog>(
        &clerkPage,
        [&](ui::ApplicationDialog* d) {
            test::typeInto(d, "personSearch", QStringLiteral("张建国"));
            QTest::keyClick(d->findChild<QLineEdit*>("personSearch"), Qt::Key_Return);
            QVERIFY(
                d->findChild<QLabel*>("personLabel")->text().contains(QStringLiteral("张建国")));
            auto* type = d->findChild<QComboBox*>("type");
            type->setCurrentIndex(type->findData(int(core::ApplicationType::StandardChange)));
            auto* cat = d->findChild<QComboBox*>("category");
            cat->setCurrentIndex(cat->findData(QStringLiteral("war_veteran")));
            // Without facts and reason it cannot be submitted, and the clerk is told why.
            QVERIFY(!d->findChild<QPushButton*>("submit")->isEnabled());
            QVERIFY(
                d->findChild<QLabel*>("problemsLabel")->text().contains(QStringLiteral("facts")));
            d->findChild<QPlainTextEdit*>("facts")->setPlainText(
                QStringLiteral("参战退役人员，享受定期生活补助。"));
            d->findChild<QPlainTextEdit*>("reason")->setPlainText(QStringLiteral("按新标准调整。"));
            if (const QString dir = qEnvironmentVariable("YOUFU_SHOTS"); !dir.isEmpty())
                d->grab().save(dir + QStringLiteral("/applicationdialog.png"));
            QVERIFY(
                d->findChild<QLabel*>("benefitLabel")->text().contains(QStringLiteral("10920.00")));
            bool warned = false;
            answerNoDocuments(d, &warned);
            clickNamed(d, "submit");
            QVERIFY(warned);
        },
        &handled);
    clickNamed(&clerkPage, "newApplication");
    QVERIFY(handled);
    QCOMPARE(clerkPage.registerModel()->rowCount(), 1);
    const qint64 id = clerkPage.registerModel()->rowAt(0).id;
    QCOMPARE(clerkPage.inboxModel()->rowCount(), 0);

    const QList<core::Actor> signers{f.chief, f.inspector, f.director};
    for (int i = 0; i < signers.size(); ++i) {
        ui::Session s{&t.db(), signers.at(i)};
        ui::ApprovalPage page(s);
        QAbstractItemModelTester tester(page.inboxModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.inboxModel()->rowCount(), 1);
        if (const QString dir = qEnvironmentVariable("YOUFU_SHOTS"); !dir.isEmpty()) { // to look at
            page.resize(1200, 600);
            page.grab().save(dir + QStringLiteral("/approvalpage-%1.png").arg(i));
        }
        signFirst(page, "approve", QStringLiteral("同意（第%1步）。").arg(i + 1));
        QCOMPARE(page.inboxModel()->rowCount(), 0);
    }
    const auto a = core::ApprovalStore(t.db()).byId(id);
    QCOMPARE(a->state, core::ApplicationState::Approved);
    QCOMPARE(a->number, QStringLiteral("武民优审〔2026〕0001号"));
    QCOMPARE(a->steps.size(), 4);
    QCOMPARE(a->steps.at(3).signerName, QStringLiteral("刘局长"));
}

void TstUiApproval::returnedAndResubmitted()
{
    TestDb t;
    ApprovalFixture f(t);
    const qint64 pid = f.person(QStringLiteral("王秀英"), 22);
    f.holding(pid, QStringLiteral("war_veteran"));
    const qint64 id = f.submittedStandardChange(pid);

    ui::Session chief{&t.db(), f.chief};
    ui::ApprovalPage chiefPage(chief);
    QString error;
    signFirst(chiefPage, "return", QString(), &error); // no opinion: refused in the dialog
    QVERIFY2(error.contains(QStringLiteral("opinion")), qPrintable(error));
    QCOMPARE(core::ApprovalStore(t.db()).byId(id)->state, core::ApplicationState::Pending);
    signFirst(chiefPage, "return", QStringLiteral("请补充参战证明。"));
    QCOMPARE(core::ApprovalStore(t.db()).byId(id)->state, core::ApplicationState::Returned);

    ui::Session clerk{&t.db(), f.clerk};
    ui::ApprovalPage clerkPage(clerk);
    QCOMPARE(clerkPage.inboxModel()->rowCount(), 1);
    selectFirstInbox(clerkPage);
    bool handled = false;
    test::whenDialogOpens<ui::ApplicationDialog>(
        &clerkPage,
        [&](ui::ApplicationDialog* d) {
            auto* facts = d->findChild<QPlainTextEdit*>("facts");
            facts->setPlainText(facts->toPlainText() + QStringLiteral("已补充参战证明。"));
            bool warned = false;
            answerNoDocuments(d, &warned);
            clickNamed(d, "submit");
            QVERIFY(warned);
        },
        &handled);
    clickNamed(&clerkPage, "openApplication");
    QVERIFY(handled);
    auto a = core::ApprovalStore(t.db()).byId(id);
    QCOMPARE(a->state, core::ApplicationState::Pending);
    QCOMPARE(a->round, 2);
    QVERIFY(a->draft.facts.endsWith(QStringLiteral("已补充参战证明。")));
    chiefPage.refresh();
    signFirst(chiefPage, "approve", QStringLiteral("同意。"));
    a = core::ApprovalStore(t.db()).byId(id);
    QCOMPARE(a->currentStep, 2);
    QCOMPARE(a->steps.size(), 4); // submit, return; submit, approve
}

void TstUiApproval::policyPage()
{
    TestDb t;
    ApprovalFixture f(t); // seeds the illustrative book
    ui::Session chief{&t.db(), f.chief};
    ui::PolicyPage page(chief);
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(page.model()->rowCount() > 40);
    QVERIFY(page.findChild<QLabel*>("illustrativeNote")->isVisibleTo(&page));
    QVERIFY(page.findChild<QPushButton*>("addStandard")->isVisibleTo(&page));
    // Both editions are listed; the older one is superseded.
    int inForce = 0, superseded = 0;
    for (int r = 0; r < page.model()->rowCount(); ++r) {
        const QString state = page.model()->index(r, ui::StandardModel::State).data().toString();
        inForce += state == QLatin1String("In force") ? 1 : 0;
        superseded += state == QLatin1String("Superseded") ? 1 : 0;
    }
    QCOMPARE(inForce, superseded);
    ui::Session clerk{&t.db(), f.clerk};
    ui::PolicyPage clerkPage(clerk);
    QVERIFY(!clerkPage.findChild<QPushButton*>("addStandard")->isVisibleTo(&clerkPage));
}

void TstUiApproval::registerAndForm()
{
    TestDb t;
    ApprovalFixture f(t);
    const qint64 pid = f.person(QStringLiteral("赵长文"), 33);
    f.holding(pid, QStringLiteral("war_veteran"));
    for (int i = 0; i < 3; ++i)
        f.submittedStandardChange(pid);
    core::ApprovalStore store(t.db());
    const QString longOpinion =
        QString(QStringLiteral("经审核，材料齐全、真实，程序合规，同意按现行标准调整。"))
            .repeated(12);
    QVERIFY(store.sign(f.chief, 1, core::StepDecision::Approve, longOpinion));
    ui::Session clerk{&t.db(), f.clerk};
    ui::ApprovalPage page(clerk);
    QAbstractItemModelTester tester(page.registerModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page.registerModel()->rowCount(), 3);
    auto* state = page.findChild<QComboBox*>("stateFilter");
    state->setCurrentIndex(state->findData(int(core::ApplicationState::Pending)));
    QCOMPARE(page.registerModel()->rowCount(), 3);
    state->setCurrentIndex(state->findData(int(core::ApplicationState::Approved)));
    QCOMPARE(page.registerModel()->rowCount(), 0);
    state->setCurrentIndex(0);
    const QString pdf = t.dir() + QStringLiteral("/form.pdf");
    const core::OfficialDocument form = page.formFor(1);
    QVERIFY(form.toHtml().contains(QStringLiteral("李科长")));
    QVERIFY(core::renderToPdf(form, pdf));
    QVERIFY(QFileInfo(pdf).size() > 1000);
    QVERIFY(core::pageCount(form) >= 2);
    const auto doc = page.registerDocument();
    QVERIFY2(doc, qPrintable(doc.error()));
    QVERIFY(core::renderToPdf(doc.value(), t.dir() + QStringLiteral("/register.pdf")));
}

QTEST_MAIN(TstUiApproval)
#include "tst_ui_approval.moc"
