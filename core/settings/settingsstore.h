#pragma once

#include "common/result.h"
#include "security/actor.h"
#include "security/permission.h"

#include <QString>

namespace youfu::core {

class Database;

// The office's settings kept in the database (shared by everyone who uses this file).
// Per-PC preferences such as the language live in QSettings instead.
class SettingsStore
{
public:
    static const QString kOfficeName; // 武冈市民政局
    static const QString kCountyCode; // 430581
    static const QString kCountyName; // 武冈市

    explicit SettingsStore(Database& db) : m_db(db) {}

    QString value(const QString& key, const QString& fallback = QString()) const;
    QString officeName() const;
    Status set(const Actor& actor, const QString& key, const QString& value);
    // A setting of the section's own work (the care registers' interval and cap…): changed by
    // whoever holds `needed` rather than by the administrator.
    Status set(const Actor& actor, const QString& key, const QString& value, Permission needed);

private:
    Database& m_db;
};

} // namespace youfu::core
