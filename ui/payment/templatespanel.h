#pragma once

#include "app/session.h"
#include "payment/payment.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace youfu::ui {

class RecordTableModel;

// 银行模板: the banks' batch-file templates (name, bank, columns, format) and their editor.
// Only the clerk (ManagePayments) adds or changes one.
class TemplatesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TemplatesPanel(Session& session, QWidget* parent = nullptr);

    void reload();
    bool edit(qint64 templateId); // 0: a new one
    RecordTableModel* model() const { return m_model; }

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    Session& m_session;
    QList<core::BankTemplate> m_templates;
    RecordTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
