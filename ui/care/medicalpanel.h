#pragma once

#include "app/session.h"
#include "widgets/registerpanel.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace youfu::ui {

class MedicalListModel;

// 医疗一站式结算: the settlements, newest first, by year, township and name; a new settlement,
// voiding one with a reason, the chosen person's subsidy of the year against the cap, export.
class MedicalPanel : public RegisterPanel
{
    Q_OBJECT
public:
    MedicalPanel(Session& session, QWidget* parent = nullptr);
    void reload() override;

    MedicalListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void newSettlement();
    void voidChosen();
    void exportList();

private:
    void applyFilter();
    void showChosen();

    Session& m_session;
    bool m_canManage = false;
    QComboBox* m_year = nullptr;
    QComboBox* m_township = nullptr;
    QLineEdit* m_text = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_void = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_personYear = nullptr;
    MedicalListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace youfu::ui
