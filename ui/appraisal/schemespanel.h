#pragma once

#include "app/session.h"
#include "widgets/registerpanel.h"

namespace youfu::ui {

// The 年终考核 page's tab for the appraisal schemes (方案), their indicators, approval and copy.
class SchemesPanel : public RegisterPanel
{
    Q_OBJECT
public:
    explicit SchemesPanel(Session& session, QWidget* parent = nullptr);
    void reload() override;

private:
    Session& m_session;
};

} // namespace youfu::ui
