#include "pages/appraisalpage.h"

#include "appraisal/schemespanel.h"
#include "appraisal/staffpanel.h"
#include "appraisal/unitspanel.h"
#include "widgets/glyphicon.h"

namespace youfu::ui {

AppraisalPage::AppraisalPage(Session& session, QWidget* parent)
    : RegisterPage(session, tr("Year-end appraisal"), parent)
{
    setObjectName(QStringLiteral("appraisalPage"));
    addPanel(new UnitsPanel(session, this), tr("Townships"));
    addPanel(new StaffPanel(session, this), tr("Staff"));
    addPanel(new SchemesPanel(session, this), tr("Schemes"));
}

QIcon AppraisalPage::icon() const
{
    return glyphIcon(QStringLiteral("考"), QColor(QRgb(0x8a4f1e)));
}

} // namespace youfu::ui
