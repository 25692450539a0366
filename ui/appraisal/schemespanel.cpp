#include "appraisal/schemespanel.h"

namespace youfu::ui {

SchemesPanel::SchemesPanel(Session& session, QWidget* parent)
    : RegisterPanel(parent), m_session(session)
{
    setObjectName(QStringLiteral("appraisalSchemes"));
}

void SchemesPanel::reload() {}

} // namespace youfu::ui
