#include "pages/townshippage.h"

#include "security/permission.h"
#include "township/publicitypanel.h"
#include "township/trainingpanel.h"
#include "township/workerspanel.h"
#include "township/zeroreportpanel.h"
#include "widgets/glyphicon.h"

namespace youfu::ui {

TownshipPage::TownshipPage(Session& session, QWidget* parent)
    : RegisterPage(session, tr("The townships"), parent)
{
    setObjectName(QStringLiteral("townshipPage"));
    if (!canManage())
        setNote(tr("Read only: these registers are kept by the clerk and the section chief."));
    // One addPanel(new …Panel(session, this), tr("…")) per register.
    addPanel(new ZeroReportPanel(session, this), tr("Zero reports"));
    addPanel(new WorkersPanel(session, this), tr("Township workers"));
    addPanel(new TrainingPanel(session, this), tr("Training"));
    addPanel(new PublicityPanel(session, this), tr("Publicity"));
}

QIcon TownshipPage::icon() const
{
    return glyphIcon(QStringLiteral("乡"), QColor(QRgb(0x2a5d8f)));
}

bool TownshipPage::canManage() const
{
    return core::isAllowed(session().actor.roles, core::Permission::ManageTownships);
}

} // namespace youfu::ui
