#pragma once

#include <QByteArray>
#include <QString>

namespace youfu::core {

// Youfu's mark in the SQLite header (PRAGMA application_id): "YFGZ".
constexpr quint32 kApplicationId = 0x5946475A;

// What the first 100 bytes of a file say about it, read without SQLite so that a file we
// refuse is never touched by the library (no journal, no WAL, no header rewrite).
struct FileHeader
{
    enum class Kind { Empty, NotSqlite, ForeignSqlite, Youfu };
    Kind kind = Kind::Empty;
    quint32 applicationId = 0;
    int userVersion = 0;

    static FileHeader inspect(const QByteArray& first100Bytes);
};

} // namespace youfu::core
