#pragma once

#include "archive/archiveloan.h"
#include "common/result.h"
#include "security/actor.h"

#include <QList>

namespace youfu::core {

class Database;

// Lending of paper files (借阅登记). The only SQL on archive_loans. Permission::LendArchive;
// one transaction and one audit entry (entity "archive") per write. A file that is out
// cannot be lent again (checked here and by a unique index).
class ArchiveLoanStore
{
public:
    explicit ArchiveLoanStore(Database& db) : m_db(db) {}

    Result<qint64> lend(const Actor& actor, qint64 archiveId, const LoanDraft& draft);
    // Takes the file back (today by the database's clock unless a date is given).
    Status giveBack(const Actor& actor, qint64 loanId, const QDate& returnedOn = QDate(),
                    const QString& note = QString());

    Result<ArchiveLoan> byId(qint64 loanId) const;
    QList<ArchiveLoan> ofArchive(qint64 archiveId) const; // newest first
    QList<ArchiveLoan> out() const;                        // every file that is out, oldest first
    QList<ArchiveLoan> overdue() const;                    // out past the expected return (db clock)
    qint64 overdueCount() const;

private:
    QList<ArchiveLoan> select(const QString& where, const QVariantList& binds, const QString& order) const;

    Database& m_db;
};

} // namespace youfu::core
