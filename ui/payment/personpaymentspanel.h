#pragma once

#include "app/session.h"
#include "payment/payment.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTableView;

namespace youfu::ui {

class RecordTableModel;

// The person editor's 发放 tab: every line of the person's rolls, newest first (roll, amount,
// state, why held or failed); the chosen line's months (当月/补发, category, amount, basis);
// and the person's open recoveries.
class PersonPaymentsPanel : public QWidget
{
    Q_OBJECT
public:
    PersonPaymentsPanel(Session& session, QWidget* parent = nullptr);
    void setPerson(qint64 personId);

    RecordTableModel* lineModel() const { return m_lineModel; }
    RecordTableModel* itemModel() const { return m_itemModel; }
    RecordTableModel* recoveryModel() const { return m_recoveryModel; }
    QTableView* lineView() const { return m_lineView; }

private:
    void showItems();

    Session& m_session;
    QList<core::PaymentLine> m_lines;
    QLabel* m_note = nullptr;
    RecordTableModel* m_lineModel = nullptr;
    RecordTableModel* m_itemModel = nullptr;
    RecordTableModel* m_recoveryModel = nullptr;
    QTableView* m_lineView = nullptr;
};

} // namespace youfu::ui
