#pragma once

#include <QList>
#include <QString>

namespace youfu::core {

// 在册 / 暂停 / 死亡 / 迁出. A person is never deleted; the status says why they left.
enum class PersonStatus
{
    Active,
    Suspended,
    Deceased,
    MovedAway
};

QList<PersonStatus> allPersonStatuses();
QString personStatusKey(PersonStatus s); // "active", ... as stored
bool personStatusFromKey(const QString& key, PersonStatus* out);
QString personStatusTitle(PersonStatus s); // 在册, 暂停, 死亡, 迁出

} // namespace youfu::core
