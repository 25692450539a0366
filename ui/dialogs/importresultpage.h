#pragma once

#include <QWizardPage>

class QLabel;

namespace youfu::ui {

class ImportDialog;

// Step 5: what was written.
class ImportResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportResultPage(ImportDialog& dialog);
    void initializePage() override;

private:
    ImportDialog& m_dialog;
    QLabel* m_text = nullptr;
};

} // namespace youfu::ui
