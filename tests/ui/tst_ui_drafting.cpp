// Drafting an application the way a clerk does (issue 10, parts 3 and 8): from the registry
// with the person chosen, picking the person by name, only the fields a type needs, service
// dates empty until entered, the warning when no document is attached; in the approval list
// Enter opens, and the director's approval names the number.
#include "approval/approvalstore.h"
#include "approvalfixture.h"
#include "dialogs/applicationdialog.h"
#include "dialogs/personeditor.h"
#include "dialogs/signdialog.h"
#include "models/applicationlistmodel.h"
#include "models/registrymodel.h"
#include "pages/approvalpage.h"
#include "pages/registrypage.h"
#include "uidriver.h"

#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
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

// Answers the "no supporting document" question; *text gets what it said.
void answerNoDocuments(QObject* context, QMessageBox::StandardButton answer, bool* handled,
                       QString* text)
{
    test::whenDialogOpens<QMessageBox>(
        context,
        [=](QMessageBox* box) {
            QCOMPARE(box->objectName(), QStringLiteral("noDocumentsWarning"));
            *text = box->text();
            QTest::mouseClick(box->button(answer), Qt::LeftButton);
        },
        handled);
}
} // namespace

class TstUiDrafting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void draftFromRegistryContextMenu();
    void draftFromPersonEditor();
    void pickPersonByTypingName();
    void fieldsPerType_data();
    void fieldsPerType();
    void enlistedEmptyNotSaved1970();
    void noDocumentWarning();
    void enterOpensApplication();
    void directorApprovalNamesNumber();
};

void TstUiDrafting::draftFromRegistryContextMenu()
{
    TestDb t;
    ApprovalFixture f(t);
    f.person(QStringLiteral("王秀英"), 22);
    const qint64 pid = f.person(QStringLiteral("李卫民"), 11);
    ui::Session clerk{&t.db(), f.clerk};
    ui::RegistryPage page(clerk);
    page.resize(1200, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    int row = -1;
    for (int r = 0; r < page.model()->rowCount(); ++r)
        if (page.model()->personIdAt(r) == pid)
            row = r;
    QVERIFY(row >= 0);
    const QPoint pos =
        page.view()->visualRect(page.model()->index(row, ui::RegistryModel::Name)).center();
    QContextMenuEvent ev(QContextMenuEvent::Mouse, pos, page.view()->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(page.view()->viewport(), &ev);
    auto* menu = page.findChild<QMenu*>("registryContextMenu");
    QVERIFY(menu);
    QAction* draft = nullptr;
    for (QAction* a : menu->actions())
        if (a->objectName() == QLatin1String("draftApplicationAction"))
            draft = a;
    QVERIFY(draft);
    QVERIFY(draft->isEnabled());

    bool handled = false;
    test::whenDialogOpens<ui::ApplicationDialog>(
        &page,
        [&](ui::ApplicationDialog* d) {
            QCOMPARE(d->personId(), pid);
            const QString label = d->findChild<QLabel*>("personLabel")->text();
            QVERIFY2(label.contains(QStringLiteral("李卫民")), qPrintable(label));
            QVERIFY2(label.contains(QStringLiteral("1950")), qPrintable(label));
            QVERIFY2(!label.contains(QStringLiteral("1950-03-01")) &&
                         !label.contains(QStringLiteral("19500301")),
                     qPrintable(label));
            d->reject();
        },
        &handled);
    if (menu->isVisible())
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(draft).center());
    else
        draft->trigger();
    QTRY_VERIFY(handled);

    // The director approves; he does not draft.
    ui::Session director{&t.db(), f.director};
    ui::RegistryPage other(director);
    QVERIFY(!other.canDraft());
}

void TstUiDrafting::draftFromPersonEditor()
{
    TestDb t;
    ApprovalFixture f(t);
    const qint64 pid = f.person(QStringLiteral("李卫民"), 11);
    ui::Session clerk{&t.db(), f.clerk};
    ui::RegistryPage page(clerk);
    ui::PersonEditor* editor = page.openPerson(pid);
    QVERIFY(editor);
    bool handled = false;
    test::whenDialogOpens<ui::ApplicationDialog>(
        &page,
        [&](ui::ApplicationDialog* d) {
            QCOMPARE(d->personId(), pid);
            d->reject();
        },
        &handled);
    clickNamed(editor, "draftApplication");
    QVERIFY(handled);
    // A new person has nothing to draft for yet.
    ui::PersonEditor* fresh = page.openPerson(0);
    QVERIFY(!fresh->findChild<QPushButton*>("draftApplication")->isVisibleTo(fresh));
    editor->close();
    fresh->close();
}

void TstUiDrafting::pickPersonByTypingName()
{
    TestDb t;
    ApprovalFixture f(t);
    f.person(QStringLiteral("王秀英"), 22);
    const qint64 pid = f.person(QStringLiteral("李卫民"), 11);
    ui::Session clerk{&t.db(), f.clerk};
    ui::ApplicationDialog d(clerk, 0);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QCOMPARE(d.personId(), 0);
    test::typeInto(&d, "personSearch", QStringLiteral("卫民"));
    auto* matches = d.findChild<QListView*>("personMatches");
    QTRY_COMPARE(matches->model()->rowCount(), 1); // after the typing pause
    const QString line = matches->model()->index(0, 0).data().toString();
    QVERIFY2(line.contains(QStringLiteral("李卫民")) && line.contains(QStringLiteral("1950")),
             qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("*")), qPrintable(line)); // the ID masked
    QVERIFY2(!line.contains(QStringLiteral("1950-03-01")), qPrintable(line));
    auto* facts = d.findChild<QPlainTextEdit*>("facts");
    const QPoint before = facts->mapTo(&d, QPoint());
    QTest::keyClick(d.findChild<QLineEdit*>("personSearch"), Qt::Key_Return);
    QCOMPARE(d.personId(), pid);
    // The person's line and the hints appear without moving a field.
    QVERIFY(!d.findChild<QLabel*>("problemsLabel")->text().isEmpty());
    QCoreApplication::sendPostedEvents();
    QCOMPARE(facts->mapTo(&d, QPoint()), before);
    facts->setPlainText(QStringLiteral("基本情况。"));
    QCoreApplication::sendPostedEvents();
    QCOMPARE(facts->mapTo(&d, QPoint()), before);
    QVERIFY(d.findChild<QLabel*>("personLabel")->text().contains(QStringLiteral("李卫民")));
    QVERIFY(d.isVisible()); // Enter picked the person, it did not close the dialog

    // Nobody matches: the clerk is told, no person is chosen by accident.
    ui::ApplicationDialog d2(clerk, 0);
    test::typeInto(&d2, "personSearch", QStringLiteral("不存在"));
    d2.searchNow();
    QCOMPARE(d2.findChild<QListView*>("personMatches")->model()->rowCount(), 0);
    QCOMPARE(d2.personId(), 0);
}

void TstUiDrafting::fieldsPerType_data()
{
    using T = core::ApplicationType;
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QStringList>("visible");
    QTest::newRow("recognition, no category yet")
        << int(T::Recognition) << QString() << QStringList{"category"};
    QTest::newRow("recognition, disabled serviceman")
        << int(T::Recognition) << QStringLiteral("disabled_serviceman")
        << QStringList{"category", "grade", "nature"};
    QTest::newRow("recognition, martyr's survivor")
        << int(T::Recognition) << QStringLiteral("martyr_survivor")
        << QStringList{"category", "relation", "serviceman"};
    QTest::newRow("recognition, war veteran")
        << int(T::Recognition) << QStringLiteral("war_veteran")
        << QStringList{"category", "enlisted", "discharged"};
    QTest::newRow("disability grade")
        << int(T::DisabilityGrade) << QString() << QStringList{"category", "grade", "nature"};
    QTest::newRow("standard change")
        << int(T::StandardChange) << QStringLiteral("war_veteran") << QStringList{"category"};
    QTest::newRow("temporary assistance")
        << int(T::TemporaryAssistance) << QString() << QStringList{"amount", "assistanceReason"};
    QTest::newRow("recuperation") << int(T::Recuperation) << QString() << QStringList{};
    QTest::newRow("stop of benefits")
        << int(T::StopBenefits) << QString() << QStringList{"stopStatus"};
}

void TstUiDrafting::fieldsPerType()
{
    QFETCH(int, type);
    QFETCH(QString, category);
    QFETCH(QStringList, visible);
    TestDb t; // no person and no book needed: the fields follow the type and the category
    ui::Session clerk{
        &t.db(), t.addUser(QStringLiteral("clerk"), core::Role::Clerk, QStringLiteral("王经办"))};
    ui::ApplicationDialog d(clerk, 0);
    chooseData(&d, "type", type);
    if (!category.isEmpty())
        chooseData(&d, "category", category);
    const QStringList fields{"category", "grade",      "nature", "relation",  "serviceman",
                             "enlisted", "discharged", "amount", "stopStatus",
                             "assistanceReason"};
    for (const QString& name : fields) {
        auto* w = d.findChild<QWidget*>(name);
        QVERIFY2(w, qPrintable(name));
        QCOMPARE(w->isVisibleTo(&d), visible.contains(name));
    }
    // What every type needs stays.
    for (const char* name : {"effectiveDate", "facts", "reason", "documents"})
        QVERIFY2(d.findChild<QWidget*>(name)->isVisibleTo(&d), name);
}

void TstUiDrafting::enlistedEmptyNotSaved1970()
{
    TestDb t;
    ApprovalFixture f(t);
    const qint64 pid = f.person(QStringLiteral("李卫民"), 11);
    ui::Session clerk{&t.db(), f.clerk};
    ui::ApplicationDialog d(clerk, 0, pid);
    d.show();
    chooseData(&d, "type", int(core::ApplicationType::Recognition));
    chooseData(&d, "category", QStringLiteral("war_veteran"));
    auto* enlisted = d.findChild<QDateEdit*>("enlisted");
    QVERIFY(enlisted->isVisibleTo(&d));
    QVERIFY2(!enlisted->text().contains(QStringLiteral("1970")), qPrintable(enlisted->text()));
    QCOMPARE(enlisted->text(), QStringLiteral("not entered"));
    d.findChild<QPlainTextEdit*>("facts")->setPlainText(QStringLiteral("1972年入伍。"));
    bool answered = false;
    QString said;
    answerNoDocuments(&d, QMessageBox::Yes, &answered, &said);
    clickNamed(&d, "saveDraft");
    QVERIFY(answered);
    QVERIFY(d.applicationId() > 0);
    const auto a = core::ApprovalStore(t.db()).byId(d.applicationId());
    QVERIFY(a);
    QVERIFY2(!a->draft.enlistedOn.isValid(), qPrintable(a->draft.enlistedOn.toString(Qt::ISODate)));
    QVERIFY(!a->draft.dischargedOn.isValid());

    // Opened again, the dates are still empty; entered, they are kept.
    ui::ApplicationDialog again(clerk, d.applicationId());
    auto* e2 = again.findChild<QDateEdit*>("enlisted");
    QCOMPARE(e2->text(), QStringLiteral("not entered"));
    e2->setDate(QDate(1972, 12, 1));
    QTest::keyClick(e2, Qt::Key_Delete); // empties it again
    QCOMPARE(e2->text(), QStringLiteral("not entered"));
    e2->setDate(QDate(1972, 12, 1));
    bool answered2 = false;
    answerNoDocuments(&again, QMessageBox::Yes, &answered2, &said);
    clickNamed(&again, "saveDraft");
    QVERIFY(answered2);
    QCOMPARE(core::ApprovalStore(t.db()).byId(d.applicationId())->draft.enlistedOn,
             QDate(1972, 12, 1));
}

void TstUiDrafting::noDocumentWarning()
{
    TestDb t;
    ApprovalFixture f(t);
    const qint64 pid = f.person(QStringLiteral("李卫民"), 11);
    f.holding(pid, QStringLiteral("war_veteran"));
    ui::Session clerk{&t.db(), f.clerk};
    ui::ApplicationDialog d(clerk, 0, pid);
    d.show();
    chooseData(&d, "type", int(core::ApplicationType::StandardChange));
    chooseData(&d, "category", QStringLiteral("war_veteran"));
    d.findChild<QPlainTextEdit*>("facts")->setPlainText(QStringLiteral("参战退役人员。"));
    d.findChild<QPlainTextEdit*>("reason")->setPlainText(QStringLiteral("按新标准调整。"));
    bool answered = false;
    QString said;
    answerNoDocuments(&d, QMessageBox::No, &answered, &said);
    clickNamed(&d, "submit");
    QVERIFY(answered);
    QVERIFY2(said.contains(QStringLiteral("none")), qPrintable(said));
    QCOMPARE(d.applicationId(), 0); // "No": nothing saved, the dialog stays
    QVERIFY(d.isVisible());
    QVERIFY(!d.submitted());

    answered = false;
    answerNoDocuments(&d, QMessageBox::Yes, &answered, &said);
    clickNamed(&d, "submit");
    QVERIFY(answered);
    QVERIFY(d.submitted());
    QCOMPARE(core::ApprovalStore(t.db()).byId(d.applicationId())->state,
             core::ApplicationState::Pending);
}

void TstUiDrafting::enterOpensApplication()
{
    TestDb t;
    ApprovalFixture f(t);
    const qint64 pid = f.person(QStringLiteral("李卫民"), 11);
    f.holding(pid, QStringLiteral("war_veteran"));
    f.submittedStandardChange(pid);
    ui::Session chief{&t.db(), f.chief};
    ui::ApprovalPage page(chief);
    QCOMPARE(page.inboxModel()->rowCount(), 1);
    page.inboxView()->selectRow(0);
    page.inboxView()->setFocus();
    bool handled = false;
    test::whenDialogOpens<ui::SignDialog>(
        &page, [&](ui::SignDialog* d) { d->reject(); }, &handled);
    QTest::keyClick(page.inboxView(), Qt::Key_Return);
    QVERIFY(handled);
}

void TstUiDrafting::directorApprovalNamesNumber()
{
    TestDb t;
    ApprovalFixture f(t);
    const qint64 pid = f.person(QStringLiteral("李卫民"), 11);
    f.holding(pid, QStringLiteral("war_veteran"));
    const qint64 id = f.submittedStandardChange(pid);
    core::ApprovalStore store(t.db());
    QVERIFY(store.sign(f.chief, id, core::StepDecision::Approve, QStringLiteral("同意。")));
    QVERIFY(store.sign(f.inspector, id, core::StepDecision::Approve, QStringLiteral("同意。")));
    ui::Session director{&t.db(), f.director};
    ui::ApprovalPage page(director);
    QSignalSpy spy(&page, &ui::Page::statusMessage);
    QCOMPARE(page.inboxModel()->rowCount(), 1);
    page.inboxView()->selectRow(0);
    bool handled = false;
    test::whenDialogOpens<ui::SignDialog>(
        &page,
        [&](ui::SignDialog* d) {
            d->findChild<QPlainTextEdit*>("opinion")->setPlainText(QStringLiteral("同意。"));
            clickNamed(d, "approve");
        },
        &handled);
    clickNamed(&page, "openApplication");
    QVERIFY(handled);
    QCOMPARE(store.byId(id)->state, core::ApplicationState::Approved);
    QVERIFY(!spy.isEmpty());
    const QString message = spy.last().at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("武民优审〔2026〕0001号")), qPrintable(message));
}

QTEST_MAIN(TstUiDrafting)
#include "tst_ui_drafting.moc"
