#pragma once

#include "archive/archiveentry.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace youfu::core {

class Database;

// One entry in a verification list: a document, or a change of an archive's data.
struct VerificationItem
{
    enum class Kind { Document, ArchiveData };
    Kind kind = Kind::Document;
    qint64 id = 0; // document id or revision id
    qint64 archiveId = 0;
    qint64 personId = 0;
    QString personName;
    QString archiveNumber;
    QString what; // 残疾军人证：残疾军人证（第一页） / archive data
    QString filedByName;
    qint64 filedBy = 0;
    qint64 changedBy = 0;
    QDateTime filedAt;
    QDateTime changedAt;
    EntryStatus status = EntryStatus::Pending;
    QString returnReason;
};

// Read-only lists for the inbox: what waits for a section chief, what was returned to a
// clerk. The only SQL for them.
class VerificationInboxStore
{
public:
    explicit VerificationInboxStore(Database& db) : m_db(db) {}

    qint64 waitingCount() const;
    // Pending entries, oldest first (a window of them).
    QList<VerificationItem> waiting(int offset = 0, int limit = 500) const;
    // Of those, the ones `userId` may verify (filed and last changed by someone else).
    qint64 waitingCountFor(qint64 userId) const;
    // Returned entries that `userId` filed or last changed: theirs to put right.
    QList<VerificationItem> returnedTo(qint64 userId) const;
    qint64 returnedCountFor(qint64 userId) const;

private:
    QList<VerificationItem> select(const QString& documentWhere, const QString& revisionWhere,
                                   const QVariantList& binds, int offset, int limit) const;
    qint64 count(const QString& documentWhere, const QString& revisionWhere, const QVariantList& binds) const;

    Database& m_db;
};

} // namespace youfu::core
