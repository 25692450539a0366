#include "registry/areastore.h"

#include "db/database.h"
#include "settings/settingsstore.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::AreaStore)
};

Township townshipFrom(const QSqlQuery& q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toInt()};
}

Village villageFrom(const QSqlQuery& q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toInt()};
}
} // namespace

QList<Township> AreaStore::townships() const
{
    QList<Township> list;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT code, name, kind, county_code, sort_order FROM townships "
                              "WHERE active = 1 ORDER BY sort_order, code")))
        while (q.next())
            list << townshipFrom(q);
    return list;
}

QList<Village> AreaStore::villages(const QString& townshipCode) const
{
    QList<Village> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT code, township_code, name, kind, sort_order FROM villages "
                             "WHERE township_code = ? AND active = 1 ORDER BY sort_order, code"));
    q.addBindValue(townshipCode);
    if (q.exec())
        while (q.next())
            list << villageFrom(q);
    return list;
}

Result<Township> AreaStore::township(const QString& code) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT code, name, kind, county_code, sort_order FROM townships WHERE code = ?"));
    q.addBindValue(code);
    if (q.exec() && q.next())
        return townshipFrom(q);
    return Status::failure(Tr::tr("There is no township with the code %1.").arg(code));
}

Result<Village> AreaStore::village(const QString& code) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT code, township_code, name, kind, sort_order FROM villages WHERE code = ?"));
    q.addBindValue(code);
    if (q.exec() && q.next())
        return villageFrom(q);
    return Status::failure(Tr::tr("There is no village or community with the code %1.").arg(code));
}

QString AreaStore::countyName() const
{
    return SettingsStore(m_db).value(SettingsStore::kCountyName, QStringLiteral("武冈市"));
}

QString AreaStore::countyCode() const
{
    return SettingsStore(m_db).value(SettingsStore::kCountyCode, QStringLiteral("430581"));
}

} // namespace youfu::core
