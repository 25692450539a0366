#include "security/fieldcipher.h"

#include "common/isotime.h"
#include "db/auditedwrite.h"
#include "db/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::FieldCipher)
};

const char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "youfufld";
const QLatin1String kFormatPrefix("1:");

QMutex& cacheMutex()
{
    static QMutex m;
    return m;
}

QHash<QString, std::shared_ptr<const FieldCipher>>& cache()
{
    static QHash<QString, std::shared_ptr<const FieldCipher>> c;
    return c;
}

QByteArray derive(const QByteArray& master, quint64 id, int size)
{
    QByteArray out(size, '\0');
    crypto_kdf_derive_from_key(reinterpret_cast<unsigned char*>(out.data()), size_t(size), id,
                               kKdfContext,
                               reinterpret_cast<const unsigned char*>(master.constData()));
    return out;
}

Result<QString> storedCheck(Database& db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT key_check FROM field_cipher WHERE id = 1")))
        return Status::failure(
            Tr::tr("The key record cannot be read: %1").arg(q.lastError().text()));
    return q.next() ? q.value(0).toString() : QString();
}

// One value encrypted with the database's key, if any: an old database without a check value
// still tells a wrong key from the right one by it.
Result<QString> encryptedSample(Database& db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT CASE WHEN phone_enc <> '' THEN phone_enc ELSE "
                               "bank_account_enc END FROM persons WHERE phone_enc <> '' OR "
                               "bank_account_enc <> '' LIMIT 1")))
        return Status::failure(
            Tr::tr("The key record cannot be read: %1").arg(q.lastError().text()));
    return q.next() ? q.value(0).toString() : QString();
}

QString missingMessage(const QString& keyPath)
{
    return Tr::tr("The key file “%1” is missing, so phone numbers and bank accounts cannot be "
                  "read. Put back the key file from the backup of this database.")
        .arg(keyPath);
}

QString foreignMessage(const QString& keyPath)
{
    return Tr::tr("The key file “%1” belongs to another database, not to this one; phone numbers "
                  "and bank accounts cannot be read with it. Put back the key file from the "
                  "backup of this database.")
        .arg(keyPath);
}

Status saveCheck(Database& db, const FieldCipher& cipher)
{
    return AuditedWrite::run(
        db, Actor::bootstrap(QStringLiteral("system")), Authority::system(),
        {QStringLiteral("security.field_key"),
         QStringLiteral("database"),
         QString(),
         {},
         QJsonObject{{QStringLiteral("key_check"), cipher.keyCheck()}}},
        [&](WriteScope& w) -> Status {
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral(
                "INSERT INTO field_cipher (id, key_check, created_at) VALUES (1, ?, ?)"));
            q.addBindValue(cipher.keyCheck());
            q.addBindValue(toIsoUtc(w.now()));
            if (!q.exec())
                return Status::failure(
                    Tr::tr("The key record cannot be saved: %1").arg(q.lastError().text()));
            return Status::success();
        });
}

Result<QByteArray> createKeyFile(const QString& path)
{
    QByteArray key(crypto_kdf_KEYBYTES, '\0');
    crypto_kdf_keygen(reinterpret_cast<unsigned char*>(key.data()));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Status::failure(
            Tr::tr("The key file “%1” cannot be created: %2").arg(path, f.errorString()));
    // Owner-only before the key is written, so it is never readable by others.
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(key) != key.size() || !f.flush()) {
        f.close();
        f.remove();
        return Status::failure(Tr::tr("The key file “%1” cannot be written.").arg(path));
    }
    f.close();
    return key;
}
} // namespace

FieldCipher::FieldCipher(const QByteArray& masterKey)
    : m_encryptionKey(derive(masterKey, 1, crypto_aead_xchacha20poly1305_ietf_KEYBYTES)),
      m_indexKey(derive(masterKey, 2, crypto_generichash_KEYBYTES))
{}

FieldCipher::~FieldCipher()
{
    sodium_memzero(m_encryptionKey.data(), size_t(m_encryptionKey.size()));
    sodium_memzero(m_indexKey.data(), size_t(m_indexKey.size()));
}

QString FieldCipher::keyPathFor(const QString& dbPath)
{
    return QFileInfo(dbPath).absoluteFilePath() + QStringLiteral(".key");
}

std::shared_ptr<const FieldCipher> FieldCipher::fromKey(const QByteArray& masterKey)
{
    if (sodium_init() < 0 || masterKey.size() != crypto_kdf_KEYBYTES)
        return nullptr;
    return std::shared_ptr<const FieldCipher>(new FieldCipher(masterKey));
}

void FieldCipher::forget(const QString& dbPath)
{
    QMutexLocker lock(&cacheMutex());
    cache().remove(QFileInfo(dbPath).absoluteFilePath());
}

Result<std::shared_ptr<const FieldCipher>> FieldCipher::forDatabase(Database& db)
{
    QMutexLocker lock(&cacheMutex());
    if (auto it = cache().constFind(db.path()); it != cache().constEnd())
        return *it;
    if (sodium_init() < 0)
        return Status::failure(Tr::tr("The encryption library cannot start."));
    auto check = storedCheck(db);
    if (!check)
        return check.status();
    auto sample = check->isEmpty() ? encryptedSample(db) : Result<QString>(QString());
    if (!sample)
        return sample.status();
    const QString keyPath = keyPathFor(db.path());
    QByteArray key;
    QFile f(keyPath);
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            return Status::failure(
                Tr::tr("The key file “%1” cannot be read: %2").arg(keyPath, f.errorString()));
        // A key put back from a FAT stick comes with everybody's read bit: owner-only again.
        const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        if ((f.permissions() & ~(owner | QFileDevice::ReadUser | QFileDevice::WriteUser)).toInt())
            f.setPermissions(owner);
        key = f.readAll();
        if (key.size() != crypto_kdf_KEYBYTES)
            return Status::failure(
                Tr::tr("The key file “%1” is damaged; phone numbers and bank accounts cannot be "
                       "read with it. Put back the key file from the backup of this database.")
                    .arg(keyPath));
    } else if (!check->isEmpty() || !sample->isEmpty()) {
        return Status::failure(missingMessage(keyPath));
    } else if (db.isReadOnly()) {
        return Status::failure(Tr::tr("The key file “%1” is missing.").arg(keyPath));
    } else {
        auto created = createKeyFile(keyPath);
        if (!created)
            return created.status();
        key = created.takeValue();
    }
    std::shared_ptr<const FieldCipher> cipher(new FieldCipher(key));
    sodium_memzero(key.data(), size_t(key.size()));
    if (check->isEmpty()) {
        if (!sample->isEmpty() && !cipher->decrypt(sample.value()))
            return Status::failure(foreignMessage(keyPath));
        if (!db.isReadOnly())
            if (Status s = saveCheck(db, *cipher); !s)
                return s;
    } else if (*check != cipher->keyCheck()) {
        return Status::failure(foreignMessage(keyPath));
    }
    cache().insert(db.path(), cipher);
    return cipher;
}

Status FieldCipher::checkKey(Database& db)
{
    {
        QMutexLocker lock(&cacheMutex());
        if (cache().contains(db.path()))
            return Status::success();
    }
    auto check = storedCheck(db);
    if (!check)
        return check.status();
    auto sample = check->isEmpty() ? encryptedSample(db) : Result<QString>(QString());
    if (!sample)
        return sample.status();
    if (check->isEmpty() && sample->isEmpty() && !QFile::exists(keyPathFor(db.path())))
        return Status::success(); // nothing encrypted yet: the key is made when first needed
    return forDatabase(db).status();
}

QString FieldCipher::encrypt(const QString& plain) const
{
    if (plain.isEmpty())
        return QString();
    const QByteArray msg = plain.toUtf8();
    QByteArray out(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + msg.size() +
                       crypto_aead_xchacha20poly1305_ietf_ABYTES,
                   '\0');
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long clen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &clen,
        reinterpret_cast<const unsigned char*>(msg.constData()), quint64(msg.size()), nullptr, 0,
        nullptr, nonce, reinterpret_cast<const unsigned char*>(m_encryptionKey.constData()));
    return kFormatPrefix + QString::fromLatin1(out.toBase64());
}

Result<QString> FieldCipher::decrypt(const QString& stored) const
{
    if (stored.isEmpty())
        return QString();
    const QByteArray raw = QByteArray::fromBase64(stored.mid(kFormatPrefix.size()).toLatin1());
    const int n = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    const int a = crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (!stored.startsWith(kFormatPrefix) || raw.size() < n + a)
        return Status::failure(Tr::tr("A stored value is damaged."));
    QByteArray msg(raw.size() - n - a, '\0');
    unsigned long long mlen = 0;
    const auto* nonce = reinterpret_cast<const unsigned char*>(raw.constData());
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(msg.data()), &mlen, nullptr, nonce + n,
            quint64(raw.size() - n), nullptr, 0, nonce,
            reinterpret_cast<const unsigned char*>(m_encryptionKey.constData())) != 0)
        return Status::failure(Tr::tr("A stored value cannot be decrypted with this key."));
    return QString::fromUtf8(msg.constData(), int(mlen));
}

QString FieldCipher::blindIndex(const QString& normalised) const
{
    if (normalised.isEmpty())
        return QString();
    const QByteArray in = normalised.toUtf8();
    unsigned char out[16];
    crypto_generichash(
        out, sizeof out, reinterpret_cast<const unsigned char*>(in.constData()), quint64(in.size()),
        reinterpret_cast<const unsigned char*>(m_indexKey.constData()), size_t(m_indexKey.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), sizeof out).toHex());
}

QString FieldCipher::keyCheck() const
{
    return blindIndex(QStringLiteral("youfu field key check"));
}

} // namespace youfu::core
