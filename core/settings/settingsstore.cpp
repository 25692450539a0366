#include "settings/settingsstore.h"

#include "audit/auditlog.h"
#include "db/database.h"
#include "db/sqlerror.h"
#include "db/transaction.h"
#include "security/permission.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::SettingsStore)
};
} // namespace

const QString SettingsStore::kOfficeName = QStringLiteral("office.name");
const QString SettingsStore::kCountyCode = QStringLiteral("office.county_code");
const QString SettingsStore::kCountyName = QStringLiteral("office.county_name");

QString SettingsStore::value(const QString& key, const QString& fallback) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

QString SettingsStore::officeName() const
{
    return value(kOfficeName, QStringLiteral("武冈市民政局"));
}

Status SettingsStore::set(const Actor& actor, const QString& key, const QString& value)
{
    return set(actor, key, value, Permission::ManageSettings);
}

Status SettingsStore::set(const Actor& actor, const QString& key, const QString& value,
                          Permission needed)
{
    return AuditedWrite::run(m_db, actor, Authority::of(needed), {}, [&](WriteScope& w) -> Status {
        const QString before = this->value(key);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(key);
        q.addBindValue(value);
        if (!q.exec())
            return Status::failure(
                Tr::tr("The setting could not be saved: %1").arg(describeSqlError(q.lastError())));
        w.entry() = AuditNote{QStringLiteral("setting.set"), QStringLiteral("setting"), key,
                              QJsonObject{{QStringLiteral("value"), before}},
                              QJsonObject{{QStringLiteral("value"), value}}};
        return Status::success();
    });
}

} // namespace youfu::core
