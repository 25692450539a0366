// The 信访 page (issue 13): a clerk registers a case with clicks and keys, decides to accept
// it, the director extends it, the clerk answers it and records the petitioner's satisfaction;
// the list, its deadline badge and the home counts follow; a director cannot register; the
// case list pages lazily by keyset; the person editor's 信访 tab lists the person's cases.
#include "app/homecards.h"
#include "approvalfixture.h"
#include "models/caselistmodel.h"
#include "models/recordtablemodel.h"
#include "pages/petitionpage.h"
#include "petition/casedialog.h"
#include "petition/personpetitionspanel.h"
#include "petition/petitionliststore.h"
#include "petition/petitionpapers.h"
#include "petition/petitionstore.h"
#include "uidriver.h"
#include "widgets/personchooser.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace youfu;
using test::ApprovalFixture;
using test::TestDb;

namespace {

const QDate kToday(2026, 11, 29); // the test clock's day

void typeText(QWidget* parent, const char* name, const QString& text)
{
    auto* t = parent->findChild<QPlainTextEdit*>(name);
    QVERIFY2(t, name);
    t->setFocus();
    QTest::keyClicks(t, text);
}

void click(QWidget* parent, const char* name)
{
    auto* b = parent->findChild<QPushButton*>(name);
    QVERIFY2(b, name);
    QVERIFY2(b->isVisible() && b->isEnabled(), name);
    QTest::mouseClick(b, Qt::LeftButton);
}

// Answers the next step dialog: `fill` types into it, then OK; it must close.
void driveStep(const std::function<void(QDialog*)>& fill, QWidget* parent, const char* button)
{
    test::ModalDriver drive;
    drive.whenOpen(nullptr, [&](QDialog* d) {
        fill(d);
        test::clickOk(d);
        QVERIFY2(!d->isVisible(), qPrintable(test::visibleError(d)));
    });
    click(parent, button);
    QVERIFY2(drive.ok(), drive.problem());
}

qint64 registerDirectly(core::Database& db, const core::Actor& clerk, const QString& name,
                        const QDateTime& received)
{
    core::PetitionCase c;
    c.receivedAt = received;
    c.channel = core::PetitionChannel::Letter;
    c.subject = core::PetitionSubject::Benefit;
    c.townshipCode = QStringLiteral("430581001");
    c.summary = QStringLiteral("反映抚恤金");
    c.demands = QStringLiteral("补发");
    core::Petitioner p;
    p.name = name;
    p.phone = QStringLiteral("13800000000");
    c.petitioners << p;
    auto id = core::PetitionStore(db).registerCase(clerk, c);
    if (!id)
        qWarning("register: %s", qPrintable(id.error()));
    return id ? id.value() : 0;
}

const ui::HomeCard* card(const QList<ui::HomeCard>& cards, const QString& view)
{
    for (const ui::HomeCard& c : cards)
        if (c.page == QLatin1String("petitionPage") && c.view == view)
            return &c;
    return nullptr;
}

} // namespace

class TstUiPetitions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clerkRegistersDirectorExtendsClerkAnswers();
    void directorCannotRegister();
    void caseListPagesLazily();
    void deadlineInWords();
    void directorNamesDeputyClerkAttaches();
};

void TstUiPetitions::clerkRegistersDirectorExtendsClerkAnswers()
{
    TestDb t;
    ApprovalFixture f(t);
    QVERIFY(f.ok);
    const qint64 person = f.person(QStringLiteral("李卫民"), 11);
    ui::Session clerk{&t.db(), f.clerk};
    ui::PetitionPage page(clerk);
    page.resize(1280, 680);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.canHandle());
    QVERIFY(page.openView(QStringLiteral("cases")));
    QCOMPARE(page.caseModel()->totalCount(), 0);
    const QString shots = qEnvironmentVariable("YOUFU_SHOTS");

    // Register: received 12 days ago (3 days left to decide), a registry person and an
    // outsider, subject and township, summary and demands.
    qint64 caseId = 0;
    {
        test::ModalDriver drive;
        drive.whenOpen(nullptr, [&](QDialog* d) {
            auto* dlg = qobject_cast<ui::CaseDialog*>(d);
            QVERIFY(dlg);
            auto* received = dlg->findChild<QDateTimeEdit*>("caseReceived");
            QVERIFY(received);
            received->setDateTime(QDateTime(kToday.addDays(-12), QTime(9, 30)));
            QVERIFY(dlg->personChooser()->choose(QStringLiteral("李卫民")));
            test::typeInto(dlg, "outsiderName", QStringLiteral("王五"));
            test::typeInto(dlg, "outsiderPhone", QStringLiteral("13912345678"));
            click(dlg, "addOutsider");
            auto* township = dlg->findChild<QComboBox*>("caseTownship");
            QVERIFY(township && township->count() > 1);
            township->setFocus();
            QTest::keyClick(township, Qt::Key_Down);
            QVERIFY(township->currentIndex() > 0);
            typeText(dlg, "caseSummary", QStringLiteral("pension paid late"));
            typeText(dlg, "caseDemands", QStringLiteral("pay the arrears"));
            if (!shots.isEmpty())
                dlg->grab().save(shots + QStringLiteral("/casedialog-register.png"));
            click(dlg, "saveCase");
            QVERIFY2(dlg->caseId() > 0, qPrintable(test::visibleError(dlg)));
            caseId = dlg->caseId();
            QCOMPARE(dlg->petitionCase().petitioners.size(), 2);
            QCOMPARE(dlg->petitionCase().status, core::CaseStatus::Registered);
            QCOMPARE(dlg->tabs()->currentIndex(), 1);
            QVERIFY(dlg->deadlineLabel()->text().contains(QStringLiteral("3")));
        });
        click(&page, "newCase");
        QVERIFY2(drive.ok(), drive.problem());
    }
    QVERIFY(caseId > 0);
    QCOMPARE(page.caseModel()->totalCount(), 1);
    const core::CaseLine line = page.caseModel()->rowAt(0);
    QCOMPARE(line.id, caseId);
    QCOMPARE(line.badge, core::DeadlineBadge::Soon);
    const QModelIndex deadline = page.caseModel()->index(0, ui::CaseListModel::Deadline);
    QVERIFY(deadline.data().toString().contains(QStringLiteral("3 day(s) left")));
    QVERIFY(deadline.data(Qt::BackgroundRole).isValid());
    auto counts = core::PetitionListStore(t.db()).homeCounts(kToday);
    QVERIFY2(counts, qPrintable(counts.error()));
    QCOMPARE(counts->dueWithin7, 1);
    QCOMPARE(counts->overdue, 0);
    const QList<ui::HomeCard> cards = ui::homeCards(clerk);
    QVERIFY(card(cards, QStringLiteral("due7")));
    QCOMPARE(card(cards, QStringLiteral("due7"))->value, QStringLiteral("1"));
    QVERIFY(card(cards, QStringLiteral("overdue")));
    QVERIFY(card(cards, QStringLiteral("warnings")));
    QVERIFY(page.openView(QStringLiteral("due7")));
    QCOMPARE(page.caseModel()->totalCount(), 1);
    QVERIFY(page.openView(QStringLiteral("overdue")));
    QCOMPARE(page.caseModel()->totalCount(), 0);
    QVERIFY(page.openView(QStringLiteral("cases")));
    if (!shots.isEmpty())
        page.grab().save(shots + QStringLiteral("/petitionpage.png"));

    // Accept it: the clerk is responsible by default, the unit typed.
    {
        ui::CaseDialog dlg(clerk, caseId);
        dlg.show();
        QCOMPARE(dlg.tabs()->currentIndex(), 0);
        dlg.tabs()->setCurrentIndex(1);
        driveStep([](QDialog* d) { test::typeInto(d, "stepUnit", QStringLiteral("chengguan")); },
                  &dlg, "caseDecide");
        QCOMPARE(dlg.petitionCase().status, core::CaseStatus::Accepted);
        QCOMPARE(dlg.petitionCase().responsibleUserId, f.clerk.userId);
        QVERIFY(dlg.timelineModel()->rowCount() >= 2);
        // The notices that can be printed now: acceptance yes, extension not before one.
        auto* print = dlg.findChild<QPushButton*>("casePrint");
        QVERIFY(print && print->menu());
        const QList<QAction*> papers = print->menu()->actions();
        QCOMPARE(papers.size(), 4);
        QVERIFY(papers.at(int(core::PetitionPapers::Paper::Acceptance))->isEnabled());
        QVERIFY(!papers.at(int(core::PetitionPapers::Paper::Extension))->isEnabled());
        // The clerk cannot extend.
        auto* extend = dlg.findChild<QPushButton*>("caseExtend");
        QVERIFY(extend && !extend->isEnabled());
        if (!shots.isEmpty())
            dlg.grab().save(shots + QStringLiteral("/casedialog-timeline.png"));
    }
    counts = core::PetitionListStore(t.db()).homeCounts(kToday);
    QVERIFY(counts);
    QCOMPARE(counts->dueWithin7, 0);

    // The director extends it by 30 days.
    ui::Session director{&t.db(), f.director};
    {
        ui::CaseDialog dlg(director, caseId);
        dlg.show();
        dlg.tabs()->setCurrentIndex(1);
        QVERIFY(!dlg.canHandle());
        QVERIFY(dlg.canExtend());
        QVERIFY(!dlg.findChild<QPushButton*>("caseAnswer")->isVisibleTo(&dlg));
        driveStep([](QDialog* d) { typeText(d, "stepReason", QStringLiteral("needs the city")); },
                  &dlg, "caseExtend");
        QCOMPARE(dlg.petitionCase().extensionDays, 30);
    }

    // The clerk answers it and records the return visit.
    {
        ui::CaseDialog dlg(clerk, caseId);
        dlg.show();
        dlg.tabs()->setCurrentIndex(1);
        driveStep([](QDialog* d) { typeText(d, "stepText", QStringLiteral("arrears paid")); }, &dlg,
                  "caseAnswer");
        QCOMPARE(dlg.petitionCase().status, core::CaseStatus::Answered);
        QCOMPARE(dlg.petitionCase().result, core::AnswerResult::Solved);
        driveStep([](QDialog*) {}, &dlg, "caseReturnVisit");
        QCOMPARE(dlg.petitionCase().satisfaction, core::Satisfaction::Satisfied);
    }
    const auto stored = core::PetitionStore(t.db()).read(caseId);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(stored->answerText, QStringLiteral("arrears paid"));
    page.refresh();
    QCOMPARE(page.caseModel()->rowAt(0).status, core::CaseStatus::Answered);

    // The person editor's 信访 tab lists the case.
    ui::PersonPetitionsPanel panel(clerk);
    panel.setPerson(person);
    QCOMPARE(panel.caseModel()->rowCount(), 1);
    QCOMPARE(panel.caseModel()->rowAt(0).id, caseId);
}

void TstUiPetitions::directorCannotRegister()
{
    TestDb t;
    ApprovalFixture f(t);
    QVERIFY(f.ok);
    ui::Session director{&t.db(), f.director};
    ui::PetitionPage page(director);
    page.show();
    QVERIFY(!page.canHandle());
    auto* newCase = page.findChild<QPushButton*>("newCase");
    QVERIFY(newCase && !newCase->isVisibleTo(&page));
    QVERIFY(page.findChild<QLabel*>("petitionReadOnly"));
    QVERIFY(!page.openCase(0));
    ui::CaseDialog dlg(director, 0);
    QVERIFY(!dlg.save());
    QCOMPARE(core::PetitionListStore(t.db()).count(core::CaseFilter(), kToday).value(), 0);
}

void TstUiPetitions::caseListPagesLazily()
{
    TestDb t;
    ApprovalFixture f(t);
    QVERIFY(f.ok);
    QSet<qint64> made;
    for (int i = 0; i < 7; ++i)
        made << registerDirectly(t.db(), f.clerk, QStringLiteral("信访人%1").arg(i),
                                 QDateTime(kToday.addDays(-i % 3), QTime(8, 0)));
    QVERIFY(!made.contains(0));
    ui::CaseListModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(3);
    model.setFilter(core::CaseFilter());
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(model.totalCount(), 7);
    QCOMPARE(model.rowCount(), 3);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 7);
    QSet<qint64> seen;
    for (int r = 0; r < model.rowCount(); ++r) {
        seen << model.rowAt(r).id;
        if (r > 0)
            QVERIFY(model.rowAt(r - 1).receivedAt >= model.rowAt(r).receivedAt);
    }
    QCOMPARE(seen, made);
}

void TstUiPetitions::deadlineInWords()
{
    core::CaseLine l;
    QVERIFY(ui::CaseListModel::deadlineWords(l).isEmpty());
    l.deadline = QDate(2026, 11, 24);
    l.badge = core::DeadlineBadge::Overdue;
    l.daysLeft = -5;
    QCOMPARE(ui::CaseListModel::deadlineWords(l), QStringLiteral("2026-11-24 (5 day(s) overdue)"));
    l.badge = core::DeadlineBadge::Soon;
    l.daysLeft = 2;
    QCOMPARE(ui::CaseListModel::deadlineWords(l), QStringLiteral("2026-11-24 (2 day(s) left)"));
    l.group = true;
    l.beyond = core::BeyondLevel::None;
    l.repeat = true;
    QCOMPARE(ui::CaseListModel::flagWords(l), QStringLiteral("group、repeat"));
}

// The director names the section chief as the extension deputy on the page; the chief can then
// extend a case in its dialog; the clerk attaches a scanned letter to it.
void TstUiPetitions::directorNamesDeputyClerkAttaches()
{
    TestDb t;
    ApprovalFixture f(t);
    QVERIFY(f.ok);
    core::PetitionStore store(t.db());
    core::PetitionCase c;
    c.receivedAt = QDateTime(kToday.addDays(-20), QTime(9, 0));
    c.channel = core::PetitionChannel::Letter;
    c.subject = core::PetitionSubject::Benefit;
    core::Petitioner who;
    who.name = QStringLiteral("赵六");
    c.petitioners << who;
    c.summary = QStringLiteral("反映抚恤金未按时发放");
    auto id = store.registerCase(f.clerk, c);
    QVERIFY2(id, qPrintable(id.error()));
    QVERIFY(store.decide(f.clerk, id.value(), core::AcceptDecision::Accept, QString(),
                         kToday.addDays(-18), 0, QStringLiteral("张丽"), QStringLiteral("本局"),
                         QString()));

    ui::Session director{&t.db(), f.director};
    ui::PetitionPage page(director);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    bool handled = false;
    test::whenDialogOpens<QInputDialog>(
        this,
        [&](QInputDialog* d) {
            const QStringList items = d->comboBoxItems();
            QString chief;
            for (const QString& item : items)
                if (item.contains(QStringLiteral("李科长")))
                    chief = item;
            QVERIFY(!chief.isEmpty());
            d->setTextValue(chief);
            QMetaObject::invokeMethod(d, "accept");
        },
        &handled);
    click(&page, "extensionDeputy");
    QTRY_VERIFY(handled);
    QCOMPARE(store.extensionDeputy().value(), f.chief.userId);

    ui::Session chief{&t.db(), f.chief};
    {
        ui::CaseDialog dlg(chief, id.value());
        auto* extend = dlg.findChild<QPushButton*>("caseExtend");
        QVERIFY(extend && extend->isEnabled());
    }
    ui::Session clerk{&t.db(), f.clerk};
    {
        ui::CaseDialog dlg(clerk, id.value());
        auto* extend = dlg.findChild<QPushButton*>("caseExtend");
        QVERIFY(extend && !extend->isEnabled()); // the clerk does not approve extensions
        QTemporaryDir dir;
        const QString scan = dir.filePath(QStringLiteral("来信.png"));
        QImage image(40, 40, QImage::Format_RGB32);
        image.fill(Qt::white);
        QVERIFY(image.save(scan));
        bool chosen = false;
        test::whenDialogOpens<QFileDialog>(
            this,
            [&](QFileDialog* d) {
                auto* name = d->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
                QVERIFY(name);
                d->setDirectory(dir.path());
                name->setText(scan);
                QMetaObject::invokeMethod(d, "accept");
            },
            &chosen);
        dlg.show();
        dlg.tabs()->setCurrentIndex(1);
        click(&dlg, "caseAttach");
        QTRY_VERIFY(chosen);
        QTRY_VERIFY(
            dlg.findChild<QLabel*>("caseAttachments")->text().contains(QStringLiteral("来信")));
    }
    const core::PetitionCase read = store.read(id.value()).value();
    QCOMPARE(read.attachments.size(), 1);
    QCOMPARE(read.attachments.first().extension, QStringLiteral("png"));
}

QTEST_MAIN(TstUiPetitions)
#include "tst_ui_petitions.moc"
