#pragma once

#include "common/result.h"
#include "security/actor.h"

#include <QString>

namespace youfu::core {

class Database;

// Showing a full citizen ID or bank account number is an act of its own: it needs
// Permission::RevealSensitive and leaves an audit entry ("sensitive.reveal") naming who saw
// which field of which record. The value itself is never written to the log.
// Call it before the full value is shown; show nothing when it fails.
Status recordReveal(Database& db, const Actor& actor, const QString& entity,
                    const QString& entityId, const QString& field);

} // namespace youfu::core
