#include "township/publicitystore.h"

#include "common/isotime.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "db/sqlvalues.h"
#include "township/publicityrules.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::PublicityStore)
};

const char* const kColumns =
    "r.id, r.on_date, r.kind, coalesce(r.township_code, ''), coalesce(t.name, ''), r.title, "
    "r.copies, r.audience, r.place, r.note "
    "FROM publicity_records r LEFT JOIN townships t ON t.code = r.township_code";

PublicityRecord fromRow(const QSqlQuery& q)
{
    PublicityRecord r;
    r.id = q.value(0).toLongLong();
    r.onDate = fromIsoDate(q.value(1).toString());
    PublicityRules::kindFromKey(q.value(2).toString(), &r.kind);
    r.townshipCode = q.value(3).toString();
    r.townshipName = q.value(4).toString();
    r.title = q.value(5).toString();
    r.copies = q.value(6).toInt();
    r.audience = q.value(7).toInt();
    r.place = q.value(8).toString();
    r.note = q.value(9).toString();
    return r;
}

QJsonObject auditJson(const PublicityRecord& r)
{
    return {{QStringLiteral("on_date"), toIsoDate(r.onDate)},
            {QStringLiteral("kind"), PublicityRules::kindKey(r.kind)},
            {QStringLiteral("township"), r.townshipCode},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("copies"), r.copies},
            {QStringLiteral("audience"), r.audience},
            {QStringLiteral("place"), r.place},
            {QStringLiteral("note"), r.note}};
}

QString whereOf(const PublicityFilter& f, QVariantList* binds)
{
    QStringList parts;
    if (f.year > 0) {
        parts << QStringLiteral("r.on_date >= ? AND r.on_date < ?");
        *binds << QStringLiteral("%1-").arg(f.year) << QStringLiteral("%1-").arg(f.year + 1);
    }
    if (f.townshipCode == QLatin1String("county")) {
        parts << QStringLiteral("r.township_code IS NULL");
    } else if (!f.townshipCode.isEmpty()) {
        parts << QStringLiteral("r.township_code = ?");
        *binds << f.townshipCode;
    }
    if (f.kind) {
        parts << QStringLiteral("r.kind = ?");
        *binds << PublicityRules::kindKey(*f.kind);
    }
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        parts << QStringLiteral("(r.title LIKE ? OR r.place LIKE ?)");
        const QString like = QLatin1Char('%') + text + QLatin1Char('%');
        *binds << like << like;
    }
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}
} // namespace

Result<qint64> PublicityStore::save(const Actor& actor, const PublicityRecord& input)
{
    PublicityRecord r = input;
    r.title = r.title.trimmed();
    r.place = r.place.trimmed();
    r.note = r.note.trimmed();
    if (r.kind == PublicityKind::Materials)
        r.audience = 0;
    const bool isNew = r.id <= 0;
    AuditNote note(isNew ? QStringLiteral("publicity.create") : QStringLiteral("publicity.update"),
                   QStringLiteral("publicity"), isNew ? QString() : QString::number(r.id));
    return AuditedWrite::produce<qint64>(
        m_db, actor, Authority::of(Permission::ManageTownships), note,
        [&](WriteScope& w) -> Result<qint64> {
            if (!isNew) {
                auto before = byId(r.id);
                if (!before)
                    return before.status();
                w.entry().before = auditJson(before.value());
            }
            const QStringList problems = PublicityRules::problems(r, m_db.clock().today());
            if (!problems.isEmpty())
                return Status::failure(problems.join(QLatin1Char('\n')));
            QSqlQuery q(m_db.connection());
            if (isNew)
                q.prepare(QStringLiteral(
                    "INSERT INTO publicity_records (on_date, kind, township_code, title, copies, "
                    "audience, place, note, created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?)"));
            else
                q.prepare(QStringLiteral(
                    "UPDATE publicity_records SET on_date = ?, kind = ?, township_code = ?, "
                    "title = ?, copies = ?, audience = ?, place = ?, note = ? WHERE id = ?"));
            q.addBindValue(toIsoDate(r.onDate));
            q.addBindValue(PublicityRules::kindKey(r.kind));
            q.addBindValue(r.townshipCode.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                    : QVariant(r.townshipCode));
            q.addBindValue(textOrEmpty(r.title));
            q.addBindValue(r.copies);
            q.addBindValue(r.audience);
            q.addBindValue(textOrEmpty(r.place));
            q.addBindValue(textOrEmpty(r.note));
            if (isNew) {
                q.addBindValue(toIsoUtc(w.now()));
                q.addBindValue(actor.userId);
            } else {
                q.addBindValue(r.id);
            }
            if (Status s = runQuery(q); !s)
                return s;
            const qint64 id = isNew ? q.lastInsertId().toLongLong() : r.id;
            w.entry().entityId = QString::number(id);
            w.entry().after = auditJson(r);
            return id;
        });
}

Result<PublicityRecord> PublicityStore::byId(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 WHERE r.id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (Status s = runSingle(q, Tr::tr("Publicity record no. %1 does not exist.").arg(id)); !s)
        return s;
    return fromRow(q);
}

Result<QList<PublicityRecord>> PublicityStore::page(const PublicityFilter& filter, int offset,
                                                    int limit) const
{
    QVariantList binds;
    const QString where = whereOf(filter, &binds);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1%2 ORDER BY r.on_date DESC, r.id DESC LIMIT ? OFFSET ?")
                  .arg(QLatin1String(kColumns), where));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (Status s = runQuery(q); !s)
        return s;
    QList<PublicityRecord> rows;
    while (q.next())
        rows << fromRow(q);
    if (q.lastError().isValid())
        return sqlFailure(q);
    return rows;
}

Result<int> PublicityStore::count(const PublicityFilter& filter) const
{
    QVariantList binds;
    const QString where = whereOf(filter, &binds);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM publicity_records r%1").arg(where));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (Status s = runSingle(q, Tr::tr("The publicity records could not be counted.")); !s)
        return s;
    return q.value(0).toInt();
}

Result<QList<int>> PublicityStore::years() const
{
    QSqlQuery q(m_db.connection());
    return readIntColumn(q, QStringLiteral("SELECT DISTINCT substr(on_date, 1, 4) FROM "
                                           "publicity_records ORDER BY 1 DESC"));
}

Result<QList<PublicityTotal>> PublicityStore::yearTotals(int year, PublicityTotal* sum) const
{
    const QString sums = QStringLiteral(
        "SELECT township_code AS code, "
        "sum(CASE WHEN kind = 'materials' THEN 1 ELSE 0 END) AS handouts, sum(copies) AS copies, "
        "sum(CASE WHEN kind = 'session' THEN 1 ELSE 0 END) AS sessions, "
        "sum(audience) AS audience FROM publicity_records "
        "WHERE on_date >= ? AND on_date < ? GROUP BY township_code");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT t.code, t.name, coalesce(s.handouts, 0), coalesce(s.copies, 0), "
                  "coalesce(s.sessions, 0), coalesce(s.audience, 0), 0 AS county, t.sort_order "
                  "FROM townships t LEFT JOIN (%1) s ON s.code = t.code "
                  "WHERE t.active = 1 OR s.code IS NOT NULL "
                  "UNION ALL SELECT '', '', s.handouts, s.copies, s.sessions, s.audience, 1, 0 "
                  "FROM (%1) s WHERE s.code IS NULL "
                  "ORDER BY 7, 8, 1")
                  .arg(sums));
    for (int i = 0; i < 2; ++i) {
        q.addBindValue(QStringLiteral("%1-").arg(year));
        q.addBindValue(QStringLiteral("%1-").arg(year + 1));
    }
    if (Status s = runQuery(q); !s)
        return s;
    QList<PublicityTotal> parts;
    while (q.next()) {
        PublicityTotal t;
        t.townshipCode = q.value(0).toString();
        t.townshipName = q.value(1).toString();
        t.handouts = q.value(2).toInt();
        t.copies = q.value(3).toInt();
        t.sessions = q.value(4).toInt();
        t.audience = q.value(5).toInt();
        parts << t;
    }
    if (q.lastError().isValid())
        return sqlFailure(q);
    return PublicityRules::merge(parts, sum);
}

} // namespace youfu::core
