// The 资金发放 page (issue 14) driven the way the users do: the clerk drafts the month's roll
// and submits it, the section chief and the director sign, the clerk writes the bank file and
// imports the bank's result with one failure, the person's account is fixed and the re-issue
// roll drafted; the home cards follow each step; the lines are read lazily; a role without
// ManagePayments sees the page read only.
#include "app/homecards.h"
#include "models/paymentlinemodel.h"
#include "models/recordtablemodel.h"
#include "pages/paymentpage.h"
#include "payment/bankrules.h"
#include "payment/decisiondialog.h"
#include "payment/paymentliststore.h"
#include "payment/paymentrules.h"
#include "payment/paymentstore.h"
#include "payment/personpaymentspanel.h"
#include "payment/returnpreviewdialog.h"
#include "payment/rollspanel.h"
#include "paymentfixture.h"
#include "registry/personstore.h"
#include "uidriver.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace youfu;
using test::PaymentFixture;
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

QString cardValue(const ui::Session& s, const QString& title)
{
    for (const ui::HomeCard& c : ui::homeCards(s))
        if (c.title == title)
            return c.value;
    return QStringLiteral("(none)");
}

// Signs the chosen roll through the page's dialog with `decision`.
void signThroughDialog(ui::PaymentPage& page, core::StepDecision decision, bool* handled)
{
    test::whenDialogOpens<ui::DecisionDialog>(
        &page,
        [decision](ui::DecisionDialog* d) {
            QCOMPARE(d->objectName(), QStringLiteral("signRollDialog"));
            const int i = d->decisionBox()->findData(int(decision));
            QVERIFY(i >= 0);
            d->decisionBox()->setCurrentIndex(i);
            d->textEdit()->setPlainText(QStringLiteral("同意。"));
            test::clickOk(d);
            QVERIFY2(!d->isVisible(), qPrintable(test::visibleError(d)));
        },
        handled);
}

core::PaymentRoll newestRoll(core::Database& db)
{
    auto rolls = core::PaymentListStore(db).rolls();
    return rolls && !rolls->isEmpty() ? rolls->first() : core::PaymentRoll();
}
} // namespace

class TstUiPayments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clerkToBankAndBack();
    void readOnlyWithoutManagePayments();
};

void TstUiPayments::clerkToBankAndBack()
{
    TestDb t;
    PaymentFixture f(t); // today 2026-01-03; war veterans 1,000.00 a month
    QVERIFY(f.ok);
    const qint64 wang = f.person(QStringLiteral("王秀英"), 21, QStringLiteral("war_veteran"));
    const qint64 li = f.person(QStringLiteral("李卫民"), 31, QStringLiteral("war_veteran"));
    // 张大山 has no account: his line is held.
    f.person(QStringLiteral("张大山"), 41, QStringLiteral("war_veteran"), false);
    QVERIFY(f.ok);
    core::BankTemplate bank;
    bank.name = QStringLiteral("农行代发");
    bank.bankName = QStringLiteral("中国农业银行");
    bank.columns = {core::BankColumn::Seq, core::BankColumn::Account, core::BankColumn::Name,
                    core::BankColumn::Amount};
    bank.gbk = false;
    auto templateId = core::PaymentStore(t.db()).saveTemplate(f.clerk, bank);
    QVERIFY2(templateId, qPrintable(templateId.error()));

    ui::Session clerk{&t.db(), f.clerk};
    ui::Session chief{&t.db(), f.chief};
    ui::Session director{&t.db(), f.director};
    ui::PaymentPage page(clerk);
    page.resize(1280, 680);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.openView(QStringLiteral("rolls")));
    ui::RollsPanel* rolls = page.rolls();
    QAbstractItemModelTester tester(rolls->lineModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The clerk drafts this month's roll: the month chooser, then the roll.
    bool handled = false;
    test::whenDialogOpens<ui::DecisionDialog>(
        &page,
        [](ui::DecisionDialog* d) {
            QCOMPARE(d->objectName(), QStringLiteral("draftRollDialog"));
            QCOMPARE(d->decisionBox()->currentText(),
                     core::PaymentRules::monthTitle(QDate(2026, 1, 1)));
            test::clickOk(d);
        },
        &handled);
    clickNamed(rolls, "draftRoll");
    QTRY_VERIFY(handled);
    QVERIFY2(rolls->lineModel()->lastError().isEmpty(),
             qPrintable(rolls->lineModel()->lastError()));
    core::PaymentRoll roll = rolls->currentRoll();
    QVERIFY2(roll.id > 0, qPrintable(test::visibleError(rolls)));
    QCOMPARE(roll.state, core::RollState::Draft);
    QCOMPARE(roll.lineCount, 3);
    QCOMPARE(roll.problemCount, 1);
    QCOMPARE(rolls->lineModel()->totalCount(), 3);

    // Lazy: pages of one line fetch one more at a time.
    rolls->lineModel()->setPageSize(1);
    rolls->lineModel()->reload();
    QCOMPARE(rolls->lineModel()->rowCount(), 1);
    QVERIFY(rolls->lineModel()->canFetchMore({}));
    rolls->lineModel()->fetchMore({});
    QCOMPARE(rolls->lineModel()->rowCount(), 2);
    rolls->lineModel()->setPageSize(ui::PaymentLineModel::kPage);
    rolls->lineModel()->reload();
    QCOMPARE(rolls->lineModel()->rowCount(), 3);

    // Submitted; the clerk may not sign.
    QVERIFY(!rolls->findChild<QPushButton*>("signRoll")->isVisibleTo(rolls));
    clickNamed(rolls, "submitRoll");
    QCOMPARE(rolls->currentRoll().state, core::RollState::Pending);
    QCOMPARE(cardValue(chief, QStringLiteral("Rolls waiting for me")), QStringLiteral("1"));
    QCOMPARE(cardValue(director, QStringLiteral("Rolls waiting for me")), QStringLiteral("0"));

    // The section chief, then the director.
    for (ui::Session* signer : {&chief, &director}) {
        ui::PaymentPage signerPage(*signer);
        signerPage.resize(1280, 680);
        signerPage.show();
        QVERIFY(signerPage.openView(QStringLiteral("roll:%1").arg(roll.id)));
        QVERIFY(!signerPage.rolls()
                     ->findChild<QPushButton*>("draftRoll")
                     ->isVisibleTo(signerPage.rolls()));
        bool signedIt = false;
        signThroughDialog(signerPage, core::StepDecision::Approve, &signedIt);
        clickNamed(signerPage.rolls(), "signRoll");
        QTRY_VERIFY(signedIt);
    }
    QCOMPARE(cardValue(chief, QStringLiteral("Rolls waiting for me")), QStringLiteral("0"));
    page.refresh();
    rolls->selectRoll(roll.id);
    roll = rolls->currentRoll();
    QCOMPARE(roll.state, core::RollState::Approved);

    // The bank file: the SHA-256 shows.
    const QString bankPath = QDir(t.dir()).filePath(QStringLiteral("bank.csv"));
    QVERIFY(rolls->writeBankFileTo(templateId.value(), bankPath));
    QVERIFY(QFile::exists(bankPath));
    QVERIFY2(rolls->resultLabel()->text().contains(QStringLiteral("SHA-256")),
             qPrintable(rolls->resultLabel()->text()));

    // The bank's result: 王秀英 paid, 李卫民 returned (账户不存在).
    QHash<qint64, qint64> amounts;
    for (int r = 0; r < rolls->lineModel()->rowCount(); ++r)
        amounts.insert(rolls->lineModel()->rowAt(r).personId,
                       rolls->lineModel()->rowAt(r).amountFen);
    QVERIFY(amounts.value(wang) > 0 && amounts.value(li) > 0);
    const QString returnPath = QDir(t.dir()).filePath(QStringLiteral("return.csv"));
    {
        QFile out(returnPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QStringLiteral("账号,户名,金额,处理结果,失败原因\r\n"
                                 "622100000000000021,王秀英,%1,成功,\r\n"
                                 "622100000000000031,李卫民,%2,失败,账户不存在\r\n")
                      .arg(core::BankRules::bankAmount(amounts.value(wang)),
                           core::BankRules::bankAmount(amounts.value(li)))
                      .toUtf8());
    }
    bool previewed = false;
    test::whenDialogOpens<ui::ReturnPreviewDialog>(
        &page,
        [](ui::ReturnPreviewDialog* d) {
            const QString counts = d->countsLabel()->text();
            QVERIFY2(counts.contains(QStringLiteral("1 paid")) &&
                         counts.contains(QStringLiteral("1 failed")),
                     qPrintable(counts));
            QCOMPARE(d->rowModel()->rowCount(), 1); // the failure, with the bank's reason
            QVERIFY(d->rowModel()->rowAt(0).cells.contains(QStringLiteral("账户不存在")));
            clickNamed(d, "confirmImport");
            QVERIFY2(!d->isVisible(), qPrintable(test::visibleError(d)));
        },
        &previewed);
    QVERIFY(rolls->importReturnFrom(returnPath, QDate(2026, 1, 8)));
    QVERIFY(previewed);
    roll = rolls->currentRoll();
    QCOMPARE(roll.paidCount, 1);
    QCOMPARE(roll.failedCount, 1);
    QCOMPARE(cardValue(clerk, QStringLiteral("Payments failed to fix")), QStringLiteral("2"));
    QVERIFY(page.openView(QStringLiteral("problems")));
    QCOMPARE(rolls->lineModel()->totalCount(), 2);

    // 李卫民's account is fixed; the re-issue roll pays him again (张大山 still has none).
    f.giveAccount(li, QStringLiteral("622100000000009931"));
    QVERIFY(f.ok);
    clickNamed(rolls, "draftReissue");
    const core::PaymentRoll reissue = newestRoll(t.db());
    QCOMPARE(reissue.kind, core::RollKind::Reissue);
    QCOMPARE(reissue.lineCount, 1);
    QCOMPARE(rolls->currentRollId(), reissue.id);
    QCOMPARE(cardValue(clerk, QStringLiteral("Payments failed to fix")), QStringLiteral("1"));

    // The person editor's tab: both of 李卫民's lines, the months of the chosen one.
    ui::PersonPaymentsPanel person(clerk);
    person.setPerson(li);
    QCOMPARE(person.lineModel()->rowCount(), 2);
    QVERIFY(person.itemModel()->rowCount() >= 1);

    if (const QByteArray dir = qgetenv("YOUFU_SHOT_DIR"); !dir.isEmpty()) {
        page.openView(QStringLiteral("rolls"));
        rolls->selectRoll(roll.id);
        QTest::qWait(200);
        page.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath("payments-rolls.png"));
        person.resize(900, 600);
        person.show();
        QTest::qWait(200);
        person.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath("payments-person.png"));
    }
}

void TstUiPayments::readOnlyWithoutManagePayments()
{
    TestDb t;
    PaymentFixture f(t);
    QVERIFY(f.ok);
    ui::Session inspector{&t.db(), t.addUser(QStringLiteral("inspector"), core::Role::Inspector)};
    ui::PaymentPage page(inspector);
    page.show();
    QVERIFY(page.findChild<QLabel*>("paymentReadOnly"));
    for (const char* name : {"draftRoll", "submitRoll", "signRoll", "cancelRoll", "importReturn",
                             "draftReissue", "writeBankFile", "settleRecovery", "newTemplate"}) {
        auto* b = page.findChild<QPushButton*>(name);
        QVERIFY2(b, name);
        QVERIFY2(!b->isVisibleTo(&page), name);
    }
    for (int i = 0; i < page.tabs()->count(); ++i)
        page.tabs()->setCurrentIndex(i); // every tab reads without an error
}

QTEST_MAIN(TstUiPayments)
#include "tst_ui_payments.moc"
