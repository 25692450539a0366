#pragma once

#include "app/session.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace youfu::ui {

class WarningModel;

// 预警信息: the early-warning reports (open ones, or all) of a township or every one; report a
// new one (WarningDialog), follow one up with a note, resolve it (with the case it became, if
// any). A tab of the 信访 page.
class WarningPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WarningPanel(Session& session, QWidget* parent = nullptr);

    void reload();
    WarningModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    bool selectWarning(qint64 id);
    qint64 currentWarningId() const;

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void reportNew();
    void followUp();
    void resolve();
    void showChosen();

    Session& m_session;
    QComboBox* m_show = nullptr;
    QComboBox* m_township = nullptr;
    WarningModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_history = nullptr;
    QDateEdit* m_on = nullptr;
    QLineEdit* m_note = nullptr;
    QLineEdit* m_caseId = nullptr;
    QPushButton* m_follow = nullptr;
    QPushButton* m_resolve = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
