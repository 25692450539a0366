#include "appraisal/seriouseffectstore.h"

#include "common/isotime.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/sqlexec.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::SeriousEffectStore)
};
} // namespace

Status SeriousEffectStore::mark(const Actor& actor, qint64 caseId, bool serious,
                                const QString& reason)
{
    const QString why = reason.trimmed();
    AuditNote note(QStringLiteral("petition.serious_effect"), QStringLiteral("petition"),
                   QString::number(caseId));
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ApproveAppraisal), note, [&](WriteScope& w) {
            if (why.isEmpty())
                return Status::failure(
                    serious ? Tr::tr("Say why the case caused a serious effect.")
                            : Tr::tr("Say why the case no longer counts as a serious effect."));
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT number, serious_effect FROM petition_cases "
                                     "WHERE id = ?"));
            q.addBindValue(caseId);
            if (Status st = runSingle(q, Tr::tr("This case no longer exists.")); !st)
                return st;
            const QString number = q.value(0).toString();
            const bool was = q.value(1).toInt() == 1;
            if (was == serious)
                return Status::failure(
                    serious ? Tr::tr("Case %1 is marked as a serious effect already.").arg(number)
                            : Tr::tr("Case %1 is not marked as a serious effect.").arg(number));
            QSqlQuery u(m_db.connection());
            u.prepare(QStringLiteral("UPDATE petition_cases SET serious_effect = ?, "
                                     "serious_effect_by = ?, serious_effect_on = ? WHERE id = ?"));
            u.addBindValue(serious ? 1 : 0);
            u.addBindValue(serious ? QVariant(w.actor().userId)
                                   : QVariant(QMetaType::fromType<qint64>()));
            u.addBindValue(serious ? QVariant(toIsoDate(w.now().toLocalTime().date()))
                                   : QVariant(QMetaType::fromType<QString>()));
            u.addBindValue(caseId);
            if (Status st = runQuery(u); !st)
                return st;
            w.entry().before = QJsonObject{{QStringLiteral("number"), number},
                                           {QStringLiteral("serious_effect"), was}};
            w.entry().after = QJsonObject{{QStringLiteral("number"), number},
                                          {QStringLiteral("serious_effect"), serious},
                                          {QStringLiteral("reason"), why}};
            return Status::success();
        });
}

bool SeriousEffectStore::isSerious(qint64 caseId) const
{
    const auto m = read(caseId);
    return m && m->serious;
}

Result<SeriousEffectMark> SeriousEffectStore::read(qint64 caseId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT c.serious_effect, c.serious_effect_by, c.serious_effect_on, "
                             "coalesce(u.display_name, '') FROM petition_cases c "
                             "LEFT JOIN users u ON u.id = c.serious_effect_by WHERE c.id = ?"));
    q.addBindValue(caseId);
    if (Status st = runSingle(q, Tr::tr("This case no longer exists.")); !st)
        return st;
    SeriousEffectMark m;
    m.serious = q.value(0).toInt() == 1;
    m.byUserId = q.value(1).toLongLong();
    m.on = fromIsoDate(q.value(2).toString());
    m.byName = q.value(3).toString();
    return m;
}

} // namespace youfu::core
