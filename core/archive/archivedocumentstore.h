#pragma once

#include "archive/archiveentry.h"
#include "archive/completeness.h"
#include "archive/scanstore.h"
#include "common/result.h"
#include "security/actor.h"

#include <QJsonObject>
#include <QList>

namespace youfu::core {

class Database;

// The documents in archive files, their scans and their verification (审核). The only SQL on
// archive_documents and archive_scans. Every write checks its permission, runs in one
// transaction and writes one audit entry (entity "archive_document", id = the entry's id).
// The filer, or whoever changed an entry last, can never verify it (ArchiveRules::canVerify).
class ArchiveDocumentStore
{
public:
    explicit ArchiveDocumentStore(Database& db);

    // A new entry, pending until a section chief verifies it. Permission::FileArchive.
    Result<qint64> file(const Actor& actor, qint64 archiveId, const DocumentDraft& draft);
    // Changes a pending or returned entry (it is pending again); a verified one is locked.
    Status update(const Actor& actor, qint64 documentId, const DocumentDraft& draft);
    // A correction of a verified entry: a new pending entry that, once verified, supersedes
    // the old one. Both stay visible.
    Result<qint64> correct(const Actor& actor, qint64 documentId, const DocumentDraft& draft,
                           const QString& reason);
    // Checks and stores the file, then attaches it to a pending or returned entry.
    Result<ScanRef> attachScan(const Actor& actor, qint64 documentId, const QString& sourcePath);
    Result<ScanRef> attachScanBytes(const Actor& actor, qint64 documentId, const QByteArray& bytes,
                                    const QString& fileName);

    // Permission::VerifyArchive; refused for one's own entry and for entries whose scans are
    // missing or altered.
    Status verify(const Actor& actor, qint64 documentId);
    Status returnEntry(const Actor& actor, qint64 documentId, const QString& reason);

    Result<ArchiveDocument> byId(qint64 documentId) const;
    // All entries of an archive, corrected and returned ones included, oldest first.
    Result<QList<ArchiveDocument>> ofArchive(qint64 archiveId) const;

    // What the rest of the program may rely on: the person's verified entries that no
    // verified correction replaced, oldest first. (Approvals: "is the 残疾军人证 on file?")
    Result<QList<ArchiveDocument>> verifiedDocumentsOf(qint64 personId) const;
    bool hasVerifiedDocument(qint64 personId, const QString& kindCode) const;

    // The person's required kinds (from the categories they hold today) and whether each is
    // present, pending or missing.
    Result<QList<RequiredItem>> completenessOf(qint64 personId) const;

    ScanStore& scans() { return m_scans; }
    const ScanStore& scans() const { return m_scans; }

    static QJsonObject auditJson(const ArchiveDocument& d);

private:
    Status decide(const Actor& actor, qint64 documentId, bool verify, const QString& reason);
    Result<QList<ArchiveDocument>> select(const QString& where, const QVariantList& binds) const;
    Result<QList<ScanRef>> scansOf(qint64 documentId) const;
    Result<ScanRef> attachStored(const Actor& actor, qint64 documentId, const StoredScan& stored,
                                 const QString& originalName);

    Database& m_db;
    ScanStore m_scans;
};

} // namespace youfu::core
