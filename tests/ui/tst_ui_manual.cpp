// The user manual inside the program (issue 10, "A manual"): every page the navigation can
// show has its section (F1 opens it), showSection scrolls there, the contents list lists and
// shows every section, Ctrl+F finds a word, and the printed manual is a real A4 paper of
// several pages, saved as a PDF only its owner can read.
#include "app/pagefactory.h"
#include "dialogs/manualpaper.h"
#include "dialogs/manualwindow.h"
#include "pages/page.h"
#include "report/documentrenderer.h"
#include "report/pagesetup.h"
#include "testdb.h"
#include "widgets/printpreview.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPdfDocument>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using namespace youfu;
using core::Role;

namespace {

QTextBrowser* browserOf(ui::ManualWindow* w)
{
    return w->findChild<QTextBrowser*>(QStringLiteral("manualBrowser"));
}

// Where the heading of `anchor` lies in the browser's document, in document coordinates.
double headingTop(QTextBrowser* b, const QString& title)
{
    for (QTextBlock block = b->document()->begin(); block.isValid(); block = block.next())
        if (block.blockFormat().headingLevel() == 2 && block.text().trimmed() == title)
            return b->document()->documentLayout()->blockBoundingRect(block).top();
    return -1;
}

// The heading is at the top of the view, or in view when the text ends before it can get there.
bool headingShown(ui::ManualWindow* w, const QString& anchor)
{
    QTextBrowser* b = browserOf(w);
    const double y = headingTop(b, w->sectionTitle(anchor));
    const int top = b->verticalScrollBar()->value();
    const int max = b->verticalScrollBar()->maximum();
    if (y < 0)
        return false;
    if (qAbs(y - top) <= 30)
        return true;
    return top == max && y >= top && y < top + b->viewport()->height();
}

void closeManual()
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* m = qobject_cast<ui::ManualWindow*>(w))
            delete m;
}

} // namespace

class TstUiManual : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { closeManual(); }
    void everyPageHasSection_data();
    void everyPageHasSection();
    void fixedSectionsExist();
    void showSectionScrollsThere_data();
    void showSectionScrollsThere();
    void unknownAnchorOpensStart();
    void oneWindowRaised();
    void contentsListsAndShowsEverySection();
    void ctrlFFindsWord();
    void findWrapsAndSaysWhenMissing();
    void printsSeveralA4PagesAs0600Pdf();
    void paperNumbersSections_data();
    void paperNumbersSections();
    void headingNeverEndsPage_data();
    void headingNeverEndsPage();
};

void TstUiManual::everyPageHasSection_data()
{
    QTest::addColumn<int>("roles");
    QTest::newRow("all business roles")
        << int(core::Roles(Role::Clerk | Role::SectionChief | Role::Inspector | Role::Director));
    QTest::newRow("admin") << int(core::Roles(Role::Admin));
    QTest::newRow("auditor") << int(core::Roles(Role::Auditor));
    QTest::newRow("clerk") << int(core::Roles(Role::Clerk));
}

void TstUiManual::everyPageHasSection()
{
    QFETCH(int, roles);
    test::TestDb t;
    QVERIFY(t.isValid());
    ui::Session session{&t.db(), t.addUser(QStringLiteral("someone"), core::Roles(roles))};
    QWidget parent;
    const QList<ui::Page*> pages = ui::createPages(session, &parent);
    QVERIFY(!pages.isEmpty());
    ui::ManualWindow manual;
    for (ui::Page* page : pages) {
        QVERIFY2(!page->objectName().isEmpty(), qPrintable(page->title()));
        QVERIFY2(manual.hasSection(page->objectName()),
                 qPrintable(QStringLiteral("no manual section for %1").arg(page->objectName())));
        QVERIFY(!manual.sectionTitle(page->objectName()).isEmpty());
    }
}

void TstUiManual::fixedSectionsExist()
{
    ui::ManualWindow manual;
    for (const char* a : {"login", "backup", "settings", "shortcuts", "homePage", "registryPage",
                          "archivePage", "approvalPage", "policyPage", "usersPage", "auditPage"})
        QVERIFY2(manual.hasSection(QString::fromLatin1(a)), a);
    QCOMPARE(manual.sectionTitle(QStringLiteral("login")), QStringLiteral("登录与账号"));
}

void TstUiManual::showSectionScrollsThere_data()
{
    QTest::addColumn<QString>("anchor");
    for (const char* a :
         {"registryPage", "archivePage", "approvalPage", "auditPage", "backup", "shortcuts"})
        QTest::newRow(a) << QString::fromLatin1(a);
}

void TstUiManual::showSectionScrollsThere()
{
    QFETCH(QString, anchor);
    ui::ManualWindow* w = ui::ManualWindow::showSection(nullptr, anchor);
    QVERIFY(w);
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QTest::qWait(20);
    QVERIFY(browserOf(w)->verticalScrollBar()->value() > 0);
    QVERIFY2(headingShown(w, anchor), qPrintable(anchor));
    QCOMPARE(w->currentSection(), anchor);
}

void TstUiManual::unknownAnchorOpensStart()
{
    ui::ManualWindow* w = ui::ManualWindow::showSection(nullptr, QStringLiteral("auditPage"));
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QVERIFY(browserOf(w)->verticalScrollBar()->value() > 0);
    QCOMPARE(ui::ManualWindow::showSection(nullptr, QStringLiteral("noSuchPage")), w);
    QCOMPARE(browserOf(w)->verticalScrollBar()->value(), 0);
    QVERIFY(w->currentSection().isEmpty());
}

void TstUiManual::oneWindowRaised()
{
    QWidget owner;
    ui::ManualWindow* first = ui::ManualWindow::showSection(&owner, QStringLiteral("homePage"));
    ui::ManualWindow* second = ui::ManualWindow::showSection(&owner, QStringLiteral("backup"));
    QCOMPARE(first, second);
    QVERIFY(first->isWindow());
    QVERIFY(first->isVisible());
    QVERIFY(!first->isModal());
    QCOMPARE(first->currentSection(), QStringLiteral("backup"));
    int manuals = 0;
    for (QWidget* w : QApplication::topLevelWidgets())
        manuals += qobject_cast<ui::ManualWindow*>(w) && w->isVisible() ? 1 : 0;
    QCOMPARE(manuals, 1);
}

void TstUiManual::contentsListsAndShowsEverySection()
{
    ui::ManualWindow* w = ui::ManualWindow::showSection(nullptr, QString());
    QVERIFY(QTest::qWaitForWindowExposed(w));
    auto* list = w->findChild<QListWidget*>(QStringLiteral("manualContents"));
    QVERIFY(list);
    const QStringList anchors = w->sectionAnchors();
    QVERIFY(anchors.size() >= 11);
    QCOMPARE(list->count(), anchors.size());
    for (int i = 0; i < list->count(); ++i)
        QCOMPARE(list->item(i)->text(), w->sectionTitle(anchors.at(i)));
    // Clicking each one, from the last back to the first, shows it.
    for (int i = list->count() - 1; i >= 0; --i) {
        QListWidgetItem* item = list->item(i);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(item).center());
        QVERIFY2(headingShown(w, anchors.at(i)), qPrintable(anchors.at(i)));
        QCOMPARE(w->currentSection(), anchors.at(i));
    }
}

void TstUiManual::ctrlFFindsWord()
{
    ui::ManualWindow* w = ui::ManualWindow::showSection(nullptr, QString());
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QApplication::setActiveWindow(w);
    QVERIFY(QTest::qWaitForWindowActive(w));
    browserOf(w)->setFocus();
    auto* field = w->findChild<QLineEdit*>(QStringLiteral("manualFind"));
    QVERIFY(field);
    QVERIFY(!field->hasFocus());
    QTest::keyClick(w, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(field->hasFocus());
    // Chinese is typed through the input method: its committed text arrives in one event.
    QInputMethodEvent typed;
    typed.setCommitString(QStringLiteral("哈希链"));
    QApplication::sendEvent(field, &typed);
    QCOMPARE(field->text(), QStringLiteral("哈希链"));
    QCOMPARE(browserOf(w)->textCursor().selectedText(), QStringLiteral("哈希链"));
    // The match is in the audit section, so the view moved there.
    QVERIFY(browserOf(w)->verticalScrollBar()->value() > 0);
}

void TstUiManual::findWrapsAndSaysWhenMissing()
{
    ui::ManualWindow w;
    QVERIFY(w.find(QStringLiteral("备份")));
    const int first = browserOf(&w)->textCursor().selectionStart();
    int rounds = 0;
    do {
        QVERIFY(w.find(QStringLiteral("备份")));
    } while (browserOf(&w)->textCursor().selectionStart() != first && ++rounds < 200);
    QVERIFY(rounds > 1); // went through several and came round to the first again
    QVERIFY(rounds < 200);
    QVERIFY(!w.find(QStringLiteral("没有这个词语XYZ")));
    auto* status = w.findChild<QLabel*>(QStringLiteral("manualFindStatus"));
    QVERIFY(status->text().contains(QStringLiteral("没有这个词语XYZ")));
    QVERIFY(w.find(QStringLiteral("备份"), /*backward*/ true));
    QVERIFY(status->text().isEmpty());
}

void TstUiManual::printsSeveralA4PagesAs0600Pdf()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("manual.pdf"));
    auto* w = new ui::ManualWindow;
    {
        std::unique_ptr<ui::PrintPreview> preview = w->makePrintPreview();
        QString suggested;
        preview->setFileNameProvider([&](QWidget*, const QString& s) {
            suggested = s;
            return path;
        });
        QVERIFY(preview->saveAsPdf());
        QVERIFY(suggested.endsWith(QStringLiteral("优抚工作台使用说明.pdf")));
    }
    delete w;
    QCOMPARE(QFileInfo(path).permissions() &
                 (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                  QFileDevice::WriteOther | QFileDevice::ExeOwner),
             QFileDevice::Permissions());
    QVERIFY(QFileInfo(path).permissions().testFlag(QFileDevice::ReadOwner));
    QPdfDocument pdf;
    QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
    QVERIFY2(pdf.pageCount() >= 2, qPrintable(QString::number(pdf.pageCount())));
    const QSizeF a4 = pdf.pagePointSize(0); // 595 × 842 pt
    QVERIFY2(qAbs(a4.width() - 595) < 3 && qAbs(a4.height() - 842) < 3,
             qPrintable(QStringLiteral("%1 x %2").arg(a4.width()).arg(a4.height())));
    QCOMPARE(pdf.metaData(QPdfDocument::MetaDataField::Title).toString(),
             QStringLiteral("优抚工作台使用说明"));
}

void TstUiManual::paperNumbersSections_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("numeral");
    QTest::newRow("1") << 1 << QStringLiteral("一");
    QTest::newRow("9") << 9 << QStringLiteral("九");
    QTest::newRow("10") << 10 << QStringLiteral("十");
    QTest::newRow("11") << 11 << QStringLiteral("十一");
    QTest::newRow("20") << 20 << QStringLiteral("二十");
    QTest::newRow("21") << 21 << QStringLiteral("二十一");
}

void TstUiManual::paperNumbersSections()
{
    QFETCH(int, n);
    QFETCH(QString, numeral);
    QCOMPARE(ui::chineseNumeral(n), numeral);

    QTextDocument doc;
    doc.setHtml(
        QStringLiteral("<h1>说明</h1><h2><a name=\"a\">登录</a></h2><h3>角色</h3>"
                       "<ol><li>第一步</li><li>第二步</li></ol><ul><li>要点</li></ul>"
                       "<h2><a name=\"b\">首页</a></h2><table><tr><th>按键</th><th>作用</th>"
                       "</tr><tr><td>F1</td><td>帮助</td></tr></table>"));
    const QString html = ui::manualPaper(doc).toHtml();
    QCOMPARE(ui::manualPaper(doc).title(), QStringLiteral("说明"));
    for (const char* s :
         {"一、登录", "（一）角色", "1．第一步", "2．第二步", "要点", "二、首页", "按键", "F1"})
        QVERIFY2(html.contains(QString::fromUtf8(s)), s);
}

namespace {
// Where the content of `doc` ends in the paginator's continuous layout. Blocks lay out the same
// whatever follows them, so this is where that block ends in a longer document too.
double layoutEnd(const core::OfficialDocument& doc)
{
    const core::PaperPagination p = core::paginate(doc);
    return p.pages.isEmpty() ? 0 : p.pages.last().bottom;
}
} // namespace

// A heading stays on the page of the first line after it (the paginator keeps it with a table
// already; it must with a paragraph too), wherever the page break falls.
void TstUiManual::headingNeverEndsPage_data()
{
    QTest::addColumn<int>("filler");
    for (int n = 14; n <= 34; ++n)
        QTest::newRow(qPrintable(QString::number(n))) << n;
}

void TstUiManual::headingNeverEndsPage()
{
    QFETCH(int, filler);
    core::OfficialDocument doc;
    doc.setTitle(QStringLiteral("标题"));
    for (int i = 0; i < filler; ++i)
        doc.addParagraph(QStringLiteral("第%1行").arg(i + 1));
    doc.addHeading(QStringLiteral("一、小节标题"));
    const double headingEnd = layoutEnd(doc);
    doc.addParagraph(QStringLiteral("小节的第一行"));
    const double firstLineEnd = layoutEnd(doc);
    for (int i = 0; i < 30; ++i)
        doc.addParagraph(QStringLiteral("正文%1").arg(i + 1));
    const core::PaperPagination p = core::paginate(doc);
    QVERIFY(p.pages.size() >= 2);
    for (int k = 0; k + 1 < p.pages.size(); ++k) {
        const double cut = p.pages.at(k).bottom;
        QVERIFY2(cut < headingEnd - 1 || cut >= firstLineEnd - 1,
                 qPrintable(QStringLiteral("page %1 ends after the heading").arg(k + 1)));
    }
}

QTEST_MAIN(TstUiManual)
#include "tst_ui_manual.moc"
