#include "backup/backupfolder.h"

#include "security/fieldcipher.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace youfu::core {

QString backupFolderFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString scansFolderFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("scans"));
}

QString keyFileFor(const QString& databasePath)
{
    return FieldCipher::keyPathFor(databasePath);
}

QString backupFileName(const QDateTime& localTime)
{
    return QStringLiteral("youfu-") + localTime.toString(QStringLiteral("yyyyMMdd-HHmmss")) +
           QStringLiteral(".db");
}

bool parseBackupFileName(const QString& fileName, QDateTime* localTime)
{
    // A second backup within the same second gets "-2", "-3"…
    static const QRegularExpression re(QStringLiteral("^youfu-(\\d{8}-\\d{6})(-\\d+)?\\.db$"));
    const auto m = re.match(fileName);
    if (!m.hasMatch())
        return false;
    const QDateTime t = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
    if (!t.isValid())
        return false;
    if (localTime)
        *localTime = t;
    return true;
}

QList<BackupFile> listBackups(const QString& folder)
{
    QList<BackupFile> list;
    const QFileInfoList files =
        QDir(folder).entryInfoList({QStringLiteral("youfu-*.db")}, QDir::Files);
    for (const QFileInfo& fi : files) {
        BackupFile b;
        if (!parseBackupFileName(fi.fileName(), &b.takenAt))
            continue;
        b.path = fi.absoluteFilePath();
        b.size = fi.size();
        list << b;
    }
    std::sort(list.begin(), list.end(), [](const BackupFile& a, const BackupFile& b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
    return list;
}

} // namespace youfu::core
