#include "registry/sex.h"

namespace youfu::core {

QString sexKey(Sex s)
{
    switch (s) {
    case Sex::Male:
        return QStringLiteral("M");
    case Sex::Female:
        return QStringLiteral("F");
    case Sex::Unknown:
        break;
    }
    return QString();
}

Sex sexFromKey(const QString& key)
{
    if (key == QLatin1String("M"))
        return Sex::Male;
    if (key == QLatin1String("F"))
        return Sex::Female;
    return Sex::Unknown;
}

QString sexTitle(Sex s)
{
    switch (s) {
    case Sex::Male:
        return QStringLiteral("男");
    case Sex::Female:
        return QStringLiteral("女");
    case Sex::Unknown:
        break;
    }
    return QString();
}

} // namespace youfu::core
