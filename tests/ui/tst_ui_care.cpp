// The 关爱服务 page's recuperation and medical registers as a clerk uses them: a settlement typed
// into the dialog (the cap shown, a reason asked when the subsidy goes over it), voided with a
// reason; a batch planned, persons ticked from the candidates (a reason asked for one sent
// again within the interval), attendance recorded; the person editor's care tab; a reader sees
// no write button.
#include "testdb.h"
#include "uidriver.h"

#include "app/homecards.h"
#include "care/candidatesdialog.h"
#include "care/medicallistmodel.h"
#include "care/medicalpanel.h"
#include "care/medicalstore.h"
#include "care/recuperationpanel.h"
#include "care/recuperationstore.h"
#include "dialogs/personeditor.h"
#include "models/recordtablemodel.h"
#include "pages/carepage.h"
#include "registry/demogenerator.h"
#include "security/role.h"
#include "widgets/personcarepanel.h"
#include "widgets/personchooser.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace youfu;
using namespace youfu::core;

namespace {
void clickNamed(QWidget* w, const char* name)
{
    auto* b = w->findChild<QPushButton*>(name);
    QVERIFY2(b, name);
    QVERIFY2(b->isVisibleTo(w), name);
    QVERIFY2(b->isEnabled(), name);
    QTest::mouseClick(b, Qt::LeftButton);
}

void typeMoney(QWidget* parent, const char* name, const QString& yuan)
{
    auto* box = parent->findChild<QDoubleSpinBox*>(name);
    QVERIFY2(box, name);
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, yuan);
    box->interpretText();
}

QList<qint64> personIds(test::TestDb& t, int n)
{
    QList<qint64> ids;
    QSqlQuery q(t.db().connection());
    q.exec(QStringLiteral("SELECT id FROM persons WHERE status = 'active' AND EXISTS (SELECT 1 "
                          "FROM person_categories pc WHERE pc.person_id = persons.id AND "
                          "pc.end_date IS NULL) ORDER BY id LIMIT %1")
               .arg(n));
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QString nameOf(test::TestDb& t, qint64 id)
{
    QSqlQuery q(t.db().connection());
    q.exec(QStringLiteral("SELECT name FROM persons WHERE id = %1").arg(id));
    return q.next() ? q.value(0).toString() : QString();
}
} // namespace

class TstUiCare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void clerkRecordsASettlementOverTheCap();
    void clerkVoidsASettlement();
    void lazyListPagesAndPassesTheTester();
    void clerkPlansABatchAndAddsPersons();
    void attendanceIsRecorded();
    void readerSeesNoWriteButton();
    void personEditorShowsCare();
    void homeCardForABatchStartingSoon();

private:
    std::unique_ptr<test::TestDb> m_t;
    Actor m_clerk;
    QList<qint64> m_ids;
};

void TstUiCare::init()
{
    m_t = std::make_unique<test::TestDb>();
    m_clerk = m_t->addUser("zhangli", Role::Clerk, QStringLiteral("张丽"));
    QVERIFY(DemoGenerator::generate(m_t->db(), m_clerk, 30, 7));
    m_ids = personIds(*m_t, 6);
    QCOMPARE(m_ids.size(), 6);
}

void TstUiCare::cleanup()
{
    test::closeModalDialogs();
    m_t.reset();
}

void TstUiCare::clerkRecordsASettlementOverTheCap()
{
    MedicalDraft earlier;
    earlier.personId = m_ids[0];
    earlier.hospital = QStringLiteral("武冈市人民医院");
    earlier.admittedOn = QDate(2026, 3, 1);
    earlier.dischargedOn = QDate(2026, 3, 9);
    earlier.settledOn = QDate(2026, 3, 9);
    earlier.insuranceFen = 300000;
    earlier.subsidyFen = 800000;
    earlier.totalFen = 1100000;
    QVERIFY(MedicalStore(m_t->db()).add(m_clerk, earlier));

    ui::Session s{&m_t->db(), m_clerk};
    ui::CarePage page(s);
    page.resize(1280, 680);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.openView(QStringLiteral("medical")));
    auto* panel = qobject_cast<ui::MedicalPanel*>(page.panel(QStringLiteral("medical")));
    QVERIFY(panel);
    QCOMPARE(page.tabs()->currentWidget(), panel);
    QCOMPARE(panel->model()->rowCount(), 1);

    const QString name = nameOf(*m_t, m_ids[0]);
    QString capText;
    QString firstError;
    test::ModalDriver drive;
    drive.whenOpen(nullptr, [&](QDialog* d) {
        auto* chooser = d->findChild<ui::PersonChooser*>("medicalPerson");
        QVERIFY(chooser);
        chooser->setPersonIds({m_ids[0]});
        test::typeInto(d, "medicalHospitalEdit", QStringLiteral("邵阳市中心医院"));
        auto* admitted = d->findChild<QDateEdit*>("medicalAdmitted");
        admitted->setDate(QDate(2026, 10, 2));
        d->findChild<QDateEdit*>("medicalDischarged")->setDate(QDate(2026, 10, 12));
        d->findChild<QDateEdit*>("medicalSettled")->setDate(QDate(2026, 10, 12));
        typeMoney(d, "medicalTotal", QStringLiteral("9000"));
        typeMoney(d, "medicalInsurance", QStringLiteral("5000"));
        typeMoney(d, "medicalSubsidy", QStringLiteral("3000"));
        typeMoney(d, "medicalSelf", QStringLiteral("1000"));
        capText = d->findChild<QLabel*>("medicalCap")->text();
        test::clickOk(static_cast<QDialog*>(d));
        firstError = test::visibleError(d);
        QVERIFY(d->isVisible());
        test::typeInto(d, "medicalCapReason", QStringLiteral("重大疾病，局务会研究同意"));
        test::clickOk(static_cast<QDialog*>(d));
        QVERIFY2(!d->isVisible(), qPrintable(test::visibleError(d)));
    });
    clickNamed(panel, "medicalNew");
    QVERIFY2(drive.ok(), drive.problem());
    QVERIFY2(capText.contains(QStringLiteral("2,000.00")), qPrintable(capText)); // left
    QVERIFY2(firstError.contains(QStringLiteral("cap")), qPrintable(firstError));
    QCOMPARE(panel->model()->rowCount(), 2);
    if (qEnvironmentVariableIsSet("YOUFU_CARE_SHOTS"))
        page.grab().save(QStringLiteral("/tmp/recup-medical.png"));
    const auto& top = panel->model()->rowAt(0);
    QCOMPARE(top.name, name);
    QCOMPARE(top.subsidyFen, qint64(300000));
    QCOMPARE(top.capOverride, QStringLiteral("重大疾病，局务会研究同意"));
    QVERIFY(panel->view()->currentIndex().isValid());
    auto* year = panel->findChild<QLabel*>("medicalPersonYear");
    QVERIFY2(year->text().contains(QStringLiteral("11,000.00")), qPrintable(year->text()));
}

void TstUiCare::clerkVoidsASettlement()
{
    MedicalDraft d;
    d.personId = m_ids[1];
    d.hospital = QStringLiteral("武冈市中医医院");
    d.admittedOn = d.dischargedOn = d.settledOn = QDate(2026, 5, 5);
    d.totalFen = d.subsidyFen = 12345;
    const qint64 id = MedicalStore(m_t->db()).add(m_clerk, d).value();
    ui::Session s{&m_t->db(), m_clerk};
    ui::CarePage page(s);
    page.show();
    QVERIFY(page.openView(QStringLiteral("medical")));
    auto* panel = qobject_cast<ui::MedicalPanel*>(page.panel(QStringLiteral("medical")));
    panel->view()->setCurrentIndex(panel->model()->index(0, 0));
    test::ModalDriver drive;
    drive.whenOpen(nullptr, [&](QDialog* dlg) {
        auto* input = qobject_cast<QInputDialog*>(dlg);
        QVERIFY(input);
        input->setTextValue(QStringLiteral("医院退回重开"));
        input->accept();
    });
    clickNamed(panel, "medicalVoid");
    QVERIFY2(drive.ok(), drive.problem());
    QVERIFY(MedicalStore(m_t->db()).settlement(id)->voided);
    QVERIFY(panel->model()->rowAt(0).voided);
    QVERIFY(panel->model()
                ->data(panel->model()->index(0, ui::MedicalListModel::Remark))
                .toString()
                .contains(QStringLiteral("医院退回重开")));
}

void TstUiCare::lazyListPagesAndPassesTheTester()
{
    MedicalStore store(m_t->db());
    for (int i = 0; i < 23; ++i) {
        MedicalDraft d;
        d.personId = m_ids[i % 6];
        d.hospital = QStringLiteral("武冈市人民医院");
        d.admittedOn = d.dischargedOn = d.settledOn = QDate(2026, 1 + i % 11, 1 + i);
        d.totalFen = d.subsidyFen = 100 + i;
        QVERIFY(store.add(m_clerk, d));
    }
    ui::MedicalListModel model(m_t->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(7);
    model.setFilter(MedicalFilter{});
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.totalCount(), 23);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 23);
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.rowAt(r - 1).settledOn >= model.rowAt(r).settledOn);
    MedicalFilter f;
    f.text = nameOf(*m_t, m_ids[0]);
    model.setFilter(f);
    QVERIFY(model.rowCount() >= 4);
}

void TstUiCare::clerkPlansABatchAndAddsPersons()
{
    // ids[0] went last spring: within two years of a batch next month.
    RecuperationStore store(m_t->db());
    m_t->clock().set(QDateTime(QDate(2026, 4, 1), QTime(2, 0), Qt::UTC));
    BatchDraft spring;
    spring.title = QStringLiteral("2026年春季短期疗养");
    spring.place = QStringLiteral("南岳优抚疗养中心");
    spring.startsOn = QDate(2026, 4, 10);
    spring.endsOn = QDate(2026, 4, 16);
    const qint64 done = store.addBatch(m_clerk, spring).value();
    QVERIFY(store.addParticipants(m_clerk, done, {{m_ids[0], {}, {}}}));
    m_t->clock().set(QDateTime(QDate(2026, 4, 20), QTime(2, 0), Qt::UTC));
    QVERIFY(store.recordAttendance(m_clerk, done, {{m_ids[0], true, 150000}}));
    m_t->clock().set(QDateTime(QDate(2026, 11, 29), QTime(2, 0), Qt::UTC));

    ui::Session s{&m_t->db(), m_clerk};
    ui::CarePage page(s);
    page.resize(1280, 680);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.openView(QStringLiteral("recuperation")));
    auto* panel = qobject_cast<ui::RecuperationPanel*>(page.panel(QStringLiteral("recuperation")));
    QVERIFY(panel);
    QCOMPARE(panel->batchModel()->rowCount(), 1);

    test::ModalDriver newBatch;
    newBatch.whenOpen(nullptr, [&](QDialog* d) {
        test::typeInto(d, "batchTitle", QStringLiteral("2026年冬季短期疗养"));
        test::typeInto(d, "batchPlace", QStringLiteral("张家界疗养院"));
        d->findChild<QDateEdit*>("batchStarts")->setDate(QDate(2026, 12, 8));
        d->findChild<QDateEdit*>("batchEnds")->setDate(QDate(2026, 12, 14));
        test::typeInto(d, "batchEscort", QStringLiteral("张丽"));
        test::clickOk(static_cast<QDialog*>(d));
        QVERIFY2(!d->isVisible(), qPrintable(test::visibleError(d)));
    });
    clickNamed(panel, "recuperationNew");
    QVERIFY2(newBatch.ok(), newBatch.problem());
    QCOMPARE(panel->batchModel()->rowCount(), 2);
    const qint64 batchId = panel->currentBatchId();
    QVERIFY(batchId != done);

    QString warning;
    QString firstError;
    test::ModalDriver add;
    add.whenOpen(nullptr, [&](QDialog* d) {
        auto* c = qobject_cast<ui::CandidatesDialog*>(d);
        QVERIFY(c);
        QVERIFY(c->tick(m_ids[0]));
        QVERIFY(c->tick(m_ids[1]));
        warning = d->findChild<QLabel*>("candidateWarning")->text();
        test::clickOk(c);
        firstError = test::visibleError(d);
        QVERIFY(d->isVisible());
        test::typeInto(d, "candidateReason", QStringLiteral("旧伤复发，医院建议继续疗养"));
        test::clickOk(c);
        QVERIFY2(!d->isVisible(), qPrintable(test::visibleError(d)));
    });
    clickNamed(panel, "recuperationAdd");
    QVERIFY2(add.ok(), add.problem());
    QVERIFY2(warning.contains(nameOf(*m_t, m_ids[0])), qPrintable(warning));
    QVERIFY2(firstError.contains(QStringLiteral("reason")), qPrintable(firstError));
    QCOMPARE(panel->personModel()->rowCount(), 2);
    if (qEnvironmentVariableIsSet("YOUFU_CARE_SHOTS")) // to look at the page
        page.grab().save(QStringLiteral("/tmp/recup-recuperation.png"));
    const auto people = store.participants(batchId).value();
    QCOMPARE(people.size(), 2);
    for (const auto& p : people)
        QCOMPARE(p.overrideReason.isEmpty(), p.personId != m_ids[0]);
    // The page's view "recuperation:batch:<id>" opens at the batch.
    QVERIFY(page.openView(QStringLiteral("recuperation:batch:%1").arg(done)));
    QCOMPARE(panel->currentBatchId(), done);
}

void TstUiCare::attendanceIsRecorded()
{
    RecuperationStore store(m_t->db());
    BatchDraft b;
    b.title = QStringLiteral("2026年秋季短期疗养");
    b.place = QStringLiteral("南岳优抚疗养中心");
    b.startsOn = QDate(2026, 11, 20);
    b.endsOn = QDate(2026, 11, 26);
    const qint64 id = store.addBatch(m_clerk, b).value();
    QVERIFY(store.addParticipants(m_clerk, id, {{m_ids[2], {}, {}}, {m_ids[3], {}, {}}}));
    ui::Session s{&m_t->db(), m_clerk};
    ui::CarePage page(s);
    page.show();
    QVERIFY(page.openView(QStringLiteral("recuperation:batch:%1").arg(id)));
    auto* panel = qobject_cast<ui::RecuperationPanel*>(page.panel(QStringLiteral("recuperation")));
    test::ModalDriver drive;
    drive.whenOpen(nullptr, [&](QDialog* d) {
        auto* table = d->findChild<QTableWidget*>("attendanceTable");
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        for (int r = 0; r < 2; ++r) {
            auto* spin = qobject_cast<QDoubleSpinBox*>(table->cellWidget(r, 2));
            spin->setFocus();
            spin->selectAll();
            QTest::keyClicks(spin, QStringLiteral("1850.5"));
        }
        table->item(1, 1)->setCheckState(Qt::Unchecked);
        test::clickOk(static_cast<QDialog*>(d));
        QVERIFY2(!d->isVisible(), qPrintable(test::visibleError(d)));
    });
    clickNamed(panel, "recuperationAttendance");
    QVERIFY2(drive.ok(), drive.problem());
    const auto done = store.batch(id).value();
    QCOMPARE(done.state, BatchState::Done);
    QCOMPARE(done.attended, 1);
    QCOMPARE(done.costFen, qint64(185050));
    QVERIFY(!panel->findChild<QPushButton*>("recuperationAdd")->isEnabled());
}

void TstUiCare::readerSeesNoWriteButton()
{
    const Actor reader = m_t->addUser("wangjian", Role::Inspector, QStringLiteral("王健"));
    ui::Session s{&m_t->db(), reader};
    ui::CarePage page(s);
    page.show();
    QVERIFY(page.openView(QStringLiteral("recuperation")));
    auto* recup = page.panel(QStringLiteral("recuperation"));
    for (const char* name : {"recuperationNew", "recuperationAdd", "recuperationRemove",
                             "recuperationAttendance", "recuperationCancel"})
        QVERIFY2(!recup->findChild<QPushButton*>(name)->isVisibleTo(recup), name);
    QVERIFY(recup->findChild<QPushButton*>("recuperationExport")->isVisibleTo(recup));
    auto* medical = page.panel(QStringLiteral("medical"));
    QVERIFY(!medical->findChild<QPushButton*>("medicalNew")->isVisibleTo(medical));
    QVERIFY(!medical->findChild<QPushButton*>("medicalVoid")->isVisibleTo(medical));
    QVERIFY(medical->findChild<QPushButton*>("medicalExport")->isVisibleTo(medical));
}

void TstUiCare::personEditorShowsCare()
{
    MedicalDraft d;
    d.personId = m_ids[4];
    d.hospital = QStringLiteral("武冈市人民医院");
    d.admittedOn = d.dischargedOn = d.settledOn = QDate(2026, 6, 6);
    d.totalFen = 500000;
    d.insuranceFen = 300000;
    d.subsidyFen = 150000;
    d.selfFen = 50000;
    QVERIFY(MedicalStore(m_t->db()).add(m_clerk, d));
    ui::Session s{&m_t->db(), m_clerk};
    ui::PersonEditor editor(s, m_ids[4]);
    auto* care = editor.findChild<ui::PersonCarePanel*>();
    QVERIFY(care);
    auto* tabs = editor.findChild<QTabWidget*>("personTabs");
    QVERIFY(tabs->indexOf(care) >= 0);
    QCOMPARE(care->model()->rowCount(), 1);
    QVERIFY(care->model()->rowAt(0).cells.value(2).contains(QStringLiteral("武冈市人民医院")));
    QCOMPARE(care->model()->rowAt(0).cells.value(3), QStringLiteral("1,500.00"));
}

void TstUiCare::homeCardForABatchStartingSoon()
{
    ui::Session s{&m_t->db(), m_clerk};
    const QString title = QStringLiteral("Recuperation batch starting soon");
    auto find = [&]() -> std::optional<ui::HomeCard> {
        for (const ui::HomeCard& c : ui::homeCards(s))
            if (c.title == title)
                return c;
        return std::nullopt;
    };
    QVERIFY(!find()); // none planned
    RecuperationStore store(m_t->db());
    BatchDraft b;
    b.title = QStringLiteral("2026年12月短期疗养");
    b.place = QStringLiteral("南岳优抚疗养中心");
    b.startsOn = m_t->clock().today().addDays(15); // not yet within 14 days
    b.endsOn = b.startsOn.addDays(6);
    const qint64 id = store.addBatch(m_clerk, b).value();
    QVERIFY(!find());
    m_t->clock().advanceDays(1);
    const auto card = find();
    QVERIFY(card);
    QCOMPARE(card->page, QStringLiteral("carePage"));
    QCOMPARE(card->view, QStringLiteral("recuperation:batch:%1").arg(id));
    QVERIFY(card->hint.contains(b.title));
    ui::CarePage page(s);
    QVERIFY(page.openView(card->view));
    auto* panel = qobject_cast<ui::RecuperationPanel*>(page.panel(QStringLiteral("recuperation")));
    QCOMPARE(panel->currentBatchId(), id);
}

QTEST_MAIN(TstUiCare)
#include "tst_ui_care.moc"
