#include "township/zeroreportstore.h"

#include "db/auditedwrite.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "db/sqlvalues.h"
#include "security/permission.h"
#include "settings/settingsstore.h"
#include "township/zeroreportrules.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::ZeroReportStore)
};

QString localIso(const QDateTime& t)
{
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QDateTime fromLocalIso(const QString& s)
{
    return QDateTime::fromString(s, QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QJsonObject json(const ZeroReport& r)
{
    QJsonObject o{{QStringLiteral("township"), r.townshipCode},
                  {QStringLiteral("day"), toIsoDate(r.day)},
                  {QStringLiteral("received_at"), localIso(r.receivedAt)},
                  {QStringLiteral("channel"), ZeroReportRules::channelKey(r.channel)},
                  {QStringLiteral("nothing"), r.nothing},
                  {QStringLiteral("reporter"), r.reporter}};
    if (!r.note.isEmpty())
        o.insert(QStringLiteral("note"), r.note);
    QJsonArray items;
    for (const ZeroReportItem& it : r.items) {
        QJsonArray persons;
        for (qint64 id : it.personIds)
            persons.append(QString::number(id));
        QJsonObject i{{QStringLiteral("summary"), it.summary},
                      {QStringLiteral("outcome"), ZeroReportRules::outcomeKey(it.outcome)},
                      {QStringLiteral("persons"), persons}};
        if (it.outcome == ZeroOutcome::Case)
            i.insert(QStringLiteral("case_id"), QString::number(it.caseId));
        if (it.outcome == ZeroOutcome::Warning)
            i.insert(QStringLiteral("warning_id"), QString::number(it.warningId));
        items.append(i);
    }
    if (!items.isEmpty())
        o.insert(QStringLiteral("items"), items);
    return o;
}

ZeroReport cleaned(const ZeroReport& in)
{
    ZeroReport r = in;
    r.townshipCode = r.townshipCode.trimmed();
    r.reporter = r.reporter.trimmed();
    r.note = r.note.trimmed();
    for (ZeroReportItem& it : r.items) {
        it.summary = it.summary.trimmed();
        if (it.outcome != ZeroOutcome::Case)
            it.caseId = 0;
        if (it.outcome != ZeroOutcome::Warning)
            it.warningId = 0;
    }
    return r;
}

// Whether a row with this id exists in `table` (a fixed name from this file).
Result<bool> exists(Database& db, const char* table, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    q.addBindValue(id);
    if (Status s = runQuery(q); !s)
        return s;
    return q.next();
}

// What the rules cannot know: the township is active, the persons, cases and warnings exist.
Status checkReferences(Database& db, const ZeroReport& r)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT name FROM townships WHERE code = ? AND active = 1"));
    q.addBindValue(r.townshipCode);
    if (Status s =
            runSingle(q, Tr::tr("There is no township %1 in the registry.").arg(r.townshipCode));
        !s)
        return s;
    for (int i = 0; i < r.items.size(); ++i) {
        const ZeroReportItem& it = r.items.at(i);
        for (qint64 p : it.personIds) {
            auto e = exists(db, "persons", p);
            if (!e)
                return e.status();
            if (!e.value())
                return Status::failure(
                    Tr::tr("Item %1 names a person who is not in the registry.").arg(i + 1));
        }
        if (it.caseId > 0) {
            auto e = exists(db, "petition_cases", it.caseId);
            if (!e)
                return e.status();
            if (!e.value())
                return Status::failure(Tr::tr("Item %1: there is no such case.").arg(i + 1));
        }
        if (it.warningId > 0) {
            auto e = exists(db, "warning_reports", it.warningId);
            if (!e)
                return e.status();
            if (!e.value())
                return Status::failure(Tr::tr("Item %1: there is no such warning.").arg(i + 1));
        }
    }
    return Status::success();
}

Status writeItems(Database& db, qint64 reportId, const QList<ZeroReportItem>& items)
{
    for (int i = 0; i < items.size(); ++i) {
        const ZeroReportItem& it = items.at(i);
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("INSERT INTO zero_report_items (report_id, ord, summary, "
                                 "outcome, case_id, warning_id) VALUES (?,?,?,?,?,?)"));
        q.addBindValue(reportId);
        q.addBindValue(i + 1);
        q.addBindValue(it.summary);
        q.addBindValue(ZeroReportRules::outcomeKey(it.outcome));
        q.addBindValue(idOrNull(it.caseId));
        q.addBindValue(idOrNull(it.warningId));
        if (Status s = runQuery(q); !s)
            return s;
        const qint64 itemId = q.lastInsertId().toLongLong();
        QSet<qint64> seen;
        for (qint64 p : it.personIds) {
            if (seen.contains(p))
                continue;
            seen.insert(p);
            QSqlQuery pq(db.connection());
            pq.prepare(QStringLiteral(
                "INSERT INTO zero_report_item_persons (item_id, person_id) VALUES (?, ?)"));
            pq.addBindValue(itemId);
            pq.addBindValue(p);
            if (Status s = runQuery(pq); !s)
                return s;
        }
    }
    return Status::success();
}

Status deleteItems(Database& db, qint64 reportId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM zero_report_item_persons WHERE item_id IN (SELECT id "
                             "FROM zero_report_items WHERE report_id = ?)"));
    q.addBindValue(reportId);
    if (Status s = runQuery(q); !s)
        return s;
    QSqlQuery d(db.connection());
    d.prepare(QStringLiteral("DELETE FROM zero_report_items WHERE report_id = ?"));
    d.addBindValue(reportId);
    return runQuery(d);
}

Result<qint64> insertReport(Database& db, const ZeroReport& r, const Actor& actor,
                            const QDateTime& nowUtc)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM zero_reports WHERE township_code = ? AND "
                             "report_day = ?"));
    q.addBindValue(r.townshipCode);
    q.addBindValue(toIsoDate(r.day));
    if (Status s = runQuery(q); !s)
        return s;
    if (q.next())
        return Result<qint64>::failure(
            Tr::tr("The township already reported on %1: open that report to correct it.")
                .arg(chineseDate(r.day)));
    QSqlQuery ins(db.connection());
    ins.prepare(QStringLiteral(
        "INSERT INTO zero_reports (township_code, report_day, received_at, channel, "
        "nothing_to_report, "
        "reporter, note, created_at, created_by, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    ins.addBindValue(r.townshipCode);
    ins.addBindValue(toIsoDate(r.day));
    ins.addBindValue(localIso(r.receivedAt));
    ins.addBindValue(ZeroReportRules::channelKey(r.channel));
    ins.addBindValue(r.nothing ? 1 : 0);
    ins.addBindValue(textOrEmpty(r.reporter));
    ins.addBindValue(textOrEmpty(r.note));
    ins.addBindValue(toIsoUtc(nowUtc));
    ins.addBindValue(idOrNull(actor.userId));
    ins.addBindValue(toIsoUtc(nowUtc));
    if (Status s = runQuery(ins); !s)
        return s;
    const qint64 id = ins.lastInsertId().toLongLong();
    if (Status s = writeItems(db, id, r.items); !s)
        return s;
    return id;
}
} // namespace

const QString ZeroReportStore::kDeadlineSetting = QStringLiteral("zero_report.deadline_hours");

QDateTime ZeroReportStore::now() const
{
    const QDateTime local = m_db.clock().nowUtc().toLocalTime();
    // Naive local wall-clock time, as received_at is stored.
    return QDateTime(local.date(), local.time());
}

int ZeroReportStore::deadlineHours() const
{
    const QString text = SettingsStore(m_db).value(kDeadlineSetting);
    if (text.isEmpty())
        return ZeroReportRules::kDefaultDeadlineHours;
    const auto h = ZeroReportRules::parseDeadlineHours(text);
    return h ? h.value() : ZeroReportRules::kDefaultDeadlineHours;
}

Status ZeroReportStore::setDeadlineHours(const Actor& actor, int hours)
{
    const auto checked = ZeroReportRules::parseDeadlineHours(QString::number(hours));
    if (!checked)
        return checked.status();
    const int before = deadlineHours();
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ManageTownships),
        AuditNote(QStringLiteral("zero_report.deadline"), QStringLiteral("setting"),
                  kDeadlineSetting, QJsonObject{{QStringLiteral("hours"), before}},
                  QJsonObject{{QStringLiteral("hours"), hours}}),
        [&](WriteScope&) -> Status {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
            q.addBindValue(kDeadlineSetting);
            q.addBindValue(QString::number(hours));
            return runQuery(q);
        });
}

Result<qint64> ZeroReportStore::record(const Actor& actor, const ZeroReport& in)
{
    const ZeroReport r = cleaned(in);
    if (Status s = ZeroReportRules::check(r, now()); !s)
        return s;
    return AuditedWrite::produce<qint64>(
        m_db, actor, Authority::of(Permission::ManageTownships),
        {QStringLiteral("zero_report.record"), QStringLiteral("zero_reports")},
        [&](WriteScope& w) -> Result<qint64> {
            if (Status s = checkReferences(m_db, r); !s)
                return s;
            auto id = insertReport(m_db, r, actor, w.now());
            if (!id)
                return id;
            w.entry().entityId = QString::number(id.value());
            w.entry().after = json(r);
            return id;
        });
}

Result<QList<qint64>> ZeroReportStore::recordAll(const Actor& actor,
                                                 const QList<ZeroReport>& reports,
                                                 const QString& fileName)
{
    QList<ZeroReport> list;
    for (const ZeroReport& in : reports) {
        ZeroReport r = cleaned(in);
        if (Status s = ZeroReportRules::check(r, now()); !s)
            return Result<QList<qint64>>::failure(
                Tr::tr("%1 on %2: %3").arg(r.townshipCode, toIsoDate(r.day), s.error()));
        list << r;
    }
    if (list.isEmpty())
        return Result<QList<qint64>>::failure(Tr::tr("There is no report to record."));
    return AuditedWrite::produce<QList<qint64>>(
        m_db, actor, Authority::of(Permission::ManageTownships),
        {QStringLiteral("zero_report.import"), QStringLiteral("zero_reports")},
        [&](WriteScope& w) -> Result<QList<qint64>> {
            QList<qint64> ids;
            QJsonArray rows;
            for (const ZeroReport& r : list) {
                if (Status s = checkReferences(m_db, r); !s)
                    return Result<QList<qint64>>::failure(
                        Tr::tr("%1 on %2: %3").arg(r.townshipCode, toIsoDate(r.day), s.error()));
                auto id = insertReport(m_db, r, actor, w.now());
                if (!id)
                    return Result<QList<qint64>>::failure(
                        Tr::tr("%1 on %2: %3").arg(r.townshipCode, toIsoDate(r.day), id.error()));
                ids << id.value();
                QJsonObject o = json(r);
                o.insert(QStringLiteral("id"), QString::number(id.value()));
                rows.append(o);
            }
            w.entry().after = QJsonObject{{QStringLiteral("file"), fileName},
                                          {QStringLiteral("count"), ids.size()},
                                          {QStringLiteral("reports"), rows}};
            return ids;
        });
}

Status ZeroReportStore::correct(const Actor& actor, const ZeroReport& in)
{
    ZeroReport r = cleaned(in);
    if (r.id <= 0)
        return Status::failure(Tr::tr("Choose the report to correct."));
    auto before = report(r.id);
    if (!before)
        return before.status();
    r.townshipCode = before->townshipCode;
    r.day = before->day;
    if (Status s = ZeroReportRules::check(r, now()); !s)
        return s;
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::ManageTownships),
        {QStringLiteral("zero_report.correct"), QStringLiteral("zero_reports"),
         QString::number(r.id)},
        [&](WriteScope& w) -> Status {
            if (Status s = checkReferences(m_db, r); !s)
                return s;
            w.entry().before = json(before.value());
            QSqlQuery q(m_db.connection());
            q.prepare(
                QStringLiteral("UPDATE zero_reports SET received_at = ?, channel = ?, "
                               "nothing_to_report = ?, reporter = ?, note = ?, updated_at = ? "
                               "WHERE id = ?"));
            q.addBindValue(localIso(r.receivedAt));
            q.addBindValue(ZeroReportRules::channelKey(r.channel));
            q.addBindValue(r.nothing ? 1 : 0);
            q.addBindValue(textOrEmpty(r.reporter));
            q.addBindValue(textOrEmpty(r.note));
            q.addBindValue(toIsoUtc(w.now()));
            q.addBindValue(r.id);
            if (Status s = runQuery(q); !s)
                return s;
            if (Status s = deleteItems(m_db, r.id); !s)
                return s;
            if (Status s = writeItems(m_db, r.id, r.items); !s)
                return s;
            w.entry().after = json(r);
            return Status::success();
        });
}

Result<ZeroReport> ZeroReportStore::report(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT r.id, r.township_code, t.name, r.report_day, r.received_at, r.channel, "
        "r.nothing_to_report, r.reporter, r.note FROM zero_reports r JOIN townships t ON t.code = "
        "r.township_code WHERE r.id = ?"));
    q.addBindValue(id);
    if (Status s = runSingle(q, Tr::tr("There is no such zero report.")); !s)
        return s;
    ZeroReport r;
    r.id = q.value(0).toLongLong();
    r.townshipCode = q.value(1).toString();
    r.townshipName = q.value(2).toString();
    r.day = fromIsoDate(q.value(3).toString());
    r.receivedAt = fromLocalIso(q.value(4).toString());
    auto channel = ZeroReportRules::channelFromKey(q.value(5).toString());
    if (!channel)
        return channel.status();
    r.channel = channel.value();
    r.nothing = q.value(6).toInt() == 1;
    r.reporter = q.value(7).toString();
    r.note = q.value(8).toString();

    QSqlQuery iq(m_db.connection());
    iq.prepare(QStringLiteral("SELECT id, summary, outcome, case_id, warning_id FROM "
                              "zero_report_items WHERE report_id = ? ORDER BY ord"));
    iq.addBindValue(id);
    if (Status s = runQuery(iq); !s)
        return s;
    QHash<qint64, int> at;
    while (iq.next()) {
        ZeroReportItem it;
        it.id = iq.value(0).toLongLong();
        it.summary = iq.value(1).toString();
        auto outcome = ZeroReportRules::outcomeFromKey(iq.value(2).toString());
        if (!outcome)
            return outcome.status();
        it.outcome = outcome.value();
        it.caseId = iq.value(3).toLongLong();
        it.warningId = iq.value(4).toLongLong();
        at.insert(it.id, r.items.size());
        r.items << it;
    }
    QSqlQuery pq(m_db.connection());
    pq.prepare(QStringLiteral("SELECT ip.item_id, p.id, p.name FROM zero_report_item_persons ip "
                              "JOIN persons p ON p.id = ip.person_id JOIN zero_report_items i ON "
                              "i.id = ip.item_id WHERE i.report_id = ? ORDER BY ip.item_id, p.id"));
    pq.addBindValue(id);
    if (Status s = runQuery(pq); !s)
        return s;
    while (pq.next()) {
        const auto it = at.constFind(pq.value(0).toLongLong());
        if (it == at.constEnd())
            continue;
        r.items[*it].personIds << pq.value(1).toLongLong();
        r.items[*it].personNames << pq.value(2).toString();
    }
    return r;
}

Result<qint64> ZeroReportStore::reportIdOn(const QString& townshipCode, const QDate& day) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id FROM zero_reports WHERE township_code = ? AND report_day = ?"));
    q.addBindValue(townshipCode);
    q.addBindValue(toIsoDate(day));
    if (Status s = runQuery(q); !s)
        return s;
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<QSet<QString>> ZeroReportStore::existing(const QDate& from, const QDate& to) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT township_code, report_day FROM zero_reports WHERE "
                             "report_day BETWEEN ? AND ?"));
    q.addBindValue(toIsoDate(from));
    q.addBindValue(toIsoDate(to));
    if (Status s = runQuery(q); !s)
        return s;
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString() + QLatin1Char('|') + q.value(1).toString());
    return out;
}

Result<QList<Township>> ZeroReportStore::activeTownships() const
{
    QSqlQuery q(m_db.connection());
    if (Status s = runQuery(q, QStringLiteral("SELECT code, name, kind, county_code, sort_order "
                                              "FROM townships WHERE active = 1 ORDER BY "
                                              "sort_order, code"));
        !s)
        return s;
    QList<Township> out;
    while (q.next())
        out << Township{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toInt()};
    return out;
}

} // namespace youfu::core
