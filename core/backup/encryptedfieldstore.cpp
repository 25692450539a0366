#include "backup/encryptedfieldstore.h"

#include "db/database.h"
#include "security/fieldcipher.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::RestoreService)
};
} // namespace

Result<qint64> EncryptedFieldStore::undecryptable(const FieldCipher& cipher) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT phone_enc, bank_account_enc FROM persons "
                               "WHERE phone_enc <> '' OR bank_account_enc <> ''")))
        return Status::failure(
            Tr::tr("The encrypted numbers cannot be read: %1").arg(q.lastError().text()));
    qint64 bad = 0;
    while (q.next())
        for (int column = 0; column < 2; ++column)
            if (!cipher.decrypt(q.value(column).toString()))
                ++bad;
    return bad;
}

} // namespace youfu::core
