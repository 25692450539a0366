// What a person reads says names and words, never logins or the program's codes: the reason the
// program writes on registration is a stable code shown in the reader's language, and lists
// and papers name the user who acted.
#include "db/database.h"
#include "policy/policystore.h"
#include "registry/personstatus.h"
#include "registry/personstore.h"
#include "registry/personsummarysheet.h"
#include "testdb.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTest>
#include <QTranslator>

using namespace youfu;
using core::Role;

namespace {

// Stands in for the Chinese translation of the registry's words.
class ChineseRegistry : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* = nullptr,
                      int = -1) const override
    {
        if (QByteArray(context) == "youfu::core::PersonStore" && QByteArray(source) == "registered")
            return QString::fromUtf8("新登记");
        return QString();
    }
    bool isEmpty() const override { return false; }
};

core::PersonDraft draft()
{
    core::PersonDraft d;
    d.name = QString::fromUtf8("李建国");
    d.citizenId = QStringLiteral("430581195203140010");
    d.townshipCode = QStringLiteral("430581001");
    d.villageCode = QStringLiteral("430581001001");
    return d;
}

QString storedReasons(core::Database& db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT group_concat(reason, '|') FROM person_status_changes"));
    return q.next() ? q.value(0).toString() : QStringLiteral("(unreadable)");
}

} // namespace

class TestReaderWords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void registrationReasonStoredAsCode();
    void storedReasonShownInReadersLanguage_data();
    void storedReasonShownInReadersLanguage();
    void summarySheetSaysWordsAndNames();
    void standardsNameWhoEnteredThem();
};

void TestReaderWords::registrationReasonStoredAsCode()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"));
    ChineseRegistry zh;
    QCoreApplication::installTranslator(&zh);
    auto r = core::PersonStore(t.db()).add(clerk, draft());
    QCoreApplication::removeTranslator(&zh);
    QVERIFY2(r.isOk(), qPrintable(r.error()));
    // Stored the same whoever's language was on screen.
    QCOMPARE(storedReasons(t.db()), QStringLiteral("registered"));
    auto history = core::PersonStore(t.db()).statusHistory(r.id);
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(core::statusReasonText(history->first().reason), QStringLiteral("registered"));
    QCOMPARE(history->first().recordedBy, QString::fromUtf8("张丽"));
}

void TestReaderWords::storedReasonShownInReadersLanguage_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<QString>("screen");
    QTest::addColumn<QString>("paper");
    const QString xin = QString::fromUtf8("新登记");
    const QString own = QString::fromUtf8("病故");
    QTest::newRow("code, English") << "registered" << false << "registered" << xin;
    QTest::newRow("code, Chinese") << "registered" << true << xin << xin;
    QTest::newRow("old Chinese row, English") << xin << false << "registered" << xin;
    QTest::newRow("old Chinese row, Chinese") << xin << true << xin << xin;
    QTest::newRow("clerk's own reason") << own << true << own << own;
    QTest::newRow("empty") << QString() << false << QString() << QString();
}

void TestReaderWords::storedReasonShownInReadersLanguage()
{
    QFETCH(QString, stored);
    QFETCH(bool, chinese);
    QFETCH(QString, screen);
    QFETCH(QString, paper);
    ChineseRegistry zh;
    if (chinese)
        QCoreApplication::installTranslator(&zh);
    const QString shown = core::statusReasonText(stored);
    QCoreApplication::removeTranslator(&zh);
    QCOMPARE(shown, screen);
    QCOMPARE(core::statusReasonPaperText(stored), paper);
}

void TestReaderWords::summarySheetSaysWordsAndNames()
{
    test::TestDb t;
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk, QString::fromUtf8("张丽"));
    core::PersonStore store(t.db());
    auto r = store.add(clerk, draft());
    QVERIFY2(r.isOk(), qPrintable(r.error()));
    auto person = store.byId(r.id);
    QVERIFY(person);
    auto history = store.statusHistory(r.id);
    QVERIFY(history);
    core::PersonSummarySheet::Context ctx;
    ctx.officeName = QString::fromUtf8("武冈市民政局");
    ctx.preparedBy = clerk.displayName;
    ctx.today = t.clock().today();
    const QString html =
        core::PersonSummarySheet::build(person.value(), history.value(), ctx).toHtml();
    QVERIFY2(html.contains(QString::fromUtf8("新登记")), "the paper says 新登记");
    QVERIFY2(!html.contains(QStringLiteral("registered")), "no English on the paper");
    QVERIFY(html.contains(QString::fromUtf8("张丽")));
    QVERIFY2(!html.contains(QStringLiteral("zhangli")), "no login on the paper");
}

void TestReaderWords::standardsNameWhoEnteredThem()
{
    test::TestDb t;
    const core::Actor chief = t.addUser("wangqiang", Role::SectionChief, QString::fromUtf8("王强"));
    core::BenefitStandard s;
    s.item = core::StandardItem::Annual;
    s.categoryCode = QStringLiteral("war_veteran");
    s.residence = core::Residence::All;
    s.amountFen = 1000000;
    s.effectiveFrom = QDate(2025, 1, 1);
    s.basisNumber = QString::fromUtf8("湘民发〔2025〕1号");
    s.basisTitle = QString::fromUtf8("关于调整优抚对象抚恤补助标准的通知");
    core::PolicyStore store(t.db());
    auto id = store.add(chief, s);
    QVERIFY2(id, qPrintable(id.error()));
    auto read = store.byId(id.value());
    QVERIFY(read);
    QCOMPARE(read->createdBy, QString::fromUtf8("王强"));
    const QList<core::BenefitStandard> all = store.all();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().createdBy, QString::fromUtf8("王强"));
}

QTEST_MAIN(TestReaderWords)
#include "tst_readerwords.moc"
