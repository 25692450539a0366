#pragma once

#include "app/session.h"
#include "payment/payment.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace youfu::ui {

// A bank's batch-file template: its name and bank, the columns in the bank's order (ticked
// ones go into the file; 上移/下移 order them), a header row, the encoding, CSV or xlsx, and a
// last summary line. Saved through PaymentStore::saveTemplate (BankRules::checkTemplate).
class TemplateDialog : public QDialog
{
    Q_OBJECT
public:
    TemplateDialog(Session& session, const core::BankTemplate& t, QWidget* parent = nullptr);

    core::BankTemplate value() const;
    qint64 savedId() const { return m_savedId; }
    QListWidget* columnList() const { return m_columns; }

    void accept() override;

private:
    void move(int by);

    Session& m_session;
    core::BankTemplate m_template;
    qint64 m_savedId = 0;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_bank = nullptr;
    QListWidget* m_columns = nullptr;
    QCheckBox* m_header = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_format = nullptr;
    QCheckBox* m_summary = nullptr;
    QCheckBox* m_active = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
