#pragma once

#include "pages/page.h"

class QGridLayout;
class QLabel;

namespace youfu::ui {

// Greeting, today's date and what waits for this user.
class HomePage : public Page
{
    Q_OBJECT
public:
    explicit HomePage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Home"); }
    QIcon icon() const override;
    void refresh() override;

private:
    QLabel* m_greeting = nullptr;
    QLabel* m_date = nullptr;
    QGridLayout* m_cards = nullptr;
};

} // namespace youfu::ui
