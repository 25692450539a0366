#pragma once

#include "app/session.h"
#include "care/assistanceregister.h"
#include "widgets/registerpanel.h"

class QComboBox;
class QLabel;
class QTableView;

namespace youfu::ui {

template <typename Row> class PagedTableModel;

// 临时救助: the temporary assistance granted (approved applications) by year, township and
// reason, 住房困难 first, with the year's totals per reason. Read only: assistance is asked for
// and granted through the approvals.
class AssistancePanel : public RegisterPanel
{
    Q_OBJECT
public:
    AssistancePanel(Session& session, QWidget* parent = nullptr);
    void reload() override;

    QTableView* view() const { return m_view; }
    PagedTableModel<core::AssistanceGrant>* model() const { return m_model; }
    QLabel* totals() const { return m_totals; }

private:
    core::AssistanceFilter filter() const;
    void exportList();

    Session& m_session;
    QComboBox* m_year = nullptr;
    QComboBox* m_township = nullptr;
    QComboBox* m_reason = nullptr;
    QLabel* m_totals = nullptr;
    QTableView* m_view = nullptr;
    PagedTableModel<core::AssistanceGrant>* m_model = nullptr;
};

} // namespace youfu::ui
