// The approval number format is edited in parts (prefix, year in 〔〕 or （）, digits, suffix)
// with a live preview of the next number; the stored format is what core understands and the
// next approval takes it.
#include "approval/approvalstore.h"
#include "approvalfixture.h"
#include "pages/approvalpage.h"
#include "testdb.h"
#include "uidriver.h"
#include "widgets/numberformateditor.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace youfu;

namespace {

// Typed as the clerk types: Chinese arrives through the input method.
void retype(QWidget* root, const char* name, const QString& text)
{
    auto* e = root->findChild<QLineEdit*>(QLatin1String(name));
    QVERIFY(e);
    e->setFocus();
    e->selectAll();
    QTest::keyClick(e, Qt::Key_Backspace);
    test::typeInto(root, name, text);
}

QString preview(QWidget* root)
{
    auto* l = root->findChild<QLabel*>(QStringLiteral("numberPreview"));
    return l ? l->text() : QStringLiteral("(no preview)");
}

} // namespace

class TstUiNumberFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void previewFollowsTheFields();
    void storedFormatShownInParts();
    void savedFormatNumbersTheNextApproval();
};

void TstUiNumberFormat::previewFollowsTheFields()
{
    ui::NumberFormatEditor ed;
    ed.setNextNumber(2026, 7);
    QCOMPARE(preview(&ed), QStringLiteral("武民优审〔2026〕0007号"));
    retype(&ed, "numberPrefix", QStringLiteral("县民优审"));
    QCOMPARE(preview(&ed), QStringLiteral("县民优审〔2026〕0007号"));
    auto* digits = ed.findChild<QSpinBox*>(QStringLiteral("numberDigits"));
    digits->setFocus();
    QTest::keyClick(digits, Qt::Key_Down);
    QCOMPARE(preview(&ed), QStringLiteral("县民优审〔2026〕007号"));
    QTest::keyClick(digits, Qt::Key_Down); // 3 is the least
    QCOMPARE(digits->value(), 3);
    auto* year = ed.findChild<QComboBox*>(QStringLiteral("numberYear"));
    year->setFocus();
    QTest::keyClick(year, Qt::Key_Down);
    QCOMPARE(preview(&ed), QStringLiteral("县民优审（2026）007号"));
    QCOMPARE(ed.format(), QStringLiteral("县民优审（{year}）{seq:03}号"));
    QVERIFY(ed.problem().isEmpty());
    QTest::keyClick(year, Qt::Key_Down); // not shown: numbers would repeat every year
    QVERIFY(!ed.problem().isEmpty());
    QCOMPARE(preview(&ed), QStringLiteral("—"));
    QVERIFY(ed.findChild<QLabel*>(QStringLiteral("numberProblem"))->text().contains("〔〕"));
    QTest::keyClick(year, Qt::Key_Up);
    retype(&ed, "numberPrefix", QString());
    QVERIFY(!ed.problem().isEmpty());
    retype(&ed, "numberPrefix", QStringLiteral("县{民"));
    QVERIFY(!ed.problem().isEmpty());
}

void TstUiNumberFormat::storedFormatShownInParts()
{
    ui::NumberFormatEditor ed;
    ed.setFormat(QStringLiteral("武民优审（{year}）{seq:05}号"));
    QCOMPARE(ed.findChild<QLineEdit*>(QStringLiteral("numberPrefix"))->text(),
             QStringLiteral("武民优审"));
    QCOMPARE(ed.findChild<QSpinBox*>(QStringLiteral("numberDigits"))->value(), 5);
    QCOMPARE(ed.format(), QStringLiteral("武民优审（{year}）{seq:05}号"));
}

void TstUiNumberFormat::savedFormatNumbersTheNextApproval()
{
    test::TestDb t;
    test::ApprovalFixture f(t);
    const qint64 pid = f.person(QStringLiteral("黄河"), 101);
    f.holding(pid, QStringLiteral("war_veteran"));
    ui::Session admin{&t.db(), t.admin()};
    ui::ApprovalPage page(admin);
    test::ModalDriver drive;
    drive.whenOpen(nullptr, [&](QDialog* d) {
        QCOMPARE(preview(d), QStringLiteral("武民优审〔%1〕0001号").arg(t.clock().today().year()));
        retype(d, "numberPrefix", QStringLiteral("县民优审"));
        QCOMPARE(preview(d), QStringLiteral("县民优审〔%1〕0001号").arg(t.clock().today().year()));
        d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    page.findChild<QPushButton*>(QStringLiteral("configureChains"))->click();
    QVERIFY2(drive.ok(), drive.problem());
    core::ApprovalStore store(t.db());
    QCOMPARE(store.numberFormat(), QStringLiteral("县民优审〔{year}〕{seq:04}号"));
    const qint64 id = f.submittedStandardChange(pid);
    for (const core::Actor& a : {f.chief, f.inspector, f.director})
        QVERIFY(store.sign(a, id, core::StepDecision::Approve, QString()));
    QCOMPARE(store.byId(id)->number,
             QStringLiteral("县民优审〔%1〕0001号").arg(t.clock().today().year()));
}

QTEST_MAIN(TstUiNumberFormat)
#include "tst_ui_numberformat.moc"
