#pragma once

#include <QList>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QScrollArea;

namespace youfu::ui {

class ImportDialog;

// Step 3: each column's header and the field it goes into; the clerk may change any, and is
// told why a header was not matched.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportDialog& dialog);
    void initializePage() override;
    bool validatePage() override;
    // The combo of column `column` (0-based), for tests.
    QComboBox* comboFor(int column) const;

private:
    ImportDialog& m_dialog;
    QScrollArea* m_scroll = nullptr;
    QList<QComboBox*> m_combos;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
