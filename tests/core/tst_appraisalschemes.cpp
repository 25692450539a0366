// The appraisal schemes: the rules of a scheme (thresholds, weights, indicators, targets,
// periods, grades at each boundary) without a database; the store (drafts with before/after,
// approval by the director only and never by who drafted, a frozen scheme that neither the store
// nor raw SQL can change, the copy to the next year, one scheme per year and kind); the
// township moves PersonStore writes; the director's serious-effect mark; the demo's schemes.
#include "appraisal/appraisaldemo.h"
#include "appraisal/schemerules.h"
#include "appraisal/schemestore.h"
#include "appraisal/seriouseffectstore.h"
#include "audit/auditlog.h"
#include "petition/petitionstore.h"
#include "registry/citizenid.h"
#include "registry/personstore.h"
#include "testdb.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTranslator>

using namespace youfu;
using core::AppraisalIndicator;
using core::AppraisalScheme;
using core::Grade;
using core::Role;
using core::SchemeKind;
using core::SchemeRules;
using core::SchemeStatus;
using core::SchemeStore;

Q_DECLARE_METATYPE(youfu::core::AppraisalScheme)
Q_DECLARE_METATYPE(youfu::core::Grade)
Q_DECLARE_METATYPE(youfu::core::SchemeKind)

class TestAppraisalSchemes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void problems_data();
    void problems();
    void gradeFor_data();
    void gradeFor();
    void shownTitle_data();
    void shownTitle();
    void texts_data();
    void texts();

    void draftSavedAndChanged();
    void badDraftRefused();
    void approveOnlyByDirectorNotDrafter();
    void frozenSchemeCannotChange();
    void copyToNextYear();
    void secondSchemeForYearRefused();
    void townshipMoves();
    void seriousEffect();
    void demoSeedsSchemesAndMoves();
};

namespace {
const QString kT1 = QStringLiteral("430581001");
const QString kT2 = QStringLiteral("430581002");

AppraisalScheme scheme(SchemeKind kind, int year = 2026)
{
    AppraisalScheme s;
    s.year = year;
    s.kind = kind;
    s.title = QStringLiteral("%1年度优抚工作目标管理考核方案").arg(year);
    s.basis = QStringLiteral("武民发〔%1〕3号（示例）").arg(year);
    s.excellentAt = 900;
    s.goodAt = kind == SchemeKind::Staff ? 700 : 800;
    s.passAt = 600;
    s.indicators = SchemeRules::defaultIndicators(kind);
    return s;
}

int indexOf(const AppraisalScheme& s, const char* code)
{
    for (int i = 0; i < s.indicators.size(); ++i)
        if (s.indicators.at(i).code == QLatin1String(code))
            return i;
    return -1;
}

void setNow(test::TestDb& t, int y, int m, int d, int h = 10)
{
    t.clock().set(QDateTime(QDate(y, m, d), QTime(h, 0)).toUTC());
}

int auditCount(test::TestDb& t)
{
    return int(core::AuditLog(t.db()).count());
}

struct Last
{
    QString action;
    QString before;
    QString after;
};

Last lastEntry(test::TestDb& t)
{
    QSqlQuery q(t.db().connection());
    q.exec("SELECT action, before_json, after_json FROM audit_log ORDER BY id DESC LIMIT 1");
    Last l;
    if (q.next())
        l = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    return l;
}

qint64 addPerson(test::TestDb& t, const core::Actor& clerk, const QString& name, int seq,
                 const QString& township = kT1)
{
    const QString first17 = QStringLiteral("43058119520314%1").arg(seq, 3, 10, QLatin1Char('0'));
    core::PersonDraft d;
    d.name = name;
    d.citizenId = first17 + core::CitizenId::checkCharacter(first17);
    d.townshipCode = township;
    auto r = core::PersonStore(t.db()).add(clerk, d);
    if (!r)
        qWarning("%s", qPrintable(r.error()));
    return r.id;
}

bool execFails(test::TestDb& t, const QString& sql)
{
    QSqlQuery q(t.db().connection());
    const bool ok = q.exec(sql);
    if (!ok && !q.lastError().text().contains(QLatin1String("frozen")))
        qWarning("refused for another reason: %s", qPrintable(q.lastError().text()));
    return !ok && q.lastError().text().contains(QLatin1String("frozen"));
}
} // namespace

void TestAppraisalSchemes::problems_data()
{
    QTest::addColumn<AppraisalScheme>("scheme");
    QTest::addColumn<QString>("problem"); // "" = no problem

    const AppraisalScheme unit = scheme(SchemeKind::Unit);
    const AppraisalScheme staff = scheme(SchemeKind::Staff);
    QTest::newRow("default unit scheme") << unit << QString();
    QTest::newRow("default staff scheme") << staff << QString();

    AppraisalScheme s = unit;
    s.title = QStringLiteral("  ");
    QTest::newRow("no title") << s << QStringLiteral("needs a title");
    s = unit;
    s.year = 1999;
    QTest::newRow("year 1999") << s << QStringLiteral("1999 is not a year");
    s = unit;
    s.goodAt = 950;
    QTest::newRow("good above excellent") << s << QStringLiteral("must go down");
    s = unit;
    s.passAt = -1;
    QTest::newRow("negative pass") << s << QStringLiteral("must go down");
    s = unit;
    s.excellentAt = 1001;
    QTest::newRow("excellent above 100") << s << QStringLiteral("can never be reached");
    s = unit;
    s.excellentAt = 1000;
    QTest::newRow("excellent at exactly 100") << s << QString();
    s = unit;
    s.excellentAt = s.goodAt = s.passAt = 600;
    QTest::newRow("equal thresholds") << s << QString();

    s = unit;
    s.indicators[0].weight -= 50;
    QTest::newRow("weights 95") << s << QStringLiteral("add up to 95.0 points");
    s = unit;
    s.indicators[0].weight += 1;
    QTest::newRow("weights 100.1") << s << QStringLiteral("add up to 100.1 points");
    s = unit;
    s.indicators[0].weight += 50;
    s.indicators[1].weight -= 50;
    QTest::newRow("weights moved, still 100") << s << QString();
    s = unit;
    s.indicators[1].weight = 0;
    s.indicators[0].weight += 50;
    QTest::newRow("a zero weight") << s << QString();
    s = unit;
    s.indicators.clear();
    QTest::newRow("no indicators") << s << QStringLiteral("no indicators");

    s = unit;
    s.indicators[0].code = QStringLiteral("made_up");
    s.indicators[0].title = QStringLiteral("编造的指标");
    QTest::newRow("unknown indicator") << s << QStringLiteral("“编造的指标” is not an indicator");
    s = unit;
    s.indicators[0].code = QLatin1String(core::staffindicator::CasesOnTime);
    s.indicators[0].title.clear();
    QTest::newRow("staff indicator in a unit scheme")
        << s << QStringLiteral("“cases_on_time” is not an indicator");
    s = unit;
    s.indicators[1].code = s.indicators[0].code;
    s.indicators[1].title = QStringLiteral("零报告");
    QTest::newRow("listed twice") << s << QStringLiteral("“零报告” is listed twice");

    const int rate = indexOf(unit, core::unitindicator::ZeroReportRate);
    s = unit;
    s.indicators[rate].target = 0;
    QTest::newRow("rate target 0%") << s << QStringLiteral("must be a rate above 0%");
    s = unit;
    s.indicators[rate].target = 1001;
    QTest::newRow("rate target 100.1%") << s << QStringLiteral("must be a rate above 0%");
    s = unit;
    s.indicators[rate].target = 1000;
    QTest::newRow("rate target 100%") << s << QString();
    s = unit;
    s.indicators[rate].target = 1;
    QTest::newRow("rate target 0.1%") << s << QString();
    const int visits = indexOf(staff, core::staffindicator::VisitsMade);
    s = staff;
    s.indicators[visits].target = 0;
    QTest::newRow("count target 0") << s << QStringLiteral("must be at least 1");
    s = staff;
    s.indicators[visits].target = 5000;
    QTest::newRow("count target above 1000 is a count") << s << QString();

    const int accepted = indexOf(unit, core::unitindicator::PetitionAccepted);
    s = unit;
    s.indicators[accepted].days = 0;
    QTest::newRow("period missing") << s << QStringLiteral("needs its period in days");
    s = unit;
    s.indicators[rate].days = 7; // a period where none is needed is ignored
    QTest::newRow("period where none is needed") << s << QString();
    const int approvals = indexOf(staff, core::staffindicator::ApprovalsOnTime);
    s = staff;
    s.indicators[approvals].days = -3;
    QTest::newRow("staff period negative") << s << QStringLiteral("needs its period in days");
}

void TestAppraisalSchemes::problems()
{
    QFETCH(AppraisalScheme, scheme);
    QFETCH(QString, problem);
    const QStringList found = SchemeRules::problems(scheme);
    if (problem.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('|'))));
        return;
    }
    QVERIFY2(!found.isEmpty(), "no problem found");
    QVERIFY2(found.first().contains(problem), qPrintable(found.join(QLatin1Char('|'))));
}

void TestAppraisalSchemes::gradeFor_data()
{
    QTest::addColumn<SchemeKind>("kind");
    QTest::addColumn<int>("total");
    QTest::addColumn<Grade>("grade");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("title");
    // Units: 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60; staff: 优秀 ≥ 90, 称职 ≥ 70, 基本称职 ≥ 60.
    const SchemeKind u = SchemeKind::Unit;
    const SchemeKind st = SchemeKind::Staff;
    QTest::newRow("unit 100") << u << 1000 << Grade::Excellent << "excellent"
                              << "Excellent";
    QTest::newRow("unit 90.0") << u << 900 << Grade::Excellent << "excellent"
                               << "Excellent";
    QTest::newRow("unit 89.9") << u << 899 << Grade::Good << "good"
                               << "Good";
    QTest::newRow("unit 80.0") << u << 800 << Grade::Good << "good"
                               << "Good";
    QTest::newRow("unit 79.9") << u << 799 << Grade::Pass << "pass"
                               << "Pass";
    QTest::newRow("unit 60.0") << u << 600 << Grade::Pass << "pass"
                               << "Pass";
    QTest::newRow("unit 59.9") << u << 599 << Grade::Fail << "fail"
                               << "Fail";
    QTest::newRow("unit 0") << u << 0 << Grade::Fail << "fail"
                            << "Fail";
    QTest::newRow("unit below 0 after deductions") << u << -50 << Grade::Fail << "fail"
                                                   << "Fail";
    QTest::newRow("staff 90.0") << st << 900 << Grade::Excellent << "excellent"
                                << "Excellent";
    QTest::newRow("staff 89.9") << st << 899 << Grade::Good << "competent"
                                << "Competent";
    QTest::newRow("staff 70.0") << st << 700 << Grade::Good << "competent"
                                << "Competent";
    QTest::newRow("staff 69.9") << st << 699 << Grade::Pass << "basic"
                                << "Basically competent";
    QTest::newRow("staff 60.0") << st << 600 << Grade::Pass << "basic"
                                << "Basically competent";
    QTest::newRow("staff 59.9") << st << 599 << Grade::Fail << "incompetent"
                                << "Incompetent";
}

void TestAppraisalSchemes::gradeFor()
{
    QFETCH(SchemeKind, kind);
    QFETCH(int, total);
    QFETCH(Grade, grade);
    QFETCH(QString, key);
    QFETCH(QString, title);
    const AppraisalScheme s = scheme(kind);
    QCOMPARE(SchemeRules::gradeFor(s, total), grade);
    QCOMPARE(SchemeRules::gradeKey(grade, kind), key);
    QCOMPARE(SchemeRules::gradeFromKey(key), grade);
    QCOMPARE(SchemeRules::gradeTitle(grade, kind), title);
}

void TestAppraisalSchemes::texts_data()
{
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("points");
    QTest::addColumn<QString>("permille");
    QTest::newRow("0") << 0 << "0.0"
                       << "0.0%";
    QTest::newRow("855") << 855 << "85.5"
                         << "85.5%";
    QTest::newRow("1000") << 1000 << "100.0"
                          << "100.0%";
    QTest::newRow("7") << 7 << "0.7"
                       << "0.7%";
}

void TestAppraisalSchemes::texts()
{
    QFETCH(int, value);
    QFETCH(QString, points);
    QFETCH(QString, permille);
    QCOMPARE(SchemeRules::pointsText(value), points);
    QCOMPARE(SchemeRules::permilleText(value), permille);
}

void TestAppraisalSchemes::draftSavedAndChanged()
{
    test::TestDb t;
    setNow(t, 2026, 1, 5);
    const core::Actor chief = t.addUser("liuke", Role::SectionChief);
    SchemeStore store(t.db());
    int n = auditCount(t);
    auto id = store.saveDraft(chief, scheme(SchemeKind::Unit));
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(auditCount(t), n + 1);
    Last l = lastEntry(t);
    QCOMPARE(l.action, QStringLiteral("appraisal_scheme.save"));
    QVERIFY(l.after.contains(QStringLiteral("2026年度优抚工作目标管理考核方案")));

    auto read = store.byId(id.value());
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(read->status, SchemeStatus::Draft);
    QCOMPARE(read->draftedBy, chief.userId);
    QCOMPARE(read->indicators.size(), SchemeRules::defaultIndicators(SchemeKind::Unit).size());
    QCOMPARE(read->indicators.first().title,
             SchemeRules::indicatorTitle(read->indicators.first().code));

    AppraisalScheme changed = read.value();
    changed.title = QStringLiteral("2026年度优抚工作考核方案（修订）");
    changed.indicators[0].weight -= 50;
    changed.indicators[1].weight += 50;
    changed.vetoSeriousEffect = false;
    n = auditCount(t);
    auto again = store.saveDraft(chief, changed);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again.value(), id.value());
    QCOMPARE(auditCount(t), n + 1);
    l = lastEntry(t);
    QVERIFY(l.before.contains(QStringLiteral("2026年度优抚工作目标管理考核方案")));
    QVERIFY(l.after.contains(QStringLiteral("（修订）")));
    QVERIFY(l.before.contains(QStringLiteral("\"veto_serious_effect\":true")));
    QVERIFY(l.after.contains(QStringLiteral("\"veto_serious_effect\":false")));
    read = store.byId(id.value());
    QCOMPARE(read->indicators[1].weight, changed.indicators[1].weight);
    QVERIFY(!read->vetoSeriousEffect);

    // A scheme keeps its year and kind.
    changed.year = 2027;
    QVERIFY(!store.saveDraft(chief, changed));
}

void TestAppraisalSchemes::badDraftRefused()
{
    test::TestDb t;
    const core::Actor chief = t.addUser("liuke", Role::SectionChief);
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    SchemeStore store(t.db());
    const int n = auditCount(t);
    AppraisalScheme s = scheme(SchemeKind::Unit);
    s.indicators[0].weight -= 10;
    auto id = store.saveDraft(chief, s);
    QVERIFY(!id);
    QVERIFY(id.error().contains(QStringLiteral("99.0 points")));
    QVERIFY(!store.saveDraft(clerk, scheme(SchemeKind::Unit))); // no ManageAppraisal
    QCOMPARE(auditCount(t), n);
    QCOMPARE(store.list()->size(), 0);
}

void TestAppraisalSchemes::approveOnlyByDirectorNotDrafter()
{
    test::TestDb t;
    setNow(t, 2026, 1, 5);
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    const core::Actor chief = t.addUser("liuke", Role::SectionChief);
    const core::Actor both = t.addUser("zhaoju", Role::SectionChief | Role::Director);
    const core::Actor director = t.addUser("wangju", Role::Director);
    SchemeStore store(t.db());
    auto id = store.saveDraft(both, scheme(SchemeKind::Unit));
    QVERIFY2(id, qPrintable(id.error()));
    const int n = auditCount(t);
    QVERIFY(!store.approve(clerk, id.value()));
    QVERIFY(!store.approve(chief, id.value()));
    const core::Status own = store.approve(both, id.value());
    QVERIFY(!own);
    QVERIFY(own.error().contains(QStringLiteral("drafted")));
    QCOMPARE(auditCount(t), n);
    QCOMPARE(store.byId(id.value())->status, SchemeStatus::Draft);

    setNow(t, 2026, 1, 8);
    const core::Status ok = store.approve(director, id.value());
    QVERIFY2(ok, qPrintable(ok.error()));
    QCOMPARE(auditCount(t), n + 1);
    QCOMPARE(lastEntry(t).action, QStringLiteral("appraisal_scheme.approve"));
    auto s = store.byId(id.value());
    QCOMPARE(s->status, SchemeStatus::Approved);
    QCOMPARE(s->approvedBy, director.userId);
    QCOMPARE(s->approvedAt.toLocalTime().date(), QDate(2026, 1, 8));
    QVERIFY(!store.approve(director, id.value())); // approved already
    QCOMPARE(store.forYear(2026, SchemeKind::Unit)->id, id.value());
    QCOMPARE(store.forYear(2026, SchemeKind::Staff)->id, qint64(0));
}

void TestAppraisalSchemes::frozenSchemeCannotChange()
{
    test::TestDb t;
    const core::Actor chief = t.addUser("liuke", Role::SectionChief);
    const core::Actor director = t.addUser("wangju", Role::Director);
    SchemeStore store(t.db());
    auto id = store.saveDraft(chief, scheme(SchemeKind::Unit));
    QVERIFY(id);
    QVERIFY(store.approve(director, id.value()));
    const int n = auditCount(t);

    AppraisalScheme s = store.byId(id.value()).value();
    s.title = QStringLiteral("改过的标题");
    auto refused = store.saveDraft(chief, s);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("approved and can no longer change")),
             qPrintable(refused.error()));
    QCOMPARE(auditCount(t), n);

    const QString sid = QString::number(id.value());
    QVERIFY(execFails(t, "UPDATE appraisal_schemes SET title = 'x' WHERE id = " + sid));
    QVERIFY(execFails(t, "UPDATE appraisal_schemes SET status = 'draft', approved_by = NULL, "
                         "approved_at = NULL WHERE id = " +
                             sid));
    QVERIFY(execFails(t, "DELETE FROM appraisal_schemes WHERE id = " + sid));
    QVERIFY(execFails(t, "UPDATE appraisal_indicators SET weight = weight + 1 WHERE scheme_id = " +
                             sid));
    QVERIFY(execFails(t, "DELETE FROM appraisal_indicators WHERE scheme_id = " + sid));
    QVERIFY(execFails(t, "INSERT INTO appraisal_indicators (scheme_id, ord, code, title, weight, "
                         "target) VALUES (" +
                             sid + ", 99, 'extra', 'x', 0, 1)"));
    const AppraisalScheme after = store.byId(id.value()).value();
    QCOMPARE(after.title, scheme(SchemeKind::Unit).title);
    QCOMPARE(after.indicators.size(), SchemeRules::defaultIndicators(SchemeKind::Unit).size());
    QCOMPARE(after.status, SchemeStatus::Approved);
}

void TestAppraisalSchemes::copyToNextYear()
{
    test::TestDb t;
    const core::Actor chief = t.addUser("liuke", Role::SectionChief);
    const core::Actor director = t.addUser("wangju", Role::Director);
    SchemeStore store(t.db());
    AppraisalScheme source = scheme(SchemeKind::Staff, 2025);
    source.vetoGroup = false;
    auto id = store.saveDraft(chief, source);
    QVERIFY(id);
    QVERIFY(store.approve(director, id.value()));
    const int n = auditCount(t);
    QVERIFY(!store.copyToYear(director, id.value(), 2026)); // the director does not draft
    auto copy = store.copyToYear(chief, id.value(), 2026);
    QVERIFY2(copy, qPrintable(copy.error()));
    QCOMPARE(auditCount(t), n + 1);
    const Last l = lastEntry(t);
    QCOMPARE(l.action, QStringLiteral("appraisal_scheme.copy"));
    QVERIFY(l.after.contains(QStringLiteral("\"copied_from\":%1").arg(id.value())));

    AppraisalScheme c = store.byId(copy.value()).value();
    QCOMPARE(c.year, 2026);
    QCOMPARE(c.kind, SchemeKind::Staff);
    QCOMPARE(c.status, SchemeStatus::Draft);
    QCOMPARE(c.copiedFrom, id.value());
    QCOMPARE(c.title, QStringLiteral("2026年度优抚工作目标管理考核方案"));
    QCOMPARE(c.basis, source.basis);
    QCOMPARE(c.goodAt, 700);
    QVERIFY(!c.vetoGroup);
    QCOMPARE(c.indicators.size(), source.indicators.size());
    for (int i = 0; i < c.indicators.size(); ++i) {
        QCOMPARE(c.indicators[i].code, source.indicators[i].code);
        QCOMPARE(c.indicators[i].weight, source.indicators[i].weight);
        QCOMPARE(c.indicators[i].target, source.indicators[i].target);
        QCOMPARE(c.indicators[i].days, source.indicators[i].days);
    }
    // The copy is an editable draft; the source stays as it was.
    c.indicators[0].target = 900;
    QVERIFY(store.saveDraft(chief, c));
    QCOMPARE(store.byId(copy.value())->indicators[0].target, 900);
    QCOMPARE(store.byId(id.value())->indicators[0].target, source.indicators[0].target);
    // 2026 has its staff scheme now.
    QVERIFY(!store.copyToYear(chief, id.value(), 2026));
    QVERIFY(!store.copyToYear(chief, 424242, 2027));
}

void TestAppraisalSchemes::secondSchemeForYearRefused()
{
    test::TestDb t;
    const core::Actor chief = t.addUser("liuke", Role::SectionChief);
    SchemeStore store(t.db());
    QVERIFY(store.saveDraft(chief, scheme(SchemeKind::Unit)));
    const int n = auditCount(t);
    auto second = store.saveDraft(chief, scheme(SchemeKind::Unit));
    QVERIFY(!second);
    QVERIFY2(second.error().contains(QStringLiteral("already")), qPrintable(second.error()));
    QCOMPARE(auditCount(t), n);
    QVERIFY(store.saveDraft(chief, scheme(SchemeKind::Staff)));
    QVERIFY(store.saveDraft(chief, scheme(SchemeKind::Unit, 2027)));
    auto all = store.list();
    QVERIFY(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->first().year, 2027); // newest first
}

void TestAppraisalSchemes::townshipMoves()
{
    test::TestDb t;
    setNow(t, 2026, 3, 2);
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    const qint64 id = addPerson(t, clerk, QStringLiteral("李建国"), 11);
    QVERIFY(id > 0);
    core::PersonStore persons(t.db());
    auto moves = [&t, id] {
        QSqlQuery q(t.db().connection());
        q.prepare("SELECT from_code, to_code, moved_on, created_by FROM person_township_moves "
                  "WHERE person_id = ? ORDER BY id");
        q.addBindValue(id);
        q.exec();
        QStringList out;
        while (q.next())
            out << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString()}
                       .join(QLatin1Char(' '));
        return out;
    };
    // A change that keeps the township writes no move.
    core::PersonDraft d = persons.byId(id)->toDraft();
    d.address = QStringLiteral("城关镇建设路 8 号");
    QVERIFY(persons.update(clerk, id, d).status);
    QCOMPARE(moves().size(), 0);

    setNow(t, 2026, 6, 15);
    d.townshipCode = kT2;
    int n = auditCount(t);
    auto r = persons.update(clerk, id, d);
    QVERIFY2(r.status, qPrintable(r.status.error()));
    QCOMPARE(auditCount(t), n + 1); // the move is part of the one audited change
    const Last l = lastEntry(t);
    QCOMPARE(l.action, QStringLiteral("person.update"));
    QVERIFY(l.after.contains(QStringLiteral("\"moved_on\":\"2026-06-15\"")));
    const QString by = QString::number(clerk.userId);
    QCOMPARE(moves(), QStringList{QStringLiteral("%1 %2 2026-06-15 %3").arg(kT1, kT2, by)});

    setNow(t, 2026, 9, 1);
    d.townshipCode = kT1;
    QVERIFY(persons.update(clerk, id, d).status);
    QCOMPARE(moves(), (QStringList{QStringLiteral("%1 %2 2026-06-15 %3").arg(kT1, kT2, by),
                                   QStringLiteral("%1 %2 2026-09-01 %3").arg(kT2, kT1, by)}));
    // A refused change moves nobody.
    d.townshipCode = QStringLiteral("430581999");
    QVERIFY(!persons.update(clerk, id, d).status);
    QCOMPARE(moves().size(), 2);
}

void TestAppraisalSchemes::seriousEffect()
{
    test::TestDb t;
    setNow(t, 2026, 5, 6);
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    const core::Actor chief = t.addUser("liuke", Role::SectionChief);
    const core::Actor director = t.addUser("wangju", Role::Director, QStringLiteral("王局长"));
    core::PetitionCase c;
    c.receivedAt = QDateTime(QDate(2026, 5, 3), QTime(9, 30));
    c.channel = core::PetitionChannel::Visit;
    c.subject = core::PetitionSubject::Benefit;
    c.townshipCode = kT1;
    core::Petitioner who;
    who.name = QStringLiteral("陈某");
    c.petitioners << who;
    c.summary = QStringLiteral("反映抚恤金发放问题");
    auto caseId = core::PetitionStore(t.db()).registerCase(clerk, c);
    QVERIFY2(caseId, qPrintable(caseId.error()));

    core::SeriousEffectStore store(t.db());
    QVERIFY(!store.isSerious(caseId.value()));
    int n = auditCount(t);
    QVERIFY(!store.mark(clerk, caseId.value(), true, QStringLiteral("造成不良舆情")));
    QVERIFY(!store.mark(chief, caseId.value(), true, QStringLiteral("造成不良舆情")));
    const core::Status noReason = store.mark(director, caseId.value(), true, QStringLiteral(" "));
    QVERIFY(!noReason);
    QVERIFY(noReason.error().contains(QStringLiteral("Say why")));
    QVERIFY(!store.mark(director, 424242, true, QStringLiteral("x")));
    QCOMPARE(auditCount(t), n);
    QVERIFY(!store.isSerious(caseId.value()));

    const core::Status ok =
        store.mark(director, caseId.value(), true, QStringLiteral("在网络上造成不良舆情"));
    QVERIFY2(ok, qPrintable(ok.error()));
    QCOMPARE(auditCount(t), n + 1);
    Last l = lastEntry(t);
    QCOMPARE(l.action, QStringLiteral("petition.serious_effect"));
    QVERIFY(l.before.contains(QStringLiteral("\"serious_effect\":false")));
    QVERIFY(l.after.contains(QStringLiteral("在网络上造成不良舆情")));
    QVERIFY(store.isSerious(caseId.value()));
    auto mark = store.read(caseId.value());
    QVERIFY(mark);
    QCOMPARE(mark->byUserId, director.userId);
    QCOMPARE(mark->byName, QStringLiteral("王局长"));
    QCOMPARE(mark->on, QDate(2026, 5, 6));
    QVERIFY(!store.mark(director, caseId.value(), true, QStringLiteral("again")));

    n = auditCount(t);
    QVERIFY(store.mark(director, caseId.value(), false, QStringLiteral("经核实，影响已消除")));
    QCOMPARE(auditCount(t), n + 1);
    QVERIFY(!store.isSerious(caseId.value()));
    QCOMPARE(store.read(caseId.value())->byUserId, qint64(0));
}

void TestAppraisalSchemes::demoSeedsSchemesAndMoves()
{
    test::TestDb t;
    setNow(t, 2026, 11, 20);
    const core::Actor clerk = t.addUser("zhangli", Role::Clerk);
    const core::Actor chief = t.addUser("liuke", Role::SectionChief);
    const core::Actor director = t.addUser("wangju", Role::Director);
    const QStringList names =
        QStringLiteral("李建国 王秀英 张德明 刘桂兰 陈志强 杨玉梅 赵国华 黄淑珍 周建军 "
                       "吴春花 徐长林 孙丽华")
            .split(QLatin1Char(' '));
    for (int i = 0; i < names.size(); ++i)
        QVERIFY(addPerson(t, clerk, names.at(i), 100 + i, i % 2 ? kT1 : kT2) > 0);
    auto counts = core::AppraisalDemo::seed(t.db(), clerk, chief, director, 2026);
    QVERIFY2(counts, qPrintable(counts.error()));
    QCOMPARE(counts->schemes, 4);
    QVERIFY(counts->moves >= 3);
    SchemeStore store(t.db());
    for (int year : {2025, 2026}) {
        for (SchemeKind kind : {SchemeKind::Unit, SchemeKind::Staff}) {
            auto s = store.forYear(year, kind);
            QVERIFY(s && s->id > 0);
            QCOMPARE(s->status, SchemeStatus::Approved);
            QVERIFY(s->title.startsWith(QString::number(year)));
            QVERIFY(s->basis.contains(QStringLiteral("示例")));
            QVERIFY(SchemeRules::problems(s.value()).isEmpty());
            QCOMPARE(s->draftedBy, chief.userId);
            QCOMPARE(s->approvedBy, director.userId);
            QCOMPARE(s->approvedAt.toLocalTime().date(), QDate(year, 1, 12));
        }
    }
    QCOMPARE(store.forYear(2026, SchemeKind::Staff)->goodAt, 700);
    QCOMPARE(store.forYear(2026, SchemeKind::Unit)->goodAt, 800);
    QSqlQuery q(t.db().connection());
    q.exec("SELECT COUNT(*), MIN(moved_on), MAX(moved_on) FROM person_township_moves");
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), counts->moves);
    QVERIFY(q.value(1).toString().startsWith(QStringLiteral("2026-0")));
    QVERIFY(q.value(2).toString() < QStringLiteral("2026-11-20"));
    // The clock is given back.
    QCOMPARE(t.db().clock().today(), QDate(2026, 11, 20));
}

namespace {
// Stands for the Chinese translation: every SchemeRules text comes back marked.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* = nullptr,
                      int = -1) const override
    {
        if (QLatin1String(context) != QLatin1String("youfu::core::SchemeRules"))
            return QString();
        return QStringLiteral("«%1»").arg(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};
} // namespace

// A scheme drafted in an English session stored its default titles in English: they are shown
// in the reader's language; a title of the chief's own is shown as written.
void TestAppraisalSchemes::shownTitle_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("shown");
    QTest::newRow("no title") << "zero_report_rate"
                              << ""
                              << "«Zero reports made»";
    QTest::newRow("the default, stored in English") << "zero_report_rate"
                                                    << "Zero reports made"
                                                    << "«Zero reports made»";
    QTest::newRow("the default, stored with spaces") << "visits_made"
                                                     << " Visits made "
                                                     << "«Visits made»";
    QTest::newRow("the chief's own title") << "zero_report_rate"
                                           << "零报告按日上报"
                                           << "零报告按日上报";
    QTest::newRow("another indicator's default stays") << "zero_report_rate"
                                                       << "Visits made"
                                                       << "Visits made";
    QTest::newRow("an unknown code without title") << "something_new"
                                                   << ""
                                                   << "something_new";
    QTest::newRow("an unknown code with a title") << "something_new"
                                                  << "新指标"
                                                  << "新指标";
}

void TestAppraisalSchemes::shownTitle()
{
    QFETCH(QString, code);
    QFETCH(QString, stored);
    QFETCH(QString, shown);
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    AppraisalIndicator i;
    i.code = code;
    i.title = stored;
    const QString got = SchemeRules::shownTitle(i);
    QCoreApplication::removeTranslator(&marking);
    QCOMPARE(got, shown);
}

QTEST_GUILESS_MAIN(TestAppraisalSchemes)
#include "tst_appraisalschemes.moc"
