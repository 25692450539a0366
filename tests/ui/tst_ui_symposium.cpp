// Symposiums (座谈会, issue 12) in the window: a clerk records one with two registry persons as
// representatives, a staff member and an issue, by keys and clicks; it is listed; its minutes
// (纪要) preview and print to PDF; a director opens it read-only.
#include "approvalfixture.h"
#include "report/documentrenderer.h"
#include "uidriver.h"
#include "visit/symposiumdialog.h"
#include "visit/symposiumpanel.h"
#include "visit/symposiumstore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
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

bool enabled(QWidget* w, const char* name)
{
    auto* b = w->findChild<QPushButton*>(name);
    return b && b->isEnabled();
}

// The access keys (&X) of the labels and buttons under `w`, upper-cased; duplicates stay.
QString accessKeys(QWidget* w)
{
    QStringList texts;
    for (QLabel* l : w->findChildren<QLabel*>())
        texts << l->text();
    for (QAbstractButton* b : w->findChildren<QAbstractButton*>())
        texts << b->text();
    QString keys;
    for (const QString& t : texts)
        for (qsizetype i = 0; i + 1 < t.size(); ++i)
            if (t.at(i) == QLatin1Char('&')) {
                if (t.at(i + 1) != QLatin1Char('&'))
                    keys += t.at(i + 1).toUpper();
                ++i;
            }
    return keys;
}

bool unique(const QString& keys)
{
    for (QChar c : keys)
        if (keys.count(c) > 1)
            return false;
    return true;
}

// Types a name into the search, Enter, then "Add person" with whom they represent.
void addPerson(ui::SymposiumDialog* d, const QString& name, const QString& represents)
{
    test::typeInto(d, "personSearch", name);
    QTest::keyClick(d->findChild<QLineEdit*>("personSearch"), Qt::Key_Return);
    QVERIFY(d->findChild<QListView*>("personMatches")->model()->rowCount() > 0);
    test::typeInto(d, "represents", represents);
    clickNamed(d, "addPerson");
}
} // namespace

class TstUiSymposium : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clerkRecordsDirectorReads();
};

void TstUiSymposium::clerkRecordsDirectorReads()
{
    TestDb t;
    ApprovalFixture f(t);
    const qint64 zhao = f.person(QStringLiteral("赵建国"), 1);
    const qint64 qian = f.person(QStringLiteral("钱卫东"), 3, true);
    QVERIFY(f.ok);

    ui::Session clerk{&t.db(), f.clerk};
    ui::SymposiumPanel panel(clerk);
    panel.resize(1200, 600);
    panel.show();
    panel.findChild<QSpinBox*>("year")->setValue(2026);
    QVERIFY(!enabled(&panel, "printMinutes")); // nothing chosen yet
    QVERIFY2(unique(accessKeys(&panel)), qPrintable(accessKeys(&panel)));
    bool handled = false;
    test::whenDialogOpens<ui::SymposiumDialog>(
        &panel,
        [&](ui::SymposiumDialog* d) {
            QVERIFY(!d->isReadOnly());
            const QString keys = accessKeys(d);
            QVERIFY2(unique(keys), qPrintable(keys));
            QVERIFY(keys.size() >= 15);
            d->findChild<QDateEdit*>("heldOn")->setDate(QDate(2026, 7, 30));
            auto* kind = d->findChild<QComboBox*>("kind");
            kind->setCurrentIndex(kind->findData(int(core::SymposiumKind::Bayi)));
            QVERIFY(d->findChild<QLineEdit*>("title")->text().startsWith(QStringLiteral("2026")));
            test::typeInto(d, "place", QStringLiteral("局三楼会议室"));
            test::typeInto(d, "chair", QStringLiteral("刘局长"));
            test::typeInto(d, "recorder", QStringLiteral("王经办"));
            addPerson(d, QStringLiteral("赵建国"), QStringLiteral("参战退役人员代表"));
            addPerson(d, QStringLiteral("钱卫东"), QStringLiteral("伤残军人代表"));
            test::typeInto(d, "staffName", QStringLiteral("陈副局长"));
            test::typeInto(d, "represents", QStringLiteral("民政局副局长"));
            clickNamed(d, "addStaff");
            QCOMPARE(d->findChild<QTableWidget*>("attendees")->rowCount(), 3);
            test::typeInto(d, "raisedBy", QStringLiteral("赵建国"));
            test::typeInto(d, "issue", QStringLiteral("看病报销手续繁琐"));
            test::typeInto(d, "answer", QStringLiteral("将协调医保部门简化手续"));
            auto* follow = d->findChild<QComboBox*>("followUp");
            follow->setCurrentIndex(follow->findData(int(core::FollowUpKind::ChiefNote)));
            test::typeInto(d, "followNote", QStringLiteral("请科长联系医保局"));
            clickNamed(d, "addIssue");
            QCOMPARE(d->findChild<QTableWidget*>("issues")->rowCount(), 1);
            // Fits the smallest screen (1280×680).
            QVERIFY(d->minimumSizeHint().width() <= 1280);
            QVERIFY(d->minimumSizeHint().height() <= 680);
            if (const QByteArray shot = qgetenv("YOUFU_SHOT"); !shot.isEmpty())
                d->grab().save(QString::fromLocal8Bit(shot));
            clickNamed(d, "saveSymposium");
            QCOMPARE(test::visibleError(d), QString());
            QVERIFY(!d->isVisible());
        },
        &handled);
    clickNamed(&panel, "newSymposium");
    QVERIFY(handled);

    // Listed and chosen; the store holds what was typed.
    auto* table = panel.findChild<QTableWidget*>("symposiums");
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("局三楼会议室"));
    const qint64 id = panel.currentSymposiumId();
    QVERIFY(id > 0);
    auto s = core::SymposiumStore(t.db()).byId(id);
    QVERIFY(s);
    QCOMPARE(s->kind, core::SymposiumKind::Bayi);
    QCOMPARE(s->attendees.size(), 3);
    QCOMPARE(s->attendees.at(0).personId, zhao);
    QCOMPARE(s->attendees.at(0).name, QStringLiteral("赵建国")); // the name, not the list's line
    QCOMPARE(s->attendees.at(1).personId, qian);
    QCOMPARE(s->attendees.at(1).represents, QStringLiteral("伤残军人代表"));
    QCOMPARE(s->attendees.at(2).personId, qint64(0));
    QCOMPARE(s->issues.size(), 1);
    QCOMPARE(s->issues.at(0).followUp, core::FollowUpKind::ChiefNote);
    QCOMPARE(s->issues.at(0).answer, QStringLiteral("将协调医保部门简化手续"));

    // The minutes: the preview opens; the same document goes to PDF.
    test::ModalDriver drive;
    drive.whenOpen([] { return qobject_cast<QDialog*>(QApplication::activeModalWidget()); },
                   [](QDialog* d) { QVERIFY(qobject_cast<QPrintPreviewDialog*>(d)); });
    clickNamed(&panel, "printMinutes");
    QVERIFY2(drive.ok(), drive.problem());
    const QString path = t.dir() + QStringLiteral("/minutes.pdf");
    QVERIFY(core::renderToPdf(panel.minutes(), path));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.size() > 1000);
    if (const QByteArray keep = qgetenv("YOUFU_KEEP_PDF"); !keep.isEmpty())
        QVERIFY(QFile::copy(path, QString::fromLocal8Bit(keep)));

    // The director reads: no new record, the dialog opens read-only with nothing to save.
    ui::Session director{&t.db(), f.director};
    ui::SymposiumPanel read(director);
    read.show();
    read.findChild<QSpinBox*>("year")->setValue(2026);
    QVERIFY(!enabled(&read, "newSymposium"));
    QVERIFY(read.selectSymposium(id));
    QVERIFY(enabled(&read, "printMinutes"));
    handled = false;
    test::whenDialogOpens<ui::SymposiumDialog>(
        &read,
        [&](ui::SymposiumDialog* d) {
            QVERIFY(d->isReadOnly());
            QVERIFY(!d->findChild<QPushButton*>("saveSymposium"));
            QVERIFY(!enabled(d, "addPerson"));
            QVERIFY(!enabled(d, "addIssue"));
            QVERIFY(d->findChild<QLineEdit*>("place")->isReadOnly());
            QCOMPARE(d->findChild<QTableWidget*>("attendees")->rowCount(), 3);
            QCOMPARE(d->findChild<QTableWidget*>("issues")->rowCount(), 1);
            d->reject();
        },
        &handled);
    clickNamed(&read, "openSymposium");
    QVERIFY(handled);
    // And the store refuses the director's write too.
    QVERIFY(!core::SymposiumStore(t.db()).save(f.director, s.value()));
}

QTEST_MAIN(TstUiSymposium)
#include "tst_ui_symposium.moc"
