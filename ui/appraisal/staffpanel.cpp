#include "appraisal/staffpanel.h"

namespace youfu::ui {

StaffPanel::StaffPanel(Session& session, QWidget* parent)
    : RegisterPanel(parent), m_session(session)
{
    setObjectName(QStringLiteral("appraisalStaff"));
}

void StaffPanel::reload() {}

} // namespace youfu::ui
