#include "pages/carepage.h"

#include "care/assistancepanel.h"
#include "care/freeclinicpanel.h"
#include "care/medicalpanel.h"
#include "care/recuperationpanel.h"
#include "security/permission.h"
#include "widgets/glyphicon.h"

namespace youfu::ui {

CarePage::CarePage(Session& session, QWidget* parent)
    : RegisterPage(session, tr("Care services"), parent)
{
    setObjectName(QStringLiteral("carePage"));
    if (!canManage())
        setNote(tr("Read only: these registers are kept by the clerk and the section chief."));
    // One addPanel(new …Panel(session, this), tr("…")) per register.
    addPanel(new RecuperationPanel(session, this), tr("Recuperation"));
    addPanel(new MedicalPanel(session, this), tr("Medical settlement"));
    addPanel(new FreeClinicPanel(session, this), tr("Free clinics"));
    addPanel(new AssistancePanel(session, this), tr("Temporary assistance"));
}

QIcon CarePage::icon() const
{
    return glyphIcon(QStringLiteral("爱"), QColor(QRgb(0xb0413e)));
}

bool CarePage::canManage() const
{
    return core::isAllowed(session().actor.roles, core::Permission::ManageCare);
}

} // namespace youfu::ui
