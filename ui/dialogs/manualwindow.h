#pragma once

#include "report/officialdocument.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace youfu::ui {

class PrintPreview;

// The user manual (使用说明) inside the program: a contents list on the left, the text on the
// right, find-in-page (Ctrl+F) and 打印… with print preview and Save as PDF. One window at a
// time, not modal: the clerk reads it beside the page they work on.
//
//     ManualWindow::showSection(this, currentPage()->objectName()); // F1
class ManualWindow : public QWidget
{
    Q_OBJECT
public:
    // Opens the manual (or raises the open one) at the section whose anchor is `anchor` (a
    // page's objectName, or login / backup / settings / shortcuts); an unknown anchor opens it
    // at the start. Returns the window.
    static ManualWindow* showSection(QWidget* parent, const QString& anchor);

    explicit ManualWindow(QWidget* parent = nullptr);
    ~ManualWindow() override;

    // The sections in order: their anchors and headings.
    QStringList sectionAnchors() const;
    QString sectionTitle(const QString& anchor) const;
    bool hasSection(const QString& anchor) const;
    // The section selected in the contents list.
    QString currentSection() const;

    // Scrolls to the section; an unknown or empty anchor goes to the start.
    void showAnchor(const QString& anchor);
    // Selects the next (or previous) place where `text` occurs, from the cursor, wrapping
    // round at the end. False when the manual does not contain it.
    bool find(const QString& text, bool backward = false);

    // The manual as a paper, and its preview (print, Save as PDF) as "打印…" opens it. The
    // preview is a child of this window: let it go before the window.
    core::OfficialDocument paper() const;
    std::unique_ptr<PrintPreview> makePrintPreview();

private:
    struct Section
    {
        QString anchor;
        QString title;
        int blockNumber = 0;
    };

    void load();
    void print();
    void findFromField(bool backward);
    void syncContents();
    double headingTop(const Section& s) const;

    QListWidget* m_contents = nullptr;
    QTextBrowser* m_browser = nullptr;
    QLineEdit* m_find = nullptr;
    QLabel* m_findStatus = nullptr;
    QList<Section> m_sections;
    QString m_requested; // kept selected while its heading is in view
};

} // namespace youfu::ui
