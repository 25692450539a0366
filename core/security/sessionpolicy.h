#pragma once

#include <QString>

namespace youfu::core {

class SettingsStore;

// Logout after idle time (GB/T 22239 level 3: sessions end when left alone). Kept in the
// database's settings, changed by the administrator; never off.
inline const QString kIdleLogoutMinutesKey = QStringLiteral("security.idle_logout_minutes");
constexpr int kDefaultIdleLogoutMinutes = 15;
constexpr int kMinIdleLogoutMinutes = 1;
constexpr int kMaxIdleLogoutMinutes = 240;

int idleLogoutMinutes(const SettingsStore& settings);

} // namespace youfu::core
