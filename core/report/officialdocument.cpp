#include "report/officialdocument.h"

#include "common/isotime.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>

#include <cmath>

namespace youfu::core {

namespace {

QString alignAttr(Qt::Alignment a)
{
    if (a & Qt::AlignHCenter)
        return QStringLiteral("center");
    if (a & Qt::AlignRight)
        return QStringLiteral("right");
    if (a & Qt::AlignJustify)
        return QStringLiteral("justify");
    return QStringLiteral("left");
}

QString pt(double v)
{
    return QString::number(v, 'f', 1) + QStringLiteral("pt");
}

// Qt's CSS understands margins and indents only in px (1/96 inch; scaled to the device).
QString px(double points)
{
    return QString::number(qRound(points * 96.0 / 72.0)) + QStringLiteral("px");
}

// Stands for the free-text point size in the HTML until toHtml(); escape() drops control
// characters, so no text can contain it.
const QString kFreeSize = QStringLiteral("\x01");

bool isChinese(QChar c)
{
    const char16_t u = c.unicode();
    return c.script() == QChar::Script_Han || (u >= 0x3000 && u <= 0x303F) ||
           (u >= 0xFF00 && u <= 0xFFEF);
}

// Width of a label in ems: a Chinese character is one, other characters about half.
double emWidth(const QString& text)
{
    double w = 0;
    for (QChar c : text)
        w += isChinese(c) ? 1.0 : 0.55;
    return w;
}

const QString kBlankName = QStringLiteral("____________");
const QString kBlankDate = QStringLiteral("　　　年　　月　　日");
// A ruled table: a thin black rule around every cell, no gaps. Not border-collapse: with it Qt
// leaves a table that runs on to the next page open at the bottom.
// Padding in px: 5 in lists; 2 in particulars, so that a whole form fits one sheet.
QString ruled(int padding)
{
    return QStringLiteral(" border=\"1\" cellspacing=\"0\" cellpadding=\"%1\" width=\"100%\""
                          " style=\"border-color:#000000; border-style:solid;"
                          " margin-top:8px; margin-bottom:8px;")
        .arg(padding);
}
constexpr int kParticularsPadding = 2;

} // namespace

OfficialDocument::OfficialDocument(const PageSetup& page, std::optional<ReportFonts> fonts)
    : m_page(page)
{
    if (fonts)
        m_fonts = *fonts;
    else if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        m_fonts = ReportFonts::installed();
    else
        m_fonts = ReportFonts::choose({}); // no font database without a GUI app
}

QString OfficialDocument::font(const QString& family, double pointSize, bool bold) const
{
    QString f = QStringLiteral("font-family:'%1'; font-size:%2;")
                    .arg(family.toHtmlEscaped(), pointSize < 0 ? kFreeSize : pt(pointSize));
    if (bold)
        f += QStringLiteral(" font-weight:bold;");
    return f;
}

QString OfficialDocument::chineseBrackets(const QString& text)
{
    QString out = text;
    QList<int> open; // positions of unmatched '('
    auto chineseAt = [&](int i) { return i >= 0 && i < out.size() && isChinese(out.at(i)); };
    auto hasChinese = [&](int from, int to) {
        for (int k = from; k < to; ++k)
            if (isChinese(out.at(k)))
                return true;
        return false;
    };
    for (int i = 0; i < out.size(); ++i) {
        if (out.at(i) == u'(') {
            open << i;
        } else if (out.at(i) == u')') {
            if (!open.isEmpty()) {
                const int o = open.takeLast();
                if (chineseAt(o - 1) || hasChinese(o + 1, i)) {
                    out[o] = QChar(0xFF08);
                    out[i] = QChar(0xFF09);
                }
            } else if (chineseAt(i - 1) || chineseAt(i + 1)) {
                out[i] = QChar(0xFF09);
            }
        }
    }
    for (int o : open)
        if (chineseAt(o - 1) || chineseAt(o + 1))
            out[o] = QChar(0xFF08);
    return out;
}

QString OfficialDocument::escape(const QString& rawText)
{
    const QString text = chineseBrackets(rawText);
    QString clean;
    clean.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                continue;
            clean += u'\n';
        } else if (c == u'\t') {
            clean += u' ';
        } else if (c == u'\n' || c.category() != QChar::Other_Control) {
            clean += c;
        }
    }
    // Spaces are kept as typed: the body is white-space:pre-wrap (forms use 　　 for blanks).
    return clean.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
}

QString OfficialDocument::signLine(const QString& label, const QString& name, const QDate& date)
{
    return QStringLiteral("%1：%2　　%3")
        .arg(label, name.trimmed().isEmpty() ? kBlankName : name,
             date.isValid() ? chineseDate(date) : kBlankDate);
}

OfficialDocument& OfficialDocument::setTitle(const QString& title)
{
    m_title = title;
    return *this;
}

OfficialDocument& OfficialDocument::setNumberLine(const QString& left, const QString& right)
{
    m_numberLeft = left;
    m_number = right;
    m_numberAlign = Qt::AlignRight;
    return *this;
}

OfficialDocument& OfficialDocument::setContinuationHeader(const QString& title, const QString& line)
{
    m_continuationTitle = chineseBrackets(title);
    m_continuationLine = chineseBrackets(line);
    return *this;
}

OfficialDocument& OfficialDocument::setFreeTextPointSize(double pointSize)
{
    m_freePt = pointSize;
    return *this;
}

OfficialDocument& OfficialDocument::setDocumentNumber(const QString& text, Qt::Alignment align)
{
    m_number = text;
    m_numberAlign = align;
    return *this;
}

OfficialDocument& OfficialDocument::addParagraph(const QString& text)
{
    m_parts << QStringLiteral("<p style=\"text-indent:%1; margin-top:0; margin-bottom:0;\">%2</p>")
                   .arg(px(2 * ReportFonts::kBodyPt), escape(text));
    return *this;
}

OfficialDocument& OfficialDocument::addLine(const QString& text, Qt::Alignment align)
{
    m_parts << QStringLiteral("<p align=\"%1\" style=\"margin-top:0; margin-bottom:0;\">%2</p>")
                   .arg(alignAttr(align), escape(text));
    return *this;
}

OfficialDocument& OfficialDocument::addHeading(const QString& text)
{
    m_parts << QStringLiteral(
                   "<p style=\"font-weight:bold; margin-top:11px; margin-bottom:5px;\">%1</p>")
                   .arg(escape(text));
    return *this;
}

OfficialDocument& OfficialDocument::addNote(const QString& text)
{
    m_parts << QStringLiteral("<p style=\"%1 margin-top:3px; margin-bottom:3px;\">%2</p>")
                   .arg(font(m_fonts.tableFamily, ReportFonts::kSmallPt), escape(text));
    return *this;
}

OfficialDocument& OfficialDocument::addParticulars(const QList<Particular>& fields, int pairsPerRow,
                                                   double pointSize)
{
    const int pairs = qBound(1, pairsPerRow, 3);
    const int columns = 2 * pairs;
    // Labels narrow, values wide; the percentages add up to 100. A label never wraps (公民身份号
    // over 码): its column is as wide as the longest label, with the cell's padding and rules.
    // Each label column is as wide as the longest label it holds (wide rows use the first).
    QList<double> longest(pairs, 2.0);
    {
        int used = 0;
        for (int i = 0; i < fields.size(); ++i) {
            const Particular& p = fields.at(i);
            if (p.wide)
                used = 0;
            longest[used] = qMax(longest.at(used), emWidth(p.label));
            used = p.wide || used + 1 == pairs || (i + 1 < fields.size() && fields.at(i + 1).wide)
                       ? 0
                       : used + 1;
        }
    }
    const double blockPt = m_page.textBlockMm().width() * 72.0 / 25.4;
    QList<int> labelPcts;
    int labelsPct = 0;
    for (double ems : longest) {
        const double labelPt = ems * pointSize + 2 * (kParticularsPadding + 1) * 0.75 + 8;
        labelPcts << qMax(10, int(std::ceil(100.0 * labelPt / blockPt)));
        labelsPct += labelPcts.last();
    }
    const int valuePct = (100 - labelsPct) / pairs;
    const QString cellFont = font(m_fonts.tableFamily, pointSize);
    const QString freeFont = font(m_fonts.tableFamily, -1);

    // Qt takes column widths from any single-column cell, so every such cell carries one.
    auto labelCell = [&](const QString& label, int pair) {
        return QStringLiteral("<td align=\"center\" valign=\"middle\" width=\"%1%\" "
                              "style=\"%2 white-space:nowrap;\">%3</td>")
            .arg(labelPcts.at(pair))
            .arg(cellFont, escape(label));
    };
    auto valueCell = [&](const Particular& p, int span) {
        QString body = escape(p.value);
        for (int i = 0; i < p.blankLines; ++i)
            body += QStringLiteral("<br/>&nbsp;");
        if (!p.signLine.isEmpty())
            body = QStringLiteral("<p style=\"margin:0;\">%1</p><p align=\"right\" "
                                  "style=\"margin-top:4px; margin-bottom:0;\">%2</p>")
                       .arg(body, escape(p.signLine));
        return QStringLiteral("<td valign=\"middle\"%1 style=\"%2\">%3</td>")
            .arg(span > 1 ? QStringLiteral(" colspan=\"%1\"").arg(span)
                          : QStringLiteral(" width=\"%1%\"").arg(valuePct),
                 p.freeText ? freeFont : cellFont, body);
    };

    QString html = QStringLiteral("<table") + ruled(kParticularsPadding) + QStringLiteral("\">");
    QString row;
    int used = 0; // label/value pairs on the open row
    const auto closeRow = [&] {
        if (used > 0)
            html += QStringLiteral("<tr>") + row + QStringLiteral("</tr>");
        row.clear();
        used = 0;
    };
    for (int i = 0; i < fields.size(); ++i) {
        const Particular& p = fields.at(i);
        const bool lastOnRow =
            p.wide || used + 1 == pairs || i + 1 == fields.size() || fields.at(i + 1).wide;
        if (p.wide)
            closeRow();
        // The last value on a row takes up the columns left over.
        const int span = lastOnRow ? columns - 2 * used - 1 : 1;
        row += labelCell(p.label, used) + valueCell(p, span);
        ++used;
        if (lastOnRow)
            closeRow();
    }
    closeRow();
    html += QStringLiteral("</table>");
    m_parts << html;
    return *this;
}

OfficialDocument& OfficialDocument::addTable(const RuledTable& table)
{
    int columns = table.header.size();
    for (const QStringList& r : table.rows)
        columns = qMax(columns, int(r.size()));
    if (columns == 0)
        return *this;
    const QString cellFont = font(m_fonts.tableFamily, table.freeText ? -1 : table.pointSize);
    auto attrs = [&](int c, bool withWidth) {
        QString a;
        if (c < table.alignment.size())
            a += QStringLiteral(" align=\"%1\"").arg(alignAttr(table.alignment.at(c)));
        if (withWidth && c < table.columnPercent.size())
            a += QStringLiteral(" width=\"%1%\"").arg(table.columnPercent.at(c));
        return a;
    };

    QString html = QStringLiteral("<table") + ruled(5) + QStringLiteral("\">");
    bool widthsGiven = false;
    if (!table.header.isEmpty()) {
        // <thead> becomes QTextTableFormat::headerRowCount: repeated on every page.
        html += QStringLiteral("<thead><tr>");
        for (int c = 0; c < columns; ++c)
            html += QStringLiteral("<th align=\"center\" valign=\"middle\"%1 style=\"%2\">%3</th>")
                        .arg(c < table.columnPercent.size()
                                 ? QStringLiteral(" width=\"%1%\"").arg(table.columnPercent.at(c))
                                 : QString(),
                             font(m_fonts.tableFamily, table.pointSize, true),
                             escape(table.header.value(c)));
        html += QStringLiteral("</tr></thead>");
        widthsGiven = true;
    }
    html += QStringLiteral("<tbody>");
    for (const QStringList& r : table.rows) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < columns; ++c)
            html += QStringLiteral("<td valign=\"middle\"%1 style=\"%2\">%3</td>")
                        .arg(attrs(c, !widthsGiven), cellFont, escape(r.value(c)));
        html += QStringLiteral("</tr>");
        widthsGiven = true;
    }
    html += QStringLiteral("</tbody></table>");
    m_parts << html;
    return *this;
}

OfficialDocument& OfficialDocument::addSignatures(const QList<SignatureSlot>& slots)
{
    if (slots.isEmpty())
        return *this;
    // A borderless table keeps the labels and dates of several slots aligned; 四号 so that a
    // blank date with its seal mark fits on one line.
    const QString cellFont = font(m_fonts.bodyFamily, ReportFonts::kTableLargePt);
    QString html =
        QStringLiteral("<table border=\"0\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\""
                       " style=\"margin-top:12px;\">");
    for (const SignatureSlot& s : slots) {
        const QString who =
            QStringLiteral("%1：%2").arg(s.label, s.name.trimmed().isEmpty() ? kBlankName : s.name);
        QString when =
            QStringLiteral("日期：%1").arg(s.date.isValid() ? chineseDate(s.date) : kBlankDate);
        if (s.seal)
            when += QStringLiteral("（盖章）");
        html += QStringLiteral("<tr><td width=\"42%\" style=\"%1\">%2</td><td width=\"58%\" "
                               "style=\"%1\">%3</td></tr>")
                    .arg(cellFont, escape(who), escape(when));
    }
    html += QStringLiteral("</table>");
    m_parts << html;
    return *this;
}

OfficialDocument& OfficialDocument::addDateLine(const QDate& date)
{
    m_parts << QStringLiteral(
                   "<p align=\"right\" style=\"margin-right:%1; margin-top:13px;\">%2</p>")
                   .arg(px(2 * ReportFonts::kBodyPt),
                        escape(date.isValid() ? chineseDate(date) : kBlankDate));
    return *this;
}

OfficialDocument& OfficialDocument::addSpace(int lines)
{
    for (int i = 0; i < qMax(1, lines); ++i)
        m_parts << QStringLiteral("<p style=\"margin:0;\">&nbsp;</p>");
    return *this;
}

OfficialDocument& OfficialDocument::addImage(const QImage& image, double widthMm)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    // Qt's HTML import takes an image's size in 1/96 inch, scaled to the paint device.
    const double widthPx = widthMm * 96.0 / 25.4;
    const double heightPx = image.width() > 0 ? widthPx * image.height() / image.width() : 0;
    m_parts << QStringLiteral(
                   "<p align=\"center\" style=\"margin-top:6px; margin-bottom:6px;\">"
                   "<img src=\"data:image/png;base64,%1\" width=\"%2\" height=\"%3\"/></p>")
                   .arg(QString::fromLatin1(png.toBase64()), QString::number(qRound(widthPx)),
                        QString::number(qRound(heightPx)));
    return *this;
}

OfficialDocument& OfficialDocument::addPageBreak()
{
    m_parts << QStringLiteral(
        "<p style=\"page-break-before:always; margin:0; font-size:1pt;\">&nbsp;</p>");
    return *this;
}

QString OfficialDocument::toHtml() const
{
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"/><title>%1</title></head>"
                                  "<body style=\"%2 white-space:pre-wrap;\">")
                       .arg(escape(m_title), font(m_fonts.bodyFamily, ReportFonts::kBodyPt));
    if (!m_title.isEmpty())
        html += QStringLiteral(
                    "<p align=\"center\" style=\"%1 margin-top:0; margin-bottom:%2;\">%3</p>")
                    .arg(font(m_fonts.headingFamily, ReportFonts::kTitlePt, m_fonts.headingBold),
                         px(m_number.isEmpty() ? 14 : 6), escape(m_title));
    if (!m_numberLeft.isEmpty())
        html += QStringLiteral("<table border=\"0\" cellspacing=\"0\" cellpadding=\"0\" "
                               "width=\"100%\" style=\"margin-bottom:6px;\"><tr>"
                               "<td align=\"left\" style=\"%1\">%2</td>"
                               "<td align=\"right\" style=\"%1\">%3</td></tr></table>")
                    .arg(font(m_fonts.tableFamily, ReportFonts::kTableLargePt),
                         escape(m_numberLeft), escape(m_number));
    else if (!m_number.isEmpty())
        html +=
            QStringLiteral("<p align=\"%1\" style=\"%2 margin-top:0; margin-bottom:8px;\">%3</p>")
                .arg(alignAttr(m_numberAlign),
                     font(m_fonts.tableFamily, ReportFonts::kTableLargePt), escape(m_number));
    html += m_parts.join(QString());
    html += QStringLiteral("</body></html>");
    return html.replace(kFreeSize, pt(m_freePt));
}

} // namespace youfu::core
