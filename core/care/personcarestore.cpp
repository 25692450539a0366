#include "care/personcarestore.h"

#include "care/carerules.h"
#include "common/isotime.h"
#include "db/database.h"
#include "db/sqlexec.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::PersonCareStore)
};

QString assistanceReasonTitle(const QString& key)
{
    if (key == QLatin1String("housing"))
        return Tr::tr("housing difficulty");
    if (key == QLatin1String("destitute"))
        return Tr::tr("destitute");
    if (key == QLatin1String("illness"))
        return Tr::tr("serious illness");
    if (key == QLatin1String("accident"))
        return Tr::tr("accident");
    if (key == QLatin1String("other"))
        return Tr::tr("other reason");
    return QString();
}
} // namespace

Result<QList<CareEvent>> PersonCareStore::events(qint64 personId) const
{
    QList<CareEvent> out;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "SELECT b.id, b.title, b.place, b.starts_on, b.ends_on, b.state, r.attended, "
            "r.cost_fen FROM recuperation_participants r JOIN recuperation_batches b "
            "ON b.id = r.batch_id WHERE r.person_id = ?"));
        q.addBindValue(personId);
        if (Status s = runQuery(q); !s)
            return s;
        while (q.next()) {
            CareEvent e;
            e.kind = CareEventKind::Recuperation;
            e.recordId = q.value(0).toLongLong();
            e.date = fromIsoDate(q.value(3).toString());
            const BatchState state =
                batchStateFromKey(q.value(5).toString()).value_or(BatchState::Planned);
            QString how;
            if (state == BatchState::Cancelled)
                how = Tr::tr("cancelled");
            else if (q.value(6).isNull())
                how = Tr::tr("planned");
            else
                how = q.value(6).toInt() == 1 ? Tr::tr("attended") : Tr::tr("did not come");
            e.summary = Tr::tr("%1, %2, %3 to %4 (%5)")
                            .arg(q.value(1).toString(), q.value(2).toString(), toIsoDate(e.date),
                                 q.value(4).toString(), how);
            e.amountFen = q.value(7).toLongLong();
            out.append(e);
        }
    }
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id, hospital, admitted_on, discharged_on, settled_on, "
                                 "total_fen, subsidy_fen, voided FROM medical_settlements "
                                 "WHERE person_id = ?"));
        q.addBindValue(personId);
        if (Status s = runQuery(q); !s)
            return s;
        while (q.next()) {
            CareEvent e;
            e.kind = CareEventKind::Medical;
            e.recordId = q.value(0).toLongLong();
            e.date = fromIsoDate(q.value(4).toString());
            e.summary = Tr::tr("%1, in hospital %2 to %3, total %4 yuan")
                            .arg(q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toString(), carerules::yuan(q.value(5).toLongLong()));
            if (q.value(7).toInt() == 1)
                e.summary += Tr::tr(" (voided)");
            else
                e.amountFen = q.value(6).toLongLong();
            out.append(e);
        }
    }
    {
        QSqlQuery q(m_db.connection());
        q.prepare(
            QStringLiteral("SELECT c.id, c.held_on, c.hospital, t.name, fp.finding, fp.follow_up "
                           "FROM free_clinic_persons fp JOIN free_clinics c ON c.id = fp.clinic_id "
                           "JOIN townships t ON t.code = c.township_code WHERE fp.person_id = ?"));
        q.addBindValue(personId);
        if (Status s = runQuery(q); !s)
            return s;
        while (q.next()) {
            CareEvent e;
            e.kind = CareEventKind::FreeClinic;
            e.recordId = q.value(0).toLongLong();
            e.date = fromIsoDate(q.value(1).toString());
            e.summary = Tr::tr("%1 at %2").arg(q.value(2).toString(), q.value(3).toString());
            if (!q.value(4).toString().isEmpty())
                e.summary += Tr::tr("; finding: %1").arg(q.value(4).toString());
            if (!q.value(5).toString().isEmpty())
                e.summary += Tr::tr("; follow-up: %1").arg(q.value(5).toString());
            out.append(e);
        }
    }
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "SELECT id, coalesce(number, ''), effective_date, one_off_fen, assistance_reason, "
            "decided_at FROM applications WHERE person_id = ? AND type = "
            "'temporary_assistance' AND state = 'approved'"));
        q.addBindValue(personId);
        if (Status s = runQuery(q); !s)
            return s;
        while (q.next()) {
            CareEvent e;
            e.kind = CareEventKind::TemporaryAssistance;
            e.recordId = q.value(0).toLongLong();
            e.date = fromIsoDate(q.value(2).toString());
            if (!e.date.isValid())
                e.date = fromIsoUtc(q.value(5).toString()).toLocalTime().date();
            const QString reason = assistanceReasonTitle(q.value(4).toString());
            e.summary = q.value(1).toString();
            if (!reason.isEmpty())
                e.summary = e.summary.isEmpty() ? reason : e.summary + Tr::tr(", ") + reason;
            e.amountFen = q.value(3).toLongLong();
            out.append(e);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const CareEvent& a, const CareEvent& b) {
        if (a.date != b.date)
            return a.date > b.date;
        return a.recordId > b.recordId;
    });
    return out;
}

} // namespace youfu::core
