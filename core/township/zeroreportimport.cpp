#include "township/zeroreportimport.h"

#include "common/isotime.h"
#include "db/database.h"
#include "io/cellcleaner.h"
#include "io/sheet.h"
#include "io/sheetvalue.h"
#include "township/zeroreportrules.h"
#include "township/zeroreportstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::ZeroReportImport)
};

enum Column
{
    TownshipCol,
    Day,
    Content,
    Reporter,
    Received,
    ColumnCount
};

int columnOf(const QString& header)
{
    const QString h = CellCleaner::withoutSpaces(header);
    if (h.startsWith(QStringLiteral("乡镇")) || h == QStringLiteral("街道"))
        return TownshipCol;
    if (h == QStringLiteral("日期") || h == QStringLiteral("报告日期"))
        return Day;
    if (h == QStringLiteral("情况") || h == QStringLiteral("报告情况") ||
        h == QStringLiteral("事项"))
        return Content;
    if (h == QStringLiteral("报告人") || h == QStringLiteral("报送人"))
        return Reporter;
    if (h == QStringLiteral("报送时间") || h == QStringLiteral("接收时间"))
        return Received;
    return -1;
}

QString cellText(const SheetRow& row, int col)
{
    if (col < 0 || col >= row.cells.size())
        return QString();
    return CellCleaner::shown(row.cells.at(col)).trimmed();
}

// 2026-11-28 09:30, 2026/11/28 9:30, 2026年11月28日9时30分, or an Excel date-time number.
QDateTime parseTime(const SheetCell& cell)
{
    if (cell.kind == SheetCell::Kind::Number || cell.kind == SheetCell::Kind::Date) {
        const double serial = cell.number;
        const QDate d = excelSerialToDate(serial, false);
        if (d.isValid()) {
            const int secs = qRound((serial - qFloor(serial)) * 86400.0);
            return QDateTime(d, QTime(0, 0)).addSecs(secs);
        }
    }
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*[T ]?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})\s*(?:[:：分]\s*(\d{1,2}))?\s*秒?$)"));
    const auto m = re.match(CellCleaner::halfWidth(CellCleaner::shown(cell)).trimmed());
    if (!m.hasMatch())
        return QDateTime();
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime t(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!d.isValid() || !t.isValid())
        return QDateTime();
    return QDateTime(d, t);
}

bool isNothing(const QString& s)
{
    const QString t = CellCleaner::withoutSpaces(s);
    return t == QStringLiteral("无") || t == QStringLiteral("无事项") ||
           t == QStringLiteral("零报告") || t == QStringLiteral("无情况");
}

QList<ZeroReportItem> itemsOf(const QString& text)
{
    static const QRegularExpression sep(QStringLiteral("[；;\\n]+"));
    QList<ZeroReportItem> out;
    for (const QString& part : text.split(sep, Qt::SkipEmptyParts)) {
        ZeroReportItem it;
        it.summary = part.trimmed();
        if (!it.summary.isEmpty())
            out << it;
    }
    return out;
}
} // namespace

int ZeroImportPreview::good() const
{
    int n = 0;
    for (const ZeroImportRow& r : rows)
        n += r.ok() ? 1 : 0;
    return n;
}

Result<ZeroImportPreview> ZeroReportImport::preview(const QString& path) const
{
    auto sheet = openSheet(path);
    if (!sheet)
        return sheet.status();
    ZeroReportStore store(m_db);
    auto townships = store.activeTownships();
    if (!townships)
        return townships.status();
    QHash<QString, Township> byKey;
    for (const Township& t : townships.value()) {
        byKey.insert(t.code, t);
        byKey.insert(t.name, t);
    }
    const QDateTime local = m_db.clock().nowUtc().toLocalTime();
    const QDateTime now(local.date(), local.time());

    ZeroImportPreview out;
    out.fileName = QFileInfo(path).fileName();
    out.format = sheet.value()->formatName();
    int cols[ColumnCount] = {-1, -1, -1, -1, -1};
    bool header = false;
    QSet<QString> inFile;
    QDate first, last;
    SheetRow row;
    while (true) {
        auto more = sheet.value()->next(row);
        if (!more)
            return more.status();
        if (!more.value())
            break;
        bool empty = true;
        for (const SheetCell& c : row.cells)
            empty = empty && c.isEmpty();
        if (empty)
            continue;
        if (!header) {
            for (int i = 0; i < row.cells.size(); ++i) {
                const int c = columnOf(CellCleaner::shown(row.cells.at(i)));
                if (c >= 0 && cols[c] < 0)
                    cols[c] = i;
            }
            if (cols[TownshipCol] < 0 || cols[Day] < 0 || cols[Content] < 0)
                return Result<ZeroImportPreview>::failure(
                    Tr::tr("The first row must name the columns 乡镇, 日期 and 情况 (报告人 and "
                           "报送时间 may follow); row %1 does not.")
                        .arg(row.number));
            header = true;
            continue;
        }
        ZeroImportRow r;
        r.line = row.number;
        r.report.channel = ZeroChannel::File;
        const QString townshipText = CellCleaner::withoutSpaces(cellText(row, cols[TownshipCol]));
        const auto tw = byKey.constFind(townshipText);
        if (tw == byKey.constEnd()) {
            r.problem = townshipText.isEmpty()
                            ? Tr::tr("No township.")
                            : Tr::tr("Unknown township \"%1\".").arg(townshipText);
        } else {
            r.report.townshipCode = tw->code;
            r.report.townshipName = tw->name;
        }
        const SheetCell dayCell =
            cols[Day] < row.cells.size() ? row.cells.at(cols[Day]) : SheetCell();
        const CleanCell day = CellCleaner::date(dayCell, CellCleaner::DateKind::Start, now.date());
        r.report.day = day.date;
        if (r.problem.isEmpty() && (day.refused() || day.isEmpty() || day.monthOnly))
            r.problem = Tr::tr("The date \"%1\" cannot be read.").arg(cellText(row, cols[Day]));
        const QString content = cellText(row, cols[Content]);
        r.report.nothing = isNothing(content);
        if (!r.report.nothing)
            r.report.items = itemsOf(content);
        if (r.problem.isEmpty() && content.isEmpty())
            r.problem = Tr::tr("情况 is empty: write 无 or what happened.");
        r.report.reporter = cellText(row, cols[Reporter]);
        r.report.receivedAt = now;
        if (cols[Received] >= 0 && cols[Received] < row.cells.size() &&
            !row.cells.at(cols[Received]).isEmpty()) {
            r.report.receivedAt = parseTime(row.cells.at(cols[Received]));
            if (r.problem.isEmpty() && !r.report.receivedAt.isValid())
                r.problem = Tr::tr("The time \"%1\" cannot be read (write 2026-11-28 09:30).")
                                .arg(cellText(row, cols[Received]));
        }
        if (r.problem.isEmpty())
            if (Status s = ZeroReportRules::check(r.report, now); !s)
                r.problem = s.error();
        if (r.problem.isEmpty()) {
            const QString key = r.report.townshipCode + QLatin1Char('|') + toIsoDate(r.report.day);
            if (inFile.contains(key))
                r.problem = Tr::tr("The same township and day appear twice in the file.");
            inFile.insert(key);
            if (!first.isValid() || r.report.day < first)
                first = r.report.day;
            if (!last.isValid() || r.report.day > last)
                last = r.report.day;
        }
        out.rows << r;
    }
    if (!header)
        return Result<ZeroImportPreview>::failure(Tr::tr("The file is empty."));
    if (first.isValid()) {
        auto existing = store.existing(first, last);
        if (!existing)
            return existing.status();
        for (ZeroImportRow& r : out.rows)
            if (r.ok() && existing->contains(r.report.townshipCode + QLatin1Char('|') +
                                             toIsoDate(r.report.day)))
                r.problem = Tr::tr("Already reported: the report on record is kept (correct it "
                                   "in the month grid if needed).");
    }
    return out;
}

Result<QList<qint64>> ZeroReportImport::commit(const Actor& actor, const ZeroImportPreview& preview)
{
    QList<ZeroReport> good;
    for (const ZeroImportRow& r : preview.rows)
        if (r.ok())
            good << r.report;
    if (good.isEmpty())
        return Result<QList<qint64>>::failure(Tr::tr("No row of the file can be recorded."));
    return ZeroReportStore(m_db).recordAll(actor, good, preview.fileName);
}

} // namespace youfu::core
