#include "archive/completenessstore.h"

#include "common/isotime.h"
#include "db/database.h"
#include "registry/citizenid.h"
#include "report/csvwriter.h"
#include "security/permission.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::CompletenessStore)
};

// The required kinds of the categories each active person holds today. `extra` narrows the
// categories and townships; binds: today, today, then the filter values.
QString needSql(const CompletenessFilter& f)
{
    QString sql = QStringLiteral(
        "SELECT pc.person_id, pc.category_code, r.kind_code FROM person_categories pc "
        "JOIN archive_required_kinds r ON r.category_code = pc.category_code "
        "JOIN persons p ON p.id = pc.person_id AND p.status = 'active' "
        "WHERE pc.start_date <= ? AND (pc.end_date IS NULL OR pc.end_date > ?)");
    if (!f.categoryCode.isEmpty())
        sql += QStringLiteral(" AND pc.category_code = ?");
    if (!f.townshipCode.isEmpty())
        sql += QStringLiteral(" AND p.township_code = ?");
    return sql;
}

// A required kind r of the person of pc without a verified, current document.
const char* const kMissingPc =
    "NOT EXISTS (SELECT 1 FROM archive_documents d WHERE d.person_id = pc.person_id "
    "AND d.kind_code = r.kind_code AND d.status = 'verified' AND d.superseded_by IS NULL)";

QString currentWhere(const CompletenessFilter& f)
{
    QString w = QStringLiteral("pc.start_date <= ? AND (pc.end_date IS NULL OR pc.end_date > ?)");
    if (!f.categoryCode.isEmpty())
        w += QStringLiteral(" AND pc.category_code = ?");
    if (!f.townshipCode.isEmpty())
        w += QStringLiteral(" AND pc.person_id IN (SELECT id FROM persons WHERE township_code = ?)");
    return w;
}

void bindCurrent(QSqlQuery& q, const QString& today, const CompletenessFilter& f)
{
    q.addBindValue(today);
    q.addBindValue(today);
    if (!f.categoryCode.isEmpty())
        q.addBindValue(f.categoryCode);
    if (!f.townshipCode.isEmpty())
        q.addBindValue(f.townshipCode);
}

const char* const kMissing =
    "NOT EXISTS (SELECT 1 FROM archive_documents d WHERE d.person_id = n.person_id "
    "AND d.kind_code = n.kind_code AND d.status = 'verified' AND d.superseded_by IS NULL)";

void bindFilter(QSqlQuery& q, const QString& today, const CompletenessFilter& f)
{
    q.addBindValue(today);
    q.addBindValue(today);
    if (!f.categoryCode.isEmpty())
        q.addBindValue(f.categoryCode);
    if (!f.townshipCode.isEmpty())
        q.addBindValue(f.townshipCode);
}
} // namespace

QStringList CompletenessStore::summaryHeader()
{
    return {QStringLiteral("乡镇（街道）"), QStringLiteral("优抚类别"), QStringLiteral("人数"),
            QStringLiteral("档案不全人数"), QStringLiteral("缺少材料份数")};
}

QStringList CompletenessStore::incompleteHeader()
{
    return {QStringLiteral("乡镇（街道）"), QStringLiteral("姓名"), QStringLiteral("公民身份号码"),
            QStringLiteral("优抚类别"), QStringLiteral("档案号"), QStringLiteral("缺少材料"),
            QStringLiteral("缺少份数")};
}

QList<CompletenessSummaryRow> CompletenessStore::summary(const CompletenessFilter& filter) const
{
    // One pass over the categories held today; per row, a count of its required kinds
    // without a verified document (index lookups on archive_documents_person_kind).
    QList<CompletenessSummaryRow> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // MATERIALIZED: the missing count is used twice below and must be computed once per row.
    q.prepare(QStringLiteral(
                  "WITH x AS MATERIALIZED (SELECT pc.person_id, pc.category_code, (SELECT count(*) "
                  "FROM archive_required_kinds r WHERE r.category_code = pc.category_code AND %1) AS missing "
                  "FROM person_categories pc WHERE %2) "
                  "SELECT p.township_code, t.name, x.category_code, c.name, count(*), "
                  "sum(CASE WHEN x.missing > 0 THEN 1 ELSE 0 END), sum(x.missing) FROM x "
                  "JOIN persons p ON p.id = x.person_id "
                  "JOIN townships t ON t.code = p.township_code JOIN categories c ON c.code = x.category_code "
                  "WHERE p.status = 'active' %3 "
                  "GROUP BY p.township_code, t.name, t.sort_order, x.category_code, c.name, c.sort_order "
                  "ORDER BY t.sort_order, c.sort_order")
                  .arg(QLatin1String(kMissingPc), currentWhere(filter), QString()));
    bindCurrent(q, toIsoDate(m_db.clock().today()), filter);
    if (!q.exec())
        return out;
    while (q.next())
        out << CompletenessSummaryRow{q.value(0).toString(), q.value(1).toString(),   q.value(2).toString(),
                                      q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                                      q.value(6).toLongLong()};
    return out;
}

QList<qint64> CompletenessStore::incompletePersonIds(const CompletenessFilter& filter) const
{
    QList<qint64> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.id FROM persons p JOIN townships t ON t.code = p.township_code "
                             "WHERE p.status = 'active' %1 AND EXISTS (SELECT 1 FROM person_categories pc "
                             "JOIN archive_required_kinds r ON r.category_code = pc.category_code "
                             "WHERE pc.person_id = p.id AND %2 AND %3) ORDER BY t.sort_order, p.name, p.id")
                  .arg(filter.townshipCode.isEmpty() ? QString() : QStringLiteral("AND p.township_code = ?"),
                       currentWhere(filter), QLatin1String(kMissingPc)));
    if (!filter.townshipCode.isEmpty())
        q.addBindValue(filter.townshipCode);
    bindCurrent(q, toIsoDate(m_db.clock().today()), filter);
    if (q.exec())
        while (q.next())
            out << q.value(0).toLongLong();
    return out;
}

QList<IncompletePersonRow> CompletenessStore::incompleteRows(const QList<qint64>& personIds,
                                                             const CompletenessFilter& filter) const
{
    QList<IncompletePersonRow> out;
    if (personIds.isEmpty())
        return out;
    QStringList marks;
    for (int i = 0; i < personIds.size(); ++i)
        marks << QStringLiteral("?");
    // Only the persons of this window: the filter on n keeps the scan to their rows.
    CompletenessFilter f = filter;
    f.townshipCode.clear();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("WITH n AS (%1 AND pc.person_id IN (%2)) "
                             "SELECT p.id, p.name, p.citizen_id, t.name, p.categories_summary, "
                             "coalesce(a.archive_number, ''), group_concat(DISTINCT k.name), count(DISTINCT n.kind_code) "
                             "FROM n JOIN persons p ON p.id = n.person_id JOIN townships t ON t.code = p.township_code "
                             "JOIN document_kinds k ON k.code = n.kind_code LEFT JOIN archives a ON a.person_id = p.id "
                             "WHERE %3 GROUP BY p.id, p.name, p.citizen_id, t.name, p.categories_summary, a.archive_number")
                  .arg(needSql(f), marks.join(QLatin1Char(',')), QLatin1String(kMissing)));
    bindFilter(q, toIsoDate(m_db.clock().today()), f);
    for (qint64 id : personIds)
        q.addBindValue(id);
    if (!q.exec())
        return out;
    QHash<qint64, IncompletePersonRow> byId;
    while (q.next()) {
        IncompletePersonRow r;
        r.personId = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.maskedCitizenId = CitizenId::mask(q.value(2).toString());
        r.townshipName = q.value(3).toString();
        r.categoryName = q.value(4).toString();
        r.archiveNumber = q.value(5).toString();
        r.missingKinds = q.value(6).toString().replace(QLatin1Char(','), QStringLiteral("、"));
        r.missingCount = q.value(7).toInt();
        byId.insert(r.personId, r);
    }
    for (qint64 id : personIds)
        if (byId.contains(id))
            out << byId.value(id);
    return out;
}

Status CompletenessStore::exportSummaryCsv(const Actor& actor, const QString& path, const CompletenessFilter& filter) const
{
    if (Status s = require(actor, Permission::ViewBusiness); !s)
        return s;
    QList<QStringList> rows;
    for (const CompletenessSummaryRow& r : summary(filter))
        rows << QStringList{r.townshipName, r.categoryName, QString::number(r.persons), QString::number(r.incomplete),
                            QString::number(r.missingDocuments)};
    return writeCsv(path, summaryHeader(), rows);
}

Status CompletenessStore::exportIncompleteCsv(const Actor& actor, const QString& path,
                                              const CompletenessFilter& filter) const
{
    if (Status s = require(actor, Permission::ViewBusiness); !s)
        return s;
    const QList<qint64> ids = incompletePersonIds(filter);
    QList<QStringList> rows;
    rows.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); i += 500) {
        for (const IncompletePersonRow& r : incompleteRows(ids.mid(i, 500), filter))
            rows << QStringList{r.townshipName, r.name, r.maskedCitizenId, r.categoryName, r.archiveNumber,
                                r.missingKinds, QString::number(r.missingCount)};
    }
    return writeCsv(path, incompleteHeader(), rows);
}

} // namespace youfu::core
