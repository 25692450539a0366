#include "petition/petitionliststore.h"

#include "common/isotime.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "petition/petitionrules.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlQuery>
#include <QVariant>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::PetitionListStore)
};

const char* const kLineColumns =
    "c.id, c.number, c.received_at, c.first_petitioner, c.petitioner_count, c.channel, "
    "c.subject, coalesce(t.name, ''), c.status, c.is_group, c.beyond_level, "
    "coalesce(c.repeat_of, 0), c.responsible_name, c.deadline "
    "FROM petition_cases c LEFT JOIN townships t ON t.code = c.township_code";

template <typename T> T keyOr(const Result<T>& r, T fallback)
{
    return r ? r.value() : fallback;
}

QString openStatuses()
{
    return QStringLiteral("c.status IN ('registered', 'accepted', 'reviewing', 'rereviewing')");
}

// The WHERE clause of a filter and its values, in order.
struct Where
{
    QStringList clauses;
    QVariantList values;
    void add(const QString& clause, const QVariantList& v = {})
    {
        clauses << clause;
        values << v;
    }
    QString sql() const
    {
        return clauses.isEmpty()
                   ? QString()
                   : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    }
};

Where whereOf(const CaseFilter& f, const QDate& today)
{
    Where w;
    if (!f.statuses.isEmpty()) {
        QStringList marks;
        QVariantList keys;
        for (CaseStatus s : f.statuses) {
            marks << QStringLiteral("?");
            keys << PetitionRules::statusKey(s);
        }
        w.add(QStringLiteral("c.status IN (%1)").arg(marks.join(QLatin1Char(','))), keys);
    }
    if (f.openOnly)
        w.add(openStatuses());
    // Overdue and due-within are ranges on the deadline index (NULL when no clock runs).
    if (f.overdueOnly)
        w.add(QStringLiteral("c.deadline IS NOT NULL AND c.deadline < ?"), {toIsoDate(today)});
    if (f.dueWithinDays >= 0)
        w.add(QStringLiteral("c.deadline BETWEEN ? AND ?"),
              {toIsoDate(today), toIsoDate(today.addDays(f.dueWithinDays))});
    if (!f.townshipCode.isEmpty())
        w.add(QStringLiteral("c.township_code = ?"), {f.townshipCode});
    if (f.subject >= 0)
        w.add(QStringLiteral("c.subject = ?"),
              {PetitionRules::subjectKey(PetitionSubject(f.subject))});
    if (f.groupOnly)
        w.add(QStringLiteral("c.is_group = 1"));
    if (f.beyondOnly)
        w.add(QStringLiteral("c.beyond_level <> ''"));
    if (f.repeatOnly)
        w.add(QStringLiteral("c.repeat_of IS NOT NULL"));
    if (f.responsibleUserId > 0)
        w.add(QStringLiteral("c.responsible_user_id = ?"), {f.responsibleUserId});
    if (!f.text.trimmed().isEmpty()) {
        const QString like = QLatin1Char('%') + f.text.trimmed() + QLatin1Char('%');
        w.add(QStringLiteral("(c.number LIKE ? OR c.summary LIKE ? OR EXISTS (SELECT 1 FROM "
                             "petition_petitioners pp WHERE pp.case_id = c.id AND pp.name LIKE "
                             "?))"),
              {like, like, like});
    }
    if (f.personId > 0)
        w.add(QStringLiteral("EXISTS (SELECT 1 FROM petition_petitioners pp WHERE pp.case_id = "
                             "c.id AND pp.person_id = ?)"),
              {f.personId});
    return w;
}

CaseLine lineFromRow(const QSqlQuery& q, const QDate& today)
{
    CaseLine l;
    l.id = q.value(0).toLongLong();
    l.number = q.value(1).toString();
    l.receivedAt = fromIsoUtc(q.value(2).toString());
    l.receivedOn = l.receivedAt.toLocalTime().date();
    const int count = q.value(4).toInt();
    l.petitionerNames =
        count > 1 ? Tr::tr("%1 and others, %2 in all").arg(q.value(3).toString()).arg(count)
                  : q.value(3).toString();
    l.channel =
        keyOr(PetitionRules::channelFromKey(q.value(5).toString()), PetitionChannel::Letter);
    l.subject = keyOr(PetitionRules::subjectFromKey(q.value(6).toString()), PetitionSubject::Other);
    l.townshipName = q.value(7).toString();
    l.status = keyOr(PetitionRules::statusFromKey(q.value(8).toString()), CaseStatus::Registered);
    l.group = q.value(9).toInt() != 0;
    l.beyond = keyOr(PetitionRules::beyondFromKey(q.value(10).toString()), BeyondLevel::None);
    l.repeat = q.value(11).toLongLong() > 0;
    l.responsibleName = q.value(12).toString();
    l.deadline = fromIsoDate(q.value(13).toString());
    if (l.deadline.isValid()) {
        l.badge = PetitionRules::badge(l.deadline, today);
        l.daysLeft = PetitionRules::daysLeft(l.deadline, today);
    }
    return l;
}

Status bindAll(QSqlQuery& q, const QVariantList& values)
{
    for (const QVariant& v : values)
        q.addBindValue(v);
    return runQuery(q);
}

Result<int> countOf(Database& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (Status s = runSingle(q, QString()); !s)
        return s;
    return q.value(0).toInt();
}

} // namespace

Result<QList<CaseLine>> PetitionListStore::page(const CaseFilter& filter, const CaseCursor* after,
                                                int limit, const QDate& today) const
{
    Where w = whereOf(filter, today);
    if (after) {
        const QString at = toIsoUtc(after->receivedAt);
        w.add(QStringLiteral("(c.received_at < ? OR (c.received_at = ? AND c.id < ?))"),
              {at, at, after->id});
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1%2 ORDER BY c.received_at DESC, c.id DESC LIMIT ?")
                  .arg(QLatin1String(kLineColumns), w.sql()));
    QVariantList values = w.values;
    values << qMax(1, limit);
    if (Status s = bindAll(q, values); !s)
        return s;
    QList<CaseLine> lines;
    while (q.next())
        lines << lineFromRow(q, today);
    return lines;
}

Result<CaseCursor> PetitionListStore::cursorOf(qint64 caseId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT received_at FROM petition_cases WHERE id = ?"));
    q.addBindValue(caseId);
    if (Status s = runSingle(q, Tr::tr("The case no longer exists.")); !s)
        return s;
    return CaseCursor{fromIsoUtc(q.value(0).toString()).toLocalTime(), caseId};
}

Result<int> PetitionListStore::count(const CaseFilter& filter, const QDate& today) const
{
    const Where w = whereOf(filter, today);
    return countOf(m_db, QStringLiteral("SELECT count(*) FROM petition_cases c") + w.sql(),
                   w.values);
}

Result<PetitionCounts> PetitionListStore::homeCounts(const QDate& today) const
{
    PetitionCounts counts;
    CaseFilter due;
    due.dueWithinDays = 7;
    auto d = count(due, today);
    if (!d)
        return d.status();
    counts.dueWithin7 = d.value();
    CaseFilter overdue;
    overdue.overdueOnly = true;
    auto o = count(overdue, today);
    if (!o)
        return o.status();
    counts.overdue = o.value();
    auto warnings = countOf(
        m_db, QStringLiteral("SELECT count(*) FROM warning_reports WHERE resolved = 0"), {});
    if (!warnings)
        return warnings.status();
    counts.warningsOpen = warnings.value();
    return counts;
}

Result<QList<CaseLine>> PetitionListStore::casesOf(qint64 personId, const QDate& today) const
{
    CaseFilter f;
    f.personId = personId;
    QSqlQuery q(m_db.connection());
    const Where w = whereOf(f, today);
    q.prepare(QStringLiteral("SELECT %1%2 ORDER BY c.received_at DESC, c.id DESC")
                  .arg(QLatin1String(kLineColumns), w.sql()));
    if (Status s = bindAll(q, w.values); !s)
        return s;
    QList<CaseLine> lines;
    while (q.next())
        lines << lineFromRow(q, today);
    return lines;
}

Result<QList<PetitionStatRow>> PetitionListStore::statistics(Dimension d, const QDate& from,
                                                             const QDate& to,
                                                             const QDate& today) const
{
    Q_UNUSED(today);
    QSqlQuery q(m_db.connection());
    // received_at is UTC text; the range is of local days, so compare a day early and late and
    // filter exactly below.
    q.prepare(QStringLiteral(
        "SELECT c.received_at, c.channel, c.subject, coalesce(c.township_code, ''), "
        "coalesce(t.name, ''), c.decided_on, c.status, c.answered_on, c.extension_days, "
        "c.return_visit_on, c.satisfaction FROM petition_cases c LEFT JOIN townships t ON "
        "t.code = c.township_code WHERE c.received_at >= ? AND c.received_at < ? "
        "ORDER BY c.received_at"));
    q.addBindValue(toIsoDate(from.addDays(-1)));
    q.addBindValue(toIsoDate(to.addDays(2)));
    if (Status s = runQuery(q); !s)
        return s;
    QMap<QString, PetitionStatRow> rows;
    PetitionStatRow total;
    total.key = QStringLiteral("total");
    total.title = Tr::tr("Total");
    while (q.next()) {
        const QDate received = fromIsoUtc(q.value(0).toString()).toLocalTime().date();
        if (received < from || received > to)
            continue;
        QString key, title;
        switch (d) {
        case Dimension::Month:
            key = received.toString(QStringLiteral("yyyy-MM"));
            title = key;
            break;
        case Dimension::Channel: {
            const auto c = PetitionRules::channelFromKey(q.value(1).toString());
            key = q.value(1).toString();
            title = c ? PetitionRules::channelTitle(c.value()) : key;
            break;
        }
        case Dimension::Subject: {
            const auto s = PetitionRules::subjectFromKey(q.value(2).toString());
            key = q.value(2).toString();
            title = s ? PetitionRules::subjectTitle(s.value()) : key;
            break;
        }
        case Dimension::Township:
            key = q.value(3).toString();
            title = key.isEmpty() ? Tr::tr("(no township)") : q.value(4).toString();
            break;
        }
        PetitionStatRow& row = rows[key];
        row.key = key;
        row.title = title;
        const QDate decided = fromIsoDate(q.value(5).toString());
        const QString status = q.value(6).toString();
        const QDate answered = fromIsoDate(q.value(7).toString());
        const int extension = q.value(8).toInt();
        const bool visited = !q.value(9).isNull() && !q.value(9).toString().isEmpty();
        const QString satisfaction = q.value(10).toString();
        for (PetitionStatRow* r : {&row, &total}) {
            ++r->cases;
            if (decided.isValid()) {
                ++r->accepted;
                if (PetitionRules::acceptedOnTime(received, decided))
                    ++r->acceptedOnTime;
            }
            if (decided.isValid() && answered.isValid() &&
                status != QLatin1String("not_accepted") && status != QLatin1String("forwarded")) {
                ++r->answered;
                if (PetitionRules::answeredOnTime(decided, extension, answered))
                    ++r->answeredOnTime;
            }
            if (visited) {
                ++r->returnVisits;
                if (satisfaction == QLatin1String("satisfied") ||
                    satisfaction == QLatin1String("basically"))
                    ++r->satisfied;
            }
        }
    }
    QList<PetitionStatRow> out = rows.values();
    out << total;
    return out;
}

} // namespace youfu::core
