#include "registry/categorystore.h"

#include "audit/auditlog.h"
#include "db/database.h"
#include "db/transaction.h"
#include "security/permission.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::CategoryStore)
};

const char* const kColumns =
    "code, name, needs_disability, needs_survivor, needs_service, min_age, sort_order, active";

Category categoryFrom(const QSqlQuery& q)
{
    Category c;
    c.code = q.value(0).toString();
    c.name = q.value(1).toString();
    c.needsDisability = q.value(2).toBool();
    c.needsSurvivor = q.value(3).toBool();
    c.needsService = q.value(4).toBool();
    c.minAge = q.value(5).toInt();
    c.sortOrder = q.value(6).toInt();
    c.active = q.value(7).toBool();
    return c;
}

QJsonObject toJson(const Category& c)
{
    return {{QStringLiteral("code"), c.code},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("needs_disability"), c.needsDisability},
            {QStringLiteral("needs_survivor"), c.needsSurvivor},
            {QStringLiteral("needs_service"), c.needsService},
            {QStringLiteral("min_age"), c.minAge},
            {QStringLiteral("sort_order"), c.sortOrder},
            {QStringLiteral("active"), c.active}};
}
} // namespace

QList<Category> CategoryStore::all(bool includeInactive) const
{
    QList<Category> list;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT %1 FROM categories %2 ORDER BY sort_order, code")
                   .arg(QLatin1String(kColumns),
                        includeInactive ? QString() : QStringLiteral("WHERE active = 1"))))
        while (q.next())
            list << categoryFrom(q);
    return list;
}

Result<Category> CategoryStore::byCode(const QString& code) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM categories WHERE code = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(code);
    if (q.exec() && q.next())
        return categoryFrom(q);
    return Status::failure(Tr::tr("There is no category “%1”.").arg(code));
}

Status CategoryStore::save(const Actor& actor, const Category& c)
{
    static const QRegularExpression codeRe(QStringLiteral("^[a-z][a-z0-9_]{1,39}$"));
    if (!codeRe.match(c.code).hasMatch())
        return Status::failure(
            Tr::tr("A category code has 2 to 40 lower-case letters, digits or “_”."));
    if (c.name.trimmed().isEmpty())
        return Status::failure(Tr::tr("Enter the category's name."));
    if (c.minAge < 0 || c.minAge > 120)
        return Status::failure(Tr::tr("The minimum age must be between 0 and 120."));
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::EditPolicyBook), {}, [&](WriteScope& w) -> Status {
            auto before = byCode(c.code);
            QSqlQuery q(m_db.connection());
            q.prepare(
                QStringLiteral(
                    "INSERT INTO categories (%1) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (code) DO "
                    "UPDATE SET name = excluded.name, needs_disability = "
                    "excluded.needs_disability, "
                    "needs_survivor = excluded.needs_survivor, needs_service = "
                    "excluded.needs_service, "
                    "min_age = excluded.min_age, sort_order = excluded.sort_order, "
                    "active = excluded.active")
                    .arg(QLatin1String(kColumns)));
            q.addBindValue(c.code);
            q.addBindValue(c.name.trimmed());
            q.addBindValue(c.needsDisability ? 1 : 0);
            q.addBindValue(c.needsSurvivor ? 1 : 0);
            q.addBindValue(c.needsService ? 1 : 0);
            q.addBindValue(c.minAge);
            q.addBindValue(c.sortOrder);
            q.addBindValue(c.active ? 1 : 0);
            if (!q.exec())
                return Status::failure(
                    q.lastError().nativeErrorCode() == QLatin1String("2067")
                        ? Tr::tr("Another category is already called “%1”.").arg(c.name.trimmed())
                        : Tr::tr("The category could not be saved: %1").arg(q.lastError().text()));
            w.entry() = AuditNote{before ? QStringLiteral("category.update")
                                         : QStringLiteral("category.add"),
                                  QStringLiteral("category"), c.code,
                                  before ? toJson(before.value()) : QJsonObject(), toJson(c)};
            return Status::success();
        });
}

} // namespace youfu::core
