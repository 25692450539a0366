#include "appraisal/unitspanel.h"

namespace youfu::ui {

UnitsPanel::UnitsPanel(Session& session, QWidget* parent)
    : RegisterPanel(parent), m_session(session)
{
    setObjectName(QStringLiteral("appraisalUnits"));
}

void UnitsPanel::reload() {}

} // namespace youfu::ui
