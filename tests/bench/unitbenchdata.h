#pragma once
// The records a year-end township appraisal reads, at county scale, written fast with bulk SQL
// in one transaction (a benchmark's data, not the stores' way): `years` years up to the
// database's today of daily zero reports (a few missing or late), `cases` letters-and-visits
// cases (some group or beyond-level), a quarterly visit schedule of every tenth person, a few
// thousand persons who moved township mid-year, township workers and their training, and
// monthly payment rolls with their failed lines, re-issued in time or late. Persons and their
// archives come from DemoGenerator beforehand. Header-only.

#include "common/isotime.h"
#include "db/database.h"

#include <QDate>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace youfu::bench {

class UnitBenchData
{
public:
    UnitBenchData(core::Database& db, qint64 userId) : m_db(db), m_user(userId) {}

    // "" on success, else what failed.
    QString generate(int cases, int years)
    {
        QSqlDatabase c = m_db.connection();
        m_today = m_db.clock().today();
        m_first = QDate(m_today.year() - years + 1, 1, 1);
        QSqlQuery q(c);
        q.exec(QStringLiteral("SELECT code FROM townships WHERE active = 1"));
        while (q.next())
            m_townships << q.value(0).toString();
        q.exec(QStringLiteral("SELECT id, township_code FROM persons ORDER BY id"));
        while (q.next()) {
            m_persons << q.value(0).toLongLong();
            m_personTownship << q.value(1).toString();
        }
        if (m_townships.isEmpty() || m_persons.isEmpty())
            return QStringLiteral("no townships or persons");
        c.transaction();
        for (auto step :
             {&UnitBenchData::zeroReports, &UnitBenchData::petitions, &UnitBenchData::visits,
              &UnitBenchData::moves, &UnitBenchData::training, &UnitBenchData::payments}) {
            if (!((this->*step)(cases))) {
                c.rollback();
                return m_error;
            }
        }
        c.commit();
        return QString();
    }

private:
    bool run(QSqlQuery& q, const QVariantList& values)
    {
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (q.exec())
            return true;
        m_error = q.lastQuery() + QStringLiteral(": ") + q.lastError().text();
        return false;
    }
    QString township() { return m_townships.at(int(m_rng.bounded(quint32(m_townships.size())))); }
    QString stamp(const QDate& d, int hour) const
    {
        return QDateTime(d, QTime(hour, 0)).toString(Qt::ISODate);
    }

    bool zeroReports(int)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO zero_reports (township_code, report_day, "
                                 "received_at, nothing_to_report, created_at, updated_at) "
                                 "VALUES (?,?,?,1,?,?)"));
        const QString now = core::toIsoUtc(m_db.clock().nowUtc());
        for (const QString& t : m_townships) {
            for (QDate d = m_first; d < m_today; d = d.addDays(1)) {
                const int roll = int(m_rng.bounded(100));
                if (roll < 3)
                    continue; // missing
                const QDate on = d.addDays(roll < 8 ? 2 : 1);
                if (!run(q, {t, core::toIsoDate(d), stamp(on, 9), now, now}))
                    return false;
            }
        }
        return true;
    }

    bool petitions(int cases)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO petition_cases (number, number_year, number_seq, received_at, channel, "
            "subject, township_code, is_group, beyond_level, status, decided_on, answered_on, "
            "satisfaction, created_at, updated_at) VALUES (?,?,?,?,'visit','benefit',?,?,?,?,?,"
            "?,?,?,?)"));
        const int span = int(m_first.daysTo(m_today));
        QHash<int, int> seqOf;
        static const char* const views[] = {"satisfied", "basically", "dissatisfied", "no_view"};
        for (int i = 0; i < cases; ++i) {
            const QDate received = m_first.addDays(int(m_rng.bounded(span)));
            const int seq = ++seqOf[received.year()];
            const int roll = int(m_rng.bounded(1000));
            const bool decided = roll >= 30;
            const QDate decidedOn = received.addDays(int(m_rng.bounded(20)));
            const bool answered = decided && roll >= 120;
            const QDate answeredOn = decidedOn.addDays(int(m_rng.bounded(75)));
            const QString at = stamp(received, 9);
            if (!run(q,
                     {QStringLiteral("XF%1-%2")
                          .arg(received.year())
                          .arg(seq, 5, 10, QLatin1Char('0')),
                      received.year(), seq, at, township(), roll < 10 ? 1 : 0,
                      roll >= 990 ? QStringLiteral("city") : QStringLiteral(""),
                      answered  ? QStringLiteral("answered")
                      : decided ? QStringLiteral("accepted")
                                : QStringLiteral("registered"),
                      decided ? QVariant(core::toIsoDate(decidedOn)) : QVariant(),
                      answered ? QVariant(core::toIsoDate(answeredOn)) : QVariant(),
                      answered ? QString::fromLatin1(views[m_rng.bounded(4)]) : QStringLiteral(""),
                      at, at}))
                return false;
        }
        return true;
    }

    bool visits(int)
    {
        QSqlQuery plan(m_db.connection());
        plan.prepare(QStringLiteral("INSERT INTO visit_plans (title, rhythm, start_date, "
                                    "created_at, updated_at) VALUES ('重点对象季度走访', "
                                    "'quarterly', ?, ?, ?)"));
        if (!run(plan, {core::toIsoDate(m_first), stamp(m_first, 8), stamp(m_first, 8)}))
            return false;
        const qint64 planId = plan.lastInsertId().toLongLong();
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO visit_schedule (plan_id, person_id, due, state, "
                                 "done_on, sort_name, township_code) VALUES (?,?,?,?,?,'',?)"));
        for (int i = 0; i < m_persons.size(); i += 10) {
            for (QDate due = m_first.addMonths(3).addDays(-1); due.year() <= m_today.year();
                 due = QDate(due.year(), due.month(), 1).addMonths(4).addDays(-1)) {
                const bool done = due < m_today && m_rng.bounded(100) < 88;
                if (!run(q, {planId, m_persons[i], core::toIsoDate(due),
                             done ? QStringLiteral("done") : QStringLiteral("open"),
                             done ? QVariant(core::toIsoDate(due.addDays(-5))) : QVariant(),
                             m_personTownship[i]}))
                    return false;
            }
        }
        return true;
    }

    bool moves(int)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO person_township_moves (person_id, from_code, "
                                 "to_code, moved_on, created_at) VALUES (?,?,?,?,?)"));
        const int span = int(m_first.daysTo(m_today));
        for (int i = 5; i < m_persons.size(); i += 70) {
            const QString from = township();
            if (from == m_personTownship[i])
                continue;
            const QDate on = m_first.addDays(int(m_rng.bounded(span)));
            if (!run(q,
                     {m_persons[i], from, m_personTownship[i], core::toIsoDate(on), stamp(on, 10)}))
                return false;
        }
        return true;
    }

    bool training(int)
    {
        QSqlQuery staff(m_db.connection());
        staff.prepare(QStringLiteral("INSERT INTO info_staff (township_code, name, since, duty, "
                                     "created_at) VALUES (?,?,?,'care',?)"));
        QList<qint64> workers;
        for (const QString& t : m_townships) {
            for (int k = 0; k < 2; ++k) {
                if (!run(staff, {t, QStringLiteral("专干%1-%2").arg(t).arg(k),
                                 core::toIsoDate(m_first), stamp(m_first, 8)}))
                    return false;
                workers << staff.lastInsertId().toLongLong();
            }
        }
        QSqlQuery session(m_db.connection());
        session.prepare(QStringLiteral("INSERT INTO training_sessions (held_on, topic, minutes, "
                                       "kind, held, created_at, updated_at) VALUES "
                                       "(?, '业务培训', 180, 'annual_township', 1, ?, ?)"));
        QSqlQuery who(m_db.connection());
        who.prepare(QStringLiteral("INSERT INTO training_attendees (session_id, staff_id, name, "
                                   "attended) VALUES (?,?,'专干',?)"));
        for (int y = m_first.year(); y <= m_today.year(); ++y) {
            const QDate on(y, 4, 15);
            if (!run(session, {core::toIsoDate(on), stamp(on, 8), stamp(on, 8)}))
                return false;
            const qint64 id = session.lastInsertId().toLongLong();
            for (qint64 w : workers) {
                if (!run(who, {id, w, m_rng.bounded(100) < 90 ? 1 : 0}))
                    return false;
            }
        }
        return true;
    }

    bool payments(int)
    {
        QSqlQuery roll(m_db.connection());
        roll.prepare(QStringLiteral("INSERT INTO payment_rolls (kind, month, title, drafted_by, "
                                    "drafted_at, updated_at) VALUES (?,?,?,?,?,?)"));
        QSqlQuery approve(m_db.connection());
        approve.prepare(QStringLiteral("UPDATE payment_rolls SET state = 'approved' WHERE id = ?"));
        QSqlQuery line(m_db.connection());
        line.prepare(QStringLiteral(
            "INSERT INTO payment_lines (roll_id, seq, person_id, person_name, township_code, "
            "township_name, categories_text, amount_fen, reissue_of) "
            "VALUES (?,?,?,'优抚对象',?,'乡镇','在乡复员军人',150000,?)"));
        QSqlQuery ret(m_db.connection());
        ret.prepare(QStringLiteral("INSERT INTO bank_returns (roll_id, file_name, sha256, "
                                   "imported_at, imported_by) VALUES (?,'return.csv','x',?,?)"));
        QSqlQuery fail(m_db.connection());
        fail.prepare(QStringLiteral("UPDATE payment_lines SET state = 'failed', fail_reason = "
                                    "'账户已销户', return_id = ? WHERE id = ?"));
        QSqlQuery paid(m_db.connection());
        paid.prepare(QStringLiteral(
            "UPDATE payment_lines SET state = 'paid', paid_on = ? WHERE roll_id = ?"));
        QSqlQuery link(m_db.connection());
        link.prepare(QStringLiteral("UPDATE payment_lines SET reissued_by = ? WHERE id = ?"));
        // A month's roll: 1 line in 200 persons (the failures are what the appraisal reads),
        // 1 in 10 of them failed; each failure re-issued 5 to 45 days later.
        for (QDate m(m_first.year(), m_first.month(), 1); m < m_today; m = m.addMonths(1)) {
            const QString month = m.toString(QStringLiteral("yyyy-MM"));
            if (!run(roll,
                     {QStringLiteral("regular"), month, month, m_user, stamp(m, 8), stamp(m, 8)}))
                return false;
            const qint64 rollId = roll.lastInsertId().toLongLong();
            QList<qint64> lines;
            int seq = 0;
            for (int i = int(m_rng.bounded(200)); i < m_persons.size(); i += 200) {
                if (!run(line, {rollId, ++seq, m_persons[i], m_personTownship[i], QVariant()}))
                    return false;
                if (m_rng.bounded(10) == 0)
                    lines << line.lastInsertId().toLongLong() << i;
            }
            if (!run(approve, {rollId}))
                return false;
            const QDate failedOn = m.addDays(10);
            if (!run(ret, {rollId, core::toIsoUtc(QDateTime(failedOn, QTime(9, 0))), m_user}))
                return false;
            const qint64 returnId = ret.lastInsertId().toLongLong();
            for (int k = 0; k < lines.size(); k += 2) {
                if (!run(fail, {returnId, lines[k]}))
                    return false;
            }
            // The re-issue roll of the month's failures.
            if (!run(roll,
                     {QStringLiteral("reissue"), month, month, m_user, stamp(m, 8), stamp(m, 8)}))
                return false;
            const qint64 reissueRoll = roll.lastInsertId().toLongLong();
            QList<qint64> reissued;
            seq = 0;
            for (int k = 0; k < lines.size(); k += 2) {
                const int i = int(lines[k + 1]);
                if (!run(line, {reissueRoll, ++seq, m_persons[i], m_personTownship[i], lines[k]}))
                    return false;
                reissued << line.lastInsertId().toLongLong();
            }
            if (!run(approve, {reissueRoll}))
                return false;
            const QDate paidOn = failedOn.addDays(5 + int(m_rng.bounded(40)));
            if (paidOn < m_today && !run(paid, {core::toIsoDate(paidOn), reissueRoll}))
                return false;
            for (int k = 0; k < reissued.size(); ++k) {
                if (!run(link, {reissued[k], lines[2 * k]}))
                    return false;
            }
        }
        return true;
    }

    core::Database& m_db;
    qint64 m_user;
    QRandomGenerator m_rng{2026};
    QDate m_today;
    QDate m_first;
    QStringList m_townships;
    QList<qint64> m_persons;
    QStringList m_personTownship;
    QString m_error;
};

} // namespace youfu::bench
