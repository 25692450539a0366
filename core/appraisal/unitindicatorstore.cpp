#include "appraisal/unitindicatorstore.h"

#include "common/isotime.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "petition/petitionrules.h"
#include "township/zeroreportrules.h"
#include "township/zeroreportstore.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace youfu::core {

namespace {

// The evidence of one township (empty: the whole county, figures only). It also reads the
// persons who moved, who may have lived there on the record's day, and names each person; the
// caller binds the township code after its own values. `alias` is the walked table's.
struct TownshipScope
{
    TownshipScope(const QString& alias, const QString& township) : m_one(!township.isEmpty())
    {
        if (!m_one)
            return;
        join = QStringLiteral("JOIN persons p ON p.id = %1.person_id").arg(alias);
        filter = QStringLiteral(" AND (%1.township_code = ? OR %1.person_id IN "
                                "(SELECT person_id FROM person_township_moves))")
                     .arg(alias);
    }
    QString name(const QString& column) const { return m_one ? column : QStringLiteral("''"); }
    QString join, filter;

private:
    bool m_one;
};
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::UnitIndicatorStore)
};

QString iso(const QDate& d)
{
    return toIsoDate(d);
}

QString yearStart(int year)
{
    return iso(QDate(year, 1, 1));
}

// received_at and imported_at hold UTC or local date-times: the range is taken a day wider
// and the office's day of each record is checked in C++.
QString wideStart(int year)
{
    return iso(QDate(year, 1, 1).addDays(-1));
}
QString wideEnd(int year)
{
    return iso(QDate(year + 1, 1, 2));
}

QDate localDay(const QString& text)
{
    return localDayOf(text);
}

QString dayText(const QDate& d)
{
    return d.isValid() ? iso(d) : Tr::tr("—");
}

// A township filter for the SQL of a township's evidence: "" = every township.
QString townshipClause(const QString& column, const QString& township)
{
    return township.isEmpty() ? QString() : QStringLiteral(" AND %1 = ?").arg(column);
}
} // namespace

Result<QHash<qint64, QList<TownshipMove>>> UnitIndicatorStore::moves() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = runQuery(q, QStringLiteral("SELECT person_id, moved_on, from_code, to_code "
                                              "FROM person_township_moves"));
        !s)
        return s;
    QHash<qint64, QList<TownshipMove>> out;
    while (q.next())
        out[q.value(0).toLongLong()] << TownshipMove{fromIsoDate(q.value(1).toString()),
                                                     q.value(2).toString(), q.value(3).toString()};
    return out;
}

Result<UnitCounts> UnitIndicatorStore::counts(const AppraisalScheme& scheme) const
{
    UnitCounts out;
    for (const AppraisalIndicator& ind : scheme.indicators) {
        const Status s =
            walk(scheme, ind, QString(), [&](const QString& township, const UnitTally& t, auto&&) {
                if (!t.inDenominator)
                    return;
                UnitCount& c = out[township][ind.code];
                ++c.denominator;
                if (t.inNumerator)
                    ++c.numerator;
            });
        if (!s)
            return s;
    }
    return out;
}

Result<UnitEvidencePage> UnitIndicatorStore::evidence(const AppraisalScheme& scheme,
                                                      const QString& townshipCode,
                                                      const QString& indicatorCode, int offset,
                                                      int limit) const
{
    UnitEvidencePage page;
    page.headers = UnitRules::evidenceHeaders(indicatorCode);
    const AppraisalIndicator* ind = nullptr;
    for (const AppraisalIndicator& i : scheme.indicators) {
        if (i.code == indicatorCode)
            ind = &i;
    }
    if (!ind)
        return Status::failure(Tr::tr("The scheme of %1 has no such indicator.").arg(scheme.year));
    int n = 0;
    const Status s = walk(scheme, *ind, townshipCode,
                          [&](const QString& township, const UnitTally& t, const auto& cells) {
                              if (!t.inDenominator || township != townshipCode)
                                  return;
                              if (n >= offset && n < offset + limit)
                                  page.rows << UnitEvidenceRow{cells(), t.inNumerator};
                              ++n;
                          });
    if (!s)
        return s;
    page.count = n;
    return page;
}

Result<QHash<QString, QList<VetoCase>>> UnitIndicatorStore::vetoCases(int year) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, number, received_at, is_group, beyond_level, serious_effect, township_code "
        "FROM petition_cases WHERE received_at >= ? AND received_at < ? "
        "AND township_code IS NOT NULL "
        "AND (is_group = 1 OR beyond_level <> '' OR serious_effect = 1)"));
    q.addBindValue(wideStart(year));
    q.addBindValue(wideEnd(year));
    if (Status s = runQuery(q); !s)
        return s;
    QHash<QString, QList<VetoCase>> out;
    while (q.next()) {
        VetoCase c;
        c.id = q.value(0).toLongLong();
        c.number = q.value(1).toString();
        c.received = localDay(q.value(2).toString());
        if (c.received.year() != year)
            continue;
        c.group = q.value(3).toInt() == 1;
        c.beyondLevel = q.value(4).toString();
        c.seriousEffect = q.value(5).toInt() == 1;
        out[q.value(6).toString()] << c;
    }
    return out;
}

Status UnitIndicatorStore::walk(const AppraisalScheme& scheme, const AppraisalIndicator& ind,
                                const QString& township, const Visit& visit) const
{
    using namespace unitindicator;
    const QString& c = ind.code;
    if (c == QLatin1String(ZeroReportRate))
        return walkZero(scheme, false, township, visit);
    if (c == QLatin1String(ZeroReportOnTime))
        return walkZero(scheme, true, township, visit);
    if (c == QLatin1String(PetitionAccepted) || c == QLatin1String(PetitionAnswered) ||
        c == QLatin1String(PetitionSatisfied))
        return walkPetitions(scheme, ind, township, visit);
    if (c == QLatin1String(VisitsDone))
        return walkVisits(scheme, township, visit);
    if (c == QLatin1String(ArchiveComplete))
        return walkArchive(scheme, township, visit);
    if (c == QLatin1String(TrainingAttended))
        return walkTraining(scheme, township, visit);
    if (c == QLatin1String(PaymentFailuresFixed))
        return walkPayments(scheme, ind, township, visit);
    return Status::success(); // an indicator this version does not know: no records
}

Status UnitIndicatorStore::walkZero(const AppraisalScheme& scheme, bool onTime,
                                    const QString& township, const Visit& visit) const
{
    ZeroReportStore zero(m_db);
    const int hours = zero.deadlineHours();
    const QDateTime now = zero.now();
    const QDate last = UnitRules::cutoff(scheme.year, now.date());
    const auto townships = zero.activeTownships();
    if (!townships)
        return townships.status();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT township_code, report_day, received_at FROM zero_reports "
                             "WHERE report_day >= ? AND report_day <= ?") +
              townshipClause(QStringLiteral("township_code"), township));
    q.addBindValue(yearStart(scheme.year));
    q.addBindValue(iso(QDate(scheme.year, 12, 31)));
    if (!township.isEmpty())
        q.addBindValue(township);
    if (Status s = runQuery(q); !s)
        return s;
    QHash<QString, QHash<QDate, QDateTime>> received;
    while (q.next()) {
        const QDateTime at = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
        received[q.value(0).toString()].insert(fromIsoDate(q.value(1).toString()),
                                               QDateTime(at.date(), at.time()));
    }
    for (const Township& t : townships.value()) {
        if (!township.isEmpty() && t.code != township)
            continue;
        const QHash<QDate, QDateTime>& days = received[t.code];
        for (QDate d(scheme.year, 1, 1); d <= last; d = d.addDays(1)) {
            const QDateTime at = days.value(d);
            const UnitTally tally = onTime ? UnitRules::zeroReportOnTime(d, at, hours)
                                           : UnitRules::zeroReportMade(d, at, now, hours);
            visit(t.code, tally, [&] {
                return QStringList{iso(d),
                                   ZeroReportRules::deadline(d, hours).toString(
                                       QStringLiteral("yyyy-MM-dd HH:mm")),
                                   at.isValid() ? at.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                                : Tr::tr("Not reported")};
            });
        }
    }
    return Status::success();
}

Status UnitIndicatorStore::walkPetitions(const AppraisalScheme& scheme,
                                         const AppraisalIndicator& ind, const QString& township,
                                         const Visit& visit) const
{
    using namespace unitindicator;
    const QDate today = m_db.clock().today();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT number, received_at, decided_on, status, extension_days, "
                             "answered_on, satisfaction, township_code FROM petition_cases "
                             "WHERE received_at >= ? AND received_at < ? "
                             "AND township_code IS NOT NULL") +
              townshipClause(QStringLiteral("township_code"), township));
    q.addBindValue(wideStart(scheme.year));
    q.addBindValue(wideEnd(scheme.year));
    if (!township.isEmpty())
        q.addBindValue(township);
    if (Status s = runQuery(q); !s)
        return s;
    const int days = ind.days > 0 ? ind.days : PetitionRules::kAcceptDays;
    while (q.next()) {
        const QDate received = localDay(q.value(1).toString());
        if (received.year() != scheme.year)
            continue;
        const QString number = q.value(0).toString();
        const QDate decided = fromIsoDate(q.value(2).toString());
        const QString status = q.value(3).toString();
        const QDate answered = fromIsoDate(q.value(5).toString());
        const QString code = q.value(7).toString();
        if (ind.code == QLatin1String(PetitionAccepted)) {
            visit(code, UnitRules::petitionAccepted(received, decided, today, days), [&] {
                return QStringList{number, iso(received), iso(received.addDays(days)),
                                   dayText(decided)};
            });
        } else if (ind.code == QLatin1String(PetitionAnswered)) {
            const bool accepted = decided.isValid() && status != QLatin1String("registered") &&
                                  status != QLatin1String("not_accepted") &&
                                  status != QLatin1String("forwarded");
            if (!accepted)
                continue;
            const int ext = q.value(4).toInt();
            visit(code, UnitRules::petitionAnswered(decided, ext, answered, today), [&] {
                return QStringList{number, iso(decided),
                                   iso(PetitionRules::answerDeadline(decided, ext)),
                                   dayText(answered)};
            });
        } else {
            const QString key = q.value(6).toString();
            visit(code, UnitRules::petitionSatisfied(key), [&] {
                Satisfaction s = Satisfaction::None;
                if (const auto k = PetitionRules::satisfactionFromKey(key))
                    s = k.value();
                return QStringList{number, dayText(answered), PetitionRules::satisfactionTitle(s)};
            });
        }
    }
    return Status::success();
}

Status UnitIndicatorStore::walkVisits(const AppraisalScheme& scheme, const QString& township,
                                      const Visit& visit) const
{
    const auto mv = moves();
    if (!mv)
        return mv.status();
    const QDate last = UnitRules::cutoff(scheme.year, m_db.clock().today());
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const TownshipScope scope(QStringLiteral("vs"), township);
    q.prepare(QStringLiteral("SELECT vs.person_id, vs.township_code, vs.due, vs.state, "
                             "vs.done_on, %1 FROM visit_schedule vs %2 "
                             "WHERE vs.due >= ? AND vs.due <= ? AND vs.state <> 'dropped'%3")
                  .arg(scope.name(QStringLiteral("p.name")), scope.join, scope.filter));
    q.addBindValue(yearStart(scheme.year));
    q.addBindValue(iso(last));
    if (!township.isEmpty())
        q.addBindValue(township);
    if (Status s = runQuery(q); !s)
        return s;
    while (q.next()) {
        const qint64 person = q.value(0).toLongLong();
        const QDate due = fromIsoDate(q.value(2).toString());
        const auto it = mv->constFind(person);
        const QString code = it == mv->constEnd()
                                 ? q.value(1).toString()
                                 : UnitRules::townshipOn(q.value(1).toString(), *it, due);
        visit(code, UnitRules::visitDone(q.value(3).toString()), [&] {
            return QStringList{q.value(5).toString(), iso(due),
                               dayText(fromIsoDate(q.value(4).toString()))};
        });
    }
    return Status::success();
}

Status UnitIndicatorStore::walkArchive(const AppraisalScheme& scheme, const QString& township,
                                       const Visit& visit) const
{
    const auto mv = moves();
    if (!mv)
        return mv.status();
    const QDate last = UnitRules::cutoff(scheme.year, m_db.clock().today());
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const TownshipScope scope(QStringLiteral("ac"), township);
    // The persons in care during the year (a category held on any of its days), each once.
    q.prepare(QStringLiteral("SELECT ac.person_id, MIN(ac.township_code), SUM(ac.missing), %1 "
                             "FROM archive_completeness ac %2 "
                             "WHERE ac.person_status = 'active' AND ac.start_date <= ? "
                             "AND (ac.end_date IS NULL OR ac.end_date >= ?)%3 "
                             "GROUP BY ac.person_id")
                  .arg(scope.name(QStringLiteral("MIN(p.name)")), scope.join, scope.filter));
    q.addBindValue(iso(last));
    q.addBindValue(yearStart(scheme.year));
    if (!township.isEmpty())
        q.addBindValue(township);
    if (Status s = runQuery(q); !s)
        return s;
    while (q.next()) {
        const qint64 person = q.value(0).toLongLong();
        const auto it = mv->constFind(person);
        const QString code = it == mv->constEnd()
                                 ? q.value(1).toString()
                                 : UnitRules::townshipOn(q.value(1).toString(), *it, last);
        const int missing = q.value(2).toInt();
        visit(code, UnitRules::archiveComplete(missing == 0), [&] {
            return QStringList{q.value(3).toString(), QString::number(missing)};
        });
    }
    return Status::success();
}

Status UnitIndicatorStore::walkTraining(const AppraisalScheme& scheme, const QString& township,
                                        const Visit& visit) const
{
    const QString from = yearStart(scheme.year);
    const QString to = iso(QDate(scheme.year, 12, 31));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.township_code, s.name, (SELECT count(*) FROM "
                             "training_attendees a JOIN training_sessions t ON t.id = a.session_id "
                             "WHERE a.staff_id = s.id AND a.attended = 1 AND t.held = 1 "
                             "AND t.held_on >= ? AND t.held_on <= ?) FROM info_staff s "
                             "WHERE s.duty = 'care' AND s.since <= ? "
                             "AND (s.until IS NULL OR s.until >= ?)") +
              townshipClause(QStringLiteral("s.township_code"), township));
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(to);
    q.addBindValue(from);
    if (!township.isEmpty())
        q.addBindValue(township);
    if (Status s = runQuery(q); !s)
        return s;
    while (q.next()) {
        const int sessions = q.value(2).toInt();
        visit(q.value(0).toString(), UnitRules::workerTrained(sessions > 0), [&] {
            return QStringList{q.value(1).toString(), QString::number(sessions)};
        });
    }
    return Status::success();
}

Status UnitIndicatorStore::walkPayments(const AppraisalScheme& scheme,
                                        const AppraisalIndicator& ind, const QString& township,
                                        const Visit& visit) const
{
    const QDate today = m_db.clock().today();
    const int days = ind.days > 0 ? ind.days : 30;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The line keeps the township the person lived in when the roll was made.
    q.prepare(QStringLiteral("SELECT l.township_code, l.person_name, br.imported_at, r.state, "
                             "r.paid_on FROM payment_lines l "
                             "JOIN bank_returns br ON br.id = l.return_id "
                             "LEFT JOIN payment_lines r ON r.id = l.reissued_by "
                             "WHERE l.state = 'failed' AND br.imported_at >= ? "
                             "AND br.imported_at < ?") +
              townshipClause(QStringLiteral("l.township_code"), township));
    q.addBindValue(wideStart(scheme.year));
    q.addBindValue(wideEnd(scheme.year));
    if (!township.isEmpty())
        q.addBindValue(township);
    if (Status s = runQuery(q); !s)
        return s;
    while (q.next()) {
        const QDate failed = localDay(q.value(2).toString());
        if (failed.year() != scheme.year)
            continue;
        const QDate fixed = q.value(3).toString() == QLatin1String("paid")
                                ? fromIsoDate(q.value(4).toString())
                                : QDate();
        visit(q.value(0).toString(), UnitRules::paymentFixed(failed, fixed, today, days), [&] {
            return QStringList{q.value(1).toString(), iso(failed), iso(failed.addDays(days)),
                               dayText(fixed)};
        });
    }
    return Status::success();
}

} // namespace youfu::core
