#include "visit/visitpapers.h"

#include "common/isotime.h"
#include "common/moneywords.h"
#include "report/pagesetup.h"
#include "report/reportfonts.h"
#include "visit/campaignrules.h"
#include "visit/receptionrules.h"

#include <QCoreApplication>
#include <QPainter>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::VisitPapers)
};

// The text at `font`, shrunk until it fits `width` (down to 7 pt), then elided.
void drawFitted(QPainter& p, const QRectF& cell, const QString& text, QFont font,
                Qt::Alignment align, double padding)
{
    const QRectF r = cell.adjusted(padding, 0, -padding, 0);
    while (QFontMetricsF(font, p.device()).horizontalAdvance(text) > r.width() &&
           font.pointSizeF() > 7)
        font.setPointSizeF(font.pointSizeF() - 0.5);
    p.setFont(font);
    const QString shown =
        QFontMetricsF(font, p.device()).elidedText(text, Qt::ElideRight, r.width());
    p.drawText(r, int(align | Qt::AlignVCenter), shown);
}
} // namespace

namespace VisitPapers {

QList<SignatureRoster> rostersByTownship(const QString& officeName, const QString& title,
                                         const QList<CampaignLine>& lines)
{
    QList<SignatureRoster> out;
    for (const CampaignLine& l : lines) {
        if (out.isEmpty() || out.last().lines.first().townshipCode != l.townshipCode)
            out << SignatureRoster{officeName, title, l.townshipName, {}};
        out.last().lines << l;
    }
    return out;
}

int signatureRosterPages(const QList<SignatureRoster>& rosters)
{
    int pages = 0;
    for (const SignatureRoster& r : rosters)
        pages += int(CampaignRules::pages(int(r.lines.size()), kRosterRowsPerPage).size());
    return qMax(pages, 1);
}

Status paintSignatureRosters(const QList<SignatureRoster>& rosters, QPagedPaintDevice* device)
{
    PageSetup page = PageSetup::landscape();
    page.topMm = page.bottomMm = 14.0;
    page.leftMm = page.rightMm = 15.0;
    device->setPageLayout(page.pageLayout());
    QPainter p;
    if (!p.begin(device))
        return Status::failure(Tr::tr("The roster cannot be drawn on this printer."));
    const double dpi = device->logicalDpiX();
    auto mm = [dpi](double v) { return v * dpi / 25.4; };
    const double width = mm(297 - 30);
    const ReportFonts& fonts = ReportFonts::installed();
    const QFont cellFont = fonts.tableFont(ReportFonts::kTablePt);
    const QFont boldFont = [&] {
        QFont f = cellFont;
        f.setBold(true);
        return f;
    }();
    // 序号, 姓名, 公民身份号码, 优抚类别, 金额（元）, 签名或手印, 备注 (mm, 267 in all).
    const QList<double> cols = {14, 28, 52, 62, 30, 45, 36};
    const QStringList header = {QStringLiteral("序号"),         QStringLiteral("姓名"),
                                QStringLiteral("公民身份号码"), QStringLiteral("优抚类别"),
                                QStringLiteral("金额（元）"),   QStringLiteral("签名或手印"),
                                QStringLiteral("备注")};
    auto colX = [&](int c) {
        double x = 0;
        for (int k = 0; k < c; ++k)
            x += mm(cols.at(k));
        return x;
    };
    const double rowH = mm(9);
    const QPen thin(Qt::black, mm(0.25));
    const QPen thick(Qt::black, mm(0.5));

    QList<SignatureRoster> list = rosters;
    if (list.isEmpty())
        list << SignatureRoster{};
    bool first = true;
    for (const SignatureRoster& roster : list) {
        const auto pages = CampaignRules::pages(int(roster.lines.size()), kRosterRowsPerPage);
        const qint64 townshipTotal = CampaignRules::total(roster.lines);
        for (int pi = 0; pi < pages.size(); ++pi) {
            if (!first && !device->newPage()) {
                p.end();
                return Status::failure(Tr::tr("The printer refused a new page."));
            }
            first = false;
            double y = 0;
            // Title.
            QFont title = fonts.titleFont();
            title.setPointSizeF(20);
            // "2025年八一慰问" → "2025年八一慰问金发放签领表"
            const QString heading = roster.title.endsWith(QStringLiteral("慰问"))
                                        ? roster.title + QStringLiteral("金发放签领表")
                                        : roster.title + QStringLiteral("慰问金发放签领表");
            drawFitted(p, QRectF(0, y, width, mm(12)), heading, title, Qt::AlignHCenter, 0);
            y += mm(14);
            // Township on the left, office in the middle, page on the right.
            p.setPen(thin);
            drawFitted(p, QRectF(0, y, width * 0.4, mm(7)),
                       QStringLiteral("乡镇（街道）：") + roster.townshipName, cellFont,
                       Qt::AlignLeft, 0);
            drawFitted(p, QRectF(width * 0.4, y, width * 0.35, mm(7)),
                       QStringLiteral("发放单位：") + roster.officeName, cellFont, Qt::AlignLeft,
                       0);
            drawFitted(p, QRectF(width * 0.75, y, width * 0.25, mm(7)),
                       QStringLiteral("第%1页　共%2页").arg(pi + 1).arg(pages.size()), cellFont,
                       Qt::AlignRight, 0);
            y += mm(8);
            // Header, repeated on every page.
            const double top = y;
            for (int c = 0; c < cols.size(); ++c)
                drawFitted(p, QRectF(colX(c), y, mm(cols.at(c)), mm(10)), header.at(c), boldFont,
                           Qt::AlignHCenter, mm(1));
            y += mm(10);
            p.drawLine(QPointF(0, y), QPointF(width, y));
            // Lines (a short last page keeps its empty rows: the table keeps its size).
            const auto [firstLine, count] = pages.at(pi);
            qint64 pageTotal = 0;
            for (int r = 0; r < kRosterRowsPerPage; ++r) {
                if (r < count) {
                    const CampaignLine& l = roster.lines.at(firstLine + r);
                    pageTotal += l.amountFen;
                    const QStringList cells = {QString::number(firstLine + r + 1),
                                               l.personName,
                                               l.maskedCitizenId,
                                               l.categoriesText,
                                               CampaignRules::yuan(l.amountFen),
                                               QString(),
                                               l.delivery == Delivery::NotDelivered ? l.deliveryNote
                                                                                    : QString()};
                    for (int c = 0; c < cols.size(); ++c)
                        drawFitted(p, QRectF(colX(c), y, mm(cols.at(c)), rowH), cells.at(c),
                                   cellFont,
                                   c == 4             ? Qt::AlignRight
                                   : c == 0 || c == 1 ? Qt::AlignHCenter
                                                      : Qt::AlignLeft,
                                   mm(1.5));
                }
                y += rowH;
                p.drawLine(QPointF(0, y), QPointF(width, y));
            }
            // 本页小计.
            drawFitted(p, QRectF(0, y, colX(4), rowH),
                       QStringLiteral("本页小计（%1人）").arg(count), boldFont, Qt::AlignHCenter,
                       mm(1));
            drawFitted(p, QRectF(colX(4), y, mm(cols.at(4)), rowH), CampaignRules::yuan(pageTotal),
                       boldFont, Qt::AlignRight, mm(1.5));
            y += rowH;
            p.drawLine(QPointF(0, y), QPointF(width, y));
            const bool last = pi == pages.size() - 1;
            if (last) {
                drawFitted(p, QRectF(0, y, colX(4), rowH),
                           QStringLiteral("合计（%1人）").arg(roster.lines.size()), boldFont,
                           Qt::AlignHCenter, mm(1));
                drawFitted(p, QRectF(colX(4), y, mm(cols.at(4)), rowH),
                           CampaignRules::yuan(townshipTotal), boldFont, Qt::AlignRight, mm(1.5));
                y += rowH;
                p.drawLine(QPointF(0, y), QPointF(width, y));
                drawFitted(p, QRectF(0, y, width, rowH),
                           QStringLiteral("合计金额（大写）：人民币") +
                               MoneyWords::capital(townshipTotal),
                           boldFont, Qt::AlignLeft, mm(3));
                y += rowH;
            }
            // The frame and the column rules (the caption rows span the first four columns).
            p.setPen(thin);
            const double tableBottom = y;
            const double captionTop = top + mm(10) + kRosterRowsPerPage * rowH;
            for (int c = 1; c < cols.size(); ++c) {
                const double x = colX(c);
                const bool inCaption = c == 4 || c == 5;
                p.drawLine(QPointF(x, top),
                           QPointF(x, inCaption ? captionTop + (last ? 2 : 1) * rowH : captionTop));
            }
            if (!last)
                p.drawLine(QPointF(colX(5), captionTop), QPointF(colX(5), tableBottom));
            p.setPen(thick);
            p.drawRect(QRectF(0, top, width, tableBottom - top));
            p.setPen(thin);
            // Signatures.
            y += mm(4);
            drawFitted(
                p, QRectF(0, y, width, mm(8)),
                QStringLiteral("经办人：　　　　　　　　审核人：　　　　　　　　发放单位（盖章）："
                               "　　　　　　　　发放日期：　　　　年　　月　　日"),
                cellFont, Qt::AlignLeft, 0);
        }
    }
    p.end();
    return Status::success();
}

PagePainter signatureRosterPainter(const QList<SignatureRoster>& rosters)
{
    return [rosters](QPagedPaintDevice* device) { return paintSignatureRosters(rosters, device); };
}

OfficialDocument receptionRoster(const QString& officeName, int year, int month,
                                 const QList<ReceptionDay>& days, const QDate& printedOn)
{
    OfficialDocument doc;
    doc.setTitle(QStringLiteral("%1年%2月领导接访日安排表").arg(year).arg(month));
    doc.setContinuationHeader(
        QStringLiteral("%1年%2月领导接访日安排表（续）").arg(year).arg(month));
    doc.addLine(QStringLiteral("为畅通群众诉求表达渠道，现将本月领导接访日安排公布如下："));
    RuledTable t;
    t.header = {QStringLiteral("日期"), QStringLiteral("星期"), QStringLiteral("接访领导"),
                QStringLiteral("接访地点"), QStringLiteral("备注")};
    for (const ReceptionDay& d : days)
        t.rows << QStringList{chineseDate(d.day), ReceptionRules::weekdayTitle(d.day), d.leaderName,
                              d.place, ReceptionRules::remark(d)};
    if (t.rows.isEmpty())
        t.rows << QStringList{QString(), QString(), QString(), QString(), QString()};
    t.columnPercent = {27, 12, 17, 22, 22}; // 2026年12月30日 on one line
    t.alignment = {Qt::AlignHCenter, Qt::AlignHCenter, Qt::AlignHCenter, Qt::AlignLeft,
                   Qt::AlignLeft};
    doc.addTable(t);
    doc.addNote(QStringLiteral(
        "注：接访时间为当日上午8:30至12:00、下午2:30至5:30；如有调整，以调整后的安排为准。"));
    doc.addLine(officeName + QStringLiteral("（盖章）"), Qt::AlignRight);
    doc.addDateLine(printedOn);
    return doc;
}

namespace {
// The paper's own words, whatever the program's language.
QString followUpText(FollowUpKind k)
{
    switch (k) {
    case FollowUpKind::None:
        return QString();
    case FollowUpKind::PetitionCase:
        return QStringLiteral("已登记为信访事项办理。");
    case FollowUpKind::AssistanceDraft:
        return QStringLiteral("已起草临时救助申请。");
    case FollowUpKind::ChiefNote:
        return QStringLiteral("已报科长阅处。");
    }
    return QString();
}
} // namespace

OfficialDocument symposiumMinutes(const QString& officeName, const Symposium& s,
                                  const QDate& printedOn)
{
    static const char* const digits[] = {"一", "二", "三", "四", "五",
                                         "六", "七", "八", "九", "十"};
    auto number = [](int n) {
        return n <= 10 ? QString::fromUtf8(digits[n - 1]) : QString::number(n);
    };
    OfficialDocument doc;
    doc.setTitle(s.title + QStringLiteral("纪要"));
    doc.setContinuationHeader(s.title + QStringLiteral("纪要（续）"));
    QStringList people;
    for (const SymposiumAttendee& a : s.attendees)
        people << (a.represents.isEmpty()
                       ? a.name
                       : a.name + QStringLiteral("（") + a.represents + QStringLiteral("）"));
    doc.addParticulars({{QStringLiteral("时间"), chineseDate(s.heldOn)},
                        {QStringLiteral("地点"), s.place, true},
                        {QStringLiteral("主持人"), s.chair},
                        {QStringLiteral("记录人"), s.recorder},
                        {QStringLiteral("参加人员"), people.join(QStringLiteral("、")), true}});
    doc.addHeading(QStringLiteral("一、反映的问题及答复"));
    int n = 0;
    for (const SymposiumIssue& i : s.issues) {
        ++n;
        doc.addParagraph(
            QStringLiteral("（%1）%2%3")
                .arg(number(n),
                     i.raisedBy.isEmpty() ? QString() : i.raisedBy + QStringLiteral("反映："),
                     i.issue));
        if (!i.answer.isEmpty())
            doc.addParagraph(QStringLiteral("答复：") + i.answer);
        if (i.followUp != FollowUpKind::None || !i.followUpNote.isEmpty())
            doc.addParagraph(QStringLiteral("后续办理：") + followUpText(i.followUp) +
                             i.followUpNote);
    }
    if (s.issues.isEmpty())
        doc.addParagraph(QStringLiteral("会上未反映具体问题。"));
    doc.addLine(officeName, Qt::AlignRight);
    doc.addDateLine(printedOn);
    return doc;
}

} // namespace VisitPapers

} // namespace youfu::core
