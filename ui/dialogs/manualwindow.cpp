#include "dialogs/manualwindow.h"

#include "dialogs/manualpaper.h"
#include "widgets/printpreview.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {

QPointer<ManualWindow>& openWindow()
{
    static QPointer<ManualWindow> window;
    return window;
}

// The manual of the program's language; Chinese when there is none in that language.
QString manualFolder()
{
    const QString own = QStringLiteral(":/manual/%1").arg(QLocale().name());
    if (QFile::exists(own + QStringLiteral("/manual.html")))
        return own;
    return QStringLiteral(":/manual/zh_CN");
}

} // namespace

ManualWindow* ManualWindow::showSection(QWidget* parent, const QString& anchor)
{
    QPointer<ManualWindow>& window = openWindow();
    if (!window) {
        window = new ManualWindow(parent ? parent->window() : nullptr);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
    window->showAnchor(anchor);
    return window;
}

ManualWindow::ManualWindow(QWidget* parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("manualWindow"));
    setWindowTitle(tr("Youfu user manual"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/youfu.png")));
    resize(1000, 720);

    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* findLabel = new QLabel(tr("&Find:"), this);
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("manualFind"));
    m_find->setPlaceholderText(tr("a word in the manual (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    findLabel->setBuddy(m_find);
    auto* next = new QPushButton(tr("&Next"), this);
    next->setObjectName(QStringLiteral("manualFindNext"));
    auto* previous = new QPushButton(tr("Pre&vious"), this);
    previous->setObjectName(QStringLiteral("manualFindPrevious"));
    m_findStatus = new QLabel(this);
    m_findStatus->setObjectName(QStringLiteral("manualFindStatus"));
    m_findStatus->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto* print = new QPushButton(tr("&Print…"), this);
    print->setObjectName(QStringLiteral("manualPrint"));
    print->setToolTip(tr("Print preview, print or save the manual as PDF"));
    bar->addWidget(findLabel);
    bar->addWidget(m_find, 1);
    bar->addWidget(next);
    bar->addWidget(previous);
    bar->addWidget(m_findStatus, 1);
    bar->addWidget(print);
    layout->addLayout(bar);

    auto* splitter = new QSplitter(this);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* contentsLabel = new QLabel(tr("Contents"), left);
    contentsLabel->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_contents = new QListWidget(left);
    m_contents->setObjectName(QStringLiteral("manualContents"));
    m_contents->setAccessibleName(tr("Contents"));
    leftLayout->addWidget(contentsLabel);
    leftLayout->addWidget(m_contents);
    m_browser = new QTextBrowser(splitter);
    m_browser->setObjectName(QStringLiteral("manualBrowser"));
    m_browser->setOpenExternalLinks(false);
    m_browser->document()->setDefaultStyleSheet(QStringLiteral(
        "body { font-size: 15px; } h1 { color: #23324a; } h2 { color: #23324a; margin-top: 24px; }"
        "h3 { color: #34496b; } p, li { line-height: 150%; } th { background: #eef2f7; }"));
    splitter->addWidget(left);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 780});
    layout->addWidget(splitter, 1);

    load();

    connect(m_contents, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { showAnchor(item->data(Qt::UserRole).toString()); });
    connect(m_contents, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_sections.size())
            showAnchor(m_sections.at(row).anchor);
    });
    connect(m_browser->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &ManualWindow::syncContents);
    connect(m_find, &QLineEdit::textEdited, this, [this] {
        // Typing on extends the match in place rather than jumping to the next one.
        QTextCursor c = m_browser->textCursor();
        c.setPosition(c.selectionStart());
        m_browser->setTextCursor(c);
        findFromField(false);
    });
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findFromField(false); });
    connect(next, &QPushButton::clicked, this, [this] { findFromField(false); });
    connect(previous, &QPushButton::clicked, this, [this] { findFromField(true); });
    connect(print, &QPushButton::clicked, this, &ManualWindow::print);
    auto* findKey = new QShortcut(QKeySequence::Find, this);
    connect(findKey, &QShortcut::activated, this, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    auto* nextKey = new QShortcut(QKeySequence::FindNext, this);
    connect(nextKey, &QShortcut::activated, this, [this] { findFromField(false); });
    auto* previousKey = new QShortcut(QKeySequence::FindPrevious, this);
    connect(previousKey, &QShortcut::activated, this, [this] { findFromField(true); });
}

ManualWindow::~ManualWindow() = default;

void ManualWindow::load()
{
    const QString folder = manualFolder();
    QFile file(folder + QStringLiteral("/manual.html"));
    if (!file.open(QIODevice::ReadOnly)) {
        m_browser->setPlainText(tr("The manual is missing from this copy of Youfu."));
        return;
    }
    m_browser->setSearchPaths({folder}); // pictures beside the text, should a section have any
    m_browser->setHtml(QString::fromUtf8(file.readAll()));

    for (QTextBlock b = m_browser->document()->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() != 2)
            continue;
        for (auto f = b.begin(); !f.atEnd(); ++f) {
            const QStringList names = f.fragment().charFormat().anchorNames();
            if (names.isEmpty())
                continue;
            m_sections << Section{names.first(), b.text().trimmed(), b.blockNumber()};
            auto* item = new QListWidgetItem(b.text().trimmed(), m_contents);
            item->setData(Qt::UserRole, names.first());
            break;
        }
    }
}

QStringList ManualWindow::sectionAnchors() const
{
    QStringList out;
    for (const Section& s : m_sections)
        out << s.anchor;
    return out;
}

QString ManualWindow::sectionTitle(const QString& anchor) const
{
    for (const Section& s : m_sections)
        if (s.anchor == anchor)
            return s.title;
    return QString();
}

bool ManualWindow::hasSection(const QString& anchor) const
{
    return sectionAnchors().contains(anchor);
}

QString ManualWindow::currentSection() const
{
    const int row = m_contents->currentRow();
    return row >= 0 && row < m_sections.size() ? m_sections.at(row).anchor : QString();
}

void ManualWindow::showAnchor(const QString& anchor)
{
    const int row = sectionAnchors().indexOf(anchor);
    m_requested = row >= 0 ? anchor : QString();
    if (row < 0) {
        m_browser->moveCursor(QTextCursor::Start);
        m_browser->verticalScrollBar()->setValue(0);
    } else {
        m_browser->scrollToAnchor(anchor);
    }
    const QSignalBlocker quiet(m_contents);
    m_contents->setCurrentRow(row);
}

double ManualWindow::headingTop(const Section& s) const
{
    const QTextBlock b = m_browser->document()->findBlockByNumber(s.blockNumber);
    return m_browser->document()->documentLayout()->blockBoundingRect(b).top();
}

// The contents list follows the reading: it marks the section at the top of the view (or the
// one asked for, while its heading is in view: the last sections cannot reach the top).
void ManualWindow::syncContents()
{
    const double top = m_browser->verticalScrollBar()->value();
    const double bottom = top + m_browser->viewport()->height();
    int row = -1;
    for (int i = 0; i < m_sections.size(); ++i) {
        const double y = headingTop(m_sections.at(i));
        if (m_sections.at(i).anchor == m_requested && y >= top - 4 && y < bottom) {
            row = i;
            break;
        }
        if (y <= top + 4)
            row = i;
    }
    if (row < 0 || m_sections.at(row).anchor != m_requested)
        m_requested.clear();
    const QSignalBlocker quiet(m_contents);
    m_contents->setCurrentRow(row);
}

bool ManualWindow::find(const QString& text, bool backward)
{
    if (text.isEmpty()) {
        m_findStatus->clear();
        return false;
    }
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_browser->find(text, flags);
    if (!found) { // round again from the other end
        const QTextCursor keep = m_browser->textCursor();
        m_browser->moveCursor(backward ? QTextCursor::End : QTextCursor::Start);
        found = m_browser->find(text, flags);
        if (!found)
            m_browser->setTextCursor(keep);
    }
    m_findStatus->setText(found ? QString() : tr("“%1” is not in the manual.").arg(text));
    return found;
}

void ManualWindow::findFromField(bool backward)
{
    find(m_find->text(), backward);
}

core::OfficialDocument ManualWindow::paper() const
{
    return manualPaper(*m_browser->document());
}

std::unique_ptr<PrintPreview> ManualWindow::makePrintPreview()
{
    const core::OfficialDocument doc = paper();
    return std::make_unique<PrintPreview>(doc, doc.title() + QStringLiteral(".pdf"), this);
}

void ManualWindow::print()
{
    makePrintPreview()->exec();
}

} // namespace youfu::ui
