#pragma once

#include "appraisal/appraisal.h"
#include "common/result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace youfu::ui {

// One step of a staff member's appraisal: the self-assessment, the section chief's opinion,
// or the director's grade with a note. The step is saved on OK through `save`; a refusal is
// shown in the dialog, which stays open.
class StaffStepDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<core::Status(const QString& text, core::Grade grade)>;

    // withGrade: a grade chooser above the text (the director's grade), `suggested` chosen.
    StaffStepDialog(const QString& title, const QString& subtitle, const QString& textLabel,
                    const QString& text, bool withGrade, core::Grade suggested, Save save,
                    QWidget* parent = nullptr);

    void accept() override;

private:
    Save m_save;
    QComboBox* m_grade = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
