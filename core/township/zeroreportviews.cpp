// ZeroReportStore: the reads across townships and days (month grid, missing, home counts,
// monthly rates).
#include "township/zeroreportstore.h"

#include "common/isotime.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "township/zeroreportrules.h"

#include <QHash>
#include <QSqlQuery>

namespace youfu::core {

namespace {
struct Received
{
    QDateTime at;
    bool nothing = true;
    qint64 id = 0;
};

struct TownshipDays
{
    QString code;
    QString name;
    QHash<QDate, Received> days;
};

// Active townships (in their order) with their reports between two days: one query (the
// reports found by zero_reports_day).
Result<QList<TownshipDays>> readDays(Database& db, const QDate& from, const QDate& to,
                                     const QString& townshipCode)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT t.code, t.name, r.id, r.report_day, r.received_at, r.nothing_to_report FROM "
        "townships t "
        "LEFT JOIN zero_reports r ON r.township_code = t.code AND r.report_day BETWEEN ? AND ? "
        "WHERE t.active = 1 AND (? = '' OR t.code = ?) ORDER BY t.sort_order, t.code"));
    q.addBindValue(toIsoDate(from));
    q.addBindValue(toIsoDate(to));
    q.addBindValue(townshipCode.isNull() ? QStringLiteral("") : townshipCode);
    q.addBindValue(townshipCode.isNull() ? QStringLiteral("") : townshipCode);
    if (Status s = runQuery(q); !s)
        return s;
    QList<TownshipDays> out;
    while (q.next()) {
        const QString code = q.value(0).toString();
        if (out.isEmpty() || out.last().code != code)
            out << TownshipDays{code, q.value(1).toString(), {}};
        if (q.value(2).isNull())
            continue;
        Received r;
        r.id = q.value(2).toLongLong();
        // Wall-clock fields only (the rules compare them as such): no time zone to resolve.
        const QString at = q.value(4).toString();
        r.at = QDateTime(QDate::fromString(at.left(10), Qt::ISODate),
                         QTime::fromString(at.mid(11, 8), QStringLiteral("HH:mm:ss")), Qt::UTC);
        r.nothing = q.value(5).toInt() == 1;
        out.last().days.insert(QDate::fromString(q.value(3).toString(), Qt::ISODate), r);
    }
    return out;
}

QHash<QDate, QDateTime> receivedTimes(const TownshipDays& t)
{
    QHash<QDate, QDateTime> out;
    for (auto it = t.days.constBegin(); it != t.days.constEnd(); ++it)
        out.insert(it.key(), it->at);
    return out;
}
} // namespace

Result<ZeroMonthGrid> ZeroReportStore::monthGrid(int year, int month,
                                                 const QString& townshipCode) const
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return Result<ZeroMonthGrid>::failure(QStringLiteral("%1-%2").arg(year).arg(month));
    const QDate last = first.addDays(first.daysInMonth() - 1);
    auto read = readDays(m_db, first, last, townshipCode);
    if (!read)
        return read.status();
    ZeroMonthGrid grid;
    grid.year = year;
    grid.month = month;
    grid.asOf = now();
    grid.deadlineHours = deadlineHours();
    for (const TownshipDays& t : read.value()) {
        ZeroGridRow row;
        row.townshipCode = t.code;
        row.townshipName = t.name;
        for (int d = 0; d < first.daysInMonth(); ++d) {
            const QDate day = first.addDays(d);
            const auto it = t.days.constFind(day);
            ZeroGridCell cell;
            if (it != t.days.constEnd()) {
                cell.reportId = it->id;
                cell.status = ZeroReportRules::status(day, it->at, it->nothing, grid.asOf,
                                                      grid.deadlineHours);
            } else {
                cell.status =
                    ZeroReportRules::status(day, QDateTime(), true, grid.asOf, grid.deadlineHours);
            }
            row.cells << cell;
        }
        row.rate = ZeroReportRules::monthRate(year, month, receivedTimes(t), grid.asOf,
                                              grid.deadlineHours);
        row.rate.townshipCode = t.code;
        row.rate.townshipName = t.name;
        grid.rows << row;
    }
    return grid;
}

Result<QList<ZeroMissing>> ZeroReportStore::missing(const QDate& day) const
{
    auto read = readDays(m_db, day, day, QString());
    if (!read)
        return read.status();
    QList<ZeroMissing> out;
    for (const TownshipDays& t : read.value())
        if (t.days.isEmpty())
            out << ZeroMissing{t.code, t.name, day};
    return out;
}

Result<QList<ZeroMissing>> ZeroReportStore::missingLast7() const
{
    const QDateTime at = now();
    const int hours = deadlineHours();
    const QDate to = at.date().addDays(-1);
    const QDate from = at.date().addDays(-7);
    auto read = readDays(m_db, from, to, QString());
    if (!read)
        return read.status();
    QList<ZeroMissing> out;
    for (const TownshipDays& t : read.value())
        for (QDate d = from; d <= to; d = d.addDays(1))
            if (!t.days.contains(d) &&
                ZeroReportRules::status(d, QDateTime(), true, at, hours) == ZeroDayStatus::Missing)
                out << ZeroMissing{t.code, t.name, d};
    return out;
}

Result<ZeroHomeCounts> ZeroReportStore::homeCounts() const
{
    const QDateTime at = now();
    const int hours = deadlineHours();
    ZeroHomeCounts c;
    c.dueDay = ZeroReportRules::dueDay(at);
    const QDate from = at.date().addDays(-7);
    auto read = readDays(m_db, from, c.dueDay, QString());
    if (!read)
        return read.status();
    for (const TownshipDays& t : read.value()) {
        bool missing = false;
        for (QDate d = from; d <= c.dueDay && !missing; d = d.addDays(1))
            missing =
                !t.days.contains(d) &&
                ZeroReportRules::status(d, QDateTime(), true, at, hours) == ZeroDayStatus::Missing;
        c.missingLast7 += missing ? 1 : 0;
        c.notYetReported += t.days.contains(c.dueDay) ? 0 : 1;
    }
    return c;
}

Result<QList<ZeroMonthRate>> ZeroReportStore::monthlyRates(int year) const
{
    const QDateTime at = now();
    const int hours = deadlineHours();
    auto read = readDays(m_db, QDate(year, 1, 1), QDate(year, 12, 31), QString());
    if (!read)
        return read.status();
    QList<ZeroMonthRate> out;
    for (const TownshipDays& t : read.value()) {
        const QHash<QDate, QDateTime> received = receivedTimes(t);
        for (int m = 1; m <= 12; ++m) {
            ZeroMonthRate r = ZeroReportRules::monthRate(year, m, received, at, hours);
            r.townshipCode = t.code;
            r.townshipName = t.name;
            out << r;
        }
    }
    return out;
}

} // namespace youfu::core

namespace youfu::core {

Result<QList<ZeroLink>> ZeroReportStore::linkCandidates(const QString& townshipCode) const
{
    QList<ZeroLink> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, number, substr(received_at, 1, 10) FROM petition_cases "
                             "WHERE township_code = ? ORDER BY received_at DESC, id DESC "
                             "LIMIT 200"));
    q.addBindValue(townshipCode);
    if (Status s = runQuery(q); !s)
        return s;
    while (q.next()) {
        ZeroLink l;
        l.kind = ZeroOutcome::Case;
        l.id = q.value(0).toLongLong();
        l.on = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        l.label = QStringLiteral("%1  %2").arg(q.value(1).toString(), q.value(2).toString());
        out << l;
    }
    QSqlQuery w(m_db.connection());
    w.prepare(QStringLiteral("SELECT id, reported_on, expected FROM warning_reports WHERE "
                             "township_code = ? ORDER BY reported_on DESC, id DESC LIMIT 200"));
    w.addBindValue(townshipCode);
    if (Status s = runQuery(w); !s)
        return s;
    while (w.next()) {
        ZeroLink l;
        l.kind = ZeroOutcome::Warning;
        l.id = w.value(0).toLongLong();
        l.on = QDate::fromString(w.value(1).toString(), Qt::ISODate);
        l.label = QStringLiteral("%1  %2").arg(w.value(1).toString(), w.value(2).toString());
        out << l;
    }
    return out;
}

Result<QHash<QString, QList<qint64>>> ZeroReportStore::personsByTownship(int perTownship) const
{
    auto townships = activeTownships();
    if (!townships)
        return townships.status();
    QHash<QString, QList<qint64>> out;
    for (const Township& t : townships.value()) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id FROM persons WHERE township_code = ? AND status = "
                                 "'active' ORDER BY id LIMIT ?"));
        q.addBindValue(t.code);
        q.addBindValue(perTownship);
        if (Status s = runQuery(q); !s)
            return s;
        while (q.next())
            out[t.code] << q.value(0).toLongLong();
    }
    return out;
}

} // namespace youfu::core
