#include "db/fileheader.h"

#include <QtEndian>

namespace youfu::core {

FileHeader FileHeader::inspect(const QByteArray& bytes)
{
    FileHeader h;
    if (bytes.isEmpty())
        return h;
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < 100 || !bytes.startsWith(magic)) {
        h.kind = Kind::NotSqlite;
        return h;
    }
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData());
    h.userVersion = int(qFromBigEndian<quint32>(p + 60));
    h.applicationId = qFromBigEndian<quint32>(p + 68);
    h.kind = h.applicationId == kApplicationId ? Kind::Youfu : Kind::ForeignSqlite;
    return h;
}

} // namespace youfu::core
