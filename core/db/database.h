#pragma once

#include "common/clock.h"
#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace youfu::core {

struct OpenOptions
{
    bool createIfMissing = true;
    bool readOnly = false;        // open without writing even when the file is writable
    int migrateTo = -1;           // -1: the newest schema this program knows (tests use others)
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
    static Result<std::unique_ptr<Database>> open(const QString& path, const OpenOptions& options = {});

    static QString defaultPath();     // the user's application data folder
    static int latestSchemaVersion(); // highest migration shipped with this program

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    const QString& readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const;

    const Clock& clock() const { return *m_clock; }
    void setClock(std::shared_ptr<Clock> clock) { m_clock = std::move(clock); }

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
};

} // namespace youfu::core
