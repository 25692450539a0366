#pragma once

#include "app/session.h"
#include "widgets/registerpanel.h"

namespace youfu::ui {

// The 年终考核 page's tab for the staff's post appraisal: targets, responsibility form, results and
// grades.
class StaffPanel : public RegisterPanel
{
    Q_OBJECT
public:
    explicit StaffPanel(Session& session, QWidget* parent = nullptr);
    void reload() override;

private:
    Session& m_session;
};

} // namespace youfu::ui
