#pragma once

#include "common/isotime.h"

#include <QDate>
#include <QString>
#include <QVariant>

namespace youfu::core {

// Qt binds a null QString as SQL NULL; NOT NULL text columns get "".
inline QString textOrEmpty(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

inline QVariant dateOrNull(const QDate& d)
{
    return d.isValid() ? QVariant(toIsoDate(d)) : QVariant();
}

// A user id column: NULL for the bootstrap actor (no user row yet).
inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace youfu::core
