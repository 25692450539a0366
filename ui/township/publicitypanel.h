#pragma once

#include "app/session.h"
#include "township/publicity.h"
#include "widgets/registerpanel.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace youfu::ui {

template <typename Row> class PagedTableModel;

// 政策宣传: materials handed to townships and policy sessions, by year, township, kind and
// text, with the year's totals per township beside them.
class PublicityPanel : public RegisterPanel
{
    Q_OBJECT
public:
    PublicityPanel(Session& session, QWidget* parent = nullptr);
    void reload() override;

    QTableView* view() const { return m_view; }
    PagedTableModel<core::PublicityRecord>* model() const { return m_model; }
    QTableWidget* yearTotals() const { return m_totals; }

private:
    core::PublicityFilter filter() const;
    qint64 currentId() const;
    void showTotals();
    void newRecord();
    void editRecord();
    void exportList();

    Session& m_session;
    bool m_canManage = false;
    QComboBox* m_year = nullptr;
    QComboBox* m_township = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_text = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_view = nullptr;
    PagedTableModel<core::PublicityRecord>* m_model = nullptr;
    QTableWidget* m_totals = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
};

} // namespace youfu::ui
