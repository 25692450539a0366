#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace youfu::core {

class Database;

// Encrypts sensitive fields (phone, bank account) before they are stored, so the database
// file alone does not give them away. XChaCha20-Poly1305 with a random nonce per value.
//
// The key is 32 random bytes in a file beside the database, "<db>.key" (mode 0600), created
// the first time a database needs it. The database keeps only a check value, so a wrong or
// missing key file is told apart from a fresh database. Two keys are derived from it: one
// encrypts, the other keys the blind index (a keyed hash that lets an exact phone number be
// found without decrypting every row).
class FieldCipher
{
public:
    ~FieldCipher();
    FieldCipher(const FieldCipher&) = delete;
    FieldCipher& operator=(const FieldCipher&) = delete;

    // The cipher of a database, created and cached per database path.
    static Result<std::shared_ptr<const FieldCipher>> forDatabase(Database& db);
    // Success when the key file beside the database is the one its data was encrypted with (or
    // nothing is encrypted yet); else why not: missing, damaged, or another database's key.
    // Creates no key file.
    static Status checkKey(Database& db);
    // Forgets the cached cipher of a path (tests; after a restore replaced the key file).
    static void forget(const QString& dbPath);
    static QString keyPathFor(const QString& dbPath);
    // A cipher over a given 32-byte master key (tests and the key-backup tools).
    static std::shared_ptr<const FieldCipher> fromKey(const QByteArray& masterKey);

    // Empty in, empty out: "no phone" stays visible as such.
    QString encrypt(const QString& plain) const;
    // Fails when the text was made with another key or was altered.
    Result<QString> decrypt(const QString& stored) const;
    // Hex keyed hash of an already normalised value (e.g. the phone's digits).
    QString blindIndex(const QString& normalised) const;
    // Identifies the key without revealing it; kept in the database.
    QString keyCheck() const;

private:
    explicit FieldCipher(const QByteArray& masterKey);
    QByteArray m_encryptionKey;
    QByteArray m_indexKey;
};

} // namespace youfu::core
