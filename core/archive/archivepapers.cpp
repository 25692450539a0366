#include "archive/archivepapers.h"

#include "common/isotime.h"
#include "report/pagesetup.h"
#include "report/reportfonts.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::ArchivePapers)
};

// "张三" → "张　三": short labels are spread to the width of the longest, as forms do.
QString spread(const QString& label, int width)
{
    if (label.size() >= width || label.size() < 2)
        return label;
    const int gaps = int(label.size()) - 1;
    const int fill = width - int(label.size());
    QString out;
    for (int i = 0; i < label.size(); ++i) {
        out += label.at(i);
        if (i < gaps)
            out += QString(fill / gaps + (i < fill % gaps ? 1 : 0), QChar(0x3000));
    }
    return out;
}

QString locationText(const ArchiveData& d)
{
    QStringList parts;
    if (!d.cabinet.isEmpty())
        parts << d.cabinet + QStringLiteral("柜");
    if (!d.box.isEmpty())
        parts << d.box + QStringLiteral("盒");
    if (!d.volume.isEmpty())
        parts << QStringLiteral("第") + d.volume + QStringLiteral("卷");
    return parts.join(QStringLiteral("　"));
}
} // namespace

namespace ArchivePapers {

Status paintCover(const ArchivePaperData& data, QPagedPaintDevice* device)
{
    // The cover is a form, not running text: margins of an archive box cover (25 mm), and
    // everything placed in millimetres.
    PageSetup page = PageSetup::portrait();
    page.topMm = page.bottomMm = page.leftMm = page.rightMm = 25.0;
    device->setPageLayout(page.pageLayout());
    QPainter p;
    if (!p.begin(device))
        return Status::failure(Tr::tr("The cover cannot be drawn on this printer."));
    const double dpi = device->logicalDpiX();
    auto mm = [dpi](double v) { return v * dpi / 25.4; };
    const double width = mm(210 - 50);
    const ReportFonts& fonts = ReportFonts::installed();
    p.setPen(QPen(Qt::black, mm(0.3)));

    // A double frame, as printed archive covers have.
    p.drawRect(QRectF(0, 0, width, mm(297 - 50)));
    p.setPen(QPen(Qt::black, mm(0.8)));
    p.drawRect(QRectF(mm(2), mm(2), width - mm(4), mm(297 - 54)));
    p.setPen(QPen(Qt::black, mm(0.3)));

    QFont small = fonts.tableFont(ReportFonts::kTableLargePt);
    p.setFont(small);
    // 档号 box at the top right.
    const QRectF numberBox(width - mm(78), mm(10), mm(68), mm(12));
    p.drawRect(numberBox);
    {
        QFont f = small;
        const QString number = QStringLiteral("档号：") + data.archiveNumber;
        while (QFontMetricsF(f, device).horizontalAdvance(number) > numberBox.width() - mm(4) &&
               f.pointSizeF() > 8)
            f.setPointSizeF(f.pointSizeF() - 0.5);
        p.setFont(f);
        p.drawText(numberBox.adjusted(mm(2), 0, -mm(2), 0), Qt::AlignVCenter | Qt::AlignLeft,
                   number);
    }

    QFont title = fonts.titleFont();
    title.setPointSizeF(32);
    p.setFont(title);
    // Spaced with ideographic spaces: letter spacing scales differently on printers and PDF.
    p.drawText(QRectF(0, mm(45), width, mm(25)), Qt::AlignCenter,
               QStringLiteral("优\u3000抚\u3000对\u3000象\u3000档\u3000案"));

    QFont body = fonts.bodyFont();
    p.setFont(body);
    const QList<QPair<QString, QString>> lines = {
        {QStringLiteral("姓名"), data.personName},
        {QStringLiteral("性别"), data.sex},
        {QStringLiteral("出生日期"), data.birthDate},
        {QStringLiteral("公民身份号码"), data.citizenId},
        {QStringLiteral("优抚类别"), data.categories},
        {QStringLiteral("乡镇（街道）"), data.township},
        {QStringLiteral("家庭住址"), data.address},
    };
    const double left = mm(22);
    const double labelWidth = mm(46);
    const double valueRight = width - mm(22);
    double y = mm(92);
    const double step = mm(13);
    for (const auto& [label, value] : lines) {
        const QRectF labelRect(left, y - mm(9), labelWidth, mm(10));
        p.drawText(labelRect, Qt::AlignRight | Qt::AlignBottom,
                   spread(label, 4) + QStringLiteral("："));
        QRectF valueRect(left + labelWidth, y - mm(11), valueRight - left - labelWidth, mm(12));
        QFont f = body;
        const QString text = OfficialDocument::chineseBrackets(value); // 残疾军人（三级）
        const QRectF textRect = valueRect.adjusted(mm(2), 0, 0, 0);
        // A long value shrinks a little, then wraps onto two lines above the rule; a very long
        // one shrinks further until it fits above the rule.
        auto tooBig = [&](const QFont& font) {
            const QFontMetricsF m(font, device);
            if (font.pointSizeF() > 12)
                return m.horizontalAdvance(text) > textRect.width();
            return m.boundingRect(textRect, Qt::AlignLeft | Qt::TextWordWrap, text).height() >
                   textRect.height();
        };
        while (tooBig(f) && f.pointSizeF() > 7)
            f.setPointSizeF(f.pointSizeF() - 0.5);
        p.setFont(f);
        p.drawText(textRect, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, text);
        p.setFont(body);
        p.drawLine(QPointF(left + labelWidth, y + mm(0.8)), QPointF(valueRight, y + mm(0.8)));
        y += step;
    }

    // Custody table: 立卷日期, 存放位置, 保管人, 保管期限.
    p.setFont(fonts.tableFont(ReportFonts::kTableLargePt));
    const double tableTop = mm(190);
    const double rowH = mm(11);
    const double tableWidth = valueRight - left;
    const QList<double> colShare = {0.26, 0.30, 0.22, 0.22};
    const QStringList labels = {QStringLiteral("立卷日期"), QStringLiteral("存放位置"),
                                QStringLiteral("保管人"), QStringLiteral("保管期限")};
    const QStringList values = {chineseDate(data.openedOn), locationText(data.location),
                                data.location.keeper, QStringLiteral("永久")};
    for (int r = 0; r < 2; ++r) {
        for (int c = 0; c < 4; ++c) {
            double x = left;
            for (int k = 0; k < c; ++k)
                x += colShare.at(k) * tableWidth;
            const QRectF cell(x, tableTop + r * rowH, colShare.at(c) * tableWidth, rowH);
            p.drawRect(cell);
            const QString text =
                OfficialDocument::chineseBrackets(r == 0 ? labels.at(c) : values.at(c));
            QFont f = fonts.tableFont(ReportFonts::kTableLargePt);
            while (QFontMetricsF(f, device).horizontalAdvance(text) > cell.width() - mm(2) &&
                   f.pointSizeF() > 8)
                f.setPointSizeF(f.pointSizeF() - 0.5);
            p.setFont(f);
            p.drawText(cell, Qt::AlignCenter, text);
        }
    }

    p.setFont(body);
    p.drawText(QRectF(mm(6), mm(222), width - mm(12), mm(14)), Qt::AlignCenter | Qt::TextWordWrap,
               OfficialDocument::chineseBrackets(QStringLiteral("立档单位：") + data.officeName +
                                                 QStringLiteral("（盖章）")));
    p.end();
    return Status::success();
}

PagePainter coverPainter(const ArchivePaperData& data)
{
    return [data](QPagedPaintDevice* device) { return paintCover(data, device); };
}

QList<QStringList> catalogueRows(const QList<ArchiveDocument>& documents)
{
    QList<QStringList> rows;
    int page = 1;
    int n = 0;
    for (const ArchiveDocument& d : documents) {
        const int first = page;
        const int last = page + d.pages - 1;
        page = last + 1;
        const QString pages =
            first == last ? QString::number(first) : QStringLiteral("%1—%2").arg(first).arg(last);
        QString note = d.note;
        if (d.supersedesId)
            note = (note.isEmpty() ? QString() : note + QStringLiteral("；")) +
                   QStringLiteral("更正：") + d.supersedeReason;
        const QString date = chineseDate(d.documentDate); // 2026年12月1日, as on every paper
        rows << QStringList{QString::number(++n),     d.title, date,
                            QString::number(d.pages), pages,   note};
    }
    return rows;
}

OfficialDocument catalogue(const ArchivePaperData& data)
{
    OfficialDocument doc;
    doc.setTitle(QStringLiteral("卷内目录"));
    doc.setDocumentNumber(
        QStringLiteral("档号：%1　　姓名：%2").arg(data.archiveNumber, data.personName));
    RuledTable t;
    t.header = {QStringLiteral("序号"), QStringLiteral("文件材料题名"), QStringLiteral("日期"),
                QStringLiteral("页数"), QStringLiteral("页号"),         QStringLiteral("备注")};
    t.rows = catalogueRows(data.documents);
    // Room to add entries by hand as the file grows: the catalogue fills at least one page.
    for (qsizetype i = t.rows.size(); i < 12; ++i)
        t.rows << QStringList{QString(), QString(), QString(), QString(), QString(), QString()};
    t.columnPercent = {6, 35, 23, 8, 11, 17}; // 2026年12月31日 on one line
    t.alignment = {Qt::AlignHCenter, Qt::AlignLeft,    Qt::AlignHCenter,
                   Qt::AlignHCenter, Qt::AlignHCenter, Qt::AlignLeft};
    doc.addTable(t);
    doc.addNote(QStringLiteral("注：本目录仅列经审核的材料；页号为卷内连续编号。"));
    doc.addSignatures(
        {SignatureSlot(QStringLiteral("立卷人")), SignatureSlot(QStringLiteral("检查人"))});
    doc.addDateLine(data.printedOn);
    return doc;
}

} // namespace ArchivePapers

} // namespace youfu::core
