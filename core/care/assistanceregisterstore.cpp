#include "care/assistanceregisterstore.h"

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
    Q_DECLARE_TR_FUNCTIONS(youfu::core::AssistanceRegisterStore)
};

const char* const kFrom = " FROM applications a JOIN persons p ON p.id = a.person_id "
                          "LEFT JOIN townships t ON t.code = p.township_code "
                          "WHERE a.type = 'temporary_assistance' AND a.state = 'approved'";

QString whereOf(const AssistanceFilter& f, QVariantList* binds)
{
    QString where = QLatin1String(kFrom);
    if (f.year > 0) {
        where += QStringLiteral(" AND a.decided_at >= ? AND a.decided_at < ?");
        *binds << QStringLiteral("%1-").arg(f.year) << QStringLiteral("%1-").arg(f.year + 1);
    }
    if (!f.townshipCode.isEmpty()) {
        where += QStringLiteral(" AND p.township_code = ?");
        *binds << f.townshipCode;
    }
    if (!f.reason.isEmpty()) {
        where += QStringLiteral(" AND a.assistance_reason = ?");
        *binds << f.reason;
    }
    return where;
}
} // namespace

Result<QList<AssistanceGrant>> AssistanceRegisterStore::page(const AssistanceFilter& filter,
                                                             int offset, int limit) const
{
    QVariantList binds;
    const QString from = whereOf(filter, &binds);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT a.id, coalesce(a.number, ''), a.person_id, p.name, p.citizen_id, "
                       "coalesce(t.name, ''), a.assistance_reason, a.one_off_fen, a.decided_at%1 "
                       "ORDER BY CASE WHEN a.assistance_reason = 'housing' THEN 0 ELSE 1 END, "
                       "a.decided_at, a.id LIMIT ? OFFSET ?")
            .arg(from));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (Status s = runQuery(q); !s)
        return s;
    QList<AssistanceGrant> rows;
    while (q.next()) {
        AssistanceGrant g;
        g.applicationId = q.value(0).toLongLong();
        g.number = q.value(1).toString();
        g.personId = q.value(2).toLongLong();
        g.personName = q.value(3).toString();
        g.maskedCitizenId = CitizenId::mask(q.value(4).toString());
        g.townshipName = q.value(5).toString();
        g.reason = q.value(6).toString();
        g.amountFen = q.value(7).toLongLong();
        if (!q.value(8).isNull())
            g.decidedOn = fromIsoUtc(q.value(8).toString()).toLocalTime().date();
        rows << g;
    }
    if (q.lastError().isValid())
        return sqlFailure(q);
    return rows;
}

Result<int> AssistanceRegisterStore::count(const AssistanceFilter& filter) const
{
    QVariantList binds;
    const QString from = whereOf(filter, &binds);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*)%1").arg(from));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (Status s = runSingle(q, Tr::tr("The temporary assistance granted could not be counted."));
        !s)
        return s;
    return q.value(0).toInt();
}

Result<QList<AssistanceReasonTotal>>
AssistanceRegisterStore::totals(const AssistanceFilter& filter) const
{
    QVariantList binds;
    const QString from = whereOf(filter, &binds);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT a.assistance_reason, count(*), coalesce(sum(a.one_off_fen), 0)"
                             "%1 GROUP BY a.assistance_reason")
                  .arg(from));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (Status s = runQuery(q); !s)
        return s;
    QList<AssistanceReasonTotal> out;
    while (q.next()) {
        AssistanceReasonTotal t;
        t.reason = q.value(0).toString();
        t.grants = q.value(1).toInt();
        t.amountFen = q.value(2).toLongLong();
        out << t;
    }
    if (q.lastError().isValid())
        return sqlFailure(q);
    return out;
}

Result<QList<int>> AssistanceRegisterStore::years() const
{
    QSqlQuery q(m_db.connection());
    return readIntColumn(
        q, QStringLiteral("SELECT DISTINCT substr(decided_at, 1, 4) FROM applications "
                          "WHERE type = 'temporary_assistance' AND state = 'approved' "
                          "AND decided_at IS NOT NULL ORDER BY 1 DESC"));
}

} // namespace youfu::core
