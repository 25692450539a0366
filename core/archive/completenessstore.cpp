#include "archive/completenessstore.h"

#include "common/isotime.h"
#include "db/database.h"
#include "db/sqlerror.h"
#include "registry/citizenid.h"
#include "report/csvwriter.h"
#include "security/permission.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
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

const char* const kMissing =
    "NOT EXISTS (SELECT 1 FROM archive_documents d WHERE d.person_id = n.person_id "
    "AND d.kind_code = n.kind_code AND d.status = 'verified' AND d.superseded_by IS NULL)";

// A failed read in the clerk's words, with the database's reason.
Status readFailed(const QSqlQuery& q)
{
    return Status::failure(Tr::tr("The archive completeness could not be read: %1")
                               .arg(describeSqlError(q.lastError())));
}

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
    return {QStringLiteral("乡镇（街道）"), QStringLiteral("姓名"),
            QStringLiteral("公民身份号码"), QStringLiteral("优抚类别"),
            QStringLiteral("档案号"),       QStringLiteral("缺少材料"),
            QStringLiteral("缺少份数")};
}

Result<QList<CompletenessSummaryRow>>
CompletenessStore::summary(const CompletenessFilter& filter) const
{
    // One covering scan of archive_completeness (0005), whose missing counts the triggers keep
    // exact; whether a category is held today is decided here, from its dates.
    QList<CompletenessSummaryRow> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "WITH x AS (SELECT c.township_code, c.category_code, count(*) AS persons, "
                  "sum(CASE WHEN c.missing > 0 THEN 1 ELSE 0 END) AS incomplete, "
                  "sum(c.missing) AS missing FROM archive_completeness c "
                  "WHERE c.person_status = 'active' %1 AND c.start_date <= ? "
                  "AND (c.end_date IS NULL OR c.end_date > ?) %2 "
                  "GROUP BY c.township_code, c.category_code) "
                  "SELECT x.township_code, t.name, x.category_code, k.name, x.persons, "
                  "x.incomplete, x.missing FROM x JOIN townships t ON t.code = x.township_code "
                  "JOIN categories k ON k.code = x.category_code "
                  "ORDER BY t.sort_order, k.sort_order")
                  .arg(filter.townshipCode.isEmpty() ? QString()
                                                     : QStringLiteral("AND c.township_code = ?"),
                       filter.categoryCode.isEmpty() ? QString()
                                                     : QStringLiteral("AND c.category_code = ?")));
    const QString today = toIsoDate(m_db.clock().today());
    if (!filter.townshipCode.isEmpty())
        q.addBindValue(filter.townshipCode);
    q.addBindValue(today);
    q.addBindValue(today);
    if (!filter.categoryCode.isEmpty())
        q.addBindValue(filter.categoryCode);
    if (!q.exec())
        return readFailed(q);
    while (q.next())
        out << CompletenessSummaryRow{q.value(0).toString(),   q.value(1).toString(),
                                      q.value(2).toString(),   q.value(3).toString(),
                                      q.value(4).toLongLong(), q.value(5).toLongLong(),
                                      q.value(6).toLongLong()};
    if (q.lastError().isValid())
        return readFailed(q);
    return out;
}

Result<QList<qint64>> CompletenessStore::incompletePersonIds(const CompletenessFilter& filter) const
{
    // Townships in order (townships_sort), each one's persons by name (covering
    // persons_township), one covering probe of archive_completeness_person per person: no
    // persons row is read and only each township's part is sorted. The person's status is
    // the one kept beside the counts. t.code orders townships of equal sort_order apart.
    QList<qint64> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT p.id FROM townships t CROSS JOIN persons p ON p.township_code = t.code "
                  "WHERE EXISTS (SELECT 1 FROM archive_completeness c WHERE c.person_id = p.id "
                  "AND c.missing > 0 AND c.person_status = 'active' AND c.start_date <= ? "
                  "AND (c.end_date IS NULL OR c.end_date > ?) %2) %1 "
                  "ORDER BY t.sort_order, t.code, p.name, p.id")
                  .arg(filter.townshipCode.isEmpty() ? QString() : QStringLiteral("AND t.code = ?"),
                       filter.categoryCode.isEmpty() ? QString()
                                                     : QStringLiteral("AND c.category_code = ?")));
    const QString today = toIsoDate(m_db.clock().today());
    q.addBindValue(today);
    q.addBindValue(today);
    if (!filter.categoryCode.isEmpty())
        q.addBindValue(filter.categoryCode);
    if (!filter.townshipCode.isEmpty())
        q.addBindValue(filter.townshipCode);
    if (!q.exec())
        return readFailed(q);
    while (q.next())
        out << q.value(0).toLongLong();
    if (q.lastError().isValid())
        return readFailed(q);
    return out;
}

Result<QList<IncompletePersonRow>>
CompletenessStore::incompleteRows(const QList<qint64>& personIds,
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
                             "coalesce(a.archive_number, ''), group_concat(DISTINCT k.name), "
                             "count(DISTINCT n.kind_code) "
                             "FROM n JOIN persons p ON p.id = n.person_id JOIN townships t ON "
                             "t.code = p.township_code "
                             "JOIN document_kinds k ON k.code = n.kind_code LEFT JOIN archives a "
                             "ON a.person_id = p.id "
                             "WHERE %3 GROUP BY p.id, p.name, p.citizen_id, t.name, "
                             "p.categories_summary, a.archive_number")
                  .arg(needSql(f), marks.join(QLatin1Char(',')), QLatin1String(kMissing)));
    bindFilter(q, toIsoDate(m_db.clock().today()), f);
    for (qint64 id : personIds)
        q.addBindValue(id);
    if (!q.exec())
        return readFailed(q);
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
    if (q.lastError().isValid())
        return readFailed(q);
    for (qint64 id : personIds)
        if (byId.contains(id))
            out << byId.value(id);
    return out;
}

Status CompletenessStore::exportSummaryCsv(const Actor& actor, const QString& path,
                                           const CompletenessFilter& filter) const
{
    if (Status s = require(actor, Permission::ViewBusiness); !s)
        return s;
    auto summaryRows = summary(filter);
    if (!summaryRows)
        return summaryRows.status();
    QList<QStringList> rows;
    for (const CompletenessSummaryRow& r : summaryRows.value())
        rows << QStringList{r.townshipName, r.categoryName, QString::number(r.persons),
                            QString::number(r.incomplete), QString::number(r.missingDocuments)};
    return writeCsv(path, summaryHeader(), rows);
}

Status CompletenessStore::exportIncompleteCsv(const Actor& actor, const QString& path,
                                              const CompletenessFilter& filter) const
{
    if (Status s = require(actor, Permission::ViewBusiness); !s)
        return s;
    auto read = incompletePersonIds(filter);
    if (!read)
        return read.status();
    const QList<qint64> ids = read.takeValue();
    QList<QStringList> rows;
    rows.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); i += 500) {
        auto window = incompleteRows(ids.mid(i, 500), filter);
        if (!window)
            return window.status();
        for (const IncompletePersonRow& r : window.value())
            rows << QStringList{r.townshipName,
                                r.name,
                                r.maskedCitizenId,
                                r.categoryName,
                                r.archiveNumber,
                                r.missingKinds,
                                QString::number(r.missingCount)};
    }
    return writeCsv(path, incompleteHeader(), rows);
}

} // namespace youfu::core
