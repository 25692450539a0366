#pragma once

#include "app/session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace youfu::ui {

// This PC's language, and the office's own settings (for the administrator).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Session& session, QWidget* parent = nullptr);
    void accept() override;

private:
    Session& m_session;
    QComboBox* m_language = nullptr;
    QLineEdit* m_office = nullptr;
    QLineEdit* m_countyName = nullptr;
    QLineEdit* m_countyCode = nullptr;
    QSpinBox* m_idleMinutes = nullptr;
    // The section's own rules: kept by the clerk and the section chief, not the administrator.
    QSpinBox* m_zeroDeadlineHours = nullptr;
    QSpinBox* m_recuperationYears = nullptr;
    QSpinBox* m_medicalCapYuan = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
