#pragma once

#include "app/session.h"
#include "care/freeclinic.h"
#include "widgets/registerpanel.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace youfu::ui {

template <typename Row> class PagedTableModel;

// 义诊: the free clinics by year, township and text; the registry persons seen at the chosen
// clinic below. The clerk and the section chief record clinics and persons seen.
class FreeClinicPanel : public RegisterPanel
{
    Q_OBJECT
public:
    FreeClinicPanel(Session& session, QWidget* parent = nullptr);
    void reload() override;

    QTableView* view() const { return m_view; }
    PagedTableModel<core::FreeClinic>* model() const { return m_model; }
    QTableWidget* persons() const { return m_persons; }

private:
    core::FreeClinicFilter filter() const;
    qint64 currentId() const;
    void showPersons();
    void newClinic();
    void editClinic();
    void addPerson();
    void removePerson();
    void exportList();
    void updateButtons();

    Session& m_session;
    bool m_canManage = false;
    QComboBox* m_year = nullptr;
    QComboBox* m_township = nullptr;
    QLineEdit* m_text = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_view = nullptr;
    PagedTableModel<core::FreeClinic>* m_model = nullptr;
    QTableWidget* m_persons = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_addPerson = nullptr;
    QPushButton* m_removePerson = nullptr;
};

} // namespace youfu::ui
