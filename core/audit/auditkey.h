#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace youfu::core {

class Database;

// The key of the audit chain. Derived (BLAKE2b KDF, context "youfuaud") from the master key in
// the key file beside the database, "<db>.key", which is never stored in the database: whoever
// changes the database file alone cannot write an entry whose hash verifies.
class AuditKey
{
public:
    // The audit key of a database. A writable database without a key file gets one (through
    // FieldCipher, which owns that file); a read-only one fails.
    static Result<QByteArray> forDatabase(Database& db);
    // The audit key of the key file of `dbPath`, without creating anything.
    static Result<QByteArray> fromKeyFile(const QString& dbPath);
    // The audit key derived from a 32-byte master key ("" when it is not one).
    static QByteArray fromMaster(const QByteArray& masterKey);
    // Keyed BLAKE2b-256 of `text`, hex.
    static QString mac(const QByteArray& auditKey, const QByteArray& text);
};

} // namespace youfu::core
