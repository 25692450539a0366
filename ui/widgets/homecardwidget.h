#pragma once

#include "app/homecards.h"

#include <QFrame>

namespace youfu::ui {

// One card of the home page's to-do board: a figure that opens the list it counts, by mouse
// or, once focused (Tab), by Enter or Space.
class HomeCardWidget : public QFrame
{
    Q_OBJECT
public:
    explicit HomeCardWidget(const HomeCard& card, QWidget* parent = nullptr);
    const HomeCard& card() const { return m_card; }
    QSize sizeHint() const override { return QSize(240, 120); }

Q_SIGNALS:
    void activated(const QString& pageName, const QString& view);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void activate();

    HomeCard m_card;
};

} // namespace youfu::ui
