#pragma once

#include "common/result.h"

namespace youfu::core {

class Database;
class FieldCipher;

// The encrypted columns of a database, read only to prove that each one decrypts with a key
// (before a restore puts a backup in place).
class EncryptedFieldStore
{
public:
    explicit EncryptedFieldStore(Database& db) : m_db(db) {}
    // How many stored values cannot be decrypted with `cipher` (0: all can).
    Result<qint64> undecryptable(const FieldCipher& cipher) const;

private:
    Database& m_db;
};

} // namespace youfu::core
