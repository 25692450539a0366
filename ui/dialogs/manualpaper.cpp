#include "dialogs/manualpaper.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

namespace youfu::ui {

namespace {

QString cellText(const QTextTableCell& cell)
{
    QTextCursor c = cell.firstCursorPosition();
    c.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return c.selectedText().replace(QChar::ParagraphSeparator, u'\n').trimmed();
}

core::RuledTable ruledTable(const QTextTable& table)
{
    core::RuledTable t;
    t.pointSize = core::ReportFonts::kTableLargePt;
    for (int r = 0; r < table.rows(); ++r) {
        QStringList row;
        for (int c = 0; c < table.columns(); ++c)
            row << cellText(table.cellAt(r, c));
        if (r == 0)
            t.header = row;
        else
            t.rows << row;
    }
    return t;
}

} // namespace

QString chineseNumeral(int n)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (n <= 0 || n > 99)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    const int tens = n / 10;
    const int ones = n % 10;
    QString out = tens == 1 ? QString() : QString(digits.at(tens));
    out += u'十';
    if (ones)
        out += digits.at(ones);
    return out;
}

core::OfficialDocument manualPaper(const QTextDocument& manual)
{
    core::OfficialDocument paper;
    int section = 0;
    int part = 0;
    QTextFrame* root = manual.rootFrame();
    for (auto it = root->begin(); !it.atEnd(); ++it) {
        if (QTextFrame* frame = it.currentFrame()) {
            if (auto* table = qobject_cast<QTextTable*>(frame))
                paper.addTable(ruledTable(*table));
            continue;
        }
        const QTextBlock block = it.currentBlock();
        const QString text = block.text().trimmed();
        if (text.isEmpty())
            continue;
        switch (block.blockFormat().headingLevel()) {
        case 1:
            if (paper.title().isEmpty())
                paper.setTitle(text);
            else
                paper.addHeading(text);
            continue;
        case 2:
            part = 0;
            paper.addHeading(chineseNumeral(++section) + u'、' + text);
            continue;
        case 3:
            paper.addHeading(QStringLiteral("（%1）%2").arg(chineseNumeral(++part), text));
            continue;
        default:
            break;
        }
        const QTextList* list = block.textList();
        if (list && list->format().style() == QTextListFormat::ListDecimal)
            paper.addParagraph(QStringLiteral("%1．%2").arg(list->itemNumber(block) + 1).arg(text));
        else
            paper.addParagraph(text); // Chinese papers print bullet points as plain paragraphs
    }
    return paper;
}

} // namespace youfu::ui
