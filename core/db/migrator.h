#pragma once

#include "common/result.h"

#include <QString>
#include <QVector>

namespace youfu::core {

class Database;

// Numbered schema upgrades kept as SQL in resources (:/migrations/NNNN_name.sql). Each is
// applied in its own transaction together with the new PRAGMA user_version.
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    static QVector<Migration> available();
    static int latestVersion();
    static Status migrate(Database& db, int targetVersion);
};

} // namespace youfu::core
