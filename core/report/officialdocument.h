#pragma once

#include "report/pagesetup.h"
#include "report/reportfonts.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace youfu::core {

// One label–value pair of a particulars table (基本情况表, 审批表).
struct Particular
{
    Particular(QString label = QString(), QString value = QString(), bool wide = false,
               QString signLine = QString(), int blankLines = 0, bool freeText = false)
        : label(std::move(label)), value(std::move(value)), wide(wide),
          signLine(std::move(signLine)), blankLines(blankLines), freeText(freeText)
    {}
    QString label;      // 姓名, 身份证号, 科长审核意见 …
    QString value;      // plain text; line breaks are kept, long text wraps
    bool wide = false;  // the value takes the rest of the row (addresses, opinions)
    QString signLine;   // right-aligned last line in the value cell, e.g. signLine(…) below
    int blankLines = 0; // empty lines after the value: room to write or sign by hand
    // Free text of any length (facts, opinions): printed at the document's free-text size, which
    // shrinks to keep a one-page form on one page (see fitToPages() in documentrenderer.h).
    bool freeText = false;
};

// A ruled table with a header row that repeats at the top of every page (名册, 目录, 公示名单).
struct RuledTable
{
    QStringList header;             // one header row; may be empty
    QList<QStringList> rows;        // plain text cells; short rows are padded
    QList<int> columnPercent;       // optional widths in % of the text block
    QList<Qt::Alignment> alignment; // optional per column; default left (use AlignRight for money)
    double pointSize = ReportFonts::kTablePt; // 12 pt (小四) … 14 pt (四号)
    bool freeText = false; // cells at the document's free-text size instead (see Particular)
};

// A labelled place to sign: "经办人：________　　日期：　　年　　月　　日（盖章）".
// An empty name or invalid date leaves the blank to be filled in by hand.
struct SignatureSlot
{
    SignatureSlot(QString label = QString(), QString name = QString(), QDate date = QDate(),
                  bool seal = false)
        : label(std::move(label)), name(std::move(name)), date(date), seal(seal)
    {}
    QString label; // 经办人, 审核人, 负责人 …
    QString name;
    QDate date;
    bool seal = false; // adds （盖章）
};

// Builds an official paper (GB/T 9704 look) as HTML for QTextDocument; the renderer
// (documentrenderer.h) turns it into PDF, print and preview with the same layout.
// All text given to it is plain text: it is escaped here, never interpreted as HTML.
//
//     OfficialDocument doc;              // A4 portrait; OfficialDocument(PageSetup::landscape())
//     doc.setTitle(QStringLiteral("优抚对象基本情况表"));
//     doc.setDocumentNumber(QStringLiteral("编号：武民优审〔2026〕0001号"));
//     doc.addParticulars({{"姓名", "张三"}, {"性别", "男"},
//                         {"家庭住址", "…", /*wide*/ true}});
//     RuledTable t;
//     t.header = {"序号", "姓名", "金额（元）"};
//     t.rows = rows;                              // QList<QStringList>
//     t.columnPercent = {10, 60, 30};
//     t.alignment = {Qt::AlignHCenter, Qt::AlignLeft, Qt::AlignRight};
//     doc.addTable(t);
//     doc.addSignatures({{"经办人"}, {"负责人", QString(), QDate(), /*seal*/ true}});
//     doc.addDateLine(QDate(2026, 11, 29));        // 2026年11月29日, right-aligned
//     renderToPdf(doc, path);                      // returns Status
class OfficialDocument
{
public:
    // Fonts default to ReportFonts::installed() (the Noto fallback names without a GUI app).
    explicit OfficialDocument(const PageSetup& page = PageSetup::portrait(),
                              std::optional<ReportFonts> fonts = std::nullopt);

    const PageSetup& pageSetup() const { return m_page; }
    const ReportFonts& fonts() const { return m_fonts; }

    // 二号 bold title, centred; it also names the PDF.
    OfficialDocument& setTitle(const QString& title);
    QString title() const { return m_title; }
    // A line under the title, e.g. "编号：武民优审〔2026〕0001号"; right-aligned by default.
    OfficialDocument& setDocumentNumber(const QString& text, Qt::Alignment align = Qt::AlignRight);

    // Pages after the first start with this header (续页): `title` centred and bold, e.g.
    // "优抚对象待遇审批表（续页）", and `line` under it, e.g. "编号：…　　姓名：张三".
    OfficialDocument& setContinuationHeader(const QString& title, const QString& line = QString());
    QString continuationTitle() const { return m_continuationTitle; }
    QString continuationLine() const { return m_continuationLine; }
    bool hasContinuationHeader() const { return !m_continuationTitle.isEmpty(); }

    // Point size of free text (Particular::freeText, RuledTable::freeText); 12 pt by default.
    OfficialDocument& setFreeTextPointSize(double pointSize);
    double freeTextPointSize() const { return m_freePt; }

    // Instead of a number line: one 四号 line with `left` at the left and `right` at the right,
    // e.g. "填报单位：武冈市民政局" … "编号：武民优审〔2026〕0001号".
    OfficialDocument& setNumberLine(const QString& left, const QString& right);

    // 三号 running text, first line indented two characters.
    OfficialDocument& addParagraph(const QString& text);
    // 三号 line without indent, aligned as given (subtitles, addressee "各乡镇民政办：").
    OfficialDocument& addLine(const QString& text, Qt::Alignment align = Qt::AlignLeft);
    // Bold 三号 section heading ("一、基本情况").
    OfficialDocument& addHeading(const QString& text);
    // 五号 note, e.g. "注：身份证号已部分隐去。"
    OfficialDocument& addNote(const QString& text);
    // Ruled label–value table, `pairsPerRow` label/value pairs on each row (1–3). At 12 pt a
    // six-character label (公民身份号码) and an 18-digit ID number fit on one line with 2 pairs.
    OfficialDocument& addParticulars(const QList<Particular>& fields, int pairsPerRow = 2,
                                     double pointSize = ReportFonts::kTablePt);
    // Ruled table with a repeating header row. A row is never split between two pages (unless
    // it is taller than a page); the header row repeats on every page the table continues on.
    OfficialDocument& addTable(const RuledTable& table);
    // Signature places, one slot per line: "经办人：李四　　日期：2026年11月29日（盖章）".
    OfficialDocument& addSignatures(const QList<SignatureSlot>& slots);
    // The date of the paper, right-aligned: 2026年11月29日.
    OfficialDocument& addDateLine(const QDate& date);
    // Vertical space of about `lines` body lines.
    OfficialDocument& addSpace(int lines = 1);
    // What follows starts on a new page.
    OfficialDocument& addPageBreak();
    // A picture (a chart) `widthMm` wide, centred, kept in the HTML as a PNG data URL.
    OfficialDocument& addImage(const QImage& image, double widthMm);

    // "签字：张三　　2026年11月29日" for Particular::signLine; blanks when name/date are empty.
    static QString signLine(const QString& label, const QString& name, const QDate& date);
    // Plain text made safe for HTML, line breaks kept as <br/>, brackets made Chinese.
    static QString escape(const QString& text);
    // Half-width brackets around or next to Chinese text become full-width, as Chinese papers
    // print them: "残疾军人(二级)" → "残疾军人（二级）"; "(3)" and "A(B)" stay as they are.
    static QString chineseBrackets(const QString& text);

    // The whole paper as one HTML page (UTF-8), the input of QTextDocument::setHtml.
    QString toHtml() const;
    bool isEmpty() const { return m_title.isEmpty() && m_parts.isEmpty(); }

private:
    QString font(const QString& family, double pointSize, bool bold = false) const;

    PageSetup m_page;
    ReportFonts m_fonts;
    QString m_title;
    QString m_continuationTitle;
    QString m_continuationLine;
    double m_freePt = ReportFonts::kTablePt;
    QString m_number;
    QString m_numberLeft;
    Qt::Alignment m_numberAlign = Qt::AlignRight;
    QStringList m_parts; // HTML fragments in order
};

} // namespace youfu::core
