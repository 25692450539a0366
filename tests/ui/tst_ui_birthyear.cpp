// While the citizen ID is masked the editor shows only the birth year, and its label says so
// (出生年份), not 出生日期 above a bare year.
#include "dialogs/personeditor.h"
#include "registry/personstore.h"
#include "setupcheck.h"
#include "testdb.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace youfu;
using core::Role;

namespace {

QString labelOf(QWidget* root, const char* fieldName)
{
    auto* field = root->findChild<QWidget*>(QLatin1String(fieldName));
    if (!field)
        return QStringLiteral("(no field)");
    for (QLabel* l : root->findChildren<QLabel*>())
        if (l->buddy() == field)
            return l->text();
    return QStringLiteral("(no label)");
}

} // namespace

class TstUiBirthYear : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void maskedIdShowsBirthYearLabel();
};

void TstUiBirthYear::maskedIdShowsBirthYearLabel()
{
    test::TestDb t;
    const core::Actor clerk =
        t.addUser(QStringLiteral("liping"), Role::Clerk, QStringLiteral("李萍"));
    core::PersonDraft d;
    d.name = QStringLiteral("张建国");
    d.citizenId = QStringLiteral("430581194912310030");
    d.townshipCode = QStringLiteral("430581100");
    auto r = core::PersonStore(t.db()).add(clerk, d);
    QVERIFY2(r.isOk(), qPrintable(r.error()));
    ui::Session session;
    session.db = &t.db();
    session.actor = clerk;
    {
        ui::PersonEditor ed(session, r.id);
        QCOMPARE(ed.findChild<QLineEdit*>(QStringLiteral("birthDate"))->text(),
                 QStringLiteral("1949"));
        QCOMPARE(labelOf(&ed, "birthDate"), QStringLiteral("&Birth year:"));
    }
    {
        ui::PersonEditor ed(session, 0); // a new person: the full date is typed
        QCOMPARE(labelOf(&ed, "birthDate"), QStringLiteral("&Born:"));
    }
}

QTEST_MAIN(TstUiBirthYear)
#include "tst_ui_birthyear.moc"
