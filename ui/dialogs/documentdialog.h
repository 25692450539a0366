#pragma once

#include "archive/archiveentry.h"
#include "common/result.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace youfu::ui {

// Files, changes or corrects one document entry. `submit` saves (through the core store) and
// returns why not; the dialog stays open on a refusal and shows the reason.
class DocumentDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { File, Change, Correct };
    using Submit = std::function<core::Status(const core::DocumentDraft& draft, const QString& reason)>;

    DocumentDialog(Mode mode, const QList<core::DocumentKind>& kinds, const core::DocumentDraft& initial,
                   Submit submit, QWidget* parent = nullptr);
    core::DocumentDraft draft() const;

    void accept() override;

private:
    Mode m_mode;
    Submit m_submit;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_title = nullptr;
    QSpinBox* m_pages = nullptr;
    QCheckBox* m_dateKnown = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_note = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
