#include "report/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cstdio>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::Report)
};

// A file name the clerk may save to: not empty, not a folder, in a folder that exists.
Status checkTarget(const QString& path)
{
    if (path.trimmed().isEmpty())
        return Status::failure(Tr::tr("No file name was given."));
    const QFileInfo info(path);
    if (info.isDir())
        return Status::failure(Tr::tr("“%1” is a folder. Choose a file name.")
                                   .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    if (!info.absoluteDir().exists())
        return Status::failure(Tr::tr("The folder “%1” does not exist. Choose another folder.")
                                   .arg(QDir::toNativeSeparators(info.absolutePath())));
    return Status::success();
}
} // namespace

Status writeFileAtomically(const QString& path, const std::function<Status(QIODevice& out)>& write)
{
    if (Status s = checkTarget(path); !s)
        return s;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            Tr::tr("“%1” cannot be written: %2. Check that you may save in "
                   "this folder and that the file is not open in another program.")
                .arg(shown, file.errorString()));
    // Exports hold personal data: owner-only, set before the first byte is written. A FAT
    // USB stick has no modes and refuses the change; the export still goes there.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (Status s = write(file); !s) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit())
        return Status::failure(Tr::tr("“%1” could not be saved: %2. The disk may be full; the "
                                      "previous file, if any, is unchanged.")
                                   .arg(shown, file.errorString()));
    return Status::success();
}

Status writeFileAtomicallyByName(const QString& path,
                                 const std::function<Status(const QString& tempPath)>& write)
{
    if (Status s = checkTarget(path); !s)
        return s;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    // QTemporaryFile creates the file 0600 before anything is in it.
    QTemporaryFile temp(
        info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(info.fileName())));
    temp.setAutoRemove(false);
    if (!temp.open())
        return Status::failure(
            Tr::tr("“%1” cannot be written: %2. Check that you may save in "
                   "this folder and that the file is not open in another program.")
                .arg(shown, temp.errorString()));
    const QString tempPath = temp.fileName();
    temp.close();
    QFile::setPermissions(tempPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (Status s = write(tempPath); !s) {
        QFile::remove(tempPath);
        return s;
    }
    QFile::setPermissions(tempPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // rename() replaces the old file in one step (POSIX); where it cannot, the old one goes first.
    bool renamed = std::rename(QFile::encodeName(tempPath).constData(),
                               QFile::encodeName(info.absoluteFilePath()).constData()) == 0;
    if (!renamed && QFile::exists(path) && QFile::remove(path))
        renamed = QFile::rename(tempPath, path);
    if (!renamed) {
        QFile::remove(tempPath);
        return Status::failure(Tr::tr("“%1” could not be saved. The file may be open in another "
                                      "program; the previous file, if any, is unchanged.")
                                   .arg(shown));
    }
    return Status::success();
}

} // namespace youfu::core
