#include "io/rosterexportstore.h"

#include "common/isotime.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "security/fieldcipher.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::RosterExportStore)
};

// A category counts while it lasts today; only active persons (the import has no column for a
// status or an end date, so anyone else would come back as active).
const char* const kWhere = "p.status = 'active' AND pc.start_date <= ? "
                           "AND (pc.end_date IS NULL OR pc.end_date > ?) "
                           "AND (coalesce(?, '') = '' OR p.township_code = ?) "
                           "AND (coalesce(?, '') = '' OR pc.category_code = ?)";

void bindWhere(QSqlQuery& q, const RosterExportFilter& filter, const QDate& today)
{
    const QString day = toIsoDate(today);
    q.addBindValue(day);
    q.addBindValue(day);
    q.addBindValue(filter.townshipCode);
    q.addBindValue(filter.townshipCode);
    q.addBindValue(filter.categoryCode);
    q.addBindValue(filter.categoryCode);
}
} // namespace

Result<QList<RosterExportRow>> RosterExportStore::page(const RosterExportFilter& filter,
                                                       qint64 afterPerson, qint64 afterCategory,
                                                       int limit, const QDate& today,
                                                       bool withPhones) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT p.id, pc.id, p.name, p.sex, p.ethnicity, p.citizen_id, p.birth_date, "
                  "t.name, coalesce(v.name, ''), p.address, p.phone_enc, p.key_person, "
                  "p.risk_note, c.name, pc.start_date, coalesce(pc.grade, 0), "
                  "coalesce(pc.nature, ''), coalesce(pc.relation, ''), "
                  "coalesce(pc.serviceman_name, ''), coalesce(pc.enlisted_on, ''), "
                  "coalesce(pc.discharged_on, '') "
                  "FROM person_categories pc "
                  "JOIN persons p ON p.id = pc.person_id "
                  "JOIN categories c ON c.code = pc.category_code "
                  "JOIN townships t ON t.code = p.township_code "
                  "LEFT JOIN villages v ON v.code = p.village_code "
                  "WHERE %1 AND (p.id, pc.id) > (?, ?) "
                  "ORDER BY p.id, pc.id LIMIT ?")
                  .arg(QLatin1String(kWhere)));
    bindWhere(q, filter, today);
    q.addBindValue(afterPerson);
    q.addBindValue(afterCategory);
    q.addBindValue(limit);
    if (Status s = runQuery(q); !s)
        return s;
    std::shared_ptr<const FieldCipher> cipher;
    if (withPhones) {
        auto c = FieldCipher::forDatabase(m_db);
        if (!c)
            return c.status();
        cipher = c.value();
    }
    QList<RosterExportRow> rows;
    while (q.next()) {
        RosterExportRow r;
        r.personId = q.value(0).toLongLong();
        r.personCategoryId = q.value(1).toLongLong();
        r.name = q.value(2).toString();
        r.sexKey = q.value(3).toString();
        r.ethnicity = q.value(4).toString();
        r.citizenId = q.value(5).toString();
        r.birthDate = fromIsoDate(q.value(6).toString());
        r.townshipName = q.value(7).toString();
        r.villageName = q.value(8).toString();
        r.address = q.value(9).toString();
        if (cipher) {
            auto phone = cipher->decrypt(q.value(10).toString());
            if (!phone)
                return phone.status();
            r.phone = phone.value();
        }
        r.keyPerson = q.value(11).toInt() != 0;
        r.riskNote = q.value(12).toString();
        r.categoryName = q.value(13).toString();
        r.startDate = fromIsoDate(q.value(14).toString());
        r.grade = q.value(15).toInt();
        r.nature = q.value(16).toString();
        r.relation = q.value(17).toString();
        r.servicemanName = q.value(18).toString();
        r.enlistedOn = fromIsoDate(q.value(19).toString());
        r.dischargedOn = fromIsoDate(q.value(20).toString());
        rows << r;
    }
    return rows;
}

Result<qint64> RosterExportStore::count(const RosterExportFilter& filter, const QDate& today) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM person_categories pc "
                             "JOIN persons p ON p.id = pc.person_id WHERE %1")
                  .arg(QLatin1String(kWhere)));
    bindWhere(q, filter, today);
    if (Status s = runSingle(q, Tr::tr("The roster could not be counted.")); !s)
        return s;
    return q.value(0).toLongLong();
}

} // namespace youfu::core
