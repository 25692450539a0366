#pragma once

#include "archive/archiveloan.h"
#include "common/result.h"

#include <QDialog>

#include <functional>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace youfu::ui {

// Lends the paper file: to whom, which unit, what for, until when.
class LendDialog : public QDialog
{
    Q_OBJECT
public:
    using Submit = std::function<core::Status(const core::LoanDraft& draft)>;
    LendDialog(const QString& archiveNumber, const QDate& today, Submit submit, QWidget* parent = nullptr);
    core::LoanDraft draft() const;
    void accept() override;

private:
    Submit m_submit;
    QLineEdit* m_borrower = nullptr;
    QLineEdit* m_unit = nullptr;
    QLineEdit* m_purpose = nullptr;
    QDateEdit* m_expected = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
