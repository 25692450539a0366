// Masked citizen IDs never sit beside the birth date their stars hide (design §3): the
// registry list shows the year, the person editor shows the ID masked (the birth year only)
// until "Show", which needs Permission::RevealSensitive and is audited; saving without
// revealing keeps the stored number.
#include "archive/archivestore.h"
#include "audit/auditlog.h"
#include "dialogs/personeditor.h"
#include "models/registrymodel.h"
#include "registry/citizenid.h"
#include "registry/personstore.h"
#include "setupcheck.h"
#include "testdb.h"
#include "uidriver.h"
#include "widgets/archivepaperdata.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace youfu;
using core::Role;

class TstUiMasking : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void registryListShowsYearNotDate();
    void editorMasksIdAndBirthDate();
    void saveWithoutRevealKeepsTheId();
    void revealShowsAuditedAndAllowsChange();
    void noRevealWithoutPermission();
    void newPersonTypesTheFullId();
    void printingTheSheetIsAReveal();
    void archiveCoverMasksOrAudits();
};

namespace {
const QString kId = QStringLiteral("430581194912310030");
const QString kDate = QStringLiteral("1949-12-31");

struct Fixture
{
    Fixture()
    {
        clerk = t.addUser(QStringLiteral("liping"), Role::Clerk, QStringLiteral("李萍"));
        session.db = &t.db();
        session.actor = clerk;
        core::PersonDraft d;
        d.name = QStringLiteral("张建国");
        d.citizenId = kId;
        d.townshipCode = QStringLiteral("430581100");
        d.phone = QStringLiteral("13807391234");
        d.address = QStringLiteral("武冈市某路12号");
        auto r = core::PersonStore(t.db()).add(clerk, d);
        if (!r)
            YOUFU_SETUP_FAILED("add", r.error());
        id = r.id;
    }
    test::TestDb t;
    core::Actor clerk;
    ui::Session session;
    qint64 id = 0;
};

// Everything a person can read in the editor: fields, messages, header, history.
QStringList visibleTexts(QWidget* w)
{
    QStringList out;
    for (auto* e : w->findChildren<QLineEdit*>())
        out << e->text();
    for (auto* l : w->findChildren<QLabel*>())
        out << l->text();
    for (auto* tree : w->findChildren<QTreeWidget*>())
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            for (int c = 0; c < tree->columnCount(); ++c)
                out << tree->topLevelItem(i)->text(c) << tree->topLevelItem(i)->toolTip(c);
    return out;
}

int reveals(test::TestDb& t, qint64 id)
{
    int n = 0;
    for (const core::AuditEntry& e :
         core::AuditLog(t.db()).forEntity("person", QString::number(id)))
        n += e.action == QLatin1String("person.reveal") ? 1 : 0;
    return n;
}
} // namespace

void TstUiMasking::registryListShowsYearNotDate()
{
    Fixture f;
    QVERIFY(f.id > 0);
    ui::RegistryModel model(f.t.db());
    QCOMPARE(model.rowCount(), 1);
    for (int c = 0; c < model.columnCount(); ++c) {
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
            const QString text = model.index(0, c).data(role).toString();
            QVERIFY2(!text.contains(kDate) && !text.contains(QStringLiteral("12月31日")) &&
                         !text.contains(kId),
                     qPrintable(text));
        }
    }
    QCOMPARE(model.index(0, ui::RegistryModel::CitizenId).data().toString(),
             core::CitizenId::mask(kId));
    QVERIFY(model.index(0, ui::RegistryModel::BirthDate).data().toString().startsWith("1949"));
}

void TstUiMasking::editorMasksIdAndBirthDate()
{
    Fixture f;
    ui::PersonEditor ed(f.session, f.id);
    auto* idEdit = ed.findChild<QLineEdit*>(QStringLiteral("citizenId"));
    auto* birth = ed.findChild<QLineEdit*>(QStringLiteral("birthDate"));
    QCOMPARE(idEdit->text(), core::CitizenId::mask(kId));
    QVERIFY(idEdit->isReadOnly());
    QCOMPARE(birth->text(), QStringLiteral("1949"));
    QVERIFY(birth->isReadOnly());
    for (const QString& text : visibleTexts(&ed)) {
        QVERIFY2(!text.contains(kId) && !text.contains(kDate) && !text.contains("19491231"),
                 qPrintable(text));
    }
    auto* show = ed.findChild<QPushButton*>(QStringLiteral("showCitizenId"));
    QVERIFY(show);
    QVERIFY(show->isVisibleTo(&ed));
    QVERIFY(show->isEnabled());
    QCOMPARE(reveals(f.t, f.id), 0); // opening is no reveal
}

void TstUiMasking::saveWithoutRevealKeepsTheId()
{
    Fixture f;
    ui::PersonEditor ed(f.session, f.id);
    test::typeInto(&ed, "address", QStringLiteral("武冈市某路14号"));
    QVERIFY(ed.save());
    auto p = core::PersonStore(f.t.db()).byId(f.id);
    QVERIFY(p);
    QCOMPARE(p->citizenId, kId);
    QCOMPARE(p->birthDate, QDate(1949, 12, 31));
    QCOMPARE(p->address, QStringLiteral("武冈市某路14号"));
    QCOMPARE(reveals(f.t, f.id), 0);
    // Still masked after the save.
    QCOMPARE(ed.findChild<QLineEdit*>(QStringLiteral("citizenId"))->text(),
             core::CitizenId::mask(kId));
}

void TstUiMasking::revealShowsAuditedAndAllowsChange()
{
    Fixture f;
    ui::PersonEditor ed(f.session, f.id);
    ed.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ed));
    auto* show = ed.findChild<QPushButton*>(QStringLiteral("showCitizenId"));
    QVERIFY(show->isVisible());
    QTest::mouseClick(show, Qt::LeftButton);
    auto* idEdit = ed.findChild<QLineEdit*>(QStringLiteral("citizenId"));
    QCOMPARE(idEdit->text(), kId);
    QVERIFY(!idEdit->isReadOnly());
    QCOMPARE(ed.findChild<QLineEdit*>(QStringLiteral("birthDate"))->text(), kDate);
    QCOMPARE(ed.findChild<QLineEdit*>(QStringLiteral("phone"))->text(),
             QStringLiteral("13807391234"));
    QCOMPARE(reveals(f.t, f.id), 1);
    QVERIFY(!show->isVisible());
    // Now the number can be corrected.
    const QString first17 = kId.left(14) + QStringLiteral("051");
    const QString newId = first17 + core::CitizenId::checkCharacter(first17);
    test::typeInto(&ed, "citizenId", newId);
    QVERIFY(ed.save());
    QCOMPARE(core::PersonStore(f.t.db()).byId(f.id)->citizenId, newId);
}

void TstUiMasking::noRevealWithoutPermission()
{
    Fixture f;
    ui::Session director{&f.t.db(), f.t.addUser(QStringLiteral("juzhang"), Role::Director)};
    ui::PersonEditor ed(director, f.id);
    QCOMPARE(ed.findChild<QLineEdit*>(QStringLiteral("citizenId"))->text(),
             core::CitizenId::mask(kId));
    QCOMPARE(ed.findChild<QLineEdit*>(QStringLiteral("birthDate"))->text(), QStringLiteral("1949"));
    QVERIFY(!ed.findChild<QPushButton*>(QStringLiteral("showCitizenId"))->isEnabled());
    for (const QString& text : visibleTexts(&ed))
        QVERIFY2(!text.contains(kId) && !text.contains(kDate), qPrintable(text));
}

void TstUiMasking::newPersonTypesTheFullId()
{
    Fixture f;
    ui::PersonEditor ed(f.session, 0);
    auto* idEdit = ed.findChild<QLineEdit*>(QStringLiteral("citizenId"));
    QVERIFY(!idEdit->isReadOnly());
    QVERIFY(!ed.findChild<QPushButton*>(QStringLiteral("showCitizenId"))->isVisibleTo(&ed));
    const QString id = QStringLiteral("11010519491231002X");
    test::typeInto(&ed, "citizenId", id);
    QCOMPARE(idEdit->text(), id);
    QCOMPARE(ed.findChild<QLineEdit*>(QStringLiteral("birthDate"))->text(), kDate);
}

void TstUiMasking::printingTheSheetIsAReveal()
{
    Fixture f;
    {
        ui::PersonEditor ed(f.session, f.id);
        auto* print = ed.findChild<QPushButton*>(QStringLiteral("printSheet"));
        QVERIFY(print->isEnabled());
        test::ModalDriver drive;
        drive.whenOpen(nullptr, [](QDialog* preview) { preview->reject(); });
        print->click();
        QVERIFY2(drive.ok(), drive.problem());
        QCOMPARE(reveals(f.t, f.id), 1);
        QCOMPARE(ed.findChild<QLineEdit*>(QStringLiteral("citizenId"))->text(), kId);
    }
    // Whoever may not see the full number cannot print it either.
    ui::Session director{&f.t.db(), f.t.addUser(QStringLiteral("juzhang"), Role::Director)};
    ui::PersonEditor ed(director, f.id);
    QVERIFY(!ed.findChild<QPushButton*>(QStringLiteral("printSheet"))->isEnabled());
    QCOMPARE(reveals(f.t, f.id), 1);
}

void TstUiMasking::archiveCoverMasksOrAudits()
{
    Fixture f;
    auto archive = core::ArchiveStore(f.t.db()).open(f.clerk, f.id, {});
    QVERIFY2(archive, qPrintable(archive.error()));
    // Whoever may not reveal: the masked number beside the year only, nothing on the record.
    ui::Session director{&f.t.db(), f.t.addUser(QStringLiteral("juzhang"), Role::Director)};
    const core::ArchivePaperData masked = ui::archivePaperData(director, archive.value()).value();
    QCOMPARE(masked.citizenId, core::CitizenId::mask(kId));
    QCOMPARE(masked.birthDate, QStringLiteral("1949年"));
    int revealed = 0;
    auto reveals = [&] {
        int n = 0;
        for (const core::AuditEntry& e :
             core::AuditLog(f.t.db()).forEntity("person", QString::number(f.id)))
            n += e.action == QLatin1String("sensitive.reveal") ? 1 : 0;
        return n;
    };
    QCOMPARE(reveals(), revealed);
    // The clerk's cover shows the full number, and the showing is audited.
    const core::ArchivePaperData full = ui::archivePaperData(f.session, archive.value()).value();
    QCOMPARE(full.citizenId, kId);
    QCOMPARE(full.birthDate, QStringLiteral("1949年12月31日"));
    QCOMPARE(reveals(), ++revealed);
    // The catalogue shows neither, and reveals nothing.
    const core::ArchivePaperData catalogue =
        ui::archivePaperData(f.session, archive.value(), false).value();
    QVERIFY(catalogue.citizenId.isEmpty() && catalogue.birthDate.isEmpty());
    QCOMPARE(reveals(), revealed);
}

QTEST_MAIN(TstUiMasking)
#include "tst_ui_masking.moc"
