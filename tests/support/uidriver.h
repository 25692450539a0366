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

// Runs `act` on the first visible dialog of type D that a modal exec() opens. If none appears
// within the timeout, every modal dialog is rejected so the test fails instead of hanging.
template <typename D>
void whenDialogOpens(QObject* context, std::function<void(D*)> act, bool* handled, int timeoutMs = 5000)
{
    auto* timer = new QTimer(context);
    auto elapsed = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, context, [=] {
        *elapsed += 20;
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* d = qobject_cast<D*>(w); d && d->isVisible()) {
                timer->stop();
                timer->deleteLater();
                act(d);
                *handled = true;
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
            while (auto* m = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
                m->reject();
        }
    });
    timer->start(20);
}

} // namespace youfu::test
