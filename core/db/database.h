#pragma once

#include "common/clock.h"
#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace youfu::core {

class WriterLock;

struct OpenOptions
{
    bool createIfMissing = true;
    bool readOnly = false;      // open without writing even when the file is writable
    int migrateTo = -1;         // -1: the newest schema this program knows (tests use others)
    bool takeWriterLock = true; // writers hold <db>.lock; false only for tests of the lock
};

// Why an open failed, for the window to decide what to offer (restore for a damaged file).
enum class OpenProblem
{
    None,
    Missing,
    NotYoufu,
    Damaged,
    Newer,
    HeldByOther,
    NetworkShare,
    Other
};

// One open Youfu database file. Owns its Qt connection; stores borrow it.
class Database
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens or creates a Youfu database. A file that is not Youfu's, or is from a newer
    // program, is refused with a message and left byte-identical.
    // A writer takes the writer lock first (a second writer is refused, naming the holder),
    // then a damaged file (quick_check fails) is refused without a single byte written.
    static Result<std::unique_ptr<Database>>
    open(const QString& path, const OpenOptions& options = {}, OpenProblem* problem = nullptr);
    // PRAGMA quick_check through a read-only connection: "" when sound, else what is wrong.
    static QString checkFile(const QString& path, bool full = false);

    static QString defaultPath();     // the user's application data folder
    static int latestSchemaVersion(); // highest migration shipped with this program

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    const QString& readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const;
    // The SQLite handle under the Qt connection, for the online backup API.
    sqlite3* handle() const;
    // Names the logged-in user in the lock owner file, for a second opener's message.
    void setLockOwnerLogin(const QString& login);
    bool holdsWriterLock() const { return m_lock != nullptr; }

    const Clock& clock() const { return *m_clock; }
    void setClock(std::shared_ptr<Clock> clock) { m_clock = std::move(clock); }
    std::shared_ptr<Clock> sharedClock() const { return m_clock; }

    // Transaction nesting, used by Transaction only.
    int& transactionDepth() { return m_depth; }

private:
    Database() = default;
    Status configure();

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    int m_depth = 0;
    std::shared_ptr<Clock> m_clock;
    std::unique_ptr<WriterLock> m_lock; // destroyed after the connection is closed
};

} // namespace youfu::core
