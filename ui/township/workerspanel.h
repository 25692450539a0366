#pragma once

#include "app/session.h"
#include "widgets/registerpanel.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace youfu::ui {

class InfoStaffModel;

// 专干与信息员: per township the special-care worker and the information staff (those inside
// high-risk groups too), phone masked unless the user may see it, since / until, the hours of
// training this year; filters by township, duty, name and serving only; add, edit, end the
// service; export to Excel. A tab of the 乡镇工作 page (objectName "workers").
class WorkersPanel : public RegisterPanel
{
    Q_OBJECT
public:
    explicit WorkersPanel(Session& session, QWidget* parent = nullptr);
    void reload() override;

    InfoStaffModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // Writes the list as shown (phones masked) to `path`; false with the error shown.
    bool exportTo(const QString& path);

private:
    void addWorker();
    void editWorker();
    void endService();
    void exportList();

    Session& m_session;
    bool m_canManage = false;
    QComboBox* m_township = nullptr;
    QComboBox* m_duty = nullptr;
    QLineEdit* m_text = nullptr;
    QCheckBox* m_servingOnly = nullptr;
    InfoStaffModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_end = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
