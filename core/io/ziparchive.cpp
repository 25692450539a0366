#include "io/ziparchive.h"

#include <minizip/unzip.h>

#include <algorithm>

namespace youfu::core {

namespace {

// minizip's file functions over the QFile the archive holds (`opaque`).
voidpf openFile(voidpf opaque, const void*, int)
{
    return opaque;
}

uLong readFile(voidpf, voidpf stream, void* buf, uLong size)
{
    const qint64 n = static_cast<QFile*>(stream)->read(static_cast<char*>(buf), qint64(size));
    return n < 0 ? 0 : uLong(n);
}

uLong writeFile(voidpf, voidpf, const void*, uLong)
{
    return 0;
}

ZPOS64_T tellFile(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QFile*>(stream)->pos());
}

long seekFile(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto* file = static_cast<QFile*>(stream);
    qint64 target = qint64(offset);
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        target += file->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        target += file->size();
    return target >= 0 && target <= file->size() && file->seek(target) ? 0 : -1;
}

int closeFile(voidpf, voidpf)
{
    return 0;
}

int errorFile(voidpf, voidpf stream)
{
    return static_cast<QFile*>(stream)->error() == QFileDevice::NoError ? 0 : 1;
}

} // namespace

ZipArchive::ZipArchive() = default;

ZipArchive::~ZipArchive()
{
    m_entry.close();
    if (m_zip)
        unzClose(m_zip);
}

bool ZipArchive::open(const QString& path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return false;
    zlib_filefunc64_def functions;
    functions.zopen64_file = openFile;
    functions.zread_file = readFile;
    functions.zwrite_file = writeFile;
    functions.ztell64_file = tellFile;
    functions.zseek64_file = seekFile;
    functions.zclose_file = closeFile;
    functions.zerror_file = errorFile;
    functions.opaque = &m_file;
    m_zip = unzOpen2_64("", &functions);
    m_entry.m_zip = m_zip;
    return m_zip != nullptr;
}

bool ZipArchive::contains(const QString& name) const
{
    return m_zip && unzLocateFile(m_zip, name.toUtf8().constData(), 2) == UNZ_OK;
}

bool ZipArchive::openEntry(const QString& name)
{
    m_entry.close();
    if (!m_zip || unzLocateFile(m_zip, name.toUtf8().constData(), 2) != UNZ_OK)
        return false;
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return false;
    if (unzOpenCurrentFile(m_zip) != UNZ_OK)
        return false;
    m_entry.m_size = qint64(info.uncompressed_size);
    m_entry.m_read = 0;
    m_entry.m_failed = false;
    m_entry.m_open = true;
    return m_entry.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void ZipArchive::Entry::close()
{
    if (m_open && unzCloseCurrentFile(m_zip) != UNZ_OK && m_read >= m_size)
        m_failed = true; // the CRC did not match what was read
    m_open = false;
    QIODevice::close();
}

qint64 ZipArchive::Entry::readData(char* data, qint64 maxSize)
{
    if (!m_open || m_failed)
        return -1;
    const unsigned chunk = unsigned(std::min<qint64>(maxSize, 1 << 30));
    const int n = unzReadCurrentFile(m_zip, data, chunk);
    if (n < 0) {
        m_failed = true;
        return -1;
    }
    if (n == 0 && m_read < m_size) {
        m_failed = true; // the entry ended before its stated size
        return -1;
    }
    m_read += n;
    if (n == 0)
        return -1; // end of the entry
    return n;
}

} // namespace youfu::core
