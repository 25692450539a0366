// Tab follows what the clerk sees (issue 10, part 7): in the person editor and the
// application dialog, Tab visits the enabled fields and buttons in the order of the layout —
// top to bottom, and left to right within a row.
#include "approvalfixture.h"
#include "dialogs/applicationdialog.h"
#include "dialogs/personeditor.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <algorithm>

using namespace youfu;
using test::ApprovalFixture;
using test::TestDb;

namespace {

bool takesTab(QWidget* w, QWidget* window)
{
    return (w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(window) && w->isEnabled() &&
           !w->focusProxy();
}

void collectWidget(QWidget* w, QWidget* window, QList<QWidget*>& out);

// The widgets of a layout in reading order.
void collectLayout(QLayout* layout, QWidget* window, QList<QWidget*>& out)
{
    QList<QLayoutItem*> items;
    if (auto* grid = qobject_cast<QGridLayout*>(layout)) {
        QList<QPair<QPair<int, int>, QLayoutItem*>> cells;
        for (int i = 0; i < grid->count(); ++i) {
            int r, c, rs, cs;
            grid->getItemPosition(i, &r, &c, &rs, &cs);
            cells.append({{r, c}, grid->itemAt(i)});
        }
        std::stable_sort(cells.begin(), cells.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& cell : cells)
            items << cell.second;
    } else if (auto* form = qobject_cast<QFormLayout*>(layout)) {
        for (int r = 0; r < form->rowCount(); ++r)
            for (auto role :
                 {QFormLayout::LabelRole, QFormLayout::FieldRole, QFormLayout::SpanningRole})
                if (QLayoutItem* it = form->itemAt(r, role))
                    items << it;
    } else {
        for (int i = 0; i < layout->count(); ++i)
            items << layout->itemAt(i);
    }
    for (QLayoutItem* it : items) {
        if (it->widget())
            collectWidget(it->widget(), window, out);
        else if (it->layout())
            collectLayout(it->layout(), window, out);
    }
}

void collectWidget(QWidget* w, QWidget* window, QList<QWidget*>& out)
{
    if (!w->isVisibleTo(window))
        return;
    if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
        if (takesTab(tabs->tabBar(), window))
            out << tabs->tabBar();
        if (tabs->currentWidget())
            collectWidget(tabs->currentWidget(), window, out);
        return;
    }
    if (auto* stack = qobject_cast<QStackedWidget*>(w)) {
        if (stack->currentWidget())
            collectWidget(stack->currentWidget(), window, out);
        return;
    }
    if (auto* scroll = qobject_cast<QScrollArea*>(w);
        scroll && scroll->widget() && !takesTab(scroll, window)) {
        collectWidget(scroll->widget(), window, out);
        return;
    }
    if (takesTab(w, window)) {
        out << w;
        return;
    }
    if (w->layout())
        collectLayout(w->layout(), window, out);
}

QString describe(QWidget* w)
{
    if (!w)
        return QStringLiteral("(nothing)");
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                     : w->objectName();
}

// The widget of `expected` that holds the focus (the focus may sit in a child, e.g. the line
// edit of a combo box).
QWidget* focusedOf(const QList<QWidget*>& expected)
{
    for (QWidget* w = QApplication::focusWidget(); w; w = w->parentWidget())
        if (expected.contains(w))
            return w;
    return QApplication::focusWidget();
}

// Walks the focus with Tab from the first widget and fails naming where it leaves the layout.
void verifyTabFollowsLayout(QWidget* window, const QString& name)
{
    QList<QWidget*> expected;
    collectLayout(window->layout(), window, expected);
    QVERIFY2(expected.size() > 3, qPrintable(name));
    expected.first()->setFocus(Qt::TabFocusReason);
    QCOMPARE(focusedOf(expected), expected.first());
    QStringList walked{describe(expected.first())};
    for (int i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* now = focusedOf(expected);
        // Tab first steps through the day, month and year of a date, as Qt does everywhere.
        for (int k = 0; k < 4 && now == expected.at(i - 1) && qobject_cast<QDateTimeEdit*>(now);
             ++k) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            now = focusedOf(expected);
        }
        walked << describe(now);
        if (now != expected.at(i)) {
            QStringList want;
            for (QWidget* w : expected)
                want << describe(w);
            QFAIL(qPrintable(
                QStringLiteral("%1: Tab went to %2 instead of %3\nlayout: %4\nTab:    %5")
                    .arg(name, describe(now), describe(expected.at(i)),
                         want.join(QStringLiteral(", ")), walked.join(QStringLiteral(", ")))));
        }
    }
}

void showActive(QWidget* w)
{
    w->show();
    QApplication::setActiveWindow(w);
    QVERIFY(QTest::qWaitForWindowActive(w));
}

} // namespace

class TstUiTabOrder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void personEditor_data();
    void personEditor();
    void applicationDialog_data();
    void applicationDialog();
};

void TstUiTabOrder::personEditor_data()
{
    QTest::addColumn<bool>("existing");
    QTest::addColumn<int>("tab");
    for (int tab = 0; tab < 4; ++tab) {
        QTest::addRow("new, tab %d", tab) << false << tab;
        QTest::addRow("existing, tab %d", tab) << true << tab;
    }
}

void TstUiTabOrder::personEditor()
{
    QFETCH(bool, existing);
    QFETCH(int, tab);
    TestDb t;
    ApprovalFixture f(t);
    const qint64 pid = f.person(QStringLiteral("李卫民"), 11);
    ui::Session clerk{&t.db(), f.clerk};
    ui::PersonEditor e(clerk, existing ? pid : 0);
    e.setDraftEnabled(true);
    auto* tabs = e.findChild<QTabWidget*>();
    QVERIFY(tabs);
    tabs->setCurrentIndex(tab);
    showActive(&e);
    verifyTabFollowsLayout(&e, QStringLiteral("person editor, tab %1").arg(tab));
}

void TstUiTabOrder::applicationDialog_data()
{
    QTest::addColumn<int>("type");
    for (int i = 0; i < 6; ++i)
        QTest::addRow("type %d", i) << i;
}

void TstUiTabOrder::applicationDialog()
{
    QFETCH(int, type);
    TestDb t;
    ApprovalFixture f(t);
    const qint64 pid = f.person(QStringLiteral("李卫民"), 11);
    ui::Session clerk{&t.db(), f.clerk};
    ui::ApplicationDialog d(clerk, 0, pid);
    auto* types = d.findChild<QComboBox*>(QStringLiteral("type"));
    QVERIFY(types);
    QVERIFY(type < types->count());
    types->setCurrentIndex(type);
    showActive(&d);
    verifyTabFollowsLayout(&d, QStringLiteral("application dialog, %1").arg(types->currentText()));
}

QTEST_MAIN(TstUiTabOrder)
#include "tst_ui_taborder.moc"
