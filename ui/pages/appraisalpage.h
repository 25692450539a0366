#pragma once

#include "pages/registerpage.h"

namespace youfu::ui {

// 年终考核: the schemes, the townships' unit appraisal and the staff's post appraisal.
class AppraisalPage : public RegisterPage
{
    Q_OBJECT
public:
    explicit AppraisalPage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Year-end appraisal"); }
    QIcon icon() const override;
    PageGroup group() const override { return PageGroup::Appraisal; }
};

} // namespace youfu::ui
