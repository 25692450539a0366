#pragma once

#include <QWizardPage>

class QLabel;
class QSpinBox;
class QTableView;

namespace youfu::ui {

class ImportDialog;
class RosterPreviewModel;

// Step 2: the first rows as the file has them, the header rows marked; the clerk may move the
// header (one or two rows), and the columns are matched again.
class ImportLayoutPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportLayoutPage(ImportDialog& dialog);
    void initializePage() override;
    bool validatePage() override;

    RosterPreviewModel* model() const { return m_model; }

private:
    void headerRowsChanged();
    void showHeaders();

    ImportDialog& m_dialog;
    RosterPreviewModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QSpinBox* m_first = nullptr;
    QSpinBox* m_last = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_headers = nullptr;
    QLabel* m_error = nullptr;
    bool m_filling = false;
};

} // namespace youfu::ui
