#include "appraisal/schemestore.h"

#include "appraisal/schemerules.h"
#include "common/isotime.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "db/sqlvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::SchemeStore)
};

const char* const kColumns =
    "id, year, kind, title, basis, status, excellent_at, good_at, pass_at, "
    "veto_group, veto_beyond_level, veto_serious_effect, copied_from, "
    "drafted_by, drafted_at, approved_by, approved_at";

AppraisalScheme fromRow(const QSqlQuery& q)
{
    AppraisalScheme s;
    s.id = q.value(0).toLongLong();
    s.year = q.value(1).toInt();
    s.kind = SchemeRules::kindFromKey(q.value(2).toString());
    s.title = q.value(3).toString();
    s.basis = q.value(4).toString();
    s.status = q.value(5).toString() == QLatin1String("approved") ? SchemeStatus::Approved
                                                                  : SchemeStatus::Draft;
    s.excellentAt = q.value(6).toInt();
    s.goodAt = q.value(7).toInt();
    s.passAt = q.value(8).toInt();
    s.vetoGroup = q.value(9).toBool();
    s.vetoBeyondLevel = q.value(10).toBool();
    s.vetoSeriousEffect = q.value(11).toBool();
    s.copiedFrom = q.value(12).toLongLong();
    s.draftedBy = q.value(13).toLongLong();
    s.draftedAt = fromIsoUtc(q.value(14).toString());
    s.approvedBy = q.value(15).toLongLong();
    s.approvedAt = fromIsoUtc(q.value(16).toString());
    return s;
}

QJsonObject auditJson(const AppraisalScheme& s)
{
    QJsonArray indicators;
    for (const AppraisalIndicator& i : s.indicators)
        indicators << QJsonObject{{QStringLiteral("code"), i.code},
                                  {QStringLiteral("weight"), i.weight},
                                  {QStringLiteral("target"), i.target},
                                  {QStringLiteral("days"), i.days}};
    return {{QStringLiteral("year"), s.year},
            {QStringLiteral("kind"), SchemeRules::kindKey(s.kind)},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("basis"), s.basis},
            {QStringLiteral("excellent_at"), s.excellentAt},
            {QStringLiteral("good_at"), s.goodAt},
            {QStringLiteral("pass_at"), s.passAt},
            {QStringLiteral("veto_group"), s.vetoGroup},
            {QStringLiteral("veto_beyond_level"), s.vetoBeyondLevel},
            {QStringLiteral("veto_serious_effect"), s.vetoSeriousEffect},
            {QStringLiteral("indicators"), indicators}};
}

Status readIndicators(Database& db, AppraisalScheme& s)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, ord, code, title, weight, target, days FROM "
                             "appraisal_indicators WHERE scheme_id = ? ORDER BY ord"));
    q.addBindValue(s.id);
    if (Status st = runQuery(q); !st)
        return st;
    s.indicators.clear();
    while (q.next()) {
        AppraisalIndicator i;
        i.id = q.value(0).toLongLong();
        i.ord = q.value(1).toInt();
        i.code = q.value(2).toString();
        i.title = q.value(3).toString();
        i.weight = q.value(4).toInt();
        i.target = q.value(5).toInt();
        i.days = q.value(6).toInt();
        s.indicators << i;
    }
    return Status::success();
}

Status writeIndicators(Database& db, qint64 schemeId, const QList<AppraisalIndicator>& list)
{
    QSqlQuery del(db.connection());
    del.prepare(QStringLiteral("DELETE FROM appraisal_indicators WHERE scheme_id = ?"));
    del.addBindValue(schemeId);
    if (Status st = runQuery(del); !st)
        return st;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO appraisal_indicators (scheme_id, ord, code, title, "
                             "weight, target, days) VALUES (?,?,?,?,?,?,?)"));
    int ord = 0;
    for (const AppraisalIndicator& i : list) {
        q.addBindValue(schemeId);
        q.addBindValue(++ord);
        q.addBindValue(i.code);
        q.addBindValue(i.title.trimmed().isEmpty() ? SchemeRules::indicatorTitle(i.code)
                                                   : i.title.trimmed());
        q.addBindValue(i.weight);
        q.addBindValue(i.target);
        q.addBindValue(SchemeRules::hasDays(i.code) && i.days > 0
                           ? QVariant(i.days)
                           : QVariant(QMetaType::fromType<int>()));
        if (Status st = runQuery(q); !st)
            return st;
    }
    return Status::success();
}

Status frozen()
{
    return Status::failure(Tr::tr("This scheme is approved and can no longer change. Copy it to "
                                  "another year and change the copy."));
}
} // namespace

Result<qint64> SchemeStore::saveDraft(const Actor& actor, const AppraisalScheme& scheme)
{
    return save(actor, scheme, QStringLiteral("appraisal_scheme.save"));
}

Result<qint64> SchemeStore::save(const Actor& actor, const AppraisalScheme& input,
                                 const QString& action)
{
    AppraisalScheme s = input;
    s.title = s.title.trimmed();
    s.basis = s.basis.trimmed();
    const bool isNew = s.id <= 0;
    AuditNote note(action, QStringLiteral("appraisal_scheme"),
                   isNew ? QString() : QString::number(s.id));
    return AuditedWrite::produce<qint64>(
        m_db, actor, Authority::of(Permission::ManageAppraisal), note,
        [&](WriteScope& w) -> Result<qint64> {
            const QStringList problems = SchemeRules::problems(s);
            if (!problems.isEmpty())
                return Status::failure(problems.join(QLatin1Char('\n')));
            const QString now = toIsoUtc(w.now());
            QSqlQuery q(m_db.connection());
            if (isNew) {
                auto existing = forYear(s.year, s.kind);
                if (!existing)
                    return existing.status();
                if (existing->id > 0)
                    return Status::failure(Tr::tr("There is already a %1 scheme for %2.")
                                               .arg(SchemeRules::kindTitle(s.kind))
                                               .arg(s.year));
                q.prepare(QStringLiteral(
                    "INSERT INTO appraisal_schemes (year, kind, title, basis, excellent_at, "
                    "good_at, pass_at, veto_group, veto_beyond_level, veto_serious_effect, "
                    "copied_from, drafted_by, drafted_at, updated_at) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
                q.addBindValue(s.year);
                q.addBindValue(SchemeRules::kindKey(s.kind));
            } else {
                auto before = byId(s.id);
                if (!before)
                    return before.status();
                if (before->status == SchemeStatus::Approved)
                    return frozen();
                if (before->year != s.year || before->kind != s.kind)
                    return Status::failure(Tr::tr("A scheme keeps its year and kind."));
                w.entry().before = auditJson(before.value());
                q.prepare(QStringLiteral(
                    "UPDATE appraisal_schemes SET title = ?, basis = ?, excellent_at = ?, "
                    "good_at = ?, pass_at = ?, veto_group = ?, veto_beyond_level = ?, "
                    "veto_serious_effect = ?, updated_at = ? WHERE id = ?"));
            }
            q.addBindValue(textOrEmpty(s.title));
            q.addBindValue(textOrEmpty(s.basis));
            q.addBindValue(s.excellentAt);
            q.addBindValue(s.goodAt);
            q.addBindValue(s.passAt);
            q.addBindValue(int(s.vetoGroup));
            q.addBindValue(int(s.vetoBeyondLevel));
            q.addBindValue(int(s.vetoSeriousEffect));
            if (isNew) {
                q.addBindValue(s.copiedFrom > 0 ? QVariant(s.copiedFrom)
                                                : QVariant(QMetaType::fromType<qint64>()));
                q.addBindValue(w.actor().userId);
                q.addBindValue(now);
                q.addBindValue(now);
            } else {
                q.addBindValue(now);
                q.addBindValue(s.id);
            }
            if (Status st = runQuery(q); !st)
                return st;
            const qint64 id = isNew ? q.lastInsertId().toLongLong() : s.id;
            if (Status st = writeIndicators(m_db, id, s.indicators); !st)
                return st;
            w.entry().entityId = QString::number(id);
            w.entry().after = auditJson(s);
            if (isNew && s.copiedFrom > 0)
                w.entry().after.insert(QStringLiteral("copied_from"), s.copiedFrom);
            return id;
        });
}

Status SchemeStore::approve(const Actor& actor, qint64 id)
{
    AuditNote note(QStringLiteral("appraisal_scheme.approve"), QStringLiteral("appraisal_scheme"),
                   QString::number(id));
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ApproveAppraisal), note, [&](WriteScope& w) {
            auto s = byId(id);
            if (!s)
                return s.status();
            if (s->status == SchemeStatus::Approved)
                return Status::failure(Tr::tr("This scheme is approved already."));
            if (s->draftedBy == w.actor().userId)
                return Status::failure(
                    Tr::tr("Whoever drafted a scheme cannot approve it: another person approves."));
            const QStringList problems = SchemeRules::problems(s.value());
            if (!problems.isEmpty())
                return Status::failure(problems.join(QLatin1Char('\n')));
            QSqlQuery q(m_db.connection());
            q.prepare(
                QStringLiteral("UPDATE appraisal_schemes SET status = 'approved', "
                               "approved_by = ?, approved_at = ?, updated_at = ? WHERE id = ?"));
            const QString now = toIsoUtc(w.now());
            q.addBindValue(w.actor().userId);
            q.addBindValue(now);
            q.addBindValue(now);
            q.addBindValue(id);
            if (Status st = runQuery(q); !st)
                return st;
            w.entry().before = QJsonObject{{QStringLiteral("status"), QStringLiteral("draft")}};
            w.entry().after = QJsonObject{{QStringLiteral("status"), QStringLiteral("approved")},
                                          {QStringLiteral("year"), s->year},
                                          {QStringLiteral("kind"), SchemeRules::kindKey(s->kind)}};
            return Status::success();
        });
}

Result<qint64> SchemeStore::copyToYear(const Actor& actor, qint64 id, int year)
{
    auto source = byId(id);
    if (!source)
        return source.status();
    AppraisalScheme copy = source.value();
    copy.id = 0;
    copy.year = year;
    copy.status = SchemeStatus::Draft;
    copy.copiedFrom = id;
    copy.title.replace(QString::number(source->year), QString::number(year));
    for (AppraisalIndicator& i : copy.indicators)
        i.id = 0;
    return save(actor, copy, QStringLiteral("appraisal_scheme.copy"));
}

Result<AppraisalScheme> SchemeStore::byId(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM appraisal_schemes WHERE id = ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (Status st = runSingle(q, Tr::tr("This appraisal scheme no longer exists.")); !st)
        return st;
    AppraisalScheme s = fromRow(q);
    if (Status st = readIndicators(m_db, s); !st)
        return st;
    return s;
}

Result<AppraisalScheme> SchemeStore::forYear(int year, SchemeKind kind) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM appraisal_schemes WHERE year = ? AND kind = ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(year);
    q.addBindValue(SchemeRules::kindKey(kind));
    if (Status st = runQuery(q); !st)
        return st;
    if (!q.next())
        return AppraisalScheme{};
    AppraisalScheme s = fromRow(q);
    if (Status st = readIndicators(m_db, s); !st)
        return st;
    return s;
}

Result<QList<AppraisalScheme>> SchemeStore::list() const
{
    QSqlQuery q(m_db.connection());
    if (Status st = runQuery(q, QStringLiteral("SELECT %1 FROM appraisal_schemes ORDER BY year "
                                               "DESC, kind DESC")
                                    .arg(QLatin1String(kColumns)));
        !st)
        return st;
    QList<AppraisalScheme> out;
    while (q.next())
        out << fromRow(q);
    for (AppraisalScheme& s : out) {
        if (Status st = readIndicators(m_db, s); !st)
            return st;
    }
    return out;
}

} // namespace youfu::core
