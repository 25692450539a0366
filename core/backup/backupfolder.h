#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace youfu::core {

// Where a database's companions live. All beside the database file:
//   <db-dir>/backups/youfu-YYYYMMDD-HHMMSS.db (+ .key)   automatic and "backup now" copies
//   <db-dir>/backups/scans/                              copies of the scan store's files
//   <db-dir>/scans/                                      the scan store (content-addressed)
//   <db>.key                                             the key of the encrypted fields
struct BackupFile
{
    QString path;
    QDateTime takenAt; // local time, from the file name
    qint64 size = 0;
};

QString backupFolderFor(const QString& databasePath);
QString scansFolderFor(const QString& databasePath);
QString keyFileFor(const QString& databasePath);

QString backupFileName(const QDateTime& localTime);
bool parseBackupFileName(const QString& fileName, QDateTime* localTime);
// Youfu's backups in a folder, newest first; other files are ignored (and never deleted).
QList<BackupFile> listBackups(const QString& folder);

} // namespace youfu::core
