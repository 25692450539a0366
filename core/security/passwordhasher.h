#pragma once

#include <QString>

namespace youfu::core {

// Argon2id through libsodium. Only the encoded string ($argon2id$v=19$...) is ever stored.
class PasswordHasher
{
public:
    static QString hash(const QString& password);
    static bool verify(const QString& encoded, const QString& password);
};

} // namespace youfu::core
