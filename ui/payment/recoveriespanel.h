#pragma once

#include "app/session.h"
#include "payment/payment.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace youfu::ui {

class RecordTableModel;

// 追回: money paid after a person's death or end of entitlement (found when a roll is drafted).
// The section chief confirms it is owed back, the clerk records it settled (date and note), the
// director may write it off (with the reason). Filter by state.
class RecoveriesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RecoveriesPanel(Session& session, QWidget* parent = nullptr);

    void reload();
    RecordTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    bool approveChosen();
    bool settleChosen();
    bool writeOffChosen();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    core::Recovery chosen() const;
    void updateButtons();
    void after(const QString& message);

    Session& m_session;
    QList<core::Recovery> m_recoveries;
    QComboBox* m_state = nullptr;
    RecordTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_settle = nullptr;
    QPushButton* m_writeOff = nullptr;
};

} // namespace youfu::ui
