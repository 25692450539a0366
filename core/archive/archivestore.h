#pragma once

#include "archive/archivefile.h"
#include "common/result.h"
#include "security/actor.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace youfu::core {

class Database;

// Archive files, the revisions of their data, document kinds and the kinds each category
// requires. The only SQL on those tables (documents: ArchiveDocumentStore; loans:
// ArchiveLoanStore; the archive-wide view: CompletenessStore). Every write checks its
// permission, runs in one transaction and writes one audit entry (entity "archive").
class ArchiveStore
{
public:
    static const QString kNumberFormat; // setting "archive.number_format", e.g. WG-YF-{000000}

    explicit ArchiveStore(Database& db) : m_db(db) {}

    // Opens the person's archive: gives it the next number (never given before, never again)
    // and files its data as a revision waiting for verification. Permission::FileArchive.
    Result<ArchiveFile> open(const Actor& actor, qint64 personId, const ArchiveData& data);
    std::optional<ArchiveFile> byPerson(qint64 personId) const;
    Result<ArchiveFile> byId(qint64 archiveId) const;
    QString numberFormat() const;

    // A change of the archive's data: a new pending revision, or the pending/returned one
    // changed (and pending again). The verified revision stays in force until it is verified.
    Result<qint64> reviseData(const Actor& actor, qint64 archiveId, const ArchiveData& data);
    Status verifyRevision(const Actor& actor, qint64 revisionId);
    Status returnRevision(const Actor& actor, qint64 revisionId, const QString& reason);
    Result<QList<ArchiveRevision>> revisions(qint64 archiveId) const; // oldest first
    Result<ArchiveRevision> revision(qint64 revisionId) const;

    // Document kinds, in display order.
    QList<DocumentKind> kinds(bool includeInactive = false) const;
    // Adds or changes a kind. Permission::EditPolicyBook (the section chief).
    Status saveKind(const Actor& actor, const DocumentKind& kind);
    // Kinds the archive of a person holding `categoryCode` must contain.
    QStringList requiredKinds(const QString& categoryCode) const;
    Status setRequiredKinds(const Actor& actor, const QString& categoryCode,
                            const QStringList& kindCodes);

    static QJsonObject auditJson(const ArchiveData& d);

private:
    Result<qint64> insertRevision(qint64 archiveId, const ArchiveData& data, const QString& now,
                                  qint64 actorId);
    Status decideRevision(const Actor& actor, qint64 revisionId, bool verify,
                          const QString& reason);

    Database& m_db;
};

} // namespace youfu::core
