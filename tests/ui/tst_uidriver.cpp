// The test helpers that drive modal dialogs must end the dialog whatever the driving code
// does, so a failed check inside it fails the test at once instead of hanging it.
#include "uidriver.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QTest>

using namespace youfu;

class TstUiDriver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dialogClosedWhenActReturnsEarly();
    void missingDialogReported();
    void deadlineClosesAStuckDialog();
};

void TstUiDriver::dialogClosedWhenActReturnsEarly()
{
    QDialog dialog;
    bool ran = false;
    test::ModalDriver drive;
    drive.whenOpen([&] { return &dialog; },
                   [&](QDialog* d) {
                       ran = d->isVisible();
                       // What a failed QVERIFY does: return from the lambda, leaving the dialog
                       // open.
                       return;
                   });
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(dialog.exec(), int(QDialog::Rejected));
    QVERIFY(clock.elapsed() < 5000);
    QVERIFY(ran);
    QVERIFY2(drive.ok(), drive.problem());
}

void TstUiDriver::missingDialogReported()
{
    test::ModalDriver drive;
    drive.whenOpen([] { return nullptr; }, [](QDialog*) {});
    QTest::qWait(50);
    QVERIFY(!drive.ok());
    QVERIFY(QByteArray(drive.problem()).contains("no dialog"));
}

void TstUiDriver::deadlineClosesAStuckDialog()
{
    // The driving code itself opens a second modal loop that nobody ends.
    QDialog outer;
    QDialog inner(&outer);
    test::ModalDriver drive(300);
    drive.whenOpen([&] { return &outer; }, [&](QDialog*) { inner.exec(); });
    QElapsedTimer clock;
    clock.start();
    outer.exec();
    QVERIFY(clock.elapsed() < 5000);
    QVERIFY(!drive.ok());
    QVERIFY(QByteArray(drive.problem()).contains("deadline"));
}

QTEST_MAIN(TstUiDriver)
#include "tst_uidriver.moc"
