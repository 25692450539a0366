#pragma once

#include "pages/registerpage.h"

class QPushButton;

namespace youfu::ui {

// 年终考核: the schemes, the townships' unit appraisal and the staff's post appraisal, and
// above the tabs the export of the year-end appraisal report (PDF or xlsx).
class AppraisalPage : public RegisterPage
{
    Q_OBJECT
public:
    explicit AppraisalPage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Year-end appraisal"); }
    QIcon icon() const override;
    PageGroup group() const override { return PageGroup::Appraisal; }

    // 导出考核报告: asks the year, the format and the file, writes it with progress and
    // Cancel, then says where it is. Returns the file written, or "" when nothing was.
    QString exportReport();

private:
    QPushButton* m_exportReport = nullptr;
};

} // namespace youfu::ui
