#pragma once

#include "pages/page.h"

class QLabel;
class QListWidget;

namespace youfu::ui {

class FlowLayout;

// The clerk's to-do board: greeting and date, a card per figure that opens the list it counts
// (the cards flow across the width), and below them today's to-do as lines.
class HomePage : public Page
{
    Q_OBJECT
public:
    explicit HomePage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Home"); }
    QIcon icon() const override;
    PageGroup group() const override { return PageGroup::Daily; }
    void refresh() override;

    QListWidget* todoList() const { return m_todo; }

private:
    QLabel* m_greeting = nullptr;
    QLabel* m_date = nullptr;
    QWidget* m_cardArea = nullptr;
    FlowLayout* m_cards = nullptr;
    QListWidget* m_todo = nullptr;
};

} // namespace youfu::ui
