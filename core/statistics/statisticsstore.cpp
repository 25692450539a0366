#include "statistics/statisticsstore.h"

#include "db/database.h"
#include "db/sqlexec.h"
#include "registry/areastore.h"
#include "registry/categorystore.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace youfu::core {

namespace {

QString firstDay(int year)
{
    return QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0'));
}
QString lastDay(int year)
{
    return QStringLiteral("%1-12-31").arg(year, 4, 10, QLatin1Char('0'));
}

// The township a person lived in at the end of a day: the township the first later move
// left, or the present one. `op` is ">" (the end of the day `day`) or ">=" (the end of the
// day before `day`).
QString townshipAt(const QString& person, const QString& current, const QString& op,
                   const QString& day)
{
    return QStringLiteral("coalesce((SELECT m.from_code FROM person_township_moves m "
                          "WHERE m.person_id = %1 AND m.moved_on %2 %3 "
                          "ORDER BY m.moved_on, m.id LIMIT 1), %4)")
        .arg(person, op, day, current);
}

} // namespace

// The lists the registry keeps (active, in official order), as code and name.
Result<QList<NamedCode>> StatisticsStore::townships() const
{
    QList<NamedCode> out;
    for (const Township& t : AreaStore(m_db).townships())
        out.append(NamedCode{t.code, t.name});
    return out;
}

Result<QList<NamedCode>> StatisticsStore::categories() const
{
    QList<NamedCode> out;
    for (const Category& c : CategoryStore(m_db).all())
        out.append(NamedCode{c.code, c.name});
    return out;
}

Result<QList<int>> StatisticsStore::years() const
{
    QSqlQuery q(m_db.connection());
    auto read = readIntColumn(
        q, QStringLiteral("SELECT DISTINCT CAST(substr(start_date, 1, 4) AS INTEGER) "
                          "FROM person_categories "
                          "UNION SELECT DISTINCT CAST(substr(month, 1, 4) AS INTEGER) "
                          "FROM payment_rolls "
                          "UNION SELECT DISTINCT number_year FROM petition_cases"));
    if (!read)
        return read.status();
    QList<int> years = read.takeValue();
    const int now = m_db.clock().today().year();
    if (!years.contains(now))
        years << now;
    // Categories held since long ago: the statistics start with the records of this program.
    years.erase(std::remove_if(years.begin(), years.end(),
                               [now](int y) { return y < now - 10 || y > now; }),
                years.end());
    std::sort(years.begin(), years.end(), std::greater<int>());
    return years;
}

Result<QList<PersonFlowCell>> StatisticsStore::personFlows(int year) const
{
    const QString s = QStringLiteral(":s");
    const QString e = QStringLiteral(":e");
    // One pass per figure over the holdings that touch the year.
    const QString span =
        QStringLiteral("FROM person_categories pc JOIN persons p ON p.id = pc.person_id "
                       "WHERE pc.start_date <= :e AND (pc.end_date IS NULL OR pc.end_date >= :s)");
    const QString sql =
        QStringLiteral(
            "SELECT 0, %1 AS t, pc.category_code, count(*) %5 AND pc.start_date < :s "
            "GROUP BY t, pc.category_code "
            "UNION ALL SELECT 1, %2 AS t, pc.category_code, count(*) %5 AND pc.start_date >= :s "
            "GROUP BY t, pc.category_code "
            "UNION ALL SELECT 2, %3 AS t, pc.category_code, count(*) %5 "
            "AND pc.end_date IS NOT NULL AND pc.end_date <= :e GROUP BY t, pc.category_code "
            "UNION ALL SELECT 3, %4 AS t, pc.category_code, count(*) %5 "
            "AND (pc.end_date IS NULL OR pc.end_date > :e) GROUP BY t, pc.category_code")
            .arg(townshipAt(QStringLiteral("pc.person_id"), QStringLiteral("p.township_code"),
                            QStringLiteral(">="), s),
                 townshipAt(QStringLiteral("pc.person_id"), QStringLiteral("p.township_code"),
                            QStringLiteral(">"), QStringLiteral("pc.start_date")),
                 townshipAt(QStringLiteral("pc.person_id"), QStringLiteral("p.township_code"),
                            QStringLiteral(">="), QStringLiteral("pc.end_date")),
                 townshipAt(QStringLiteral("pc.person_id"), QStringLiteral("p.township_code"),
                            QStringLiteral(">"), e),
                 span);
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    q.bindValue(s, firstDay(year));
    q.bindValue(e, lastDay(year));
    if (Status st = runQuery(q); !st)
        return st;
    QHash<QString, PersonFlowCell> cells; // township + category
    auto cell = [&cells](const QString& township, const QString& category) -> PersonFlowCell& {
        PersonFlowCell& c = cells[township + QLatin1Char('\t') + category];
        c.townshipCode = township;
        c.categoryCode = category;
        return c;
    };
    while (q.next()) {
        PersonFlowCell& c = cell(q.value(1).toString(), q.value(2).toString());
        const qint64 n = q.value(3).toLongLong();
        switch (q.value(0).toInt()) {
        case 0:
            c.atStart += n;
            break;
        case 1:
            c.added += n;
            break;
        case 2:
            c.ended += n;
            break;
        default:
            c.atEnd += n;
            break;
        }
    }
    // A move carries the holdings the person had on both sides of the day.
    QSqlQuery m(m_db.connection());
    m.prepare(QStringLiteral(
        "SELECT m.from_code, m.to_code, pc.category_code, count(*) "
        "FROM person_township_moves m JOIN person_categories pc ON pc.person_id = m.person_id "
        "WHERE m.moved_on >= :s AND m.moved_on <= :e AND pc.start_date < m.moved_on "
        "AND (pc.end_date IS NULL OR pc.end_date > m.moved_on) "
        "GROUP BY m.from_code, m.to_code, pc.category_code"));
    m.bindValue(s, firstDay(year));
    m.bindValue(e, lastDay(year));
    if (Status st = runQuery(m); !st)
        return st;
    while (m.next()) {
        const qint64 n = m.value(3).toLongLong();
        cell(m.value(0).toString(), m.value(2).toString()).movedOut += n;
        cell(m.value(1).toString(), m.value(2).toString()).movedIn += n;
    }
    QList<PersonFlowCell> out = cells.values();
    std::sort(out.begin(), out.end(), [](const PersonFlowCell& a, const PersonFlowCell& b) {
        return std::tie(a.townshipCode, a.categoryCode) < std::tie(b.townshipCode, b.categoryCode);
    });
    return out;
}

Result<QList<MonthCategoryAmount>>
StatisticsStore::benefitsPaid(const StatisticsFilter& filter) const
{
    QString sql = QStringLiteral(
        "SELECT CAST(substr(r.month, 6, 2) AS INTEGER), i.category_code, sum(i.amount_fen) "
        "FROM payment_rolls r JOIN payment_lines l ON l.roll_id = r.id "
        "JOIN payment_items i ON i.line_id = l.id "
        "WHERE r.month >= :from AND r.month <= :to AND r.state = 'approved' "
        "AND l.state = 'paid'");
    if (!filter.townshipCode.isEmpty())
        sql += QStringLiteral(" AND l.township_code = :township");
    sql += QStringLiteral(" GROUP BY 1, 2");
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    q.bindValue(QStringLiteral(":from"), QStringLiteral("%1-01").arg(filter.year));
    q.bindValue(QStringLiteral(":to"), QStringLiteral("%1-12").arg(filter.year));
    if (!filter.townshipCode.isEmpty())
        q.bindValue(QStringLiteral(":township"), filter.townshipCode);
    if (Status s = runQuery(q); !s)
        return s;
    QList<MonthCategoryAmount> out;
    while (q.next())
        out.append(MonthCategoryAmount{q.value(0).toInt(), q.value(1).toString(),
                                       q.value(2).toLongLong()});
    return out;
}

Result<QList<KeyCount>> StatisticsStore::petitions(const StatisticsFilter& filter,
                                                   const QString& dimension) const
{
    QString column;
    if (dimension == QLatin1String("channel"))
        column = QStringLiteral("channel");
    else if (dimension == QLatin1String("subject"))
        column = QStringLiteral("subject");
    else if (dimension == QLatin1String("result"))
        column = QStringLiteral("result");
    else
        return Result<QList<KeyCount>>::failure(
            QStringLiteral("unknown petition dimension %1").arg(dimension));
    QString sql = QStringLiteral("SELECT %1, count(*) FROM petition_cases "
                                 "WHERE received_at >= :from AND received_at < :to")
                      .arg(column);
    if (!filter.townshipCode.isEmpty())
        sql += QStringLiteral(" AND township_code = :township");
    sql += QStringLiteral(" GROUP BY 1");
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    q.bindValue(QStringLiteral(":from"), QStringLiteral("%1-").arg(filter.year));
    q.bindValue(QStringLiteral(":to"), QStringLiteral("%1-").arg(filter.year + 1));
    if (!filter.townshipCode.isEmpty())
        q.bindValue(QStringLiteral(":township"), filter.townshipCode);
    if (Status s = runQuery(q); !s)
        return s;
    QList<KeyCount> out;
    while (q.next())
        out.append(KeyCount{q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

Result<QList<VisitCell>> StatisticsStore::visits(int year) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT CAST(substr(due, 6, 2) AS INTEGER), township_code, count(*), "
                             "sum(CASE WHEN state = 'done' THEN 1 ELSE 0 END) FROM visit_schedule "
                             "WHERE due >= :s AND due <= :e AND state <> 'dropped' GROUP BY 1, 2"));
    q.bindValue(QStringLiteral(":s"), firstDay(year));
    q.bindValue(QStringLiteral(":e"), lastDay(year));
    if (Status s = runQuery(q); !s)
        return s;
    QList<VisitCell> out;
    while (q.next())
        out.append(VisitCell{q.value(0).toInt(), q.value(1).toString(), q.value(2).toLongLong(),
                             q.value(3).toLongLong()});
    return out;
}

Result<QList<CareCell>> StatisticsStore::care(int year) const
{
    QHash<QString, CareCell> cells; // month + township
    auto cell = [&cells](int month, const QString& township) -> CareCell& {
        CareCell& c = cells[QString::number(month) + QLatin1Char('\t') + township];
        c.month = month;
        c.townshipCode = township;
        return c;
    };
    QSqlQuery r(m_db.connection());
    r.prepare(
        QStringLiteral("SELECT CAST(substr(b.starts_on, 6, 2) AS INTEGER) AS mo, %1 AS t, count(*) "
                       "FROM recuperation_participants rp "
                       "JOIN recuperation_batches b ON b.id = rp.batch_id "
                       "JOIN persons p ON p.id = rp.person_id "
                       "WHERE b.starts_on >= :s AND b.starts_on <= :e AND b.state <> 'cancelled' "
                       "AND (rp.attended IS NULL OR rp.attended = 1) GROUP BY mo, t")
            .arg(townshipAt(QStringLiteral("rp.person_id"), QStringLiteral("p.township_code"),
                            QStringLiteral(">"), QStringLiteral("b.starts_on"))));
    r.bindValue(QStringLiteral(":s"), firstDay(year));
    r.bindValue(QStringLiteral(":e"), lastDay(year));
    if (Status s = runQuery(r); !s)
        return s;
    while (r.next())
        cell(r.value(0).toInt(), r.value(1).toString()).recuperationPersons +=
            r.value(2).toLongLong();

    QSqlQuery a(m_db.connection());
    a.prepare(
        QStringLiteral("SELECT CAST(substr(a.decided_at, 6, 2) AS INTEGER) AS mo, %1 AS t, "
                       "count(*), coalesce(sum(a.one_off_fen), 0) "
                       "FROM applications a JOIN persons p ON p.id = a.person_id "
                       "WHERE a.type = 'temporary_assistance' AND a.state = 'approved' "
                       "AND a.decided_at >= :from AND a.decided_at < :to GROUP BY mo, t")
            .arg(townshipAt(QStringLiteral("a.person_id"), QStringLiteral("p.township_code"),
                            QStringLiteral(">"), QStringLiteral("substr(a.decided_at, 1, 10)"))));
    a.bindValue(QStringLiteral(":from"), QStringLiteral("%1-").arg(year));
    a.bindValue(QStringLiteral(":to"), QStringLiteral("%1-").arg(year + 1));
    if (Status s = runQuery(a); !s)
        return s;
    while (a.next()) {
        CareCell& c = cell(a.value(0).toInt(), a.value(1).toString());
        c.assistanceCases += a.value(2).toLongLong();
        c.assistanceFen += a.value(3).toLongLong();
    }
    QList<CareCell> out = cells.values();
    std::sort(out.begin(), out.end(), [](const CareCell& x, const CareCell& y) {
        return std::tie(x.month, x.townshipCode) < std::tie(y.month, y.townshipCode);
    });
    return out;
}

Result<QList<qint64>> StatisticsStore::recuperationBatches(const StatisticsFilter& filter) const
{
    // With a township: the batches somebody of the township went with.
    QString sql = QStringLiteral("SELECT CAST(substr(b.starts_on, 6, 2) AS INTEGER), count(*) "
                                 "FROM recuperation_batches b WHERE b.starts_on >= :s "
                                 "AND b.starts_on <= :e AND b.state <> 'cancelled'");
    if (!filter.townshipCode.isEmpty())
        sql +=
            QStringLiteral(" AND EXISTS (SELECT 1 FROM recuperation_participants rp "
                           "JOIN persons p ON p.id = rp.person_id WHERE rp.batch_id = b.id "
                           "AND (rp.attended IS NULL OR rp.attended = 1) AND %1 = :township)")
                .arg(townshipAt(QStringLiteral("rp.person_id"), QStringLiteral("p.township_code"),
                                QStringLiteral(">"), QStringLiteral("b.starts_on")));
    sql += QStringLiteral(" GROUP BY 1");
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    q.bindValue(QStringLiteral(":s"), firstDay(filter.year));
    q.bindValue(QStringLiteral(":e"), lastDay(filter.year));
    if (!filter.townshipCode.isEmpty())
        q.bindValue(QStringLiteral(":township"), filter.townshipCode);
    if (Status s = runQuery(q); !s)
        return s;
    QList<qint64> months(12, 0);
    while (q.next()) {
        const int m = q.value(0).toInt();
        if (m >= 1 && m <= 12)
            months[m - 1] += q.value(1).toLongLong();
    }
    return months;
}

Result<YearStatistics> StatisticsStore::load(const StatisticsFilter& filter) const
{
    YearStatistics out;
    out.filter = filter;
    auto towns = townships();
    if (!towns)
        return towns.status();
    const QString only = filter.townshipCode;
    for (const NamedCode& t : towns.value()) {
        if (only.isEmpty() || t.code == only)
            out.townships << t;
    }
    auto cats = categories();
    if (!cats)
        return cats.status();
    out.categories = cats.takeValue();

    auto persons = personFlows(filter.year);
    if (!persons)
        return persons.status();
    for (const PersonFlowCell& c : persons.value()) {
        if (only.isEmpty() || c.townshipCode == only)
            out.persons << c;
    }
    auto benefits = benefitsPaid(filter);
    if (!benefits)
        return benefits.status();
    out.benefits = benefits.takeValue();
    for (const QString& d :
         {QStringLiteral("channel"), QStringLiteral("subject"), QStringLiteral("result")}) {
        auto counts = petitions(filter, d);
        if (!counts)
            return counts.status();
        if (d == QLatin1String("channel"))
            out.petitionChannels = counts.takeValue();
        else if (d == QLatin1String("subject"))
            out.petitionSubjects = counts.takeValue();
        else
            out.petitionResults = counts.takeValue();
    }
    auto visitCells = visits(filter.year);
    if (!visitCells)
        return visitCells.status();
    for (const VisitCell& v : visitCells.value()) {
        if (only.isEmpty() || v.townshipCode == only)
            out.visits << v;
    }
    auto careCells = care(filter.year);
    if (!careCells)
        return careCells.status();
    for (const CareCell& c : careCells.value()) {
        if (only.isEmpty() || c.townshipCode == only)
            out.care << c;
    }
    auto batches = recuperationBatches(filter);
    if (!batches)
        return batches.status();
    out.recuperationBatches = batches.takeValue();
    return out;
}

} // namespace youfu::core
