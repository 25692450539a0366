#pragma once

#include "app/session.h"
#include "widgets/registerpanel.h"

namespace youfu::ui {

// The 年终考核 page's tab for the townships' unit appraisal: indicators, evidence, veto and
// adjustments.
class UnitsPanel : public RegisterPanel
{
    Q_OBJECT
public:
    explicit UnitsPanel(Session& session, QWidget* parent = nullptr);
    void reload() override;

private:
    Session& m_session;
};

} // namespace youfu::ui
