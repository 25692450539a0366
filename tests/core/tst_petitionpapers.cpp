// The four notices of letters and visits (issue 13): 受理告知书, 不予受理告知书, 延期办理告知书,
// 处理意见书, each rendered to PDF: the case number, the dates, the deadline, the addressee, and
// never a full citizen ID. YOUFU_KEEP_PAPERS=dir keeps the PDFs; YOUFU_TR_JSON=file.json shows
// them with a flat {"English": "中文"} translation (to look at them before the .ts has it).
#include "petition/petitionpapers.h"
#include "petition/petitionrules.h"
#include "report/documentrenderer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>

using namespace youfu::core;
using Paper = PetitionPapers::Paper;

Q_DECLARE_METATYPE(PetitionPapers::Paper)

namespace {

const QString kFullId = QStringLiteral("430581199001010013");

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

class JsonTranslator : public QTranslator
{
public:
    explicit JsonTranslator(const QString& path)
    {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            m_map = QJsonDocument::fromJson(f.readAll()).object();
    }
    bool isEmpty() const override { return m_map.isEmpty(); }
    QString translate(const char*, const char* source, const char* = nullptr,
                      int = -1) const override
    {
        return m_map.value(QString::fromUtf8(source)).toString();
    }

private:
    QJsonObject m_map;
};

Petitioner petitioner(const QString& name)
{
    Petitioner p;
    p.name = name;
    p.citizenId = kFullId;
    p.phone = QStringLiteral("13807390001");
    p.address = QStringLiteral("武冈市迎春亭街道");
    return p;
}

// Received 2026-03-02, accepted 2026-03-05 (answer due 2026-05-04), as far as `upTo`.
PetitionCase theCase(CaseStatus upTo, int petitioners = 1)
{
    PetitionCase c;
    c.number = QStringLiteral("武优信〔2026〕0007号");
    c.receivedAt = QDateTime(day("2026-03-02"), QTime(9, 30));
    c.channel = PetitionChannel::Visit;
    c.subject = PetitionSubject::Benefit;
    c.townshipCode = QStringLiteral("430581001");
    c.townshipName = QStringLiteral("迎春亭街道");
    c.summary = QStringLiteral("反映其伤残抚恤金2025年下半年未按时发放。");
    c.demands = QStringLiteral("要求补发");
    c.petitioners << petitioner(QStringLiteral("张三"));
    for (int i = 1; i < petitioners; ++i)
        c.petitioners << petitioner(QStringLiteral("李四%1").arg(i));
    c.status = upTo;
    if (upTo == CaseStatus::Registered)
        return c;
    c.decidedOn = day("2026-03-05");
    if (upTo == CaseStatus::NotAccepted) {
        c.decisionReason = QStringLiteral("该事项已经依法终结");
        return c;
    }
    c.responsibleUnit = QStringLiteral("430581001");
    c.responsibleName = QStringLiteral("李专干");
    if (upTo == CaseStatus::Accepted)
        return c;
    c.extensionDays = 20;
    c.extensionReason = QStringLiteral("需调取部队档案。");
    c.extendedOn = day("2026-04-30");
    c.answeredOn = day("2026-05-20");
    c.result = AnswerResult::Partly;
    c.answerText =
        QStringLiteral("经核查，张三的抚恤金因银行账户变更未能到账。\n已于5月18日补发。");
    return c;
}

const QString kOffice = QStringLiteral("武冈市退役军人事务局");

QString plainText(const OfficialDocument& doc)
{
    QTextDocument text;
    text.setHtml(doc.toHtml());
    return text.toPlainText();
}

} // namespace

class TstPetitionPapers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void availability_data();
    void availability();
    void papers_data();
    void papers();
    void severalPetitioners();
    void opinionRoutes_data();
    void opinionRoutes();
    void longAnswerRunsOn();

private:
    JsonTranslator* m_translator = nullptr;
};

void TstPetitionPapers::initTestCase()
{
    const QString json = qEnvironmentVariable("YOUFU_TR_JSON");
    if (!json.isEmpty()) {
        m_translator = new JsonTranslator(json);
        QCoreApplication::installTranslator(m_translator);
    }
}

void TstPetitionPapers::availability_data()
{
    QTest::addColumn<Paper>("paper");
    QTest::addColumn<CaseStatus>("status");
    QTest::addColumn<bool>("available");
    QTest::newRow("acceptance, registered") << Paper::Acceptance << CaseStatus::Registered << false;
    QTest::newRow("acceptance, accepted") << Paper::Acceptance << CaseStatus::Accepted << true;
    QTest::newRow("acceptance, answered") << Paper::Acceptance << CaseStatus::Answered << true;
    QTest::newRow("acceptance, refused") << Paper::Acceptance << CaseStatus::NotAccepted << false;
    QTest::newRow("refusal, refused") << Paper::NonAcceptance << CaseStatus::NotAccepted << true;
    QTest::newRow("refusal, accepted") << Paper::NonAcceptance << CaseStatus::Accepted << false;
    QTest::newRow("extension, accepted") << Paper::Extension << CaseStatus::Accepted << false;
    QTest::newRow("extension, answered") << Paper::Extension << CaseStatus::Answered << true;
    QTest::newRow("opinion, accepted") << Paper::Opinion << CaseStatus::Accepted << false;
    QTest::newRow("opinion, answered") << Paper::Opinion << CaseStatus::Answered << true;
    QTest::newRow("opinion, closed") << Paper::Opinion << CaseStatus::Closed << true;
}

void TstPetitionPapers::availability()
{
    QFETCH(Paper, paper);
    QFETCH(CaseStatus, status);
    QFETCH(bool, available);
    const QString why = PetitionPapers::unavailableReason(paper, theCase(status));
    QVERIFY2(why.isEmpty() == available, qPrintable(why));
    QVERIFY(!PetitionPapers::paperTitle(paper).isEmpty());
}

void TstPetitionPapers::papers_data()
{
    QTest::addColumn<Paper>("paper");
    QTest::addColumn<CaseStatus>("status");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("file");
    QTest::newRow("acceptance") << Paper::Acceptance << CaseStatus::Accepted
                                << QStringList{QStringLiteral("2026年3月2日"),
                                               QStringLiteral("2026年3月5日"),
                                               QStringLiteral("2026年5月4日"),
                                               QStringLiteral("迎春亭街道"),
                                               QStringLiteral("李专干")}
                                << QStringLiteral("acceptance");
    QTest::newRow("non-acceptance")
        << Paper::NonAcceptance << CaseStatus::NotAccepted
        << QStringList{QStringLiteral("2026年3月2日"), QStringLiteral("2026年3月5日"),
                       QStringLiteral("该事项已经依法终结")}
        << QStringLiteral("nonacceptance");
    QTest::newRow("extension") << Paper::Extension << CaseStatus::Answered
                               << QStringList{QStringLiteral("2026年5月4日"),
                                              QStringLiteral("2026年5月24日"),
                                              QStringLiteral("需调取部队档案"),
                                              QStringLiteral("20")}
                               << QStringLiteral("extension");
    QTest::newRow("opinion") << Paper::Opinion << CaseStatus::Answered
                             << QStringList{QStringLiteral("2026年3月5日"),
                                            QStringLiteral("未按时发放"),
                                            QStringLiteral("要求补发"),
                                            QStringLiteral("已于5月18日补发"),
                                            PetitionRules::resultTitle(AnswerResult::Partly),
                                            QStringLiteral("30")}
                             << QStringLiteral("opinion");
}

void TstPetitionPapers::papers()
{
    QFETCH(Paper, paper);
    QFETCH(CaseStatus, status);
    QFETCH(QStringList, expected);
    QFETCH(QString, file);
    const PetitionCase c = theCase(status);
    QVERIFY(PetitionPapers::unavailableReason(paper, c).isEmpty());
    const OfficialDocument doc = PetitionPapers::paper(paper, kOffice, c, QDate(2026, 12, 1));
    QCOMPARE(doc.title(), PetitionPapers::paperTitle(paper));

    const QString text = plainText(doc);
    expected << c.number << QStringLiteral("张三") << kOffice << QStringLiteral("2026年12月1日")
             << PetitionPapers::paperTitle(paper);
    for (const QString& e : expected)
        QVERIFY2(text.contains(e), qPrintable(e + QStringLiteral(" missing in:\n") + text));
    QVERIFY(!text.contains(kFullId));
    QVERIFY(!text.contains(QStringLiteral("13807390001")));
    // The office's name and the date close the paper.
    QVERIFY(text.trimmed().endsWith(QStringLiteral("2026年12月1日")));
    QVERIFY(text.indexOf(kOffice) > text.indexOf(c.number));

    // Rendered: one A4 page of PDF, and its text (when pdftotext is there) has the number.
    const QString keep = qEnvironmentVariable("YOUFU_KEEP_PAPERS");
    QTemporaryDir dir;
    const QString path =
        (keep.isEmpty() ? dir.path() : keep) + QLatin1Char('/') + file + QStringLiteral(".pdf");
    QVERIFY(renderToPdf(doc, path).isOk());
    QCOMPARE(pageCount(doc), 1);
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess p;
        p.start(pdftotext,
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        // The CJK fonts map some characters to Kangxi radicals (⽉ for 月): NFKC undoes it.
        const QString pdfText =
            QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
        const QString compact = QString(pdfText).remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(compact.contains(QStringLiteral("2026年12月1日")), qPrintable(pdfText));
        QVERIFY2(compact.contains(c.number), qPrintable(pdfText));
        QVERIFY(!compact.contains(kFullId));
    }
}

void TstPetitionPapers::severalPetitioners()
{
    const PetitionCase c = theCase(CaseStatus::Accepted, 6);
    const QString text =
        plainText(PetitionPapers::paper(Paper::Acceptance, kOffice, c, QDate(2026, 12, 1)));
    // Addressed to the first with the count ("张三等6人："), the others not named.
    const QString to =
        QCoreApplication::translate("youfu::core::PetitionPapers", "%1 and others, %2 persons")
            .arg(QStringLiteral("张三"))
            .arg(6);
    QVERIFY2(text.contains(to), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("李四")));
    QVERIFY(!text.contains(kFullId));
    QVERIFY(!PetitionRules::isGroup(4, false) &&
            PetitionRules::isGroup(int(c.petitioners.size()), false));
}

void TstPetitionPapers::opinionRoutes_data()
{
    QTest::addColumn<int>("stage"); // 0 answer, 1 review answered, 2 re-review answered
    QTest::addColumn<QByteArray>("route");
    QTest::newRow("answer") << 0
                            << QByteArray("If %1 do not agree with this opinion, %1 may ask the "
                                          "administrative office one level above this office "
                                          "for a review within %2 days of receiving it.");
    QTest::newRow("review") << 1
                            << QByteArray("If %1 do not agree with this review opinion, %1 may "
                                          "ask the administrative office one level above the "
                                          "reviewing office for a re-review within %2 days of "
                                          "receiving it.");
    QTest::newRow("re-review") << 2
                               << QByteArray("This is the opinion of the re-review and it is "
                                             "final. A petition on the same facts and reasons "
                                             "will not be accepted again.");
}

void TstPetitionPapers::opinionRoutes()
{
    QFETCH(int, stage);
    QFETCH(QByteArray, route);
    PetitionCase c = theCase(CaseStatus::Answered);
    if (stage >= 1) {
        c.reviewRequestedOn = day("2026-06-01");
        c.reviewAnsweredOn = day("2026-06-20");
    }
    if (stage >= 2) {
        c.rereviewRequestedOn = day("2026-07-01");
        c.rereviewAnsweredOn = day("2026-07-20");
    }
    const QString text =
        plainText(PetitionPapers::paper(Paper::Opinion, kOffice, c, QDate(2026, 12, 1)));
    const QString you = QCoreApplication::translate("youfu::core::PetitionPapers", "you");
    QString expected =
        QCoreApplication::translate("youfu::core::PetitionPapers", route.constData());
    if (stage < 2)
        expected = expected.arg(you).arg(PetitionRules::kReviewRequestDays);
    QVERIFY2(text.contains(expected), qPrintable(text));
}

void TstPetitionPapers::longAnswerRunsOn()
{
    PetitionCase c = theCase(CaseStatus::Answered);
    QStringList paragraphs;
    for (int i = 0; i < 40; ++i)
        paragraphs << QStringLiteral("经核查，第%1项情况属实，已按政策规定办理完毕。").arg(i + 1);
    c.answerText = paragraphs.join(QLatin1Char('\n'));
    const OfficialDocument doc =
        PetitionPapers::paper(Paper::Opinion, kOffice, c, QDate(2026, 12, 1));
    QVERIFY(pageCount(doc) >= 2);
    QVERIFY(doc.hasContinuationHeader());
    QVERIFY(doc.continuationTitle().contains(PetitionPapers::paperTitle(Paper::Opinion)));
    QTemporaryDir dir;
    const QString keep = qEnvironmentVariable("YOUFU_KEEP_PAPERS");
    QVERIFY(renderToPdf(doc, (keep.isEmpty() ? dir.path() : keep) + QStringLiteral("/long.pdf"))
                .isOk());
    const QString text = plainText(doc);
    QVERIFY(text.contains(QStringLiteral("第40项")));
    QVERIFY(text.trimmed().endsWith(QStringLiteral("2026年12月1日")));
}

QTEST_MAIN(TstPetitionPapers)
#include "tst_petitionpapers.moc"
