#pragma once

#include "pages/page.h"

class QLabel;
class QPushButton;
class QTableView;

namespace youfu::ui {

class StandardModel;

// 抚恤补助标准: the policy book by category with its history; the section chief adds lines.
class PolicyPage : public Page
{
    Q_OBJECT
public:
    explicit PolicyPage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Benefit standards"); }
    QIcon icon() const override;
    PageGroup group() const override { return PageGroup::Funds; }
    void refresh() override;

    QTableView* view() const { return m_view; }
    StandardModel* model() const { return m_model; }

private:
    void addStandard();
    void loadDemo();

    StandardModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_demo = nullptr;
};

} // namespace youfu::ui
