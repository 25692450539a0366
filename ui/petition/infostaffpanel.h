#pragma once

#include "app/session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace youfu::ui {

class InfoStaffModel;

// 信息员: the information staff of each township (the form below edits the one chosen, or a new
// one), and the end of someone's service. A tab of the 信访 page.
class InfoStaffPanel : public QWidget
{
    Q_OBJECT
public:
    explicit InfoStaffPanel(Session& session, QWidget* parent = nullptr);

    void reload();
    InfoStaffModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void showChosen();
    void clearForm();
    void save();
    void endService();
    qint64 chosenId() const;

    Session& m_session;
    QComboBox* m_filter = nullptr;
    QCheckBox* m_currentOnly = nullptr;
    InfoStaffModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_township = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_group = nullptr;
    QDateEdit* m_since = nullptr;
    QDateEdit* m_until = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_end = nullptr;
    QLabel* m_error = nullptr;
    qint64 m_editing = 0;
};

} // namespace youfu::ui
