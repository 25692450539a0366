#include "backup/backupcopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::BackupService)
};
} // namespace

bool syncFile(const QString& path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.flush();
#endif
}

void syncFolder(const QString& folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

Status copyFileAtomically(const QString& from, const QString& to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return Status::failure(Tr::tr("cannot read “%1”: %2").arg(from, in.errorString()));
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly))
        return Status::failure(Tr::tr("cannot write “%1”: %2").arg(to, out.errorString()));
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            return Status::failure(Tr::tr("cannot read “%1”: %2").arg(from, in.errorString()));
        if (out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            return Status::failure(Tr::tr("cannot write “%1”: %2").arg(to, out.errorString()));
        }
    }
    out.setPermissions(in.permissions());
    if (!out.commit())
        return Status::failure(Tr::tr("cannot write “%1”: %2").arg(to, out.errorString()));
    return Status::success();
}

Result<int> copyMissingFiles(const QString& from, const QString& to)
{
    if (!QFileInfo(from).isDir())
        return 0;
    int copied = 0;
    const QDir source(from);
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString rel = source.relativeFilePath(file);
        const QString target = QDir(to).filePath(rel);
        if (QFileInfo::exists(target))
            continue;
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return Status::failure(Tr::tr("cannot create the folder for “%1”").arg(target));
        if (Status s = copyFileAtomically(file, target); !s)
            return s;
        ++copied;
    }
    return copied;
}

} // namespace youfu::core
