#include "appraisal/appraisalstore.h"

#include "appraisal/schemerules.h"
#include "appraisal/schemestore.h"
#include "appraisal/unitindicatorstore.h"
#include "appraisal/unitrules.h"
#include "common/isotime.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "db/sqlvalues.h"
#include "township/zeroreportstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::AppraisalStore)
};

QString gradeKey(Grade g)
{
    return SchemeRules::gradeKey(g, SchemeKind::Unit);
}

QJsonObject outcomeJson(const UnitOutcome& o)
{
    QJsonObject j{
        {QStringLiteral("township"), o.townshipName.isEmpty() ? o.townshipCode : o.townshipName},
        {QStringLiteral("appraisal_points"), SchemeRules::pointsText(o.points)},
        {QStringLiteral("appraisal_adjustment"), SchemeRules::pointsText(o.adjustment)},
        {QStringLiteral("appraisal_total"), SchemeRules::pointsText(o.total)},
        {QStringLiteral("appraisal_grade"), SchemeRules::gradeTitle(o.grade, SchemeKind::Unit)}};
    if (!o.vetoReason.isEmpty())
        j.insert(QStringLiteral("veto_reason"), o.vetoReason);
    return j;
}

QJsonObject outcomesJson(const QList<UnitOutcome>& list)
{
    QJsonObject j;
    for (const UnitOutcome& o : list)
        j.insert(o.townshipCode, outcomeJson(o));
    return j;
}

// Commendations minus deductions per township, voided ones left out.
Result<QHash<QString, int>> adjustmentSums(Database& db, qint64 schemeId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT township_code, SUM(CASE WHEN kind = 'commendation' THEN "
                             "points ELSE -points END) FROM appraisal_adjustments "
                             "WHERE scheme_id = ? AND voided_at IS NULL GROUP BY township_code"));
    q.addBindValue(schemeId);
    if (Status s = runQuery(q); !s)
        return s;
    QHash<QString, int> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

Result<QString> townshipName(Database& db, const QString& code)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT name FROM townships WHERE code = ? AND active = 1"));
    q.addBindValue(code);
    if (Status s = runSingle(q, Tr::tr("There is no active township %1.").arg(code)); !s)
        return s;
    return q.value(0).toString();
}
} // namespace

Result<AppraisalScheme> AppraisalStore::approvedScheme(int year) const
{
    auto scheme = SchemeStore(m_db).forYear(year, SchemeKind::Unit);
    if (!scheme)
        return scheme.status();
    if (scheme->id == 0)
        return Status::failure(Tr::tr("There is no township appraisal scheme for %1 yet: the "
                                      "section chief drafts it and the director approves it.")
                                   .arg(year));
    if (scheme->status != SchemeStatus::Approved)
        return Status::failure(Tr::tr("The township appraisal scheme for %1 is still a draft: "
                                      "the director approves it before the appraisal is computed.")
                                   .arg(year));
    return scheme;
}

Result<QList<UnitOutcome>> AppraisalStore::compute(const Actor& actor, int year)
{
    const Authority authority = Authority::of(Permission::ManageAppraisal);
    if (Status s = authority.check(actor); !s)
        return s; // before reading a year of records for nothing
    const auto scheme = approvedScheme(year);
    if (!scheme)
        return scheme.status();
    UnitIndicatorStore records(m_db);
    const auto counts = records.counts(scheme.value());
    if (!counts)
        return counts.status();
    const auto vetoes = records.vetoCases(year);
    if (!vetoes)
        return vetoes.status();
    const auto townships = ZeroReportStore(m_db).activeTownships();
    if (!townships)
        return townships.status();

    QList<UnitOutcome> computed;
    for (const Township& t : townships.value()) {
        UnitOutcome o;
        o.townshipCode = t.code;
        o.townshipName = t.name;
        const QHash<QString, UnitCount> byCode = counts->value(t.code);
        for (const AppraisalIndicator& ind : scheme->indicators) {
            IndicatorResult r;
            r.subject = t.code;
            r.indicatorCode = ind.code;
            r.numerator = byCode.value(ind.code).numerator;
            r.denominator = byCode.value(ind.code).denominator;
            o.indicators << r;
        }
        o.points = UnitRules::points(scheme->indicators, o.indicators);
        const UnitVeto veto = UnitRules::veto(scheme.value(), vetoes->value(t.code));
        o.vetoCaseId = veto.caseId;
        o.vetoReason = veto.reason;
        computed << o;
    }

    const qint64 schemeId = scheme->id;
    const Status written = AuditedWrite::run(
        m_db, actor, authority,
        AuditNote(QStringLiteral("appraisal.compute"), QStringLiteral("appraisal_scheme"),
                  QString::number(schemeId)),
        [&](WriteScope& w) -> Status {
            const auto before = outcomes(year);
            if (!before)
                return before.status();
            w.entry().before = outcomesJson(before.value());
            const auto sums = adjustmentSums(m_db, schemeId);
            if (!sums)
                return sums.status();
            const QString at = toIsoUtc(w.now());
            QSqlQuery q(m_db.connection());
            for (const char* table : {"appraisal_results", "appraisal_unit_outcomes"}) {
                q.prepare(
                    QStringLiteral("DELETE FROM %1 WHERE scheme_id = ?").arg(QLatin1String(table)));
                q.addBindValue(schemeId);
                if (Status s = runQuery(q); !s)
                    return s;
            }
            QSqlQuery ins(m_db.connection());
            ins.prepare(QStringLiteral(
                "INSERT INTO appraisal_results (scheme_id, subject, indicator_code, numerator, "
                "denominator, has_records, score, computed_at) VALUES (?,?,?,?,?,?,?,?)"));
            QSqlQuery out(m_db.connection());
            out.prepare(QStringLiteral(
                "INSERT INTO appraisal_unit_outcomes (scheme_id, township_code, points, "
                "adjustment, total, grade, veto_case_id, veto_reason, computed_at) "
                "VALUES (?,?,?,?,?,?,?,?,?)"));
            for (UnitOutcome& o : computed) {
                o.adjustment = sums->value(o.townshipCode);
                o.total = UnitRules::total(o.points, o.adjustment);
                o.grade = UnitRules::grade(scheme.value(), o.total, o.vetoCaseId > 0);
                for (const IndicatorResult& r : o.indicators) {
                    ins.addBindValue(schemeId);
                    ins.addBindValue(r.subject);
                    ins.addBindValue(r.indicatorCode);
                    ins.addBindValue(r.numerator);
                    ins.addBindValue(r.denominator);
                    ins.addBindValue(r.hasRecords ? 1 : 0);
                    ins.addBindValue(r.score);
                    ins.addBindValue(at);
                    if (Status s = runQuery(ins); !s)
                        return s;
                }
                out.addBindValue(schemeId);
                out.addBindValue(o.townshipCode);
                out.addBindValue(o.points);
                out.addBindValue(o.adjustment);
                out.addBindValue(o.total);
                out.addBindValue(gradeKey(o.grade));
                out.addBindValue(idOrNull(o.vetoCaseId));
                out.addBindValue(textOrEmpty(o.vetoReason));
                out.addBindValue(at);
                if (Status s = runQuery(out); !s)
                    return s;
            }
            w.entry().after = outcomesJson(computed);
            return Status::success();
        });
    if (!written)
        return written;
    return computed;
}

Result<QList<UnitOutcome>> AppraisalStore::outcomes(int year) const
{
    const auto scheme = SchemeStore(m_db).forYear(year, SchemeKind::Unit);
    if (!scheme)
        return scheme.status();
    QList<UnitOutcome> list;
    if (scheme->id == 0)
        return list;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT o.township_code, t.name, o.points, o.adjustment, o.total, o.grade, "
                       "o.veto_case_id, o.veto_reason, c.number, c.received_at, c.is_group, "
                       "c.beyond_level, c.serious_effect FROM appraisal_unit_outcomes o "
                       "JOIN townships t ON t.code = o.township_code "
                       "LEFT JOIN petition_cases c ON c.id = o.veto_case_id WHERE o.scheme_id = ? "
                       "ORDER BY t.sort_order, t.code"));
    q.addBindValue(scheme->id);
    if (Status s = runQuery(q); !s)
        return s;
    QHash<QString, int> index;
    while (q.next()) {
        UnitOutcome o;
        o.townshipCode = q.value(0).toString();
        o.townshipName = q.value(1).toString();
        o.points = q.value(2).toInt();
        o.adjustment = q.value(3).toInt();
        o.total = q.value(4).toInt();
        o.grade = SchemeRules::gradeFromKey(q.value(5).toString());
        o.vetoCaseId = q.value(6).toLongLong();
        o.vetoReason = q.value(7).toString();
        if (o.vetoCaseId > 0 && !q.value(8).isNull()) {
            // Worded in the reader's language from the case (the stored text is in the
            // language of whoever computed).
            VetoCase c;
            c.id = o.vetoCaseId;
            c.number = q.value(8).toString();
            c.received = localDayOf(q.value(9).toString());
            c.group = q.value(10).toBool();
            c.beyondLevel = q.value(11).toString();
            c.seriousEffect = q.value(12).toBool();
            o.vetoReason = UnitRules::vetoReason(scheme.value(), c);
        }
        index.insert(o.townshipCode, int(list.size()));
        list << o;
    }
    QSqlQuery r(m_db.connection());
    r.prepare(QStringLiteral("SELECT subject, indicator_code, numerator, denominator, "
                             "has_records, score FROM appraisal_results WHERE scheme_id = ?"));
    r.addBindValue(scheme->id);
    if (Status s = runQuery(r); !s)
        return s;
    QHash<QString, QHash<QString, IndicatorResult>> found;
    while (r.next()) {
        IndicatorResult x;
        x.subject = r.value(0).toString();
        x.indicatorCode = r.value(1).toString();
        x.numerator = r.value(2).toLongLong();
        x.denominator = r.value(3).toLongLong();
        x.hasRecords = r.value(4).toInt() == 1;
        x.score = r.value(5).toInt();
        found[x.subject].insert(x.indicatorCode, x);
    }
    for (UnitOutcome& o : list) {
        const auto mine = found.value(o.townshipCode);
        for (const AppraisalIndicator& ind : scheme->indicators) {
            if (mine.contains(ind.code))
                o.indicators << mine.value(ind.code);
        }
    }
    return list;
}

Result<QList<IndicatorResult>> AppraisalStore::results(int year, const QString& townshipCode) const
{
    const auto all = outcomes(year);
    if (!all)
        return all.status();
    for (const UnitOutcome& o : all.value()) {
        if (o.townshipCode == townshipCode)
            return o.indicators;
    }
    return QList<IndicatorResult>();
}

Status AppraisalStore::refreshOutcome(const AppraisalScheme& scheme, const QString& township,
                                      QJsonObject* before, QJsonObject* after) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT points, adjustment, total, grade, veto_case_id, veto_reason "
                             "FROM appraisal_unit_outcomes WHERE scheme_id = ? AND "
                             "township_code = ?"));
    q.addBindValue(scheme.id);
    q.addBindValue(township);
    if (Status s = runQuery(q); !s)
        return s;
    if (!q.next())
        return Status::success(); // not computed yet: the computation will count it
    UnitOutcome o;
    o.townshipCode = township;
    o.points = q.value(0).toInt();
    o.adjustment = q.value(1).toInt();
    o.total = q.value(2).toInt();
    o.grade = SchemeRules::gradeFromKey(q.value(3).toString());
    o.vetoCaseId = q.value(4).toLongLong();
    o.vetoReason = q.value(5).toString();
    *before = outcomeJson(o);
    const auto sums = adjustmentSums(m_db, scheme.id);
    if (!sums)
        return sums.status();
    o.adjustment = sums->value(township);
    o.total = UnitRules::total(o.points, o.adjustment);
    o.grade = UnitRules::grade(scheme, o.total, o.vetoCaseId > 0);
    *after = outcomeJson(o);
    QSqlQuery u(m_db.connection());
    u.prepare(QStringLiteral("UPDATE appraisal_unit_outcomes SET adjustment = ?, total = ?, "
                             "grade = ? WHERE scheme_id = ? AND township_code = ?"));
    u.addBindValue(o.adjustment);
    u.addBindValue(o.total);
    u.addBindValue(gradeKey(o.grade));
    u.addBindValue(scheme.id);
    u.addBindValue(township);
    return runQuery(u);
}

Result<qint64> AppraisalStore::addAdjustment(const Actor& actor, int year,
                                             const QString& townshipCode, bool commendation,
                                             int points, const QString& reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Status::failure(Tr::tr("A commendation or deduction needs its reason."));
    if (points <= 0 || points > 1000)
        return Status::failure(
            Tr::tr("A commendation or deduction is more than 0 and at most 100 points."));
    const auto scheme = approvedScheme(year);
    if (!scheme)
        return scheme.status();
    return AuditedWrite::produce<qint64>(
        m_db, actor, Authority::of(Permission::ManageAppraisal),
        AuditNote(QStringLiteral("appraisal.adjust"), QStringLiteral("appraisal_adjustment")),
        [&](WriteScope& w) -> Result<qint64> {
            const auto name = townshipName(m_db, townshipCode);
            if (!name)
                return name.status();
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "INSERT INTO appraisal_adjustments (scheme_id, township_code, kind, points, "
                "reason, created_by, created_at) VALUES (?,?,?,?,?,?,?)"));
            q.addBindValue(scheme->id);
            q.addBindValue(townshipCode);
            q.addBindValue(commendation ? QStringLiteral("commendation")
                                        : QStringLiteral("deduction"));
            q.addBindValue(points);
            q.addBindValue(why);
            q.addBindValue(actor.userId);
            q.addBindValue(toIsoUtc(w.now()));
            if (Status s = runQuery(q); !s)
                return s;
            const qint64 id = q.lastInsertId().toLongLong();
            QJsonObject before;
            QJsonObject after;
            if (Status s = refreshOutcome(scheme.value(), townshipCode, &before, &after); !s)
                return s;
            w.entry().entityId = QString::number(id);
            w.entry().before = before;
            after.insert(QStringLiteral("township"), name.value());
            after.insert(QStringLiteral("adjustment_kind"),
                         commendation ? Tr::tr("Commendation") : Tr::tr("Deduction"));
            after.insert(QStringLiteral("adjustment_points"), SchemeRules::pointsText(points));
            after.insert(QStringLiteral("reason"), why);
            w.entry().after = after;
            return id;
        });
}

Status AppraisalStore::voidAdjustment(const Actor& actor, qint64 id, const QString& reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Status::failure(Tr::tr("Voiding a commendation or deduction needs its reason."));
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ManageAppraisal),
        AuditNote(QStringLiteral("appraisal.adjust_void"), QStringLiteral("appraisal_adjustment"),
                  QString::number(id)),
        [&](WriteScope& w) -> Status {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT a.scheme_id, a.township_code, a.voided_at, s.year, "
                                     "a.reason FROM appraisal_adjustments a JOIN "
                                     "appraisal_schemes s ON s.id = a.scheme_id WHERE a.id = ?"));
            q.addBindValue(id);
            if (Status s = runSingle(q, Tr::tr("There is no such commendation or deduction.")); !s)
                return s;
            if (!q.value(2).isNull())
                return Status::failure(Tr::tr("This commendation or deduction is voided already."));
            const QString township = q.value(1).toString();
            const QString original = q.value(4).toString();
            const auto scheme = approvedScheme(q.value(3).toInt());
            if (!scheme)
                return scheme.status();
            QSqlQuery u(m_db.connection());
            u.prepare(QStringLiteral("UPDATE appraisal_adjustments SET voided_by = ?, "
                                     "voided_at = ?, void_reason = ? WHERE id = ?"));
            u.addBindValue(actor.userId);
            u.addBindValue(toIsoUtc(w.now()));
            u.addBindValue(why);
            u.addBindValue(id);
            if (Status s = runQuery(u); !s)
                return s;
            QJsonObject before;
            QJsonObject after;
            if (Status s = refreshOutcome(scheme.value(), township, &before, &after); !s)
                return s;
            before.insert(QStringLiteral("reason"), original);
            after.insert(QStringLiteral("void_reason"), why);
            w.entry().before = before;
            w.entry().after = after;
            return Status::success();
        });
}

Result<QList<AppraisalAdjustment>> AppraisalStore::adjustments(int year,
                                                               const QString& townshipCode) const
{
    const auto scheme = SchemeStore(m_db).forYear(year, SchemeKind::Unit);
    if (!scheme)
        return scheme.status();
    QList<AppraisalAdjustment> list;
    if (scheme->id == 0)
        return list;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id, township_code, kind, points, reason, created_by, "
                       "created_at, voided_at FROM appraisal_adjustments "
                       "WHERE scheme_id = ?%1 ORDER BY id")
            .arg(townshipCode.isEmpty() ? QString() : QStringLiteral(" AND township_code = ?")));
    q.addBindValue(scheme->id);
    if (!townshipCode.isEmpty())
        q.addBindValue(townshipCode);
    if (Status s = runQuery(q); !s)
        return s;
    while (q.next()) {
        AppraisalAdjustment a;
        a.id = q.value(0).toLongLong();
        a.schemeId = scheme->id;
        a.townshipCode = q.value(1).toString();
        a.commendation = q.value(2).toString() == QLatin1String("commendation");
        a.points = q.value(3).toInt();
        a.reason = q.value(4).toString();
        a.createdBy = q.value(5).toLongLong();
        a.createdAt = fromIsoUtc(q.value(6).toString());
        a.voided = !q.value(7).isNull();
        list << a;
    }
    return list;
}

Result<UnitEvidencePage> AppraisalStore::evidence(int year, const QString& townshipCode,
                                                  const QString& indicatorCode, int offset,
                                                  int limit) const
{
    const auto scheme = approvedScheme(year);
    if (!scheme)
        return scheme.status();
    return UnitIndicatorStore(m_db).evidence(scheme.value(), townshipCode, indicatorCode, offset,
                                             limit);
}

} // namespace youfu::core
