#include "archive/scanstore.h"

#include "archive/scanformat.h"
#include "db/database.h"
#include "report/atomicfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::ScanStore)
};

const QLatin1String kTempPrefix(".tmp-");

bool syncHandle(int fd)
{
    if (fd < 0)
        return false;
#ifdef Q_OS_WIN
    return _commit(fd) == 0;
#else
    return ::fsync(fd) == 0;
#endif
}

// The rename itself must reach the disk too, or a power cut may forget it.
void syncDirectory(const QString& dir)
{
#ifndef Q_OS_WIN
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir);
#endif
}

bool isHexSha(const QString& s)
{
    if (s.size() != 64)
        return false;
    for (QChar c : s)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    return true;
}
} // namespace

ScanStore::ScanStore(QString rootDir) : m_root(std::move(rootDir)) {}

QString ScanStore::rootFor(const Database& db)
{
    if (db.path().isEmpty() || db.path() == QLatin1String(":memory:"))
        return QString();
    return QFileInfo(db.path()).absoluteDir().filePath(QStringLiteral("scans"));
}

QString ScanStore::sha256Of(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool ScanStore::isTemporaryName(const QString& fileName)
{
    return fileName.startsWith(kTempPrefix);
}

QString ScanStore::pathOf(const QString& sha256, const QString& extension) const
{
    return QDir(m_root).filePath(sha256.left(2) + QLatin1Char('/') + sha256 + QLatin1Char('.') + extension);
}

Result<StoredScan> ScanStore::putFile(const QString& sourcePath)
{
    QFile f(sourcePath);
    if (!f.open(QIODevice::ReadOnly))
        return Result<StoredScan>::failure(Tr::tr("The file %1 cannot be read: %2")
                                               .arg(QDir::toNativeSeparators(sourcePath), f.errorString()));
    if (f.size() > 200LL * 1024 * 1024)
        return Result<StoredScan>::failure(Tr::tr("The file is larger than 200 MB; scan it at a lower resolution."));
    const QByteArray bytes = f.readAll();
    return put(bytes, QFileInfo(sourcePath).fileName());
}

Result<StoredScan> ScanStore::put(const QByteArray& bytes, const QString& fileNameOrExtension)
{
    if (m_root.isEmpty())
        return Result<StoredScan>::failure(Tr::tr("Scans cannot be kept for a database without a folder."));
    if (Status s = ScanFormat::check(bytes, fileNameOrExtension); !s)
        return s;
    StoredScan scan{sha256Of(bytes), ScanFormat::extensionOf(fileNameOrExtension), bytes.size()};
    const QString finalPath = pathOf(scan.sha256, scan.extension);
    // The same content is stored once; an intact copy is never written again. A damaged copy
    // under this name is restored: the name says what the content must be.
    if (health(scan.sha256, scan.extension) == ScanHealth::Intact)
        return scan;
    if (Status s = writeAtomically(finalPath, bytes); !s)
        return s;
    return scan;
}

Status ScanStore::writeAtomically(const QString& finalPath, const QByteArray& bytes) const
{
    const QString dir = QFileInfo(finalPath).absolutePath();
    if (!QDir().mkpath(dir))
        return Status::failure(Tr::tr("The scan folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir)));
    const QString temp = QDir(dir).filePath(
        kTempPrefix + QString::number(QRandomGenerator::global()->generate64(), 16));
    QFile out(temp);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Status::failure(Tr::tr("The scan cannot be written to %1: %2")
                                   .arg(QDir::toNativeSeparators(dir), out.errorString()));
    const bool written = out.write(bytes) == bytes.size() && out.flush() && syncHandle(out.handle());
    out.close();
    if (!written) {
        QFile::remove(temp);
        return Status::failure(Tr::tr("The scan could not be written completely (is the disk full?)."));
    }
    if (m_hook && !m_hook(temp))
        return Status::failure(Tr::tr("The scan was not stored: the write was interrupted."));
    if (QFile::exists(finalPath) && !QFile::remove(finalPath)) {
        QFile::remove(temp);
        return Status::failure(Tr::tr("A damaged copy of this scan cannot be replaced."));
    }
    if (!QFile::rename(temp, finalPath)) {
        QFile::remove(temp);
        return Status::failure(Tr::tr("The scan could not be moved into the store."));
    }
    syncDirectory(dir);
    return Status::success();
}

ScanHealth ScanStore::health(const QString& sha256, const QString& extension) const
{
    QFile f(pathOf(sha256, extension));
    if (!isHexSha(sha256) || !f.open(QIODevice::ReadOnly))
        return ScanHealth::Missing;
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return ScanHealth::Altered;
    return QString::fromLatin1(h.result().toHex()) == sha256 ? ScanHealth::Intact : ScanHealth::Altered;
}

QString ScanStore::healthMessage(ScanHealth health)
{
    switch (health) {
    case ScanHealth::Intact: return Tr::tr("intact");
    case ScanHealth::Missing:
        return Tr::tr("The scanned file is missing from the scan folder. Restore it from a backup or attach it again.");
    case ScanHealth::Altered:
        return Tr::tr("The scanned file was altered on disk: its content no longer matches the "
                      "fingerprint recorded when it was filed. Do not rely on it; restore it from a backup.");
    }
    return QString();
}

Result<QByteArray> ScanStore::read(const QString& sha256, const QString& extension) const
{
    QFile f(pathOf(sha256, extension));
    if (!isHexSha(sha256) || !f.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(healthMessage(ScanHealth::Missing));
    const QByteArray bytes = f.readAll();
    if (sha256Of(bytes) != sha256)
        return Result<QByteArray>::failure(healthMessage(ScanHealth::Altered));
    return bytes;
}

Status ScanStore::exportTo(const QString& sha256, const QString& extension, const QString& path) const
{
    Result<QByteArray> bytes = read(sha256, extension);
    if (!bytes)
        return bytes.status();
    return writeFileAtomically(path, [&](QIODevice& out) {
        if (out.write(*bytes) != bytes->size())
            return Status::failure(Tr::tr("The copy could not be written completely."));
        return Status::success();
    });
}

int ScanStore::removeLeftovers(const QDateTime& olderThanUtc) const
{
    if (m_root.isEmpty())
        return 0;
    int removed = 0;
    QDirIterator it(m_root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!isTemporaryName(it.fileName()))
            continue;
        if (olderThanUtc.isValid() && it.fileInfo().lastModified().toUTC() >= olderThanUtc)
            continue;
        if (QFile::remove(path))
            ++removed;
    }
    return removed;
}

} // namespace youfu::core
