#pragma once
// Helpers for driving widgets offscreen the way a user does. Header-only: only UI suites use it.

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

namespace youfu::test {

// Types into the named line edit: ASCII as key presses, Chinese as the input method's commit.
inline void typeInto(QWidget* parent, const char* name, const QString& text)
{
    auto* edit = parent->findChild<QLineEdit*>(name);
    QVERIFY2(edit, name);
    edit->clear();
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii) {
        QTest::keyClicks(edit, text);
    } else {
        QInputMethodEvent ev;
        ev.setCommitString(text);
        QApplication::sendEvent(edit, &ev);
    }
}

inline void clickOk(QDialog* dlg)
{
    auto* box = dlg->findChild<QDialogButtonBox*>();
    QVERIFY(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

inline QString visibleError(QWidget* dlg)
{
    auto* l = dlg->findChild<QLabel*>("errorLabel");
    return l && l->isVisibleTo(dlg) ? l->text() : QString();
}

// Rejects every open modal dialog, innermost first (bounded: a dialog that refuses to close
// is hidden).
inline void closeModalDialogs()
{
    for (int i = 0; i < 20; ++i) {
        QWidget* m = QApplication::activeModalWidget();
        if (!m)
            return;
        if (auto* d = qobject_cast<QDialog*>(m))
            d->reject();
        if (m->isVisible())
            m->hide();
    }
}

// Runs `act` on the first visible dialog of type D that a modal exec() opens. If `act` fails a
// check, the dialog is closed and *handled stays false; if none appears within the timeout,
// the test fails and every modal dialog is rejected, so the test ends instead of hanging.
template <typename D>
void whenDialogOpens(QObject* context, std::function<void(D*)> act, bool* handled,
                     int timeoutMs = 5000)
{
    auto* timer = new QTimer(context);
    auto elapsed = std::make_shared<int>(0);
    // A timer outliving its test function must not fail or close anything in the next one.
    const QByteArray test = QTest::currentTestFunction();
    QObject::connect(timer, &QTimer::timeout, context, [=] {
        *elapsed += 20;
        if (test != QTest::currentTestFunction()) {
            timer->stop();
            timer->deleteLater();
            return;
        }
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* d = qobject_cast<D*>(w); d && d->isVisible()) {
                timer->stop();
                timer->deleteLater();
                const bool failedBefore = QTest::currentTestFailed();
                act(d);
                *handled = failedBefore || !QTest::currentTestFailed();
                if (d->isVisible()) { // the dialog refused: report why and close it
                    qWarning("dialog stayed open: %s", qPrintable(visibleError(d)));
                    d->reject();
                }
                return;
            }
        }
        if (*elapsed > timeoutMs) {
            timer->stop();
            timer->deleteLater();
            QTest::qFail("the expected dialog did not open in time", __FILE__, __LINE__);
            closeModalDialogs();
        }
    });
    timer->start(20);
}

// Drives a dialog that the test then exec()s, e.g.
//     test::ModalDriver drive;
//     drive.whenOpen([&] { return preview.dialog(); }, [&](QDialog* d) { QVERIFY(...); ... });
//     preview.exec();
//     QVERIFY2(drive.ok(), drive.problem());
// `act` runs once the modal loop has started. Whatever happens in it (a failed QVERIFY only
// returns from the lambda), the dialog is closed afterwards, and a deadline closes every
// modal dialog if `act` never gets to run or never returns, so exec() comes back at once and
// the test fails instead of hanging until the suite's timeout.
class ModalDriver
{
public:
    explicit ModalDriver(int deadlineMs = 30000)
    {
        m_start.setSingleShot(true);
        m_start.setInterval(0);
        m_deadline.setSingleShot(true);
        m_deadline.setInterval(deadlineMs);
        QObject::connect(&m_deadline, &QTimer::timeout, [this] {
            if (m_problem.isEmpty())
                m_problem = m_entered
                                ? QByteArrayLiteral("the dialog was still open at the deadline")
                                : QByteArrayLiteral("the dialog did not open by the deadline");
            closeModalDialogs();
        });
    }
    ModalDriver(const ModalDriver&) = delete;
    ModalDriver& operator=(const ModalDriver&) = delete;

    void whenOpen(std::function<QDialog*()> find, std::function<void(QDialog*)> act)
    {
        QObject::connect(&m_start, &QTimer::timeout, [this, find, act] {
            QDialog* d = find ? find() : nullptr;
            if (!d)
                d = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!d) {
                m_problem = QByteArrayLiteral("no dialog to drive");
                closeModalDialogs();
                return;
            }
            const bool failedBefore = QTest::currentTestFailed();
            m_entered = true;
            act(d);
            m_ran = true;
            if (m_problem.isEmpty() && !failedBefore && QTest::currentTestFailed())
                m_problem = QByteArrayLiteral("a check while the dialog was open failed");
            if (d->isVisible())
                d->reject();
            m_deadline.stop();
        });
        m_start.start();
        m_deadline.start();
    }

    bool ok() const { return m_ran && m_problem.isEmpty(); }
    const char* problem() const
    {
        return m_problem.isEmpty() ? (m_ran ? "" : "the dialog was never driven")
                                   : m_problem.constData();
    }

private:
    QTimer m_start;
    QTimer m_deadline;
    bool m_entered = false;
    bool m_ran = false;
    QByteArray m_problem;
};

} // namespace youfu::test
