#include "registry/personstatus.h"

#include <QCoreApplication>

namespace youfu::core {

namespace {

// The context the registry's words were first translated in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::PersonStore)
};

bool isRegisteredReason(const QString& stored)
{
    const QString t = stored.trimmed();
    return t == registeredReasonCode() || t == QStringLiteral("新登记");
}

} // namespace

QString registeredReasonCode()
{
    return QStringLiteral("registered");
}

QString statusReasonText(const QString& stored)
{
    return isRegisteredReason(stored) ? Tr::tr("registered") : stored;
}

QString statusReasonPaperText(const QString& stored)
{
    return isRegisteredReason(stored) ? QStringLiteral("新登记") : stored;
}

QList<PersonStatus> allPersonStatuses()
{
    return {PersonStatus::Active, PersonStatus::Suspended, PersonStatus::Deceased,
            PersonStatus::MovedAway};
}

QString personStatusKey(PersonStatus s)
{
    switch (s) {
    case PersonStatus::Active:
        return QStringLiteral("active");
    case PersonStatus::Suspended:
        return QStringLiteral("suspended");
    case PersonStatus::Deceased:
        return QStringLiteral("deceased");
    case PersonStatus::MovedAway:
        return QStringLiteral("moved");
    }
    return QString();
}

bool personStatusFromKey(const QString& key, PersonStatus* out)
{
    for (PersonStatus s : allPersonStatuses()) {
        if (personStatusKey(s) == key) {
            if (out)
                *out = s;
            return true;
        }
    }
    return false;
}

// Office terms, shown as data in both languages like category names.
QString personStatusTitle(PersonStatus s)
{
    switch (s) {
    case PersonStatus::Active:
        return QStringLiteral("在册");
    case PersonStatus::Suspended:
        return QStringLiteral("暂停");
    case PersonStatus::Deceased:
        return QStringLiteral("死亡");
    case PersonStatus::MovedAway:
        return QStringLiteral("迁出");
    }
    return QString();
}

} // namespace youfu::core
