#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace youfu::ui {

class ImportDialog;

// Step 1: the roster file (xlsx, xls or CSV; the format is told from the content).
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportDialog& dialog);
    bool validatePage() override;
    bool isComplete() const override;

private:
    void choose();
    bool load();

    ImportDialog& m_dialog;
    QLineEdit* m_path = nullptr;
    QLabel* m_format = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
