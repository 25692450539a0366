#pragma once

#include "app/session.h"
#include "io/listexports.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace youfu::ui {

// Exports one list: the format (Excel, CSV UTF-8, CSV GBK), full citizen IDs for those who may
// see them, the file; a progress dialog with Cancel while it runs, then where the file is.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `baseName` is the suggested file name without date and suffix ("优抚对象花名册").
    ExportDialog(const Session& session, core::ListExportRequest request, const QString& baseName,
                 QWidget* parent = nullptr);

    // Opens the dialog for the list; true when a file was written.
    static bool exportList(QWidget* parent, const Session& session,
                           const core::ListExportRequest& request, const QString& baseName);

    QString exportedPath() const { return m_exported; }
    qint64 exportedRows() const { return m_rows; }
    void accept() override;

private:
    core::ExportFormat format() const;
    void browse();
    void formatChanged();

    Session m_session;
    core::ListExportRequest m_request;
    QComboBox* m_format = nullptr;
    QCheckBox* m_fullIds = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_error = nullptr;
    QString m_exported;
    qint64 m_rows = 0;
};

} // namespace youfu::ui
