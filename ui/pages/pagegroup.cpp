#include "pages/pagegroup.h"

#include <QCoreApplication>

namespace youfu::ui {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::ui::PageGroup)
};
} // namespace

QList<PageGroup> allPageGroups()
{
    return {PageGroup::Daily,     PageGroup::Business,  PageGroup::Stability, PageGroup::Funds,
            PageGroup::Townships, PageGroup::Appraisal, PageGroup::System};
}

QString pageGroupTitle(PageGroup group)
{
    switch (group) {
    case PageGroup::Daily:
        return Tr::tr("Daily");
    case PageGroup::Business:
        return Tr::tr("Business");
    case PageGroup::Stability:
        return Tr::tr("Stability");
    case PageGroup::Funds:
        return Tr::tr("Funds");
    case PageGroup::Townships:
        return Tr::tr("Townships and care");
    case PageGroup::Appraisal:
        return Tr::tr("Appraisal");
    case PageGroup::System:
        return Tr::tr("System");
    }
    return QString();
}

} // namespace youfu::ui
