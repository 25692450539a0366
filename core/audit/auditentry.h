#pragma once

#include <QDateTime>
#include <QString>

namespace youfu::core {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    qint64 actorId = 0;
    QString actorLogin;
    QString action;   // "user.add", "person.update", ...
    QString entity;   // "user", "person", ...
    QString entityId;
    QString beforeJson;
    QString afterJson;
    QString prevHash;
    QString hash;
};

struct AuditVerifyReport
{
    bool intact = true;
    qint64 entries = 0;
    qint64 firstBrokenId = 0; // the first entry that does not fit the chain
    QString reason;
};

} // namespace youfu::core
