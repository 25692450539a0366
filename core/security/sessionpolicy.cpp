#include "security/sessionpolicy.h"

#include "settings/settingsstore.h"

namespace youfu::core {

int idleLogoutMinutes(const SettingsStore& settings)
{
    bool ok = false;
    const int minutes = settings.value(kIdleLogoutMinutesKey).toInt(&ok);
    if (!ok)
        return kDefaultIdleLogoutMinutes;
    return qBound(kMinIdleLogoutMinutes, minutes, kMaxIdleLogoutMinutes);
}

} // namespace youfu::core
