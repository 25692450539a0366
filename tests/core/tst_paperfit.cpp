// Every paper on A4: one-page forms stay on one page (free text shrinks) or continue on a 续页
// whose header repeats; a table row never splits between pages; labels never wrap; the PDF has
// the pages the layout says. YOUFU_KEEP_PAPERS=/some/dir keeps the PDFs to look at them.
#include "approval/approvalform.h"
#include "archive/archivepapers.h"
#include "common/isotime.h"
#include "registry/personsummarysheet.h"
#include "report/documentrenderer.h"
#include "report/officialdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <functional>

using namespace youfu::core;

namespace {

int pdfPageCount(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int n = 0;
    auto it = page.globalMatch(QString::fromLatin1(f.readAll()));
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

// About `chars` characters of an opinion, in whole sentences.
QString longText(int chars)
{
    const QString sentence = QStringLiteral(
        "经审核，该同志伤残情况属实，相关材料（入伍登记表、原伤残证明、医疗诊断证明）齐全有效，"
        "已在村务公开栏公示七日无异议，同意按规定办理。");
    QString out;
    while (out.size() < chars)
        out += sentence;
    return out.left(chars);
}

ApprovalStep step(int round, int index, Role role, StepDecision d, const QString& name,
                  const QString& opinion, const QDate& on)
{
    ApprovalStep s;
    s.round = round;
    s.stepIndex = index;
    s.role = role;
    s.decision = d;
    s.signerName = name;
    s.opinion = opinion;
    s.signedAt = QDateTime(on, QTime(2, 0), Qt::UTC);
    return s;
}

Person person(bool longTexts)
{
    Person p;
    p.id = 17;
    p.name = longTexts ? QStringLiteral("欧阳司马长孙慕容建国") : QStringLiteral("张建国");
    p.sex = Sex::Male;
    p.ethnicity = QStringLiteral("汉族");
    p.citizenId = QStringLiteral("430581195803120017");
    p.birthDate = QDate(1958, 3, 12);
    p.townshipName = QStringLiteral("邓元泰镇");
    p.villageName = QStringLiteral("高桥村");
    p.address = longTexts ? QStringLiteral("湖南省邵阳市武冈市邓元泰镇高桥村三组十八号附一号"
                                           "（村委会旁老粮站后院东侧第二栋二单元三楼左手边）")
                          : QStringLiteral("湖南省武冈市邓元泰镇高桥村三组18号");
    p.phone = QStringLiteral("13807390017");
    p.revealed = true;
    p.keyPerson = longTexts;
    p.riskNote = longTexts ? longText(300) : QString();
    p.categoriesSummary = QStringLiteral("残疾军人(四级)");
    PersonCategory c;
    c.categoryCode = QStringLiteral("disabled_serviceman");
    c.categoryName = QStringLiteral("残疾军人");
    c.startDate = QDate(1981, 3, 1);
    c.endDate = QDate(2026, 12, 1);
    c.grade = 6;
    c.nature = QStringLiteral("因战");
    p.categories << c;
    c.startDate = QDate(2026, 12, 1);
    c.endDate = QDate();
    c.grade = 4;
    p.categories << c;
    return p;
}

Application application(int opinionChars)
{
    Application a;
    a.id = 17;
    a.draft.type = ApplicationType::DisabilityGrade;
    a.categoryName = QStringLiteral("残疾军人");
    a.draft.grade = 4;
    a.draft.nature = QStringLiteral("因战");
    a.draft.effectiveDate = QDate(2026, 12, 1);
    a.draft.requestedChange = QStringLiteral("申请评定（调整）残疾等级为四级因战");
    a.draft.facts = longText(qMax(120, opinionChars / 2));
    a.draft.reason = longText(qMax(60, opinionChars / 3));
    a.state = ApplicationState::Approved;
    a.round = 2;
    a.chain = {Role::SectionChief, Role::Inspector, Role::Director};
    a.number = QStringLiteral("武民优审〔2026〕0017号");
    a.benefit.annualFen = 6605000;
    a.benefit.basis = QStringLiteral("《伤残抚恤管理办法》第十五条");
    a.draftedByName = QStringLiteral("王经办");
    const QString opinion = longText(opinionChars);
    a.steps = {
        step(1, 0, Role::Clerk, StepDecision::Submit, QStringLiteral("王经办"), QString(),
             QDate(2026, 11, 2)),
        step(1, 1, Role::SectionChief, StepDecision::Return, QStringLiteral("李科长"),
             longText(qMin(opinionChars, 60)), QDate(2026, 11, 4)),
        step(2, 0, Role::Clerk, StepDecision::Submit, QStringLiteral("王经办"), QString(),
             QDate(2026, 11, 10)),
        step(2, 1, Role::SectionChief, StepDecision::Approve, QStringLiteral("李科长"), opinion,
             QDate(2026, 11, 12)),
        step(2, 2, Role::Inspector, StepDecision::Approve, QStringLiteral("陈纪检"), opinion,
             QDate(2026, 11, 16)),
        step(2, 3, Role::Director, StepDecision::Approve, QStringLiteral("刘局长"), opinion,
             QDate(2026, 11, 20)),
    };
    a.documents = {
        {1, QStringLiteral("伤残证明"), QStringLiteral("残疾军人证（六级）"), 2},
        {2, QStringLiteral("医疗诊断证明"), QStringLiteral("武冈市人民医院诊断证明书"), 3}};
    return a;
}

ArchivePaperData archiveData(bool longTexts, int documents)
{
    const Person p = person(longTexts);
    ArchivePaperData d;
    d.officeName = QStringLiteral("武冈市民政局");
    d.archiveNumber = QStringLiteral("WG-YF-2026-000017");
    d.personName = p.name;
    d.sex = QStringLiteral("男");
    d.citizenId = p.citizenId;
    d.birthDate = chineseDate(p.birthDate);
    d.categories = QStringLiteral("残疾军人(二级)、带病回乡退伍军人");
    d.township = p.townshipName;
    d.address = p.address;
    d.location.cabinet = QStringLiteral("3");
    d.location.box = QStringLiteral("12");
    d.location.keeper = QStringLiteral("李经办");
    d.openedOn = QDate(2026, 12, 1);
    d.printedOn = QDate(2026, 12, 1);
    for (int i = 0; i < documents; ++i) {
        ArchiveDocument doc;
        doc.title = longTexts ? longText(60) : QStringLiteral("退伍军人登记表");
        doc.pages = 2;
        doc.documentDate = QDate(2026, 12, 1);
        doc.note = longTexts ? longText(40) : QString();
        d.documents << doc;
    }
    return d;
}

QList<ApplicationRow> registerRows(int n, bool longTexts)
{
    QList<ApplicationRow> rows;
    for (int i = 0; i < n; ++i) {
        ApplicationRow r;
        r.personName = person(longTexts).name;
        r.maskedCitizenId = QStringLiteral("430581********0017");
        r.number = QStringLiteral("武民优审〔2026〕%1号").arg(i + 1, 4, 10, QLatin1Char('0'));
        r.requestedChange = longTexts ? longText(80) : QStringLiteral("调整为四级因战");
        r.effectiveDate = QDate(2026, 12, 31);
        r.annualFen = 6605000;
        r.state = ApplicationState::Approved;
        r.draftedByName = QStringLiteral("王经办");
        r.reportedOn = QDate(2026, 12, 31);
        rows << r;
    }
    return rows;
}

using Builder = std::function<OfficialDocument()>;

} // namespace

Q_DECLARE_METATYPE(Builder)

class TstPaperFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void papers_data();
    void papers();
    void labelsDoNotWrap_data();
    void labelsDoNotWrap();
    void approvalSampleIsOnePage();
    void chineseBracketsAndDates();
    void cover_data();
    void cover();
};

void TstPaperFit::papers_data()
{
    QTest::addColumn<Builder>("build");
    QTest::addColumn<bool>("onePageForm");
    const PersonSummarySheet::Context ctx{QStringLiteral("武冈市民政局"), QStringLiteral("王经办"),
                                          QDate(2026, 12, 1)};
    const QString office = QStringLiteral("武冈市民政局");
    for (int chars : {0, 150, 300, 600}) {
        QTest::addRow("approval form, opinions of %d", chars) << Builder([=] {
            return ApprovalForm::form(application(chars), person(chars > 0), office);
        }) << true;
    }
    for (bool longTexts : {false, true}) {
        const char* what = longTexts ? "long" : "short";
        QTest::addRow("summary sheet, %s", what) << Builder([=] {
            QList<PersonStatusChange> history;
            for (int i = 0; i < (longTexts ? 8 : 2); ++i) {
                PersonStatusChange h;
                h.since = QDate(2020 + i, 1, 1);
                h.reason = longTexts ? longText(120) : QStringLiteral("年审");
                h.recordedBy = QStringLiteral("wangjb");
                history << h;
            }
            return PersonSummarySheet::build(person(longTexts), history, ctx);
        }) << true;
        QTest::addRow("catalogue, %s", what)
            << Builder([=] { return ArchivePapers::catalogue(archiveData(longTexts, 40)); })
            << false;
        QTest::addRow("approval register, %s", what) << Builder([=] {
            return ApprovalForm::registerOf(registerRows(60, longTexts), QStringLiteral("已批准"),
                                            office, QDate(2026, 12, 1));
        }) << false;
    }
}

void TstPaperFit::papers()
{
    QFETCH(Builder, build);
    QFETCH(bool, onePageForm);
    const OfficialDocument doc = build();
    const PaperPagination p = paginate(doc);
    const int pages = int(p.pages.size());
    QVERIFY(pages >= 1);
    QCOMPARE(pageCount(doc), pages);

    // The PDF has exactly the pages of the layout.
    QTemporaryDir tmp;
    const QString keep = qEnvironmentVariable("YOUFU_KEEP_PAPERS");
    const QDir dir(keep.isEmpty() ? tmp.path() : keep);
    QString name = QString::fromUtf8(QTest::currentDataTag());
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
    const QString path = dir.filePath(name + QStringLiteral(".pdf"));
    QVERIFY(renderToPdf(doc, path).isOk());
    QCOMPARE(pdfPageCount(path), pages);

    // No page holds more than its room; no table row is cut between two pages.
    for (int i = 0; i < pages; ++i) {
        const PaperPage& page = p.pages.at(i);
        double room = p.pageHeight - p.headerHeights.at(i);
        if (page.continuationHeader)
            room -= p.continuationHeight;
        QVERIFY2(page.bottom - page.top <= room + 1, qPrintable(QString::number(i)));
    }
    for (const auto& row : p.rows) {
        bool within = false;
        for (const PaperPage& page : p.pages)
            within = within || (row.first >= page.top - 1 && row.second <= page.bottom + 1);
        QVERIFY2(within,
                 qPrintable(QStringLiteral("row %1–%2 is cut").arg(row.first).arg(row.second)));
    }

    if (onePageForm) {
        // One page, or the free text at its floor and a 续页 with the form's header after.
        QVERIFY(doc.hasContinuationHeader());
        if (pages > 1) {
            QCOMPARE(doc.freeTextPointSize(), ReportFonts::kSmallPt);
            for (int i = 1; i < pages; ++i)
                QVERIFY(p.pages.at(i).continuationHeader);
            QVERIFY(doc.continuationTitle().contains(QStringLiteral("续页")));
        }
        QVERIFY(!p.pages.first().continuationHeader);
    }
    qInfo("%s: %d page(s), free text %.1f pt", QTest::currentDataTag(), pages,
          doc.freeTextPointSize());
}

void TstPaperFit::labelsDoNotWrap_data()
{
    QTest::addColumn<Builder>("build");
    QTest::addRow("approval form") << Builder([] {
        return ApprovalForm::form(application(600), person(true), QStringLiteral("武冈市民政局"));
    });
    QTest::addRow("summary sheet") << Builder([] {
        return PersonSummarySheet::build(
            person(true), {},
            {QStringLiteral("武冈市民政局"), QStringLiteral("王经办"), QDate(2026, 12, 1)});
    });
}

void TstPaperFit::labelsDoNotWrap()
{
    QFETCH(Builder, build);
    const OfficialDocument doc = build();
    // Laid out as the PDF writer lays it out.
    QBuffer sink;
    QPdfWriter writer(&sink);
    writer.setResolution(600);
    QTextDocument text;
    text.documentLayout()->setPaintDevice(&writer);
    text.setDocumentMargin(0);
    text.setHtml(doc.toHtml());
    text.setPageSize(QSizeF(doc.pageSetup().textBlockMm().width() * 600 / 25.4, 1e6));
    const QStringList labels = {QStringLiteral("公民身份号码"), QStringLiteral("优抚类别及等级"),
                                QStringLiteral("科长审核意见"), QStringLiteral("身份证号"),
                                QStringLiteral("乡镇（街道）")};
    int seen = 0;
    for (QTextBlock b = text.begin(); b.isValid(); b = b.next()) {
        if (!labels.contains(b.text()))
            continue;
        ++seen;
        text.documentLayout()->blockBoundingRect(b); // lays it out
        QVERIFY2(b.layout()->lineCount() == 1, qPrintable(b.text()));
    }
    QVERIFY(seen >= 1);
}

void TstPaperFit::approvalSampleIsOnePage()
{
    // An ordinary application: one round, opinions of a sentence, facts of a paragraph.
    Application a = application(60);
    a.steps.erase(std::remove_if(a.steps.begin(), a.steps.end(),
                                 [&a](const ApprovalStep& s) { return s.round != a.round; }),
                  a.steps.end());
    for (ApprovalStep& s : a.steps)
        if (s.stepIndex > 0)
            s.opinion = longText(30);
    const OfficialDocument doc =
        ApprovalForm::form(a, person(false), QStringLiteral("武冈市民政局"));
    const QString keep = qEnvironmentVariable("YOUFU_KEEP_PAPERS");
    if (!keep.isEmpty())
        QVERIFY(renderToPdf(doc, QDir(keep).filePath(QStringLiteral("ordinary-form.pdf"))).isOk());
    const PaperPagination p = paginate(doc);
    if (p.pages.size() != 1) {
        for (const PaperPage& page : p.pages)
            qInfo("page %.0f-%.0f of %.0f", page.top, page.bottom, p.pageHeight);
        for (const auto& r : p.rows)
            qInfo("row %.0f-%.0f", r.first, r.second);
    }
    QCOMPARE(pageCount(doc), 1);
}

void TstPaperFit::chineseBracketsAndDates()
{
    QCOMPARE(OfficialDocument::chineseBrackets(QStringLiteral("残疾军人(二级)")),
             QStringLiteral("残疾军人（二级）"));
    QCOMPARE(OfficialDocument::chineseBrackets(QStringLiteral("(3) A(B) 1(2)")),
             QStringLiteral("(3) A(B) 1(2)"));
    QCOMPARE(OfficialDocument::chineseBrackets(QStringLiteral("见(附件")),
             QStringLiteral("见（附件"));
    const OfficialDocument sheet = PersonSummarySheet::build(
        person(false), {},
        {QStringLiteral("武冈市民政局"), QStringLiteral("王经办"), QDate(2026, 12, 1)});
    QVERIFY(sheet.toHtml().contains(QStringLiteral("残疾军人（四级）")));
    QVERIFY(!sheet.toHtml().contains(QStringLiteral("残疾军人(四级)")));
    const QList<QStringList> rows = ArchivePapers::catalogueRows(archiveData(false, 1).documents);
    QCOMPARE(rows.value(0).value(2), QStringLiteral("2026年12月1日"));
    const QString reg = ApprovalForm::registerOf(registerRows(1, false), QString(),
                                                 QStringLiteral("武冈市民政局"), QDate(2026, 12, 1))
                            .toHtml();
    QVERIFY(reg.contains(QStringLiteral("2026年12月31日")));
    QVERIFY(!reg.contains(QStringLiteral("2026-12-31")));
}

void TstPaperFit::cover_data()
{
    QTest::addColumn<bool>("longTexts");
    QTest::addRow("short") << false;
    QTest::addRow("long") << true;
}

void TstPaperFit::cover()
{
    QFETCH(bool, longTexts);
    QTemporaryDir tmp;
    const QString keep = qEnvironmentVariable("YOUFU_KEEP_PAPERS");
    const QDir dir(keep.isEmpty() ? tmp.path() : keep);
    const QString path =
        dir.filePath(QStringLiteral("cover-%1.pdf")
                         .arg(longTexts ? QStringLiteral("long") : QStringLiteral("short")));
    QVERIFY(renderToPdf(path, ArchivePapers::coverPainter(archiveData(longTexts, 3))).isOk());
    QCOMPARE(pdfPageCount(path), 1);
}

QTEST_MAIN(TstPaperFit)
#include "tst_paperfit.moc"
