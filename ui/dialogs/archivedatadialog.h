#pragma once

#include "archive/archivefile.h"
#include "common/result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace youfu::ui {

// Where the paper file lies, who keeps it, its state. Saved as a change that a section
// chief verifies; `submit` saves and returns why not.
class ArchiveDataDialog : public QDialog
{
    Q_OBJECT
public:
    using Submit = std::function<core::Status(const core::ArchiveData& data)>;
    ArchiveDataDialog(const QString& title, const core::ArchiveData& initial, Submit submit, QWidget* parent = nullptr);
    core::ArchiveData data() const;
    void accept() override;

private:
    Submit m_submit;
    QLineEdit* m_cabinet = nullptr;
    QLineEdit* m_box = nullptr;
    QLineEdit* m_volume = nullptr;
    QLineEdit* m_keeper = nullptr;
    QComboBox* m_state = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
