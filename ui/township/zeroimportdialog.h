#pragma once

#include "app/session.h"
#include "township/zeroreportimport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace youfu::ui {

// The preview of a township's file of zero reports: every row with what will be recorded or
// why it is refused (unknown township, bad date, already reported…); "Record" writes the good
// rows in one audited change.
class ZeroImportDialog : public QDialog
{
    Q_OBJECT
public:
    ZeroImportDialog(Session& session, const core::ZeroImportPreview& preview,
                     QWidget* parent = nullptr);
    int recorded() const { return m_recorded; }
    void accept() override;

private:
    Session& m_session;
    core::ZeroImportPreview m_preview;
    int m_recorded = 0;
    QTableWidget* m_table = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
