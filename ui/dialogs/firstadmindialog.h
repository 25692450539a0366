#pragma once

#include "db/database.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace youfu::ui {

// On an empty database: who will administer it. Creates that user through core.
class FirstAdminDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstAdminDialog(core::Database& db, QWidget* parent = nullptr);
    QString login() const;
    void accept() override;

private:
    core::Database& m_db;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
