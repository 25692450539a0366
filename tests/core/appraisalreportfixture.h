#pragma once
// A computed year-end appraisal, hand-built in the result tables of migration 0017 (as the
// computation would leave them): two approved schemes made through SchemeStore, indicator
// results, outcomes, adjustments (one voided), a vetoing group petition and the staff's
// results and opinions. Shared by the report's core and UI suites and its benchmark.
// Header-only.

#include "appraisal/schemerules.h"
#include "appraisal/schemestore.h"
#include "common/isotime.h"
#include "db/database.h"
#include "testdb.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace youfu::test {

struct ReportFixture
{
    core::Actor clerk;
    core::Actor chief;
    core::Actor director;
    qint64 unitScheme = 0;
    qint64 staffScheme = 0;
    QStringList townships; // codes, in the report's order
    QList<qint64> staff;   // user ids
    qint64 vetoCase = 0;
    QString problem; // why filling failed, or ""
};

namespace reportfixture {

inline bool exec(core::Database& db, const QString& sql, const QVariantList& values,
                 QString* problem, qint64* id = nullptr)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *problem = q.lastError().text() + QStringLiteral(" — ") + sql;
        return false;
    }
    if (id)
        *id = q.lastInsertId().toLongLong();
    return true;
}

inline qint64 approvedScheme(TestDb& t, const ReportFixture& f, int year, core::SchemeKind kind,
                             QString* problem)
{
    core::AppraisalScheme s;
    s.year = year;
    s.kind = kind;
    s.title = kind == core::SchemeKind::Unit
                  ? QStringLiteral("%1年度乡镇（街道）优抚工作考核方案").arg(year)
                  : QStringLiteral("%1年度优抚科工作人员岗位考核方案").arg(year);
    s.basis = QStringLiteral("武民发〔%1〕3号《关于开展%1年度优抚工作年终考核的通知》").arg(year);
    s.excellentAt = 900;
    s.goodAt = 800;
    s.passAt = 600;
    s.indicators = core::SchemeRules::defaultIndicators(kind);
    core::SchemeStore store(t.db());
    auto id = store.saveDraft(f.chief, s);
    if (!id) {
        *problem = id.error();
        return 0;
    }
    if (core::Status st = store.approve(f.director, id.value()); !st) {
        *problem = st.error();
        return 0;
    }
    return id.value();
}

} // namespace reportfixture

// The appraisal of `year` computed for the first `townships` townships (the third one vetoed
// by a group petition, the second without petition records) and `staff` staff members.
inline ReportFixture fillReport(TestDb& t, int year, int townships, int staff)
{
    using reportfixture::exec;
    ReportFixture f;
    t.clock().set(QDateTime(QDate(year, 12, 20), QTime(10, 0)).toUTC());
    f.clerk = t.addUser(QStringLiteral("clerk"), core::Role::Clerk, QStringLiteral("李晓红"));
    f.chief =
        t.addUser(QStringLiteral("chief"), core::Role::SectionChief, QStringLiteral("王建华"));
    f.director =
        t.addUser(QStringLiteral("director"), core::Role::Director, QStringLiteral("陈志强"));
    f.unitScheme = reportfixture::approvedScheme(t, f, year, core::SchemeKind::Unit, &f.problem);
    if (!f.problem.isEmpty())
        return f;
    f.staffScheme = reportfixture::approvedScheme(t, f, year, core::SchemeKind::Staff, &f.problem);
    if (!f.problem.isEmpty())
        return f;
    core::Database& db = t.db();
    const QString now = core::toIsoUtc(t.clock().nowUtc());
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT code FROM townships ORDER BY sort_order, code LIMIT %1")
               .arg(townships));
    while (q.next())
        f.townships << q.value(0).toString();
    auto scheme = core::SchemeStore(db).byId(f.unitScheme);
    if (!scheme) {
        f.problem = scheme.error();
        return f;
    }
    const QString insertResult = QStringLiteral(
        "INSERT INTO appraisal_results (scheme_id, subject, indicator_code, numerator, "
        "denominator, has_records, score, computed_at) VALUES (?,?,?,?,?,?,?,?)");
    for (int i = 0; i < f.townships.size(); ++i) {
        const QString code = f.townships.at(i);
        int points = 0;
        for (int k = 0; k < scheme->indicators.size(); ++k) {
            const core::AppraisalIndicator& ind = scheme->indicators.at(k);
            const bool none = i == 1 && ind.code == QLatin1String("petition_satisfied");
            const qint64 den = 20 + (i * 7 + k * 3) % 30;
            const qint64 num = den - (i + k) % 4;
            const int score = none ? 0 : int(ind.weight * num / den);
            points += score;
            if (!exec(db, insertResult,
                      {f.unitScheme, code, ind.code, none ? 0 : num, none ? 0 : den, none ? 0 : 1,
                       score, now},
                      &f.problem))
                return f;
        }
        int adjustment = 0;
        if (i == 0) {
            adjustment = 20;
            if (!exec(db,
                      QStringLiteral("INSERT INTO appraisal_adjustments (scheme_id, township_code, "
                                     "kind, points, reason, created_by, created_at) VALUES "
                                     "(?,?,'commendation',20,?,?,?)"),
                      {f.unitScheme, code, QStringLiteral("获评省级双拥模范乡镇，加2分"),
                       f.chief.userId, now},
                      &f.problem))
                return f;
        }
        if (i == 1) {
            adjustment = -15;
            const QString sql = QStringLiteral(
                "INSERT INTO appraisal_adjustments (scheme_id, township_code, kind, points, "
                "reason, created_by, created_at, voided_by, voided_at, void_reason) VALUES "
                "(?,?,?,?,?,?,?,?,?,COALESCE(?, ''))");
            if (!exec(db, sql,
                      {f.unitScheme, code, QStringLiteral("deduction"), 15,
                       QStringLiteral("零报告漏报被市局通报，扣1.5分"), f.chief.userId, now,
                       QVariant(), QVariant(), QString()},
                      &f.problem) ||
                !exec(db, sql,
                      {f.unitScheme, code, QStringLiteral("commendation"), 30,
                       QStringLiteral("登记有误的嘉奖"), f.chief.userId, now, f.chief.userId, now,
                       QStringLiteral("重复登记")},
                      &f.problem))
                return f;
        }
        QVariant vetoCase;
        QString vetoReason;
        if (i == 2) {
            const QString received =
                core::toIsoUtc(QDateTime(QDate(year, 5, 3), QTime(9, 30)).toUTC());
            if (!exec(
                    db,
                    QStringLiteral("INSERT INTO petition_cases (number, number_year, "
                                   "number_seq, received_at, channel, subject, township_code, "
                                   "petitioner_count, first_petitioner, is_group, status, "
                                   "created_at, updated_at) VALUES "
                                   "(?,?,12,?,'visit','benefit',?,6,'张某某',1,'registered',?,?)"),
                    {QStringLiteral("XF%1-0012").arg(year), year, received, code, now, now},
                    &f.problem, &f.vetoCase))
                return f;
            vetoCase = f.vetoCase;
            vetoReason = QStringLiteral("集体访 XF%1-0012（%1年5月3日）").arg(year);
        }
        const int total = points + adjustment;
        core::AppraisalScheme thresholds = scheme.value();
        const core::Grade grade =
            vetoCase.isValid() ? core::Grade::Fail : core::SchemeRules::gradeFor(thresholds, total);
        if (!exec(db,
                  QStringLiteral("INSERT INTO appraisal_unit_outcomes (scheme_id, township_code, "
                                 "points, adjustment, total, grade, veto_case_id, veto_reason, "
                                 "computed_at) VALUES (?,?,?,?,?,?,?,COALESCE(?, ''),?)"),
                  {f.unitScheme, code, points, adjustment, total,
                   core::SchemeRules::gradeKey(grade, core::SchemeKind::Unit), vetoCase, vetoReason,
                   now},
                  &f.problem))
            return f;
    }

    static const QStringList names = {QStringLiteral("赵丽娟"), QStringLiteral("钱国庆"),
                                      QStringLiteral("孙海燕"), QStringLiteral("周伟"),
                                      QStringLiteral("吴敏"),   QStringLiteral("郑红梅"),
                                      QStringLiteral("冯建军"), QStringLiteral("陈晓东"),
                                      QStringLiteral("褚玉兰"), QStringLiteral("卫志刚")};
    auto staffScheme = core::SchemeStore(db).byId(f.staffScheme);
    if (!staffScheme) {
        f.problem = staffScheme.error();
        return f;
    }
    static const char* const grades[] = {"excellent", "competent", "competent", "basic", ""};
    for (int s = 0; s < staff; ++s) {
        const core::Actor a = t.addUser(
            QStringLiteral("staff%1").arg(s + 1, 2, 10, QLatin1Char('0')), core::Role::Clerk,
            names.at(s % names.size()) +
                (s >= names.size() ? QString::number(s / names.size()) : QString()));
        f.staff << a.userId;
        const QString subject = QStringLiteral("user:%1").arg(a.userId);
        for (int k = 0; k < staffScheme->indicators.size(); ++k) {
            const core::AppraisalIndicator& ind = staffScheme->indicators.at(k);
            const qint64 den = 10 + (s * 5 + k) % 20;
            const qint64 num = den - (s + k) % 3;
            const int score = int(ind.weight * num / den);
            if (!exec(db, insertResult, {f.staffScheme, subject, ind.code, num, den, 1, score, now},
                      &f.problem))
                return f;
        }
        const QString grade = QString::fromLatin1(grades[s % 5]);
        if (!exec(db,
                  QStringLiteral("INSERT INTO staff_appraisals (scheme_id, user_id, "
                                 "self_assessment, self_at, chief_opinion, chief_id, chief_at, "
                                 "director_grade, director_note, director_id, director_at) "
                                 "VALUES (?,?,?,?,?,?,?,?,COALESCE(?, ''),?,?)"),
                  {f.staffScheme, a.userId, QStringLiteral("全年按时完成审批和走访任务。"), now,
                   QStringLiteral("工作认真负责，审批及时。"), f.chief.userId, now, grade,
                   grade.isEmpty() ? QString() : QStringLiteral("同意科长意见。"),
                   grade.isEmpty() ? QVariant() : QVariant(f.director.userId),
                   grade.isEmpty() ? QVariant() : QVariant(now)},
                  &f.problem))
            return f;
    }
    return f;
}

} // namespace youfu::test
