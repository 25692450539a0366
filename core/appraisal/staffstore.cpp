#include "appraisal/staffstore.h"

#include "appraisal/schemerules.h"
#include "appraisal/schemestore.h"
#include "common/isotime.h"
#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "security/userstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::StaffStore)
};

// Never a null QString: Qt binds those as SQL NULL, and these columns are NOT NULL.
QString notNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QJsonObject targetsJson(const QList<StaffTarget>& targets)
{
    QJsonObject o;
    for (const StaffTarget& t : targets)
        o.insert(t.code, QJsonObject{{QStringLiteral("weight"), t.weight},
                                     {QStringLiteral("target"), t.target},
                                     {QStringLiteral("note"), t.note}});
    return o;
}

QJsonArray resultJson(const IndicatorResult& r)
{
    return QJsonArray{r.numerator, r.denominator, r.hasRecords, r.score};
}

QString yearStart(int year)
{
    return QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0'));
}

// Per person: numerator and denominator of one indicator.
struct Tally
{
    qint64 numerator = 0;
    qint64 denominator = 0;
};
} // namespace

Result<AppraisalScheme> StaffStore::scheme(int year) const
{
    auto s = SchemeStore(m_db).forYear(year, SchemeKind::Staff);
    if (!s)
        return s.status();
    if (s->id <= 0)
        return Status::failure(
            Tr::tr("There is no staff appraisal scheme for %1 yet: the section chief drafts "
                   "one on the Schemes tab and the director approves it.")
                .arg(year));
    if (s->status != SchemeStatus::Approved)
        return Status::failure(
            Tr::tr("The staff appraisal scheme for %1 is not approved yet: the director "
                   "approves it first.")
                .arg(year));
    return s;
}

Result<QList<StaffMember>> StaffStore::members() const
{
    auto users = UserStore(m_db).all();
    if (!users)
        return users.status();
    QList<StaffMember> out;
    for (const User& u : users.value()) {
        if (u.disabled || !StaffRules::isStaff(u.roles))
            continue;
        out << StaffMember{u.id, u.login, u.displayName, u.roles};
    }
    return out;
}

Result<StaffMember> StaffStore::member(qint64 userId) const
{
    auto u = UserStore(m_db).byId(userId);
    if (!u)
        return u.status();
    if (!StaffRules::isStaff(u->roles))
        return Status::failure(
            Tr::tr("%1 holds no business role and is not appraised.").arg(u->displayName));
    return StaffMember{u->id, u->login, u->displayName, u->roles};
}

Result<QList<StaffRow>> StaffStore::rows(int year) const
{
    auto s = scheme(year);
    if (!s)
        return s.status();
    auto people = members();
    if (!people)
        return people.status();
    QList<StaffRow> out;
    for (const StaffMember& m : people.value()) {
        StaffRow row;
        row.member = m;
        auto a = appraisal(year, m.userId);
        if (!a)
            return a.status();
        row.appraisal = a.value();
        auto r = results(year, m.userId);
        if (!r)
            return r.status();
        if (!r->isEmpty()) {
            auto t = targets(year, m.userId);
            if (!t)
                return t.status();
            row.points = StaffRules::total(r.value(), t.value());
        }
        out << row;
    }
    return out;
}

Result<QList<StaffTarget>> StaffStore::targets(int year, qint64 userId) const
{
    auto s = scheme(year);
    if (!s)
        return s.status();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT indicator_code, target, weight, note FROM staff_targets "
                             "WHERE scheme_id = ? AND user_id = ?"));
    q.addBindValue(s->id);
    q.addBindValue(userId);
    if (Status st = runQuery(q); !st)
        return st;
    QList<StaffTarget> adjusted;
    while (q.next()) {
        StaffTarget t;
        t.code = q.value(0).toString();
        t.target = q.value(1).toInt();
        t.weight = q.value(2).toInt();
        t.note = q.value(3).toString();
        adjusted << t;
    }
    return StaffRules::effectiveTargets(s.value(), adjusted);
}

Result<QList<IndicatorResult>> StaffStore::results(int year, qint64 userId) const
{
    auto s = scheme(year);
    if (!s)
        return s.status();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT indicator_code, numerator, denominator, has_records, score "
                             "FROM appraisal_results WHERE scheme_id = ? AND subject = ?"));
    q.addBindValue(s->id);
    q.addBindValue(StaffRules::subject(userId));
    if (Status st = runQuery(q); !st)
        return st;
    QHash<QString, IndicatorResult> byCode;
    while (q.next()) {
        IndicatorResult r;
        r.subject = StaffRules::subject(userId);
        r.indicatorCode = q.value(0).toString();
        r.numerator = q.value(1).toLongLong();
        r.denominator = q.value(2).toLongLong();
        r.hasRecords = q.value(3).toBool();
        r.score = q.value(4).toInt();
        byCode.insert(r.indicatorCode, r);
    }
    QList<IndicatorResult> out;
    for (const AppraisalIndicator& i : s->indicators) {
        if (byCode.contains(i.code))
            out << byCode.value(i.code);
    }
    return out;
}

Result<StaffAppraisal> StaffStore::appraisal(int year, qint64 userId) const
{
    auto s = scheme(year);
    if (!s)
        return s.status();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT a.id, a.pledge_printed_at, a.self_assessment, a.self_at, a.chief_opinion, "
        "a.chief_id, c.display_name, a.chief_at, a.director_grade, a.director_note, "
        "a.director_id, d.display_name, a.director_at FROM staff_appraisals a "
        "LEFT JOIN users c ON c.id = a.chief_id LEFT JOIN users d ON d.id = a.director_id "
        "WHERE a.scheme_id = ? AND a.user_id = ?"));
    q.addBindValue(s->id);
    q.addBindValue(userId);
    if (Status st = runQuery(q); !st)
        return st;
    StaffAppraisal a;
    a.schemeId = s->id;
    a.userId = userId;
    if (!q.next())
        return a;
    a.id = q.value(0).toLongLong();
    a.pledgePrintedAt = q.value(1).isNull() ? QDateTime() : fromIsoUtc(q.value(1).toString());
    a.selfAssessment = q.value(2).toString();
    a.selfAt = q.value(3).isNull() ? QDateTime() : fromIsoUtc(q.value(3).toString());
    a.chiefOpinion = q.value(4).toString();
    a.chiefId = q.value(5).toLongLong();
    a.chiefName = q.value(6).toString();
    a.chiefAt = q.value(7).isNull() ? QDateTime() : fromIsoUtc(q.value(7).toString());
    a.grade = SchemeRules::gradeFromKey(q.value(8).toString());
    a.gradeNote = q.value(9).toString();
    a.graderId = q.value(10).toLongLong();
    a.graderName = q.value(11).toString();
    a.gradedAt = q.value(12).isNull() ? QDateTime() : fromIsoUtc(q.value(12).toString());
    return a;
}

Result<StaffStore::Step> StaffStore::stepOf(int year, qint64 userId) const
{
    auto s = scheme(year);
    if (!s)
        return s.status();
    auto person = member(userId);
    if (!person)
        return person.status();
    auto a = appraisal(year, userId);
    if (!a)
        return a.status();
    return Step{s.value(), person.value(), a.value()};
}

Status StaffStore::ensureRow(qint64 schemeId, qint64 userId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO staff_appraisals (scheme_id, user_id) SELECT ?, ? "
                             "WHERE NOT EXISTS (SELECT 1 FROM staff_appraisals WHERE "
                             "scheme_id = ? AND user_id = ?)"));
    q.addBindValue(schemeId);
    q.addBindValue(userId);
    q.addBindValue(schemeId);
    q.addBindValue(userId);
    return runQuery(q);
}

Status StaffStore::saveTargets(const Actor& actor, int year, qint64 userId,
                               const QList<StaffTarget>& input)
{
    AuditNote note(QStringLiteral("staff_appraisal.targets"), QStringLiteral("user"),
                   QString::number(userId));
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ManageAppraisal), note, [&](WriteScope& w) {
            auto step = stepOf(year, userId);
            if (!step)
                return step.status();
            const auto& [sc, person, a] = step.value();
            if (Status st = StaffRules::checkTargets(a); !st)
                return st;
            auto before = targets(year, userId);
            if (!before)
                return before.status();
            QList<StaffTarget> adjusted;
            for (const StaffTarget& t : input) {
                StaffTarget x = t;
                x.note = x.note.trimmed();
                adjusted << x;
            }
            const QList<StaffTarget> after = StaffRules::effectiveTargets(sc, adjusted);
            if (after.size() != input.size())
                return Status::failure(
                    Tr::tr("The targets do not match the indicators of the year's scheme."));
            const QStringList problems = StaffRules::targetProblems(after);
            if (!problems.isEmpty())
                return Status::failure(problems.join(QLatin1Char('\n')));
            QSqlQuery del(m_db.connection());
            del.prepare(
                QStringLiteral("DELETE FROM staff_targets WHERE scheme_id = ? AND user_id = ?"));
            del.addBindValue(sc.id);
            del.addBindValue(userId);
            if (Status st = runQuery(del); !st)
                return st;
            QSqlQuery ins(m_db.connection());
            ins.prepare(QStringLiteral("INSERT INTO staff_targets (scheme_id, user_id, "
                                       "indicator_code, target, weight, note) "
                                       "VALUES (?,?,?,?,?,?)"));
            for (const StaffTarget& t : after) {
                ins.addBindValue(sc.id);
                ins.addBindValue(userId);
                ins.addBindValue(t.code);
                ins.addBindValue(t.target);
                ins.addBindValue(t.weight);
                ins.addBindValue(notNull(t.note));
                if (Status st = runQuery(ins); !st)
                    return st;
            }
            w.entry().before = targetsJson(before.value());
            w.entry().before.insert(QStringLiteral("person"), person.name);
            w.entry().after = targetsJson(after);
            w.entry().after.insert(QStringLiteral("person"), person.name);
            w.entry().after.insert(QStringLiteral("year"), year);
            return Status::success();
        });
}

Status StaffStore::markPledgePrinted(const Actor& actor, int year, qint64 userId)
{
    AuditNote note(QStringLiteral("staff_appraisal.pledge_printed"), QStringLiteral("user"),
                   QString::number(userId));
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ManageAppraisal), note, [&](WriteScope& w) {
            auto s = scheme(year);
            if (!s)
                return s.status();
            auto person = member(userId);
            if (!person)
                return person.status();
            if (Status st = ensureRow(s->id, userId); !st)
                return st;
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("UPDATE staff_appraisals SET pledge_printed_at = ? "
                                     "WHERE scheme_id = ? AND user_id = ?"));
            q.addBindValue(toIsoUtc(w.now()));
            q.addBindValue(s->id);
            q.addBindValue(userId);
            if (Status st = runQuery(q); !st)
                return st;
            w.entry().after = QJsonObject{{QStringLiteral("person"), person->name},
                                          {QStringLiteral("year"), year},
                                          {QStringLiteral("pledge_printed_at"), toIsoUtc(w.now())}};
            return Status::success();
        });
}

Status StaffStore::compute(const Actor& actor, int year)
{
    AuditNote note(QStringLiteral("staff_appraisal.compute"), QStringLiteral("appraisal_scheme"));
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ManageAppraisal), note, [&](WriteScope& w) {
            auto s = scheme(year);
            if (!s)
                return s.status();
            w.entry().entityId = QString::number(s->id);
            auto people = members();
            if (!people)
                return people.status();
            const QString from = yearStart(year);
            const QString to = yearStart(year + 1);
            const QDate today = w.now().toLocalTime().date();

            // Application steps signed in the year, with when each came to its signer.
            QList<StaffStepFact> steps;
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "SELECT s.signer_id, s.signed_at, COALESCE((SELECT MAX(p.signed_at) FROM "
                "application_steps p WHERE p.application_id = s.application_id AND p.id < "
                "s.id), a.drafted_at) FROM application_steps s JOIN applications a ON a.id = "
                "s.application_id WHERE s.signed_at >= ? AND s.signed_at < ?"));
            q.addBindValue(from);
            q.addBindValue(to);
            if (Status st = runQuery(q); !st)
                return st;
            while (q.next())
                steps << StaffStepFact{q.value(0).toLongLong(), fromIsoUtc(q.value(2).toString()),
                                       fromIsoUtc(q.value(1).toString())};

            // Accepted cases with a responsible user, answered in the year or still open.
            QHash<qint64, Tally> cases;
            q.prepare(QStringLiteral(
                "SELECT responsible_user_id, decided_on, extension_days, answered_on FROM "
                "petition_cases WHERE responsible_user_id IS NOT NULL AND decided_on IS NOT "
                "NULL AND status NOT IN ('registered', 'not_accepted', 'forwarded') AND "
                "decided_on < ? AND (answered_on IS NULL OR answered_on >= ?)"));
            q.addBindValue(to);
            q.addBindValue(from);
            if (Status st = runQuery(q); !st)
                return st;
            while (q.next()) {
                const StaffCaseFact c{q.value(0).toLongLong(), fromIsoDate(q.value(1).toString()),
                                      q.value(2).toInt(), fromIsoDate(q.value(3).toString())};
                const CaseCount n = StaffRules::countCase(c, year, today);
                if (n == CaseCount::NotCounted)
                    continue;
                Tally& t = cases[c.userId];
                ++t.denominator;
                if (n == CaseCount::OnTime)
                    ++t.numerator;
            }

            // Archive entries filed in the year, and those verified by someone else.
            QHash<qint64, Tally> archive;
            q.prepare(QStringLiteral(
                "SELECT filed_by, COUNT(*), SUM(CASE WHEN status = 'verified' AND verified_by "
                "IS NOT NULL AND verified_by <> filed_by THEN 1 ELSE 0 END) FROM "
                "archive_documents WHERE filed_at >= ? AND filed_at < ? GROUP BY filed_by"));
            q.addBindValue(from);
            q.addBindValue(to);
            if (Status st = runQuery(q); !st)
                return st;
            while (q.next())
                archive.insert(q.value(0).toLongLong(),
                               Tally{q.value(2).toLongLong(), q.value(1).toLongLong()});

            // Visits the person made in the year (as one of its visitors).
            QHash<qint64, Tally> visits;
            q.prepare(QStringLiteral(
                "SELECT vv.user_id, COUNT(DISTINCT v.id) FROM visits v JOIN visit_visitors vv "
                "ON vv.visit_id = v.id WHERE vv.user_id IS NOT NULL AND v.visit_date >= ? AND "
                "v.visit_date < ? GROUP BY vv.user_id"));
            q.addBindValue(from);
            q.addBindValue(to);
            if (Status st = runQuery(q); !st)
                return st;
            while (q.next())
                visits.insert(q.value(0).toLongLong(), Tally{q.value(1).toLongLong(), 0});
            q.prepare(QStringLiteral(
                "SELECT COUNT(*) FROM visits WHERE visit_date >= ? AND visit_date < ?"));
            q.addBindValue(from);
            q.addBindValue(to);
            if (Status st = runSingle(q, QString()); !st)
                return st;
            const bool officeVisited = q.value(0).toLongLong() > 0;

            // The figures before, for the audit entry.
            QJsonObject before;
            q.prepare(QStringLiteral("SELECT subject, indicator_code, numerator, denominator, "
                                     "has_records, score FROM appraisal_results WHERE "
                                     "scheme_id = ? ORDER BY subject, indicator_code"));
            q.addBindValue(s->id);
            if (Status st = runQuery(q); !st)
                return st;
            while (q.next()) {
                IndicatorResult r;
                r.numerator = q.value(2).toLongLong();
                r.denominator = q.value(3).toLongLong();
                r.hasRecords = q.value(4).toBool();
                r.score = q.value(5).toInt();
                QJsonObject o = before.value(q.value(0).toString()).toObject();
                o.insert(q.value(1).toString(), resultJson(r));
                before.insert(q.value(0).toString(), o);
            }
            q.prepare(QStringLiteral("DELETE FROM appraisal_results WHERE scheme_id = ?"));
            q.addBindValue(s->id);
            if (Status st = runQuery(q); !st)
                return st;

            QJsonObject after;
            QSqlQuery ins(m_db.connection());
            ins.prepare(QStringLiteral(
                "INSERT INTO appraisal_results (scheme_id, subject, indicator_code, numerator, "
                "denominator, has_records, score, computed_at) VALUES (?,?,?,?,?,?,?,?)"));
            const QString now = toIsoUtc(w.now());
            for (const StaffMember& m : people.value()) {
                auto targetList = targets(year, m.userId);
                if (!targetList)
                    return targetList.status();
                const QString subject = StaffRules::subject(m.userId);
                QJsonObject o;
                for (const StaffTarget& t : targetList.value()) {
                    Tally n;
                    bool hasRecords = false;
                    if (t.code == QLatin1String(staffindicator::ApprovalsOnTime)) {
                        for (const StaffStepFact& f : steps) {
                            if (f.userId != m.userId)
                                continue;
                            ++n.denominator;
                            if (StaffRules::withinDays(f.cameAt, f.signedAt, t.days))
                                ++n.numerator;
                        }
                        hasRecords = n.denominator > 0;
                    } else if (t.code == QLatin1String(staffindicator::CasesOnTime)) {
                        n = cases.value(m.userId);
                        hasRecords = n.denominator > 0;
                    } else if (t.code == QLatin1String(staffindicator::ArchiveFiled)) {
                        n = archive.value(m.userId);
                        hasRecords = n.denominator > 0;
                    } else if (t.code == QLatin1String(staffindicator::VisitsMade)) {
                        n = visits.value(m.userId);
                        n.denominator = t.target;
                        hasRecords = officeVisited || n.numerator > 0;
                    }
                    const IndicatorResult r =
                        StaffRules::score(t, subject, n.numerator, n.denominator, hasRecords);
                    ins.addBindValue(s->id);
                    ins.addBindValue(subject);
                    ins.addBindValue(r.indicatorCode);
                    ins.addBindValue(r.numerator);
                    ins.addBindValue(r.denominator);
                    ins.addBindValue(int(r.hasRecords));
                    ins.addBindValue(r.score);
                    ins.addBindValue(now);
                    if (Status st = runQuery(ins); !st)
                        return st;
                    o.insert(r.indicatorCode, resultJson(r));
                }
                after.insert(subject, o);
            }
            w.entry().before = before;
            after.insert(QStringLiteral("year"), year);
            w.entry().after = after;
            return Status::success();
        });
}

Status StaffStore::writeSelf(const Actor& actor, int year, qint64 userId, const QString& text)
{
    AuditNote note(QStringLiteral("staff_appraisal.self"), QStringLiteral("user"),
                   QString::number(userId));
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ViewBusiness), note,
        [&](WriteScope& w) { return writeText(w, year, userId, text, false); });
}

Status StaffStore::writeOpinion(const Actor& actor, int year, qint64 userId, const QString& text)
{
    AuditNote note(QStringLiteral("staff_appraisal.opinion"), QStringLiteral("user"),
                   QString::number(userId));
    return AuditedWrite::run(m_db, actor, Authority::of(Permission::ManageAppraisal), note,
                             [&](WriteScope& w) { return writeText(w, year, userId, text, true); });
}

Status StaffStore::writeText(WriteScope& w, int year, qint64 userId, const QString& text,
                             bool chiefOpinion)
{
    auto step = stepOf(year, userId);
    if (!step)
        return step.status();
    const auto& [sc, person, a] = step.value();
    if (Status st = chiefOpinion ? StaffRules::checkOpinion(w.actor(), person, a)
                                 : StaffRules::checkSelf(w.actor(), person, a);
        !st)
        return st;
    if (text.trimmed().isEmpty())
        return Status::failure(chiefOpinion ? Tr::tr("Write the section chief's opinion first.")
                                            : Tr::tr("Write the self-assessment first."));
    if (Status st = ensureRow(sc.id, userId); !st)
        return st;
    QSqlQuery q(m_db.connection());
    if (chiefOpinion) {
        q.prepare(QStringLiteral("UPDATE staff_appraisals SET chief_opinion = ?, chief_id = ?, "
                                 "chief_at = ? WHERE scheme_id = ? AND user_id = ?"));
        q.addBindValue(text.trimmed());
        q.addBindValue(w.actor().userId);
    } else {
        q.prepare(QStringLiteral("UPDATE staff_appraisals SET self_assessment = ?, self_at = ? "
                                 "WHERE scheme_id = ? AND user_id = ?"));
        q.addBindValue(text.trimmed());
    }
    q.addBindValue(toIsoUtc(w.now()));
    q.addBindValue(sc.id);
    q.addBindValue(userId);
    if (Status st = runQuery(q); !st)
        return st;
    const QString field =
        chiefOpinion ? QStringLiteral("chief_opinion") : QStringLiteral("self_assessment");
    w.entry().before = QJsonObject{{field, chiefOpinion ? a.chiefOpinion : a.selfAssessment}};
    w.entry().after = QJsonObject{{QStringLiteral("person"), person.name},
                                  {QStringLiteral("year"), year},
                                  {field, text.trimmed()}};
    return Status::success();
}

Status StaffStore::writeGrade(WriteScope& w, int year, qint64 userId, Grade grade,
                              const QString& note, bool fromAbove)
{
    auto step = stepOf(year, userId);
    if (!step)
        return step.status();
    const auto& [sc, person, a] = step.value();
    if (Status st = fromAbove ? StaffRules::checkRecordFromAbove(w.actor(), person, a, note)
                              : StaffRules::checkGrade(w.actor(), person, a);
        !st)
        return st;
    if (grade == Grade::None)
        return Status::failure(Tr::tr("Choose the grade."));
    if (Status st = ensureRow(sc.id, userId); !st)
        return st;
    const QString key = SchemeRules::gradeKey(grade, SchemeKind::Staff);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE staff_appraisals SET director_grade = ?, director_note = ?, "
                             "director_id = ?, director_at = ? WHERE scheme_id = ? AND "
                             "user_id = ?"));
    q.addBindValue(key);
    q.addBindValue(notNull(note.trimmed()));
    q.addBindValue(w.actor().userId);
    q.addBindValue(toIsoUtc(w.now()));
    q.addBindValue(sc.id);
    q.addBindValue(userId);
    if (Status st = runQuery(q); !st)
        return st;
    w.entry().after =
        QJsonObject{{QStringLiteral("person"), person.name},
                    {QStringLiteral("year"), year},
                    {QStringLiteral("grade"), SchemeRules::gradeTitle(grade, SchemeKind::Staff)},
                    {QStringLiteral("note"), note.trimmed()}};
    return Status::success();
}

Status StaffStore::grade(const Actor& actor, int year, qint64 userId, Grade grade,
                         const QString& note)
{
    AuditNote entry(QStringLiteral("staff_appraisal.grade"), QStringLiteral("user"),
                    QString::number(userId));
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ApproveAppraisal), entry,
        [&](WriteScope& w) { return writeGrade(w, year, userId, grade, note, false); });
}

Status StaffStore::recordGradeFromAbove(const Actor& actor, int year, qint64 userId, Grade grade,
                                        const QString& note)
{
    AuditNote entry(QStringLiteral("staff_appraisal.grade_from_above"), QStringLiteral("user"),
                    QString::number(userId));
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ManageAppraisal), entry,
        [&](WriteScope& w) { return writeGrade(w, year, userId, grade, note, true); });
}

} // namespace youfu::core
