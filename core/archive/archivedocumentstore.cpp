#include "archive/archivedocumentstore.h"

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
#include <QFileInfo>
#include <QJsonArray>

namespace youfu::core {

using namespace archivesql;

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::ArchiveDocumentStore)
};

void bindDraft(QSqlQuery& q, const DocumentDraft& d)
{
    q.addBindValue(d.kindCode);
    q.addBindValue(d.title.trimmed());
    q.addBindValue(d.pages);
    q.addBindValue(dateOrNull(d.documentDate));
    q.addBindValue(textOrEmpty(d.note.trimmed()));
}
} // namespace

ArchiveDocumentStore::ArchiveDocumentStore(Database& db) : m_db(db), m_scans(ScanStore::rootFor(db))
{}

QJsonObject ArchiveDocumentStore::auditJson(const ArchiveDocument& d)
{
    QJsonArray scans;
    for (const ScanRef& s : d.scans)
        scans.append(QString(s.sha256 + QLatin1Char('.') + s.extension));
    QJsonObject o{{QStringLiteral("archive_id"), d.archiveId},
                  {QStringLiteral("person_id"), d.personId},
                  {QStringLiteral("kind"), d.kindCode},
                  {QStringLiteral("title"), d.title},
                  {QStringLiteral("pages"), d.pages},
                  {QStringLiteral("date"), toIsoDate(d.documentDate)},
                  {QStringLiteral("note"), d.note},
                  {QStringLiteral("status"), entryStatusKey(d.trail.status)},
                  {QStringLiteral("scans"), scans}};
    if (d.supersedesId) {
        o.insert(QStringLiteral("supersedes"), d.supersedesId);
        o.insert(QStringLiteral("supersede_reason"), d.supersedeReason);
    }
    if (!d.trail.returnReason.isEmpty())
        o.insert(QStringLiteral("return_reason"), d.trail.returnReason);
    return o;
}

Result<QList<ArchiveDocument>> ArchiveDocumentStore::select(const QString& where,
                                                            const QVariantList& binds) const
{
    QList<ArchiveDocument> out;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral(
            "SELECT d.id, d.archive_id, d.person_id, d.kind_code, coalesce(k.name, d.kind_code), "
            "d.title, d.pages, d.document_date, d.note, coalesce(d.supersedes_id, 0), "
            "d.supersede_reason, coalesce(d.superseded_by, 0), ") +
        trailColumns(QStringLiteral("d")) +
        QStringLiteral(
            " FROM archive_documents d LEFT JOIN document_kinds k ON k.code = d.kind_code") +
        trailJoins(QStringLiteral("d")) + QStringLiteral(" WHERE ") + where +
        QStringLiteral(" ORDER BY d.id"));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (Status read = runQuery(q); !read)
        return read;
    while (q.next()) {
        ArchiveDocument d;
        d.id = q.value(0).toLongLong();
        d.archiveId = q.value(1).toLongLong();
        d.personId = q.value(2).toLongLong();
        d.kindCode = q.value(3).toString();
        d.kindName = q.value(4).toString();
        d.title = q.value(5).toString();
        d.pages = q.value(6).toInt();
        d.documentDate = fromIsoDate(q.value(7).toString());
        d.note = q.value(8).toString();
        d.supersedesId = q.value(9).toLongLong();
        d.supersedeReason = q.value(10).toString();
        d.supersededById = q.value(11).toLongLong();
        d.trail = readTrail(q, 12);
        out << d;
    }
    for (ArchiveDocument& d : out) {
        auto scans = scansOf(d.id);
        if (!scans)
            return scans.status();
        d.scans = scans.takeValue();
    }
    return out;
}

Result<QList<ScanRef>> ArchiveDocumentStore::scansOf(qint64 documentId) const
{
    QList<ScanRef> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT id, document_id, sha256, extension, size_bytes, original_name, added_at "
        "FROM archive_scans WHERE document_id = ? ORDER BY id"));
    q.addBindValue(documentId);
    if (Status read = runQuery(q); !read)
        return read;
    while (q.next())
        out << ScanRef{q.value(0).toLongLong(),
                       q.value(1).toLongLong(),
                       q.value(2).toString(),
                       q.value(3).toString(),
                       q.value(4).toLongLong(),
                       q.value(5).toString(),
                       fromIsoUtc(q.value(6).toString())};
    return out;
}

Result<ArchiveDocument> ArchiveDocumentStore::byId(qint64 documentId) const
{
    const auto l = select(QStringLiteral("d.id = ?"), {documentId});
    if (!l)
        return l.status();
    if (l->isEmpty())
        return Result<ArchiveDocument>::failure(Tr::tr("This archive entry does not exist."));
    return l->first();
}

Result<QList<ArchiveDocument>> ArchiveDocumentStore::ofArchive(qint64 archiveId) const
{
    return select(QStringLiteral("d.archive_id = ?"), {archiveId});
}

Result<QList<ArchiveDocument>> ArchiveDocumentStore::verifiedDocumentsOf(qint64 personId) const
{
    return select(
        QStringLiteral("d.person_id = ? AND d.status = 'verified' AND d.superseded_by IS NULL"),
        {personId});
}

bool ArchiveDocumentStore::hasVerifiedDocument(qint64 personId, const QString& kindCode) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT 1 FROM archive_documents WHERE person_id = ? AND kind_code = ? "
                       "AND status = 'verified' AND superseded_by IS NULL LIMIT 1"));
    q.addBindValue(personId);
    q.addBindValue(kindCode);
    return q.exec() && q.next();
}

Result<qint64> ArchiveDocumentStore::file(const Actor& actor, qint64 archiveId,
                                          const DocumentDraft& draft)
{
    if (Status s = ArchiveRules::validateDocument(draft, m_db.clock().today()); !s)
        return s;
    return AuditedWrite::produce<qint64>(
        m_db, actor, Authority::of(Permission::FileArchive), {},
        [&](WriteScope& w) -> Result<qint64> {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT person_id FROM archives WHERE id = ?"));
            q.addBindValue(archiveId);
            if (Status read =
                    runSingle(q, Tr::tr("Open the person's archive before filing documents."));
                !read)
                return read;
            const qint64 personId = q.value(0).toLongLong();
            const QString now = toIsoUtc(m_db.clock().nowUtc());
            q.prepare(QStringLiteral(
                "INSERT INTO archive_documents (archive_id, person_id, kind_code, title, pages, "
                "document_date, note, status, filed_at, filed_by, changed_at, changed_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?)"));
            q.addBindValue(archiveId);
            q.addBindValue(personId);
            bindDraft(q, draft);
            for (const QVariant& v :
                 {QVariant(now), QVariant(actor.userId), QVariant(now), QVariant(actor.userId)})
                q.addBindValue(v);
            if (!q.exec()) {
                if (q.lastError().text().contains(QLatin1String("FOREIGN KEY")))
                    return Result<qint64>::failure(Tr::tr("The kind of document is unknown."));
                return sqlFailure(q);
            }
            const qint64 id = q.lastInsertId().toLongLong();
            Result<ArchiveDocument> after = byId(id);
            if (!after)
                return after.status();
            w.entry() = AuditNote{QStringLiteral("archive.document_file"),
                                  QStringLiteral("archive_document"),
                                  QString::number(id),
                                  {},
                                  auditJson(*after)};
            return id;
        });
}

Status ArchiveDocumentStore::update(const Actor& actor, qint64 documentId,
                                    const DocumentDraft& draft)
{
    if (Status s = ArchiveRules::validateDocument(draft, m_db.clock().today()); !s)
        return s;
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::FileArchive), {}, [&](WriteScope& w) -> Status {
            Result<ArchiveDocument> before = byId(documentId);
            if (!before)
                return before.status();
            if (Status s = ArchiveRules::canEdit(before->trail); !s)
                return s;
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "UPDATE archive_documents SET kind_code = ?, title = ?, pages = ?, document_date = "
                "?, "
                "note = ?, status = 'pending', changed_at = ?, changed_by = ?, verified_at = NULL, "
                "verified_by = NULL WHERE id = ? AND status <> 'verified'"));
            bindDraft(q, draft);
            q.addBindValue(toIsoUtc(m_db.clock().nowUtc()));
            q.addBindValue(actor.userId);
            q.addBindValue(documentId);
            if (!q.exec() || q.numRowsAffected() != 1)
                return sqlFailure(q);
            Result<ArchiveDocument> after = byId(documentId);
            w.entry() = AuditNote{QStringLiteral("archive.document_update"),
                                  QStringLiteral("archive_document"), QString::number(documentId),
                                  auditJson(*before), auditJson(*after)};
            return Status::success();
        });
}

Result<qint64> ArchiveDocumentStore::correct(const Actor& actor, qint64 documentId,
                                             const DocumentDraft& draft, const QString& reason)
{
    if (Status s = ArchiveRules::validateDocument(draft, m_db.clock().today()); !s)
        return s;
    return AuditedWrite::produce<qint64>(
        m_db, actor, Authority::of(Permission::FileArchive), {},
        [&](WriteScope& w) -> Result<qint64> {
            Result<ArchiveDocument> original = byId(documentId);
            if (!original)
                return original.status();
            if (Status s = ArchiveRules::canCorrect(*original, reason); !s)
                return s;
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT id FROM archive_documents WHERE supersedes_id = ? AND "
                                     "status <> 'verified'"));
            q.addBindValue(documentId);
            if (q.exec() && q.next())
                return Result<qint64>::failure(Tr::tr("A correction of this entry is waiting for "
                                                      "verification already (entry %1).")
                                                   .arg(q.value(0).toLongLong()));
            const QString now = toIsoUtc(m_db.clock().nowUtc());
            q.prepare(QStringLiteral(
                "INSERT INTO archive_documents (archive_id, person_id, kind_code, title, pages, "
                "document_date, note, status, supersedes_id, supersede_reason, filed_at, filed_by, "
                "changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?, "
                "?)"));
            q.addBindValue(original->archiveId);
            q.addBindValue(original->personId);
            bindDraft(q, draft);
            for (const QVariant& v :
                 {QVariant(documentId), QVariant(reason.trimmed()), QVariant(now),
                  QVariant(actor.userId), QVariant(now), QVariant(actor.userId)})
                q.addBindValue(v);
            if (!q.exec())
                return sqlFailure(q);
            const qint64 id = q.lastInsertId().toLongLong();
            Result<ArchiveDocument> after = byId(id);
            w.entry() = AuditNote{QStringLiteral("archive.document_correct"),
                                  QStringLiteral("archive_document"), QString::number(id),
                                  auditJson(*original), auditJson(*after)};
            return id;
        });
}

Result<ScanRef> ArchiveDocumentStore::attachScan(const Actor& actor, qint64 documentId,
                                                 const QString& sourcePath)
{
    if (Status s = require(actor, Permission::FileArchive); !s)
        return s;
    Result<ArchiveDocument> d = byId(documentId);
    if (!d)
        return d.status();
    if (Status s = ArchiveRules::canEdit(d->trail); !s)
        return s;
    // The file goes into the store first: if what follows fails, it is an unreferenced copy
    // that harms nothing; the entry never names a file that is not whole.
    Result<StoredScan> stored = m_scans.putFile(sourcePath);
    if (!stored)
        return stored.status();
    return attachStored(actor, documentId, *stored, QFileInfo(sourcePath).fileName());
}

Result<ScanRef> ArchiveDocumentStore::attachScanBytes(const Actor& actor, qint64 documentId,
                                                      const QByteArray& bytes,
                                                      const QString& fileName)
{
    if (Status s = require(actor, Permission::FileArchive); !s)
        return s;
    Result<ArchiveDocument> d = byId(documentId);
    if (!d)
        return d.status();
    if (Status s = ArchiveRules::canEdit(d->trail); !s)
        return s;
    Result<StoredScan> stored = m_scans.put(bytes, fileName);
    if (!stored)
        return stored.status();
    return attachStored(actor, documentId, *stored, fileName);
}

Result<ScanRef> ArchiveDocumentStore::attachStored(const Actor& actor, qint64 documentId,
                                                   const StoredScan& stored,
                                                   const QString& originalName)
{
    return AuditedWrite::produce<ScanRef>(
        m_db, actor, Authority::of(Permission::FileArchive),
        {QStringLiteral("archive.scan_attach"),
         QStringLiteral("archive_document"),
         QString::number(documentId),
         {},
         {}},
        [&](WriteScope& w) -> Result<ScanRef> {
            Result<ArchiveDocument> before = byId(documentId);
            if (!before)
                return before.status();
            if (Status s = ArchiveRules::canEdit(before->trail); !s)
                return s;
            for (const ScanRef& s : before->scans)
                if (s.sha256 == stored.sha256)
                    return Result<ScanRef>::failure(
                        Tr::tr("This file is attached to the entry already."));
            const QString now = toIsoUtc(w.now());
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT INTO archive_scans (document_id, sha256, extension, "
                                     "size_bytes, original_name, "
                                     "added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant& v :
                 {QVariant(documentId), QVariant(stored.sha256), QVariant(stored.extension),
                  QVariant(stored.sizeBytes), QVariant(textOrEmpty(originalName)), QVariant(now),
                  QVariant(actor.userId)})
                q.addBindValue(v);
            if (!q.exec())
                return sqlFailure(q);
            const qint64 scanId = q.lastInsertId().toLongLong();
            // A new scan changes the entry: whoever attached it cannot be the one to verify it.
            q.prepare(QStringLiteral(
                "UPDATE archive_documents SET status = 'pending', changed_at = ?, changed_by = ?, "
                "verified_at = NULL, verified_by = NULL WHERE id = ?"));
            q.addBindValue(now);
            q.addBindValue(actor.userId);
            q.addBindValue(documentId);
            if (!q.exec())
                return sqlFailure(q);
            Result<ArchiveDocument> after = byId(documentId);
            if (!after)
                return after.status();
            w.entry().before = auditJson(*before);
            w.entry().after = auditJson(*after);
            return ScanRef{scanId,           documentId,   stored.sha256,  stored.extension,
                           stored.sizeBytes, originalName, fromIsoUtc(now)};
        });
}

Status ArchiveDocumentStore::verify(const Actor& actor, qint64 documentId)
{
    return decide(actor, documentId, true, QString());
}

Status ArchiveDocumentStore::returnEntry(const Actor& actor, qint64 documentId,
                                         const QString& reason)
{
    return decide(actor, documentId, false, reason);
}

Status ArchiveDocumentStore::decide(const Actor& actor, qint64 documentId, bool verify,
                                    const QString& reason)
{
    return AuditedWrite::run(
        m_db, actor, Authority::of(Permission::VerifyArchive), {}, [&](WriteScope& w) -> Status {
            Result<ArchiveDocument> before = byId(documentId);
            if (!before)
                return before.status();
            if (Status s = verify ? ArchiveRules::canVerify(actor, before->trail)
                                  : ArchiveRules::canReturn(actor, before->trail, reason);
                !s)
                return s;
            if (verify) {
                // Authenticity is what is verified: a scan that is gone or changed cannot be.
                for (const ScanRef& s : before->scans)
                    if (ScanHealth h = m_scans.health(s.sha256, s.extension);
                        h != ScanHealth::Intact)
                        return Status::failure(
                            Tr::tr("Scan %1: %2").arg(s.originalName, ScanStore::healthMessage(h)));
            }
            const QString now = toIsoUtc(m_db.clock().nowUtc());
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "UPDATE archive_documents SET status = ?, verified_at = ?, verified_by = ?, "
                "return_reason = ? WHERE id = ? AND status = 'pending'"));
            q.addBindValue(verify ? QStringLiteral("verified") : QStringLiteral("returned"));
            q.addBindValue(now);
            q.addBindValue(actor.userId);
            q.addBindValue(verify ? QStringLiteral("") : reason.trimmed());
            q.addBindValue(documentId);
            if (!q.exec() || q.numRowsAffected() != 1)
                return sqlFailure(q);
            if (verify && before->supersedesId) {
                q.prepare(QStringLiteral(
                    "UPDATE archive_documents SET superseded_by = ? WHERE id = ? AND "
                    "superseded_by IS NULL"));
                q.addBindValue(documentId);
                q.addBindValue(before->supersedesId);
                if (!q.exec() || q.numRowsAffected() != 1)
                    return Status::failure(
                        Tr::tr("The corrected entry was corrected by another entry meanwhile."));
            }
            Result<ArchiveDocument> after = byId(documentId);
            w.entry() = AuditNote{verify ? QStringLiteral("archive.document_verify")
                                         : QStringLiteral("archive.document_return"),
                                  QStringLiteral("archive_document"), QString::number(documentId),
                                  auditJson(*before), auditJson(*after)};
            return Status::success();
        });
}

Result<QList<RequiredItem>> ArchiveDocumentStore::completenessOf(qint64 personId) const
{
    QList<ArchiveRules::Requirement> required;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT r.kind_code, k.name, group_concat(c.name, '、') FROM person_categories pc "
        "JOIN archive_required_kinds r ON r.category_code = pc.category_code "
        "JOIN document_kinds k ON k.code = r.kind_code JOIN categories c ON c.code = "
        "pc.category_code "
        "WHERE pc.person_id = ? AND pc.start_date <= ? AND (pc.end_date IS NULL OR pc.end_date > "
        "?) "
        "GROUP BY r.kind_code, k.name, k.sort_order ORDER BY k.sort_order"));
    const QString today = toIsoDate(m_db.clock().today());
    q.addBindValue(personId);
    q.addBindValue(today);
    q.addBindValue(today);
    if (Status read = runQuery(q); !read)
        return read;
    while (q.next())
        required << ArchiveRules::Requirement{q.value(0).toString(), q.value(1).toString(),
                                              q.value(2).toString()};
    auto documents = select(QStringLiteral("d.person_id = ?"), {personId});
    if (!documents)
        return documents.status();
    return ArchiveRules::completeness(required, documents.value());
}

} // namespace youfu::core
