#pragma once

#include "app/session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QSpinBox;

namespace youfu::ui {

// 导出考核报告: the year, PDF or Excel, the file; a preview of the PDF paper first if the clerk
// wants one; the export runs with a progress dialog and Cancel (a cancelled export leaves no
// file) and the dialog closes once the file is written (exportedPath()).
class ReportExportDialog : public QDialog
{
    Q_OBJECT
public:
    ReportExportDialog(const Session& session, int year, QWidget* parent = nullptr);

    QString exportedPath() const { return m_exported; }
    void accept() override;
    // Shows the PDF paper in the print preview (its other buttons print or save it).
    void preview();

Q_SIGNALS:
    // Each step of a running export, with its progress dialog (tests press its Cancel).
    void progressed(QProgressDialog* progress, int permille);

private:
    bool pdf() const;
    void browse();
    void formatChanged();
    QString suggestedPath() const;

    Session m_session;
    QSpinBox* m_year = nullptr;
    QComboBox* m_format = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_preview = nullptr;
    QLabel* m_error = nullptr;
    QString m_exported;
};

} // namespace youfu::ui
