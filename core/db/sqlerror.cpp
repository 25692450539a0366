#include "db/sqlerror.h"

#include <QCoreApplication>
#include <QSqlError>

#include <sqlite3.h>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::SqlError)
};

int primaryCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}
} // namespace

bool isDiskFull(const QSqlError& error)
{
    return primaryCode(error) == SQLITE_FULL;
}

QString describeSqlError(const QSqlError& error)
{
    switch (primaryCode(error)) {
    case SQLITE_FULL:
        return Tr::tr("The disk is full, so nothing was saved. Free some space on the disk "
                      "(or ask for help), then try again; what was saved before is safe.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Tr::tr("The database is busy with another writer; try again in a moment.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Tr::tr("The database file is damaged. Stop working, close Youfu and restore the "
                      "latest good backup.");
    case SQLITE_IOERR:
        return Tr::tr("The disk could not be read or written (%1). Nothing was saved; check the "
                      "disk and try again.")
            .arg(error.databaseText());
    case SQLITE_READONLY:
        return Tr::tr("The database cannot be written (it is read-only).");
    default:
        return error.text();
    }
}

} // namespace youfu::core
