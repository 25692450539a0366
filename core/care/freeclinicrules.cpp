#include "care/freeclinicrules.h"

#include "common/isotime.h"

#include <QCoreApplication>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::FreeClinicRules)
};
} // namespace

QStringList FreeClinicRules::problems(const FreeClinic& c, int listed, const QDate& today)
{
    QStringList out;
    if (!c.heldOn.isValid())
        out << Tr::tr("Enter the date of the free clinic.");
    else if (today.isValid() && c.heldOn > today)
        out << Tr::tr("The free clinic of %1 has not been held yet; enter it on the day.")
                   .arg(chineseDate(c.heldOn));
    if (c.townshipCode.trimmed().isEmpty())
        out << Tr::tr("Choose the township where the free clinic was held.");
    if (c.hospital.trimmed().isEmpty())
        out << Tr::tr("Enter the hospital that sent the doctors.");
    if (c.personsSeen < 0)
        out << Tr::tr("The number of persons seen cannot be negative.");
    else if (c.personsSeen < listed)
        out << Tr::tr("%1 persons seen is fewer than the %2 registry persons recorded as seen.")
                   .arg(c.personsSeen)
                   .arg(listed);
    return out;
}

} // namespace youfu::core
