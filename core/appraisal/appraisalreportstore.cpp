#include "appraisal/appraisalreportstore.h"

#include "appraisal/schemerules.h"
#include "appraisal/schemestore.h"
#include "appraisal/unitrules.h"
#include "common/isotime.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "settings/settingsstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::AppraisalReportStore)
};

const QString kUserPrefix = QStringLiteral("user:");

// The subject's results in the order of the scheme's indicators.
QList<IndicatorResult> inSchemeOrder(const AppraisalScheme& scheme,
                                     const QList<IndicatorResult>& results)
{
    QList<IndicatorResult> out;
    for (const AppraisalIndicator& i : scheme.indicators)
        out << AppraisalReportText::resultOf(results, i.code);
    return out;
}
} // namespace

Result<AppraisalReport> AppraisalReportStore::load(int year) const
{
    AppraisalReport r;
    r.year = year;
    SchemeStore schemes(m_db);
    auto unit = schemes.forYear(year, SchemeKind::Unit);
    if (!unit)
        return unit.status();
    auto staff = schemes.forYear(year, SchemeKind::Staff);
    if (!staff)
        return staff.status();
    r.unitScheme = unit.value();
    r.staffScheme = staff.value();
    if (Status s = readUnits(r); !s)
        return s;
    if (Status s = readStaff(r); !s)
        return s;
    if (r.units.isEmpty() && r.staff.isEmpty())
        return Result<AppraisalReport>::failure(
            Tr::tr("The appraisal of %1 has not been computed yet: compute it first on the "
                   "Year-end appraisal page (or with “youfuctl appraisal compute --year %1”).")
                .arg(year));
    r.officeName = SettingsStore(m_db).officeName();
    r.printedOn = m_db.clock().today();
    r.unitDrafter = userName(r.unitScheme.draftedBy);
    r.unitApprover = userName(r.unitScheme.approvedBy);
    r.staffDrafter = userName(r.staffScheme.draftedBy);
    r.staffApprover = userName(r.staffScheme.approvedBy);
    return r;
}

Result<QList<IndicatorResult>> AppraisalReportStore::readResults(qint64 schemeId) const
{
    QList<IndicatorResult> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT subject, indicator_code, numerator, denominator, "
                             "has_records, score FROM appraisal_results WHERE scheme_id = ? "
                             "ORDER BY subject, id"));
    q.addBindValue(schemeId);
    if (Status s = runQuery(q); !s)
        return s;
    while (q.next()) {
        IndicatorResult i;
        i.subject = q.value(0).toString();
        i.indicatorCode = q.value(1).toString();
        i.numerator = q.value(2).toLongLong();
        i.denominator = q.value(3).toLongLong();
        i.hasRecords = q.value(4).toInt() != 0;
        i.score = q.value(5).toInt();
        out << i;
    }
    return out;
}

Status AppraisalReportStore::readUnits(AppraisalReport& r) const
{
    if (r.unitScheme.id == 0)
        return Status::success();
    auto results = readResults(r.unitScheme.id);
    if (!results)
        return results.status();
    QHash<QString, QList<IndicatorResult>> bySubject;
    for (const IndicatorResult& i : results.value())
        bySubject[i.subject] << i;

    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT o.township_code, t.name, o.points, o.adjustment, o.total, o.grade, "
                       "o.veto_case_id, o.veto_reason, o.computed_at, c.number, c.received_at, "
                       "c.is_group, c.beyond_level, c.serious_effect FROM appraisal_unit_outcomes "
                       "o JOIN townships t ON t.code = o.township_code "
                       "LEFT JOIN petition_cases c ON c.id = o.veto_case_id "
                       "WHERE o.scheme_id = ? ORDER BY t.sort_order, t.code"));
    q.addBindValue(r.unitScheme.id);
    if (Status s = runQuery(q); !s)
        return s;
    QHash<QString, int> index;
    while (q.next()) {
        ReportUnit u;
        u.outcome.townshipCode = q.value(0).toString();
        u.outcome.townshipName = q.value(1).toString();
        u.outcome.points = q.value(2).toInt();
        u.outcome.adjustment = q.value(3).toInt();
        u.outcome.total = q.value(4).toInt();
        u.outcome.grade = SchemeRules::gradeFromKey(q.value(5).toString());
        u.outcome.vetoCaseId = q.value(6).toLongLong();
        u.outcome.vetoReason = q.value(7).toString();
        const QDateTime computed = fromIsoUtc(q.value(8).toString());
        if (computed.isValid() && (!r.computedAt.isValid() || computed > r.computedAt))
            r.computedAt = computed;
        u.vetoCaseNumber = q.value(9).toString();
        if (!q.value(10).isNull())
            u.vetoCaseDate = localDayOf(q.value(10).toString());
        if (u.outcome.vetoCaseId > 0 && !q.value(9).isNull()) {
            // Worded now, in the reader's language, from the case itself (the stored text is
            // in the language of whoever computed).
            VetoCase c;
            c.id = u.outcome.vetoCaseId;
            c.number = u.vetoCaseNumber;
            c.received = u.vetoCaseDate;
            c.group = q.value(11).toBool();
            c.beyondLevel = q.value(12).toString();
            c.seriousEffect = q.value(13).toBool();
            u.outcome.vetoReason = UnitRules::vetoReason(r.unitScheme, c);
        }
        u.outcome.indicators = inSchemeOrder(r.unitScheme, bySubject.value(u.outcome.townshipCode));
        index.insert(u.outcome.townshipCode, int(r.units.size()));
        r.units << u;
    }

    QSqlQuery a(m_db.connection());
    a.prepare(QStringLiteral(
        "SELECT a.township_code, a.kind, a.points, a.reason, u.display_name, a.created_at "
        "FROM appraisal_adjustments a LEFT JOIN users u ON u.id = a.created_by "
        "WHERE a.scheme_id = ? AND a.voided_at IS NULL ORDER BY a.id"));
    a.addBindValue(r.unitScheme.id);
    if (Status s = runQuery(a); !s)
        return s;
    while (a.next()) {
        const int at = index.value(a.value(0).toString(), -1);
        if (at < 0)
            continue; // a township adjusted after the computation: shown once recomputed
        ReportAdjustment adj;
        adj.commendation = a.value(1).toString() == QLatin1String("commendation");
        adj.points = a.value(2).toInt();
        adj.reason = a.value(3).toString();
        adj.byName = a.value(4).toString();
        adj.at = fromIsoUtc(a.value(5).toString());
        r.units[at].adjustments << adj;
    }
    return Status::success();
}

Status AppraisalReportStore::readStaff(AppraisalReport& r) const
{
    if (r.staffScheme.id == 0)
        return Status::success();
    auto results = readResults(r.staffScheme.id);
    if (!results)
        return results.status();
    QHash<qint64, QList<IndicatorResult>> byUser;
    for (const IndicatorResult& i : results.value()) {
        if (!i.subject.startsWith(kUserPrefix))
            continue;
        byUser[i.subject.mid(kUserPrefix.size()).toLongLong()] << i;
    }
    // Everyone with a computed result or an appraisal row, by the users' order.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT u.id, u.display_name, sa.self_assessment, sa.chief_opinion, cu.display_name, "
        "sa.director_grade, sa.director_note, du.display_name "
        "FROM users u LEFT JOIN staff_appraisals sa ON sa.user_id = u.id AND sa.scheme_id = ? "
        "LEFT JOIN users cu ON cu.id = sa.chief_id LEFT JOIN users du ON du.id = sa.director_id "
        "ORDER BY u.id"));
    q.addBindValue(r.staffScheme.id);
    if (Status s = runQuery(q); !s)
        return s;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const bool appraised = !q.value(2).isNull() || !q.value(3).isNull();
        if (!byUser.contains(id) && !appraised)
            continue;
        ReportStaff s;
        s.userId = id;
        s.name = q.value(1).toString();
        s.indicators = inSchemeOrder(r.staffScheme, byUser.value(id));
        for (const IndicatorResult& i : s.indicators)
            s.points += i.hasRecords ? i.score : 0;
        s.selfAssessment = q.value(2).toString();
        s.chiefOpinion = q.value(3).toString();
        s.chiefName = q.value(4).toString();
        s.directorGrade = SchemeRules::gradeFromKey(q.value(5).toString());
        s.directorNote = q.value(6).toString();
        s.directorName = q.value(7).toString();
        r.staff << s;
    }
    return Status::success();
}

QString AppraisalReportStore::userName(qint64 id) const
{
    if (id == 0)
        return QString();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT display_name FROM users WHERE id = ?"));
    q.addBindValue(id);
    if (!runQuery(q) || !q.next())
        return QString();
    return q.value(0).toString();
}

} // namespace youfu::core
