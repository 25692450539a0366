#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>

namespace youfu::core {

class Database;

// A scan as it lies in the store.
struct StoredScan
{
    QString sha256;    // 64 lower-case hex digits
    QString extension; // pdf, png, jpg
    qint64 sizeBytes = 0;
};

// How a stored scan was found when read.
enum class ScanHealth { Intact, Missing, Altered };

// The content-addressed store of scanned copies beside the database:
// <db-dir>/scans/ab/abcdef….ext, named by the SHA-256 of the content. A file is written to a
// temporary name, flushed to disk and then renamed, so a final name only ever holds a whole
// file; an existing intact file is never written again. Every read checks the hash.
// Files only, no SQL: the archive store records which document holds which hash.
class ScanStore
{
public:
    explicit ScanStore(QString rootDir);
    static QString rootFor(const Database& db); // <db-dir>/scans (empty for in-memory databases)

    const QString& root() const { return m_root; }
    QString pathOf(const QString& sha256, const QString& extension) const;

    // Checks the content against its extension (ScanFormat::check) and stores it.
    Result<StoredScan> put(const QByteArray& bytes, const QString& fileNameOrExtension);
    Result<StoredScan> putFile(const QString& sourcePath);

    ScanHealth health(const QString& sha256, const QString& extension) const;
    // The clerk's words for a health that is not Intact.
    static QString healthMessage(ScanHealth health);
    // The bytes, only when they still have their hash.
    Result<QByteArray> read(const QString& sha256, const QString& extension) const;
    // Copies a verified scan to `path`, atomically.
    Status exportTo(const QString& sha256, const QString& extension, const QString& path) const;

    // Removes temporary files left by a write that never finished (the program was killed).
    // They are never referenced: only final names are. Only files last written before
    // `olderThanUtc` are removed (another program may be writing now); invalid = all.
    // Returns how many were removed.
    int removeLeftovers(const QDateTime& olderThanUtc = QDateTime()) const;

    // Tests: called after the temporary file is on disk, before the rename; returning false
    // stops there as a killed program would, leaving the temporary file behind.
    using WriteHook = std::function<bool(const QString& tempPath)>;
    void setWriteHookForTests(WriteHook hook) { m_hook = std::move(hook); }

    static QString sha256Of(const QByteArray& bytes);
    static bool isTemporaryName(const QString& fileName);

private:
    Status writeAtomically(const QString& finalPath, const QByteArray& bytes) const;

    QString m_root;
    WriteHook m_hook;
};

} // namespace youfu::core
