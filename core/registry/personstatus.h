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

// A reason the program itself writes is stored as a stable code, never in the language of whoever
// was logged in; a clerk's own reason is stored as typed.
QString registeredReasonCode(); // "registered": the person was entered in the registry
// The stored reason for a reader: a program code (also the old stored "registered"/"新登记") in
// the current language on screen, in the office's words on paper; a clerk's reason unchanged.
QString statusReasonText(const QString& stored);
QString statusReasonPaperText(const QString& stored);

} // namespace youfu::core
