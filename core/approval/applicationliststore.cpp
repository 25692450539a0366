#include "approval/applicationliststore.h"

#include "approval/applicationrules.h"
#include "approval/approvalrules.h"
#include "common/isotime.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "registry/citizenid.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::ApplicationListStore)
};

const char* const kRowColumns =
    "a.id, a.type, a.state, p.name, p.citizen_id, coalesce(a.number, ''), a.requested_change, "
    "a.effective_date, a.annual_fen, a.one_off_fen, a.current_step, a.waiting_role, "
    "coalesce(u.display_name, ''), a.drafted_at, a.submitted_at, a.waiting_since, a.reported_on, "
    "a.assistance_reason FROM applications a JOIN persons p ON p.id = a.person_id LEFT JOIN users u ON u.id = "
    "a.drafted_by";

ApplicationRow fromRow(const QSqlQuery& q, const QDateTime& now)
{
    ApplicationRow r;
    r.id = q.value(0).toLongLong();
    ApplicationRules::typeFromKey(q.value(1).toString(), &r.type);
    ApprovalRules::stateFromKey(q.value(2).toString(), &r.state);
    r.personName = q.value(3).toString();
    r.maskedCitizenId = CitizenId::mask(q.value(4).toString());
    r.number = q.value(5).toString();
    r.requestedChange = q.value(6).toString();
    r.effectiveDate = fromIsoDate(q.value(7).toString());
    r.annualFen = q.value(8).toLongLong();
    r.oneOffFen = q.value(9).toLongLong();
    r.currentStep = q.value(10).toInt();
    roleFromKey(q.value(11).toString(), &r.waitingRole);
    r.draftedByName = q.value(12).toString();
    r.draftedAt = fromIsoUtc(q.value(13).toString());
    if (!q.value(14).isNull())
        r.submittedAt = fromIsoUtc(q.value(14).toString());
    if (r.state == ApplicationState::Pending || r.state == ApplicationState::Returned)
        r.daysWaiting = ApprovalRules::daysWaiting(fromIsoUtc(q.value(15).toString()), now);
    r.reportedOn = fromIsoDate(q.value(16).toString());
    r.assistanceReason = q.value(17).toString();
    return r;
}

// The rows of a statement prepared with kRowColumns; a statement that fails is an error.
Result<QList<ApplicationRow>> readRows(QSqlQuery& q, const QDateTime& now)
{
    if (Status ran = runQuery(q); !ran)
        return ran;
    QList<ApplicationRow> rows;
    while (q.next())
        rows << fromRow(q, now);
    if (q.lastError().isValid())
        return sqlFailure(q);
    return rows;
}

QString whereOf(const ApplicationFilter& f, QVariantList* binds)
{
    QStringList parts;
    if (f.type) {
        parts << QStringLiteral("a.type = ?");
        *binds << ApplicationRules::typeKey(*f.type);
    }
    if (f.state) {
        parts << QStringLiteral("a.state = ?");
        *binds << ApprovalRules::stateKey(*f.state);
    }
    if (f.year > 0) {
        // A range on the ISO text, so the index on drafted_at serves it.
        parts << QStringLiteral("a.drafted_at >= ? AND a.drafted_at < ?");
        *binds << QStringLiteral("%1-").arg(f.year) << QStringLiteral("%1-").arg(f.year + 1);
    }
    if (f.personId > 0) {
        parts << QStringLiteral("a.person_id = ?");
        *binds << f.personId;
    }
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}
} // namespace

Result<QList<ApplicationRow>> ApplicationListStore::inbox(const Actor& actor) const
{
    QList<ApplicationRow> rows;
    if (!actor.isValid())
        return rows;
    QStringList roles;
    for (Role r : {Role::SectionChief, Role::Inspector, Role::Director})
        if (actor.has(r))
            roles << QStringLiteral("'%1'").arg(roleKey(r));
    QStringList conditions;
    int binds = 0;
    // Pending steps of the user's roles, unless the user drafted it or signed another step:
    // those they could not sign (谁审批谁负责), so they do not wait for them.
    if (!roles.isEmpty())
        conditions << QStringLiteral("(a.state = 'pending' AND a.waiting_role IN (%1) AND "
                                     "a.drafted_by <> ? AND NOT EXISTS "
                                     "(SELECT 1 FROM application_steps s WHERE s.application_id = "
                                     "a.id AND s.signer_id = ? "
                                     "AND (s.decision = 'submit' OR s.role <> a.waiting_role)))")
                          .arg(roles.join(QLatin1Char(',')));
    binds += roles.isEmpty() ? 0 : 2;
    if (actor.has(Role::Clerk)) {
        conditions << QStringLiteral("(a.state IN ('returned', 'draft') AND a.drafted_by = ?)");
        ++binds;
    }
    if (conditions.isEmpty())
        return rows;
    QSqlQuery q(m_db.connection());
    // 住房困难 has priority: temporary assistance for housing comes first, then oldest first.
    q.prepare(QStringLiteral("SELECT %1 WHERE %2 ORDER BY CASE WHEN a.type = "
                             "'temporary_assistance' AND a.assistance_reason = 'housing' "
                             "THEN 0 ELSE 1 END, a.waiting_since, a.id")
                  .arg(QLatin1String(kRowColumns), conditions.join(QStringLiteral(" OR "))));
    for (int i = 0; i < binds; ++i)
        q.addBindValue(actor.userId);
    return readRows(q, m_db.clock().nowUtc());
}

Result<int> ApplicationListStore::waitingCount(const Actor& actor) const
{
    auto rows = inbox(actor);
    if (!rows)
        return rows.status();
    return int(rows->size());
}

Result<QList<ApplicationRow>> ApplicationListStore::page(const ApplicationFilter& filter,
                                                         int offset, int limit) const
{
    QVariantList binds;
    const QString where = whereOf(filter, &binds);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1%2 ORDER BY a.drafted_at DESC, a.id DESC LIMIT ? OFFSET ?")
                  .arg(QLatin1String(kRowColumns), where));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    return readRows(q, m_db.clock().nowUtc());
}

Result<QList<ApplicationRow>> ApplicationListStore::pageAfter(const ApplicationFilter& filter,
                                                              QVariantList* after, int limit) const
{
    QVariantList binds;
    QString where = whereOf(filter, &binds);
    if (!after->isEmpty()) {
        // Both columns are NOT NULL: the row value seeks in applications_drafted (or _type).
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
                 QStringLiteral("(a.drafted_at, a.id) < (?, ?)");
        binds << after->value(0) << after->value(1);
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1%2 ORDER BY a.drafted_at DESC, a.id DESC LIMIT ?")
                  .arg(QLatin1String(kRowColumns), where));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    if (Status ran = runQuery(q); !ran)
        return ran;
    QList<ApplicationRow> rows;
    const QDateTime now = m_db.clock().nowUtc();
    QVariantList key;
    while (q.next()) {
        rows << fromRow(q, now);
        key = {q.value(13), q.value(0)}; // drafted_at as stored, id
    }
    if (q.lastError().isValid())
        return sqlFailure(q);
    if (!rows.isEmpty())
        *after = key;
    return rows;
}

Result<int> ApplicationListStore::count(const ApplicationFilter& filter) const
{
    QVariantList binds;
    const QString where = whereOf(filter, &binds);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM applications a%1").arg(where));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (Status read = runSingle(q, Tr::tr("The register of applications could not be counted."));
        !read)
        return read;
    return q.value(0).toInt();
}

Result<QList<int>> ApplicationListStore::years() const
{
    QList<int> list;
    QSqlQuery q(m_db.connection());
    if (Status ran = runQuery(q, QStringLiteral("SELECT DISTINCT substr(drafted_at, 1, 4) FROM "
                                                "applications ORDER BY 1 DESC"));
        !ran)
        return ran;
    while (q.next())
        list << q.value(0).toInt();
    return list;
}

Result<QList<ApplicationRow>> ApplicationListStore::findByNumber(const QString& text,
                                                                 int limit) const
{
    QString pattern = text.trimmed();
    if (pattern.isEmpty())
        return QList<ApplicationRow>();
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 WHERE a.number LIKE ? ESCAPE '\\' "
                             "ORDER BY a.drafted_at DESC, a.id DESC LIMIT ?")
                  .arg(QLatin1String(kRowColumns)));
    q.addBindValue(QStringLiteral("%%1%").arg(pattern));
    q.addBindValue(limit);
    if (Status ran = runQuery(q); !ran)
        return Result<QList<ApplicationRow>>::failure(ran.error());
    QList<ApplicationRow> rows;
    const QDateTime now = m_db.clock().nowUtc();
    while (q.next())
        rows << fromRow(q, now);
    return rows;
}

} // namespace youfu::core
