#pragma once

#include "audit/auditentry.h"
#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace youfu::core {

// What a backup was when it was made, in "<backup>.json" beside it (mode 0600): its SHA-256, so
// a changed byte is found before a restore, and where the audit chain stood, so a later
// truncation or rewrite of the log is found by `youfuctl audit verify`.
struct BackupManifest
{
    QString file;   // the backup's file name
    QString sha256; // hex
    qint64 bytes = 0;
    QDateTime takenAt; // UTC
    qint64 auditEntries = 0;
    QString auditHead; // the hash of entry `auditEntries`

    AuditAnchor anchor(const QString& source) const;
};

QString manifestPathFor(const QString& backupFile);
Result<QString> sha256OfFile(const QString& path);
Status writeManifest(const QString& backupFile, const BackupManifest& manifest);
// std::nullopt when the backup has no manifest (made by an older Youfu, or copied without it).
Result<std::optional<BackupManifest>> readManifest(const QString& backupFile);
// The anchors of every Youfu backup in a folder that has a readable manifest.
QList<AuditAnchor> anchorsIn(const QString& folder);

} // namespace youfu::core
