#include "audit/auditkey.h"

#include "db/database.h"
#include "security/fieldcipher.h"

#include <QCoreApplication>
#include <QFile>

#include <sodium.h>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::AuditLog)
};

const char kAuditContext[crypto_kdf_CONTEXTBYTES + 1] = "youfuaud";
} // namespace

QByteArray AuditKey::fromMaster(const QByteArray& masterKey)
{
    if (sodium_init() < 0 || masterKey.size() != crypto_kdf_KEYBYTES)
        return QByteArray();
    QByteArray out(crypto_generichash_KEYBYTES, '\0');
    crypto_kdf_derive_from_key(reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()), 1,
                               kAuditContext,
                               reinterpret_cast<const unsigned char*>(masterKey.constData()));
    return out;
}

Result<QByteArray> AuditKey::fromKeyFile(const QString& dbPath)
{
    const QString path = FieldCipher::keyPathFor(dbPath);
    QFile f(path);
    if (!f.exists())
        return Status::failure(Tr::tr("The key file “%1” is missing, so the audit log cannot be "
                                      "written or checked. Put back the key file from the backup "
                                      "of this database.")
                                   .arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return Status::failure(
            Tr::tr("The key file “%1” cannot be read: %2").arg(path, f.errorString()));
    QByteArray master = f.read(crypto_kdf_KEYBYTES + 1);
    const QByteArray key = fromMaster(master);
    sodium_memzero(master.data(), size_t(master.size()));
    if (key.isEmpty())
        return Status::failure(Tr::tr("The key file “%1” is damaged.").arg(path));
    return key;
}

Result<QByteArray> AuditKey::forDatabase(Database& db)
{
    if (!QFile::exists(FieldCipher::keyPathFor(db.path())) && !db.isReadOnly()) {
        // FieldCipher owns the key file: it creates it and records its check value.
        auto cipher = FieldCipher::forDatabase(db);
        if (!cipher)
            return cipher.status();
    }
    return fromKeyFile(db.path());
}

QString AuditKey::mac(const QByteArray& auditKey, const QByteArray& text)
{
    unsigned char out[32];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(text.constData()),
                       quint64(text.size()),
                       reinterpret_cast<const unsigned char*>(auditKey.constData()),
                       size_t(auditKey.size()));
    const QString hex =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), sizeof out).toHex());
    sodium_memzero(out, sizeof out);
    return hex;
}

} // namespace youfu::core
