#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace youfu::core {

// Where an archive entry stands in the second-person check (审核).
enum class EntryStatus { Pending, Verified, Returned };
QString entryStatusKey(EntryStatus s);                 // "pending", stored
EntryStatus entryStatusFromKey(const QString& key);
QString entryStatusTitle(EntryStatus s);               // for the window

// Who filed an entry, who last changed it, who verified or returned it, and why.
struct EntryTrail
{
    EntryStatus status = EntryStatus::Pending;
    qint64 filedBy = 0;
    QString filedByName;
    QDateTime filedAt;
    qint64 changedBy = 0;
    QDateTime changedAt;
    qint64 verifiedBy = 0; // also who returned it
    QString verifiedByName;
    QDateTime verifiedAt;
    QString returnReason;
};

// One kind of document (入伍批准书 …), a row of the configurable document_kinds table.
struct DocumentKind
{
    QString code;
    QString name;
    int sortOrder = 0;
    bool active = true;
};

// A scanned copy of a document, kept in the ScanStore under its SHA-256.
struct ScanRef
{
    qint64 id = 0;
    qint64 documentId = 0;
    QString sha256;
    QString extension; // pdf, png, jpg
    qint64 sizeBytes = 0;
    QString originalName;
    QDateTime addedAt;
};

// What the clerk types for a document entry.
struct DocumentDraft
{
    QString kindCode;
    QString title;
    int pages = 1;
    QDate documentDate; // may be unknown
    QString note;
};

// A document entry in a person's archive as read back.
struct ArchiveDocument
{
    qint64 id = 0;
    qint64 archiveId = 0;
    qint64 personId = 0;
    QString kindCode;
    QString kindName;
    QString title;
    int pages = 1;
    QDate documentDate;
    QString note;
    qint64 supersedesId = 0;  // this entry corrects that one
    QString supersedeReason;
    qint64 supersededById = 0; // a verified correction replaced this one
    EntryTrail trail;
    QList<ScanRef> scans;

    // Counts elsewhere in the program: verified and not replaced by a verified correction.
    bool counts() const { return trail.status == EntryStatus::Verified && supersededById == 0; }
    bool isLocked() const { return trail.status == EntryStatus::Verified; }
    DocumentDraft toDraft() const { return {kindCode, title, pages, documentDate, note}; }
};

} // namespace youfu::core
