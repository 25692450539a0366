#include "archive/archiveloanstore.h"

#include "archive/archiverules.h"
#include "archive/archivesql.h"
#include "audit/auditlog.h"
#include "common/isotime.h"
#include "db/database.h"
#include "db/sqlexec.h"
#include "db/sqlvalues.h"
#include "db/transaction.h"
#include "security/permission.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace youfu::core {

using namespace archivesql;

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::ArchiveLoanStore)
};

QJsonObject loanJson(const ArchiveLoan& l)
{
    return {{QStringLiteral("loan_id"), l.id},
            {QStringLiteral("borrower"), l.borrower},
            {QStringLiteral("unit"), l.unit},
            {QStringLiteral("purpose"), l.purpose},
            {QStringLiteral("lent_on"), toIsoDate(l.lentOn)},
            {QStringLiteral("expected_return"), toIsoDate(l.expectedReturn)},
            {QStringLiteral("returned_on"), toIsoDate(l.returnedOn)},
            {QStringLiteral("return_note"), l.returnNote}};
}
} // namespace

QList<ArchiveLoan> ArchiveLoanStore::select(const QString& where, const QVariantList& binds,
                                            const QString& order) const
{
    QList<ArchiveLoan> out;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral(
            "SELECT l.id, l.archive_id, a.archive_number, a.person_id, p.name, l.borrower, l.unit, "
            "l.purpose, l.lent_on, l.expected_return, l.returned_on, l.return_note, "
            "coalesce(u.display_name, '') FROM archive_loans l "
            "JOIN archives a ON a.id = l.archive_id JOIN persons p ON p.id = a.person_id "
            "LEFT JOIN users u ON u.id = l.lent_by WHERE ") +
        where + QStringLiteral(" ORDER BY ") + order);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return out;
    while (q.next()) {
        ArchiveLoan l;
        l.id = q.value(0).toLongLong();
        l.archiveId = q.value(1).toLongLong();
        l.archiveNumber = q.value(2).toString();
        l.personId = q.value(3).toLongLong();
        l.personName = q.value(4).toString();
        l.borrower = q.value(5).toString();
        l.unit = q.value(6).toString();
        l.purpose = q.value(7).toString();
        l.lentOn = fromIsoDate(q.value(8).toString());
        l.expectedReturn = fromIsoDate(q.value(9).toString());
        l.returnedOn = fromIsoDate(q.value(10).toString());
        l.returnNote = q.value(11).toString();
        l.lentByName = q.value(12).toString();
        out << l;
    }
    return out;
}

Result<ArchiveLoan> ArchiveLoanStore::byId(qint64 loanId) const
{
    const auto l = select(QStringLiteral("l.id = ?"), {loanId}, QStringLiteral("l.id"));
    if (l.isEmpty())
        return Result<ArchiveLoan>::failure(Tr::tr("This loan does not exist."));
    return l.first();
}

QList<ArchiveLoan> ArchiveLoanStore::ofArchive(qint64 archiveId) const
{
    return select(QStringLiteral("l.archive_id = ?"), {archiveId}, QStringLiteral("l.id DESC"));
}

QList<ArchiveLoan> ArchiveLoanStore::out() const
{
    return select(QStringLiteral("l.returned_on IS NULL"), {},
                  QStringLiteral("l.expected_return, l.id"));
}

QList<ArchiveLoan> ArchiveLoanStore::overdue() const
{
    return select(QStringLiteral("l.returned_on IS NULL AND l.expected_return < ?"),
                  {toIsoDate(m_db.clock().today())}, QStringLiteral("l.expected_return, l.id"));
}

qint64 ArchiveLoanStore::overdueCount() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT count(*) FROM archive_loans WHERE returned_on IS NULL AND expected_return < ?"));
    q.addBindValue(toIsoDate(m_db.clock().today()));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Result<qint64> ArchiveLoanStore::lend(const Actor& actor, qint64 archiveId, const LoanDraft& draft)
{
    const QDate today = m_db.clock().today();
    if (Status s = ArchiveRules::validateLoan(draft, today); !s)
        return s;
    return AuditedWrite::produce<qint64>(
        m_db, actor, Authority::of(Permission::LendArchive), {},
        [&](WriteScope& w) -> Result<qint64> {
            QSqlQuery q(m_db.connection());
            q.prepare(
                QStringLiteral("SELECT a.archive_number, l.borrower, l.lent_on FROM archives a "
                               "LEFT JOIN archive_loans l ON l.archive_id = a.id AND l.returned_on "
                               "IS NULL WHERE a.id = ?"));
            q.addBindValue(archiveId);
            if (Status read = runSingle(q, Tr::tr("This archive does not exist.")); !read)
                return read;
            if (!q.value(1).isNull())
                return Result<qint64>::failure(
                    Tr::tr("The file %1 is out: lent to %2 on %3. It must come back first.")
                        .arg(q.value(0).toString(), q.value(1).toString(),
                             chineseDate(fromIsoDate(q.value(2).toString()))));
            ArchiveLoan l;
            l.archiveId = archiveId;
            l.borrower = draft.borrower.trimmed();
            l.unit = draft.unit.trimmed();
            l.purpose = draft.purpose.trimmed();
            l.lentOn = draft.lentOn.isValid() ? draft.lentOn : today;
            l.expectedReturn = draft.expectedReturn;
            q.prepare(QStringLiteral("INSERT INTO archive_loans (archive_id, borrower, unit, "
                                     "purpose, lent_on, expected_return, "
                                     "lent_at, lent_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant& v :
                 {QVariant(archiveId), QVariant(l.borrower), QVariant(textOrEmpty(l.unit)),
                  QVariant(l.purpose), QVariant(toIsoDate(l.lentOn)),
                  QVariant(toIsoDate(l.expectedReturn)), QVariant(toIsoUtc(m_db.clock().nowUtc())),
                  QVariant(actor.userId)})
                q.addBindValue(v);
            if (!q.exec())
                return Result<qint64>::failure(
                    Tr::tr("The file cannot be lent: %1").arg(q.lastError().text()));
            l.id = q.lastInsertId().toLongLong();
            w.entry() = AuditNote{QStringLiteral("archive.lend"),
                                  QStringLiteral("archive"),
                                  QString::number(archiveId),
                                  {},
                                  loanJson(l)};
            return l.id;
        });
}

Status ArchiveLoanStore::giveBack(const Actor& actor, qint64 loanId, const QDate& returnedOn,
                                  const QString& note)
{
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::LendArchive), {}, [&](WriteScope& w) -> Status {
            Result<ArchiveLoan> before = byId(loanId);
            if (!before)
                return before.status();
            if (!before->isOut())
                return Status::failure(Tr::tr("This file came back already on %1.")
                                           .arg(chineseDate(before->returnedOn)));
            const QDate today = m_db.clock().today();
            const QDate on = returnedOn.isValid() ? returnedOn : today;
            if (on > today || on < before->lentOn)
                return Status::failure(
                    Tr::tr("The return date must lie between the loan date and today."));
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "UPDATE archive_loans SET returned_on = ?, return_note = ?, returned_at = ?, "
                "returned_by = ? WHERE id = ? AND returned_on IS NULL"));
            q.addBindValue(toIsoDate(on));
            q.addBindValue(textOrEmpty(note.trimmed()));
            q.addBindValue(toIsoUtc(m_db.clock().nowUtc()));
            q.addBindValue(actor.userId);
            q.addBindValue(loanId);
            if (!q.exec() || q.numRowsAffected() != 1)
                return Status::failure(
                    Tr::tr("The return could not be saved: %1").arg(q.lastError().text()));
            ArchiveLoan after = *before;
            after.returnedOn = on;
            after.returnNote = note.trimmed();
            w.entry() =
                AuditNote{QStringLiteral("archive.return_file"), QStringLiteral("archive"),
                          QString::number(before->archiveId), loanJson(*before), loanJson(after)};
            return Status::success();
        });
}

} // namespace youfu::core
